//! Issue 14: writers that race lose nothing. Two imports of one list at the same time
//! create its people once (SQLite and PostgreSQL); fifty `fact add` at once all land on
//! SQLite; reads answer while a long import writes.

use crate::support::Registry;
use std::process::{Child, Stdio};

/// A list of `n` invented persons with distinct names and cédulas.
fn list(r: &Registry, n: usize) -> std::path::PathBuf {
    const GIVEN: [&str; 20] = [
        "Ana", "Luis", "Marta", "Pedro", "Rosa", "Tomás", "Elena", "Jorge", "Inés", "Raúl",
        "Carmen", "Diego", "Lucía", "Andrés", "Sofía", "Héctor", "Julia", "Óscar", "Teresa",
        "Iván",
    ];
    const SURNAMES: [&str; 32] = [
        "Álvarez",
        "Briceño",
        "Castro",
        "Duarte",
        "Escalona",
        "Fuenmayor",
        "Galindo",
        "Herrera",
        "Ibarra",
        "Jaimes",
        "Lozada",
        "Mendoza",
        "Núñez",
        "Ochoa",
        "Parra",
        "Quintero",
        "Rangel",
        "Salazar",
        "Torrealba",
        "Urdaneta",
        "Valero",
        "Yépez",
        "Zambrano",
        "Arocha",
        "Bastidas",
        "Colmenares",
        "Delgado",
        "Echenique",
        "Figueroa",
        "Guevara",
        "Hurtado",
        "Istúriz",
    ];
    let mut text = String::from("Nombre,Cédula,Situación\n");
    let mut i = 0;
    'all: for g in GIVEN {
        for s1 in SURNAMES {
            for s2 in SURNAMES {
                if i == n {
                    break 'all;
                }
                i += 1;
                text.push_str(&format!(
                    "{g} {s1} {s2},V-{},Detenido\n",
                    10_000_000 + i * 37
                ));
            }
        }
    }
    let path = r.dir.path().join(format!("lista-{n}.csv"));
    std::fs::write(&path, text).unwrap();
    path
}

fn import(r: &Registry, path: &std::path::Path) -> Child {
    r.process(&[
        "import",
        path.to_str().unwrap(),
        "--source-publisher",
        "Lista Inventada",
        "--source-published",
        "2026-01-12",
        "--json",
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap()
}

fn persons(r: &Registry) -> u64 {
    r.json(&["status"])["persons"].as_u64().unwrap()
}

fn two_imports_of_one_list_create_its_people_once(r: &Registry) {
    let path = list(r, 20_000);
    let first = import(r, &path);
    std::thread::sleep(std::time::Duration::from_millis(400));
    let second = import(r, &path);
    // Both outputs are drained at once: waiting for one while the other fills its pipe would
    // stall the other inside its transaction, and the first behind its lock.
    let outputs: Vec<_> = [first, second]
        .into_iter()
        .map(|child| std::thread::spawn(move || child.wait_with_output().unwrap()))
        .collect();
    for waiting in outputs {
        let out = waiting.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(persons(r), 20_000);
    assert!(r.ok(&["verify"]).starts_with("verified"));
}

#[test]
fn issue_14_two_imports_of_one_list_at_once_on_sqlite() {
    two_imports_of_one_list_create_its_people_once(&Registry::new());
}

#[test]
fn issue_14_two_imports_of_one_list_at_once_on_postgresql() {
    if let Some(r) = Registry::postgres() {
        two_imports_of_one_list_create_its_people_once(&r);
    }
}

#[test]
fn issue_14_fifty_fact_adds_at_once_all_land_three_times() {
    let r = Registry::new();
    let src = r.create(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-08",
    ]);
    let p = r.create(&["person", "add", "--name", "Perpetua Anzola Briceño"]);
    for round in 0..3 {
        let children: Vec<Child> = (0..50)
            .map(|i| {
                r.process(&[
                    "fact",
                    "add",
                    "--person",
                    &p,
                    "--kind",
                    "hearing",
                    "--date",
                    "2025-06-01",
                    "--source",
                    &src,
                    "--excerpt",
                    &format!("audiencia {round}-{i}"),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let facts = r.json(&["person", "show", &p])["facts"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(facts, 150);
    assert!(r.ok(&["verify"]).starts_with("verified"));
}

#[test]
fn issue_14_reads_answer_while_a_long_import_writes() {
    let r = Registry::new();
    let path = list(&r, 15_000);
    let mut writer = r
        .process(&[
            "import",
            path.to_str().unwrap(),
            "--source-publisher",
            "Lista Inventada",
            "--source-published",
            "2026-01-12",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    let mut reads = 0;
    while writer.try_wait().unwrap().is_none() {
        let started = std::time::Instant::now();
        let out = r.process(&["status", "--json"]).output().unwrap();
        assert!(
            out.status.success(),
            "a read failed during the import: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "a read waited for the import"
        );
        reads += 1;
    }
    assert!(writer.wait().unwrap().success());
    assert!(reads > 0, "the import finished before any read");
    assert_eq!(persons(&r), 15_000);
}
