//! Turning records into interned, comparable form, with token frequencies for the
//! term-frequency adjustments ("García" agreeing says less than "Basoa" agreeing).

use crate::normalize;
use crate::record::{NONE, Prepared, Record, parse_birth_date, record_name};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Interned token strings with how often each appears as a given name and as a surname.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tokens {
    map: FxHashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
    /// Occurrences as first given name, per token.
    pub given_count: Vec<u32>,
    /// Occurrences as a surname, per token.
    pub surname_count: Vec<u32>,
    /// Total first-given-name occurrences.
    pub given_total: u64,
    /// Total surname occurrences.
    pub surname_total: u64,
}

impl Tokens {
    fn intern(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return NONE;
        }
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.map.insert(s.into(), id);
        self.given_count.push(0);
        self.surname_count.push(0);
        id
    }

    /// Text of a token id (empty for unknown ids).
    pub fn text(&self, id: u32) -> &str {
        self.strings.get(id as usize).map(|s| &**s).unwrap_or("")
    }

    /// Number of interned tokens.
    pub fn len(&self) -> usize {
        self.strings.len()
    }
}

/// Folded, parsed text of one record before interning.
struct Parsed {
    given: Vec<String>,
    surnames: Vec<String>,
    region: String,
    locality: String,
    rest: Prepared,
}

fn parse(r: &Record) -> Parsed {
    let name = record_name(r);
    let address = normalize::fold(&r.address);
    Parsed {
        given: name.given,
        surnames: name.surnames,
        region: normalize::fold(&r.region),
        locality: normalize::fold(&r.locality),
        rest: Prepared {
            g1: NONE,
            g2: NONE,
            s1: NONE,
            s2: NONE,
            dob: parse_birth_date(&r.birth_date),
            nid: normalize::id_digits(&r.national_id).into(),
            region: NONE,
            postcode: normalize::fold(&r.postcode).replace(' ', "").into(),
            locality: NONE,
            address: address.into(),
        },
    }
}

/// Records in comparable form plus the token table they share.
#[derive(Debug, Default, Clone)]
pub(crate) struct Dataset {
    pub recs: Vec<Prepared>,
    pub tokens: Tokens,
}

fn at(v: &[String], i: usize) -> &str {
    v.get(i).map(String::as_str).unwrap_or("")
}

impl Dataset {
    /// Prepare records (parsing in parallel, interning in order).
    pub fn build(records: &[Record]) -> Dataset {
        let parsed: Vec<Parsed> = records.par_iter().map(parse).collect();
        let mut ds = Dataset {
            recs: Vec::with_capacity(parsed.len()),
            tokens: Tokens::default(),
        };
        for p in parsed {
            let rec = ds.intern_parsed(p, true);
            ds.recs.push(rec);
        }
        ds
    }

    fn intern_parsed(&mut self, p: Parsed, count: bool) -> Prepared {
        let t = &mut self.tokens;
        let mut rec = p.rest;
        rec.g1 = t.intern(at(&p.given, 0));
        rec.g2 = t.intern(at(&p.given, 1));
        rec.s1 = t.intern(at(&p.surnames, 0));
        rec.s2 = t.intern(at(&p.surnames, 1));
        rec.region = t.intern(&p.region);
        rec.locality = t.intern(&p.locality);
        if count {
            if rec.g1 != NONE {
                t.given_count[rec.g1 as usize] += 1;
                t.given_total += 1;
            }
            for s in [rec.s1, rec.s2] {
                if s != NONE {
                    t.surname_count[s as usize] += 1;
                    t.surname_total += 1;
                }
            }
        }
        rec
    }

    /// Prepare one extra record (a query) against this dataset's tokens without counting
    /// it in the frequencies. New tokens are interned so that they compare by text.
    pub fn prepare_query(&mut self, r: &Record) -> Prepared {
        self.intern_parsed(parse(r), false)
    }
}
