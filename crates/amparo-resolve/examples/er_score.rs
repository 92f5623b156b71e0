//! Benchmark scorer (evaluation only, never part of a resolution run): pairwise
//! precision/recall/F1 of predicted pairs against the truth column, computed as
//! /work/shared/bench/er/common.py does (pairs lost by blocking count as misses), plus
//! blocking recall. Usage:
//! `er_score dedupe DATA.csv PAIRS.csv` | `er_score link A.csv B.csv PAIRS.csv`
//! Prints one JSON line.

use amparo_resolve::{ResolveOptions, blocked_together, read_records};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::BufReader;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// (record id, truth entity) per row: the only place the truth column is read.
fn truth(path: &str) -> Res<Vec<(String, String)>> {
    let mut rdr = csv::Reader::from_reader(BufReader::new(File::open(path)?));
    let h = rdr.headers()?.clone();
    let pos = |names: &[&str]| h.iter().position(|c| names.contains(&c));
    let id = pos(&["rec_id", "record_id", "id"]).ok_or("no id column")?;
    let ent = pos(&["entity_id"]).ok_or("no entity_id column")?;
    let mut out = Vec::new();
    for row in rdr.records() {
        let row = row?;
        out.push((
            row.get(id).unwrap_or("").to_owned(),
            row.get(ent).unwrap_or("").to_owned(),
        ));
    }
    Ok(out)
}

fn true_pairs(
    rows: &[(String, String)],
    other: Option<&[(String, String)]>,
) -> Vec<(usize, usize)> {
    let mut by_ent: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut pairs = Vec::new();
    match other {
        None => {
            for (i, (_, e)) in rows.iter().enumerate() {
                by_ent.entry(e).or_default().push(i);
            }
            for members in by_ent.values() {
                for (x, &i) in members.iter().enumerate() {
                    for &j in &members[x + 1..] {
                        pairs.push((i.min(j), i.max(j)));
                    }
                }
            }
        }
        Some(b) => {
            for (j, (_, e)) in b.iter().enumerate() {
                by_ent.entry(e).or_default().push(j);
            }
            for (i, (_, e)) in rows.iter().enumerate() {
                for &j in by_ent.get(e.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = ResolveOptions::default();
    let (left, right, pairs_path, link) = match args.as_slice() {
        [m, d, p] if m == "dedupe" => (truth(d)?, None, p.clone(), false),
        [m, a, b, p] if m == "link" => (truth(a)?, Some(truth(b)?), p.clone(), true),
        _ => return Err("usage: er_score dedupe DATA PAIRS | link A B PAIRS".into()),
    };
    let tp_idx = true_pairs(&left, right.as_deref());
    // Blocking recall: re-run blocking (deterministic) on the same records.
    let (blocked, n_true) = {
        let recs_l = read_records(BufReader::new(File::open(&args[1])?), &opts.columns)?;
        let (all, offset) = if link {
            let recs_r = read_records(BufReader::new(File::open(&args[2])?), &opts.columns)?;
            let off = recs_l.len();
            (recs_l.into_iter().chain(recs_r).collect::<Vec<_>>(), off)
        } else {
            (recs_l, 0)
        };
        let shifted: Vec<(usize, usize)> = tp_idx.iter().map(|&(i, j)| (i, j + offset)).collect();
        let ok = blocked_together(&all, &shifted, &opts);
        if let Some(dump) = std::env::var_os("ER_SCORE_DUMP_MISSED") {
            let mut w = csv::Writer::from_path(dump)?;
            for (&(i, j), &b) in shifted.iter().zip(&ok) {
                if !b {
                    w.write_record([all[i].id.as_str(), all[j].id.as_str()])?;
                }
            }
        }
        (ok.iter().filter(|&&b| b).count(), tp_idx.len())
    };
    let name = |rows: &[(String, String)], i: usize| rows[i].0.clone();
    let truth_set: HashSet<(String, String)> = tp_idx
        .iter()
        .map(|&(i, j)| {
            let (a, b) = (name(&left, i), name(right.as_deref().unwrap_or(&left), j));
            if link || a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    let mut pred: HashSet<(String, String)> = HashSet::new();
    let mut rdr = csv::Reader::from_reader(BufReader::new(File::open(&pairs_path)?));
    for row in rdr.records() {
        let row = row?;
        let (a, b) = (
            row.get(0).unwrap_or("").to_owned(),
            row.get(1).unwrap_or("").to_owned(),
        );
        pred.insert(if link || a <= b { (a, b) } else { (b, a) });
    }
    let tp = pred.intersection(&truth_set).count();
    let (fp, fn_) = (pred.len() - tp, truth_set.len() - tp);
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let br = if n_true > 0 {
        blocked as f64 / n_true as f64
    } else {
        0.0
    };
    println!(
        "{{\"precision\": {p:.4}, \"recall\": {r:.4}, \"f1\": {f:.4}, \"tp\": {tp}, \"fp\": {fp}, \"fn\": {fn_}, \"blocking_recall\": {br:.4}}}"
    );
    Ok(())
}
