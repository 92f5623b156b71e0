//! Issue 14: no role sees more than it may. For the public and for researchers, every read
//! command and every report format runs over a registry with a hidden person, an
//! initials-only person, restricted fields, a testimony, a queue naming the hidden person
//! and a cédula inside a retraction reason; nothing of them may appear in any output, nor
//! in the log of the run.

use crate::support::Registry;

const SECRETS: [&str; 14] = [
    "Teodora",
    "Quintana",
    "Urbina",
    "Wenceslao",
    "Iturriaga",
    "Belloso",
    "14725836",
    "14.725.836",
    "20111222",
    "20.111.222",
    "5550000",
    "hipertensa",
    "nota interna",
    "Testimonio",
];

#[test]
fn issue_14_no_read_command_or_report_leaks_to_the_public_or_researchers() {
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
    let testimony = r.create(&[
        "source",
        "add",
        "--kind",
        "testimony",
        "--publisher",
        "Familia",
        "--title",
        "Testimonio de la madre de Teodora Quintana",
        "--published",
        "2026-01-09",
    ]);
    let hidden = r.create(&[
        "person",
        "add",
        "--name",
        "Teodora Quintana Urbina",
        "--national-id",
        "V-14.725.836",
        "--visibility",
        "hidden",
        "--role",
        "journalist",
    ]);
    let initials = r.create(&[
        "person",
        "add",
        "--name",
        "Wenceslao Iturriaga Belloso",
        "--visibility",
        "initials",
        "--role",
        "politician",
    ]);
    let public = r.create(&[
        "person",
        "add",
        "--name",
        "Ana Prado",
        "--national-id",
        "V-20.111.222",
        "--contacts",
        "0414-5550000",
        "--notes",
        "nota interna reservada",
        "--role",
        "lawyer",
    ]);
    for (p, excerpt) in [
        (&hidden, "Detuvieron a Teodora Quintana, cédula 14.725.836"),
        (&initials, "Wenceslao Iturriaga fue detenido"),
        (&public, "Ana Prado y Teodora Quintana fueron detenidas"),
    ] {
        r.ok(&[
            "fact",
            "add",
            "--person",
            p,
            "--kind",
            "arrest",
            "--date",
            "2025-08-03",
            "--source",
            &src,
            "--excerpt",
            excerpt,
        ]);
    }
    let release = r.create(&[
        "fact",
        "add",
        "--person",
        &public,
        "--kind",
        "release",
        "--date",
        "2026-01-08",
        "--source",
        &testimony,
        "--excerpt",
        "Ana Prado salió",
    ]);
    r.ok(&[
        "fact",
        "retract",
        &release,
        "--reason",
        "confundida con la cédula V-14.725.836",
    ]);
    let note = r.dir.path().join("nota.txt");
    std::fs::write(
        &note,
        "Se desconoce el paradero de Teodora Quintana Urbina desde el martes.",
    )
    .unwrap();
    r.ok(&[
        "ingest",
        note.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-10",
    ]);
    r.ok(&[
        "claim",
        "add",
        "--source",
        &src,
        "--according-to",
        "Foro Inventado",
        "--subject",
        "held",
        "--number",
        "3",
        "--as-of",
        "2026-01-10",
    ]);
    let proposal = r.json(&["review", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let mut commands: Vec<Vec<String>> = vec![
        vec!["source", "list"],
        vec!["source", "show", &testimony],
        vec!["source", "show", &src],
        vec!["person", "list", "--all"],
        vec!["person", "list", "--name", "quintana"],
        vec!["person", "list", "--name", "wenceslao"],
        vec!["person", "list", "--name", "14725836"],
        vec!["person", "show", &hidden],
        vec!["person", "show", &initials],
        vec!["person", "show", &public],
        vec!["person", "show", "14725836"],
        vec!["person", "duplicates"],
        vec!["status", "--all", "--as-of", "2026-01-10"],
        vec!["status", "--list", "--as-of", "2026-01-10"],
        vec!["review", "list"],
        vec!["review", "show", &proposal],
        vec!["log", "--last", "100"],
        vec!["facility", "list"],
        vec!["claim", "list"],
        vec!["announcement", "list"],
        vec!["export", "--format", "csv"],
        vec!["export"],
        vec!["backup", "copia.db"],
    ]
    .into_iter()
    .map(|c| c.into_iter().map(str::to_owned).collect())
    .collect();
    for report in [
        vec!["balance", "--as-of", "2026-01-10"],
        vec!["period", "--from", "2025-08-01", "--to", "2026-01-10"],
        vec!["series", "--from", "2025-08-01", "--to", "2026-01-10"],
        vec!["claims", "--as-of", "2026-01-10"],
    ] {
        let formats: &[&str] = if report[0] == "series" {
            &["text", "json", "csv", "md", "html", "svg"]
        } else {
            &["text", "json", "csv", "md", "html"]
        };
        for format in formats {
            let mut c = vec!["report".to_owned()];
            c.extend(report.iter().map(|s| s.to_string()));
            c.extend(["--format".to_owned(), format.to_string()]);
            commands.push(c);
        }
    }
    for role in ["public", "researcher"] {
        let mut log = String::new();
        for command in &commands {
            let mut args = vec!["--as", role];
            args.extend(command.iter().map(String::as_str));
            let out = r
                .process(&args)
                .env("AMPARO_LOG", "debug")
                .output()
                .unwrap();
            let shown = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            log.push_str(&shown);
            // What the command itself names comes back in a "not found": that is no leak.
            for secret in SECRETS
                .iter()
                .filter(|s| !command.iter().any(|c| c.contains(*s)))
            {
                assert!(
                    !shown.contains(secret),
                    "`--as {role} {}` shows {secret:?}:\n{shown}",
                    command.join(" ")
                );
            }
            for id in [&hidden, &proposal] {
                assert!(
                    !shown.contains(id.as_str()) || command.contains(id),
                    "`--as {role} {}` names {id}",
                    command.join(" ")
                );
            }
        }
        assert!(
            !r.dir.path().join("copia.db").exists(),
            "{role} made a full copy"
        );
        assert!(log.contains("Ana Prado"), "what may be seen is seen");
    }
}
