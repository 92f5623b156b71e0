//! Person records as lists print them, and their prepared (normalised) form.

use crate::normalize::{self, ParsedName};

/// One person as a source lists them. Empty strings mean "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// The record's id in its list (never used for matching).
    pub id: String,
    /// The name as printed ("BASOA, JOSÉ MARÍA"); used when the structured parts are
    /// empty, and to repair structured parts that a faulty parser swapped.
    pub full_name: String,
    /// First given name (or all given names).
    pub first_name: String,
    /// Further given names.
    pub middle_name: String,
    /// First (paternal) surname, or all surnames.
    pub surname_1: String,
    /// Second (maternal) surname.
    pub surname_2: String,
    /// Birth date: YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY.
    pub birth_date: String,
    /// National id (cédula "V-12.345.678", social security number, ...).
    pub national_id: String,
    /// State or province.
    pub region: String,
    /// Postal code.
    pub postcode: String,
    /// Town, suburb or municipality.
    pub locality: String,
    /// Street address (number and street).
    pub address: String,
}

/// A calendar date as digits, not validated beyond ranges (lists carry odd dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BirthDate {
    /// Year.
    pub year: u16,
    /// Month 1-12.
    pub month: u8,
    /// Day 1-31.
    pub day: u8,
}

/// Parse YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD, DD/MM/YYYY or DD-MM-YYYY.
pub fn parse_birth_date(text: &str) -> Option<BirthDate> {
    let t = text.trim();
    let parts: Vec<&str> = t
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = match parts.as_slice() {
        [one] if one.len() == 8 => {
            let y = num(one.get(0..4)?)?;
            (y, num(one.get(4..6)?)?, num(one.get(6..8)?)?)
        }
        [a, b, c] if a.len() == 4 => (num(a)?, num(b)?, num(c)?),
        [a, b, c] if c.len() == 4 => (num(c)?, num(b)?, num(a)?),
        _ => return None,
    };
    if !(1800..=2200).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(BirthDate {
        year: y as u16,
        month: m as u8,
        day: d as u8,
    })
}

/// Marker for "no token".
pub(crate) const NONE: u32 = u32::MAX;

/// A record reduced to what the comparisons need: every text is an interned token id
/// (`NONE` when absent), so a million records take about 40 MB.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prepared {
    pub g1: u32,
    pub g2: u32,
    pub s1: u32,
    pub s2: u32,
    pub dob: Option<BirthDate>,
    /// National id digits.
    pub nid: u32,
    pub region: u32,
    pub postcode: u32,
    pub locality: u32,
    /// Folded street address.
    pub address: u32,
}

/// The given names and surnames a record stands for, with misparsed parts repaired.
pub fn record_name(r: &Record) -> ParsedName {
    let structured = !(r.first_name.trim().is_empty()
        && r.middle_name.trim().is_empty()
        && r.surname_1.trim().is_empty()
        && r.surname_2.trim().is_empty());
    if !structured {
        return normalize::parse_full_name(&r.full_name);
    }
    if r.full_name.contains(',') {
        // "SURNAMES, GIVEN" is unambiguous: trust it over the structured parts.
        let parsed = normalize::parse_full_name(&r.full_name);
        if !parsed.given.is_empty() && !parsed.surnames.is_empty() {
            return parsed;
        }
    }
    let mut given = normalize::given_tokens(&format!("{} {}", r.first_name, r.middle_name));
    let mut surnames = normalize::name_tokens(&format!("{} {}", r.surname_1, r.surname_2));
    // A parser that swapped the parts shows when the printed name opens with a "surname".
    let full = normalize::name_tokens(&r.full_name);
    let swapped = match (full.first(), given.first(), surnames.first()) {
        (Some(f), Some(g), Some(s)) => f == s && f != g,
        _ => false,
    };
    if swapped {
        std::mem::swap(&mut given, &mut surnames);
        given = given
            .iter()
            .flat_map(|t| normalize::given_tokens(t))
            .collect();
    }
    ParsedName { given, surnames }
}
