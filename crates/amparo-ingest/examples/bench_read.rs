//! Measures `read_list` on a generated list of invented people:
//! `cargo run --release -p amparo-ingest --example bench_read -- [ROWS] [RUNS]`
//! (default 1,000,000 rows, 3 runs). Writes the list once to /tmp as Windows-1252 CSV with
//! Spanish headers, then reads it RUNS times and prints each time and the median.

use amparo_ingest::read_list;
use amparo_text::SeededRng;
use std::fmt::Write as _;
use std::process::ExitCode;
use std::time::Instant;

const GIVEN: &[&str] = &[
    "María", "José", "Luis", "Ana", "Carlos", "Rosa", "Andrés", "Yelitza", "Héctor", "Carmen",
    "Wilmer", "Iñaki", "Gregorio", "Teresa", "Jesús", "Dayana",
];
const SURNAMES: &[&str] = &[
    "Pérez",
    "González",
    "Rodríguez",
    "Núñez",
    "Quintero",
    "Salas",
    "Marcano",
    "Guédez",
    "Oviedo",
    "Lárez",
    "Rivas",
    "Ochoa",
    "Campos",
    "Méndez",
    "Baptista",
    "Arismendi",
];
const FACILITIES: &[&str] = &[
    "El Helicoide",
    "Rodeo I",
    "Tocorón",
    "Tocuyito",
    "Zona 7",
    "DGCIM Boleíta",
    "Centro de Formación \"\"Hombre Nuevo\"\"",
];
const STATES: &[&str] = &[
    "Miranda",
    "Zulia",
    "Distrito Capital",
    "Táchira",
    "Carabobo",
    "Lara",
];
const NATIONALITIES: &[&str] = &[
    "venezolana",
    "venezolano",
    "colombiano",
    "española",
    "venezolana-española",
];
const RELEASED: &[&str] = &["No", "No", "No", "Sí", "10/01/2026", "Libertad plena"];
const MEASURES: &[&str] = &[
    "",
    "",
    "Régimen de presentación cada 30 días",
    "presentación cada 15 días, prohibición de salida del país",
    "Arresto domiciliario con grillete",
    "prohibición de declarar a medios",
];

/// Picks one of the items (the seeded generator makes every run write the same file).
fn pick<'a>(rng: &mut SeededRng, items: &[&'a str]) -> &'a str {
    rng.pick(items).copied().unwrap_or_default()
}

/// Nanoseconds this thread has run on a CPU (Linux), so that the figure does not depend on
/// what else the machine is doing; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

fn generate(rows: usize) -> String {
    let mut rng = SeededRng::new(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(rows * 160);
    out.push_str("Nombre;Apellidos;Cédula;Fecha de detención;Centro de reclusión;Estado;Nacionalidad;Excarcelado;Medidas\r\n");
    for _ in 0..rows {
        let day = 1 + rng.below(28) as usize;
        let month = 1 + rng.below(12) as usize;
        let year = 2014 + rng.below(12) as usize;
        let _ = write!(
            out,
            "{} {};{} {};V-{}.{:03}.{:03};{day:02}/{month:02}/{year};\"{}\";{};{};{};{}\r\n",
            pick(&mut rng, GIVEN),
            pick(&mut rng, GIVEN),
            pick(&mut rng, SURNAMES),
            pick(&mut rng, SURNAMES),
            1 + rng.below(30) as usize,
            rng.below(1000) as usize,
            rng.below(1000) as usize,
            pick(&mut rng, FACILITIES),
            pick(&mut rng, STATES),
            pick(&mut rng, NATIONALITIES),
            pick(&mut rng, RELEASED),
            pick(&mut rng, MEASURES),
        );
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let rows = args.first().copied().unwrap_or(1_000_000);
    let runs = args.get(1).copied().unwrap_or(3).max(1);
    let path = format!("/tmp/amparo-ingest-bench-{rows}.csv");
    let text = generate(rows);
    let bytes = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
    // The file is deterministic: write it only when it is not there already.
    let size = std::fs::metadata(&path).map(|m| m.len()).ok();
    if size != Some(bytes.len() as u64)
        && let Err(e) = std::fs::write(&path, &bytes)
    {
        eprintln!("cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    drop(text);
    println!(
        "{path}: {rows} rows, {:.1} MB, Windows-1252",
        bytes.len() as f64 / 1e6
    );
    let mut times = Vec::new();
    let mut cpu_times = Vec::new();
    for run in 1..=runs {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let (start, cpu_start) = (Instant::now(), cpu_ns());
        let read = match read_list(&bytes, &path, None) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("read failed: {e}");
                return ExitCode::FAILURE;
            }
        };
        let secs = start.elapsed().as_secs_f64();
        let cpu = cpu_ns()
            .zip(cpu_start)
            .map(|(end, start)| end.saturating_sub(start) as f64 / 1e9);
        println!(
            "run {run}: {secs:.2} s wall, {} CPU ({:.0} rows/s wall): {} rows, {} rejects, {} blank, encoding {}",
            cpu.map_or("?".to_owned(), |c| format!("{c:.2} s")),
            rows as f64 / secs,
            read.rows.len(),
            read.rejects.len(),
            read.blank,
            read.encoding
        );
        times.push(secs);
        if let Some(c) = cpu {
            cpu_times.push(c);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let (wall, cpu) = (median(&mut times), median(&mut cpu_times));
    println!(
        "median {wall:.2} s wall, {cpu:.2} s CPU for {rows} rows ({:.0} rows/s wall, {:.0} rows/s CPU)",
        rows as f64 / wall,
        rows as f64 / cpu
    );
    ExitCode::SUCCESS
}
