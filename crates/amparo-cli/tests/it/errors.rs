//! Bad input gets one clear line on stderr and exit code 2, never a panic.

use crate::support::Registry;

#[test]
fn bad_input_is_one_clear_line_and_exit_code_2() {
    let r = Registry::new();
    let s = r.create(&[
        "source",
        "add",
        "--kind",
        "testimony",
        "--publisher",
        "Family",
    ]);
    let p = r.create(&["person", "add", "--name", "Iván Gil"]);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "arrest",
                "--date",
                "2026-13-01",
                "--source",
                &s,
                "--excerpt",
                "x",
            ],
            "month 13 does not exist",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "arrest",
                "--date",
                "2026-01-01",
                "--excerpt",
                "x",
            ],
            "needs a source",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "jailed",
                "--date",
                "2026-01-01",
                "--source",
                &s,
                "--excerpt",
                "x",
            ],
            "invalid fact kind",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                "0190c2d4-5b6e-7c8d-9e0f-1a2b3c4d5e6f",
                "--kind",
                "arrest",
                "--date",
                "2026",
                "--source",
                &s,
                "--excerpt",
                "x",
            ],
            "no person",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "arrest",
                "--date",
                "2026",
                "--source",
                "nope",
                "--excerpt",
                "x",
            ],
            "invalid source id",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "release",
                "--release-kind",
                "free",
                "--date",
                "2026",
                "--source",
                &s,
                "--excerpt",
                "x",
            ],
            "invalid release kind",
        ),
        (
            vec![
                "fact", "add", "--person", &p, "--kind", "arrest", "--date", "2026", "--source", &s,
            ],
            "excerpt or a locator",
        ),
        (
            vec![
                "fact",
                "add",
                "--person",
                &p,
                "--kind",
                "arrest",
                "--measure",
                "travel-ban",
                "--date",
                "2026",
                "--source",
                &s,
                "--excerpt",
                "x",
            ],
            "does not apply",
        ),
        (
            vec!["person", "add", "--name", "X", "--sex", "unknownish"],
            "invalid sex",
        ),
        (
            vec!["person", "add", "--name", "X", "--nationality", "XX"],
            "invalid country code",
        ),
        (
            vec!["status", "--as-of", "2026-02-30"],
            "day 30 does not exist",
        ),
        (
            vec![
                "fact",
                "retract",
                "0190c2d4-5b6e-7c8d-9e0f-1a2b3c4d5e6f",
                "--reason",
                "x",
            ],
            "no fact with id",
        ),
        (
            vec![
                "fact",
                "retract",
                "6fa459ea-ee8a-4ca4-894e-db77e160355e",
                "--reason",
                "x",
            ],
            "invalid fact id",
        ),
    ];
    for (args, expected) in cases {
        let stderr = r.fails(&args);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn a_missing_registry_says_how_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("amparo").unwrap();
    let out = cmd
        .current_dir(dir.path())
        .env("LC_ALL", "en_US.UTF-8")
        .env_remove("AMPARO_DATABASE_URL")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("amparo init"));
}

/// issue 10: `amparo person list | head -1` ended with a panic and a backtrace when `head`
/// closed the pipe; it ends quietly, with the status of a program stopped by a closed pipe.
#[test]
fn issue_10_a_closed_pipe_ends_the_program_quietly() {
    use std::io::Read;
    let r = Registry::new();
    let given = [
        "Ana", "Luis", "Marta", "Pedro", "Rosa", "Tomás", "Elena", "Jorge", "Inés", "Raúl",
    ];
    let surnames = [
        "Álvarez",
        "Briceño",
        "Castro",
        "Duarte",
        "Escalona",
        "Fuenmayor",
        "Galindo",
        "Herrera",
    ];
    // Enough people that the listing cannot fit in a pipe's buffer (64 KiB on Linux): the
    // program must still be writing when the reader goes away, or it would end with 0.
    let middle = ["", "José ", "María ", "Carmen ", "Antonio "];
    let mut list = String::from("Nombre,Cédula\n");
    let mut i = 0;
    for g in given {
        for m in middle {
            for s1 in surnames {
                for s2 in &surnames[..5] {
                    i += 1;
                    list.push_str(&format!("{g} {m}{s1} {s2},V-{}\n", 30_000_000 + i * 7919));
                }
            }
        }
    }

    let path = r.dir.path().join("muchos.csv");
    std::fs::write(&path, list).unwrap();
    r.ok(&[
        "import",
        path.to_str().unwrap(),
        "--source-publisher",
        "Lista Inventada",
        "--source-published",
        "2026-01-12",
    ]);

    let listing = r.ok(&["person", "list", "--all"]);
    assert!(listing.len() > 2 * 65_536, "{} bytes", listing.len());
    for args in [
        vec!["person", "list", "--all"],
        vec!["person", "list", "--all", "--json"],
    ] {
        let mut child = r
            .process(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "{args:?}: {stderr}"
        );
        assert_eq!(out.status.code(), Some(141), "{args:?}: {stderr}");
    }
}
