//! Turning records into interned, comparable form, with token frequencies for the
//! term-frequency adjustments ("García" agreeing says less than "Basoa" agreeing).
//! Records can be added in chunks, so that a file is streamed rather than held whole.

use crate::record::{NONE, Prepared, Record, parse_birth_date, record_name};
use crate::{nickname, normalize};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Interned strings (names, ids, places) with how often each appears as a first given
/// name and as a surname.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tokens {
    map: FxHashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
    /// Occurrences as first given name, per token.
    pub given_count: Vec<u32>,
    /// Occurrences as a surname, per token.
    pub surname_count: Vec<u32>,
    /// Whether each token is an ambiguous nickname (compared through the nickname table).
    pub ambiguous: Vec<bool>,
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
        let boxed: Box<str> = s.into();
        self.strings.push(boxed.clone());
        self.map.insert(boxed, id);
        self.given_count.push(0);
        self.surname_count.push(0);
        self.ambiguous.push(nickname::is_ambiguous(s));
        id
    }

    /// Text of a token id (empty for `NONE` and unknown ids).
    pub fn text(&self, id: u32) -> &str {
        self.strings.get(id as usize).map(|s| &**s).unwrap_or("")
    }

    /// Number of interned tokens.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// How often a token was seen as a given name or surname.
    pub fn name_count(&self, id: u32) -> u32 {
        let i = id as usize;
        self.given_count.get(i).copied().unwrap_or(0)
            + self.surname_count.get(i).copied().unwrap_or(0)
    }
}

/// Folded, parsed text of one record before interning.
struct Parsed {
    given: Vec<String>,
    surnames: Vec<String>,
    dob: Option<crate::record::BirthDate>,
    nid: String,
    region: String,
    postcode: String,
    locality: String,
    address: String,
}

/// Place text read at most, in bytes (the longest real street addresses stay under 100).
const MAX_PLACE_BYTES: usize = 256;

fn place(text: &str) -> String {
    normalize::fold(normalize::head(text, MAX_PLACE_BYTES))
}

fn parse(r: &Record) -> Parsed {
    let name = record_name(r);
    Parsed {
        given: name.given,
        surnames: name.surnames,
        dob: parse_birth_date(&r.birth_date),
        nid: normalize::id_digits(&r.national_id),
        region: place(&r.region),
        postcode: place(&r.postcode).replace(' ', ""),
        locality: place(&r.locality),
        address: place(&r.address),
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
        let mut ds = Dataset::default();
        ds.extend(records);
        ds
    }

    /// Add a chunk of records (parsed in parallel, interned in order).
    pub fn extend(&mut self, records: &[Record]) {
        let parsed: Vec<Parsed> = records.par_iter().map(parse).collect();
        self.recs.reserve(parsed.len());
        for p in parsed {
            let rec = self.intern_parsed(p, true);
            self.recs.push(rec);
        }
    }

    fn intern_parsed(&mut self, p: Parsed, count: bool) -> Prepared {
        let t = &mut self.tokens;
        let rec = Prepared {
            g1: t.intern(at(&p.given, 0)),
            g2: t.intern(at(&p.given, 1)),
            s1: t.intern(at(&p.surnames, 0)),
            s2: t.intern(at(&p.surnames, 1)),
            dob: p.dob,
            nid: t.intern(&p.nid),
            region: t.intern(&p.region),
            postcode: t.intern(&p.postcode),
            locality: t.intern(&p.locality),
            address: t.intern(&p.address),
        };
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
