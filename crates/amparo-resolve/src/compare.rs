//! Field comparisons: each pair of records becomes one level per field, from "exact" down
//! to "different", or "missing" when either side lacks the field (missing is neutral).

use crate::name_agreement::{NameAgreement, name_agreement};
use crate::nickname;
use crate::prepare::Tokens;
use crate::record::{BirthDate, NONE, Prepared};
use crate::similarity::{Sim, within_one_edit};

/// The compared fields, in pattern order (all listed; code names some by index).
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Given1 = 0,
    Given2,
    Surname1,
    Surname2,
    NationalId,
    BirthDate,
    Region,
    Postcode,
    Locality,
    Address,
}

/// Number of fields.
pub(crate) const NF: usize = 10;

/// Levels per field (missing not included): index 0 is always exact agreement.
pub(crate) const LEVELS: [u8; NF] = [6, 4, 4, 3, 3, 4, 2, 3, 3, 3];

/// Level value meaning "missing on at least one side".
pub(crate) const MISSING: u8 = u8::MAX;

/// One comparison: a level per field, plus which surname alignment was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Comparison {
    /// A level per field. National ids one edit apart are level 1 (a typo) only under
    /// names that agree; under others they are level 2, two people's numbers.
    pub levels: [u8; NF],
    /// True when the surnames agreed better crossed (paternal ↔ maternal swapped).
    pub crossed: bool,
    /// What equal national ids say about the pair.
    pub same_id: SameId,
    /// How the names agree part by part.
    pub names: NameAgreement,
    /// The national ids are one edit apart, whatever the names say.
    pub ids_one_edit_apart: bool,
}

/// National ids with fewer digits are too common to decide a pair alone.
const MIN_DECIDING_ID_DIGITS: usize = 5;

/// What equal national ids (compared by digits, whatever the prefix, dots or spaces) say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SameId {
    /// The ids differ, one is missing, or it is too short to decide.
    No,
    /// Equal ids, birth dates not in conflict, names related and none of their parts
    /// another name: the same person (issue 10).
    Certain,
    /// Equal ids, but the birth dates conflict outright, the names share nothing, or a
    /// part of them is another name: one of the fields was written wrong. Where cédulas
    /// are dense a one-digit typo in one is the number of someone else, often someone who
    /// shares a surname. The other fields' weights decide, as for any pair, and the pair is
    /// at least shown for review.
    Doubtful,
}

impl Comparison {
    /// Level of one field.
    pub fn level(&self, f: Field) -> u8 {
        self.levels[f as usize]
    }

    /// How many place fields below the region (postcode, locality, street address) agree
    /// exactly or within a typo: evidence about the person beyond name and birth date.
    pub fn place_agreements(&self) -> usize {
        [Field::Postcode, Field::Locality, Field::Address]
            .iter()
            .filter(|&&f| matches!(self.level(f), 0 | 1))
            .count()
    }

    /// Two strong identifiers conflict: national ids more than one edit apart (or one
    /// edit apart under names that do not agree), or birth dates that are not one typo,
    /// swap or year apart.
    pub fn identifier_conflict(&self) -> bool {
        self.level(Field::NationalId) == 2 || self.level(Field::BirthDate) == 3
    }

    /// Policy veto on automatic merging (the pair can still go to review).
    ///
    /// A conflicting national id or birth date is already strong negative evidence in the
    /// Fellegi–Sunter weight. It becomes a hard veto when the rest of the evidence cannot
    /// tell the two records from namesakes: fewer than two other agreeing fields among
    /// national id, birth date (exact or day/month swapped), postcode, locality and street.
    /// Then only the name and one coincidence speak for the match, and a common name must
    /// never merge two people ("José García", same birth date, different cédulas). When the
    /// address also agrees, a national id more than one edit away is more likely a
    /// transcription error (FEBRL corrupts ids by two or more edits): the weights decide.
    ///
    /// Equal national ids under names with a part that is another name are held the same
    /// way: where cédulas are dense, a one-digit typo in a person's is the number of
    /// someone else, often someone who shares a surname, and the equal number is then the
    /// one coincidence.
    pub fn vetoes_auto_match(&self) -> bool {
        let id_against_names =
            self.same_id == SameId::Doubtful && self.names == NameAgreement::Differ;
        if !self.identifier_conflict() && !id_against_names {
            return false;
        }
        let strong = [Field::NationalId, Field::BirthDate]
            .iter()
            .filter(|&&f| matches!(self.level(f), 0 | 1))
            .count();
        strong + self.place_agreements() < 2
    }

    /// Two people, not one: different national ids (one digit apart or more) under names
    /// that differ (a part another name, or only close to it by Jaro-Winkler: "Salas" /
    /// "Salazar"), and too little else agreeing to outweigh them (the veto holds). Not
    /// even worth a documenter's look: a list of people with neighbouring cédulas would
    /// otherwise send nearly every row to review.
    pub fn different_persons(&self) -> bool {
        matches!(self.names, NameAgreement::Differ | NameAgreement::Close)
            && self.level(Field::NationalId) == 2
            && self.vetoes_auto_match()
    }

    /// A national id one edit from the other under names that agree: a typo of one
    /// person's number, or two namesakes with neighbouring numbers. Weak evidence, whatever
    /// the weights learnt of it (where ids are dense and a list holds no repeated person,
    /// EM has no typo to learn from): the pair is at least shown for review.
    pub fn near_id_under_agreeing_names(&self) -> bool {
        self.ids_one_edit_apart && self.names == NameAgreement::Agree
    }

    /// The posterior after policy. Equal national ids decide (issue 10: the same *cédula*
    /// written "V-12.345.678" and "12345678" scored 0.75 on names alone): a certain pair is
    /// a match at 1.0. A doubtful one is left to the weights, but shown for review at
    /// least, as is a near id under agreeing names. A pair the veto holds stays below the
    /// match threshold; different persons stay below the review threshold.
    pub fn decide(&self, posterior: f64, match_threshold: f64, review_threshold: f64) -> f64 {
        if self.same_id == SameId::Certain {
            return 1.0;
        }
        let mut p = posterior;
        if self.same_id == SameId::Doubtful || self.near_id_under_agreeing_names() {
            p = p.max(review_threshold);
        }
        if self.vetoes_auto_match() {
            p = p.min(match_threshold * 0.999);
        }
        if self.different_persons() {
            p = p.min(review_threshold * 0.999);
        }
        p
    }

    /// Mixed-radix code of the levels, used to count identical patterns for EM.
    pub fn pattern(&self) -> u32 {
        Self::code(&self.levels)
    }

    /// The pattern of a pair of unrelated records, for the u probabilities: with national
    /// ids one edit apart at level 1 whatever the names say. How often two people's numbers
    /// are neighbours is a fact about the ids alone; the names are weighed on their own,
    /// and reading them into this level too would count them twice.
    pub fn chance_pattern(&self) -> u32 {
        let mut levels = self.levels;
        if self.ids_one_edit_apart {
            levels[Field::NationalId as usize] = 1;
        }
        Self::code(&levels)
    }

    fn code(levels: &[u8; NF]) -> u32 {
        let mut code = 0u32;
        for (f, &l) in levels.iter().enumerate() {
            let radix = u32::from(LEVELS[f]) + 1;
            let v = if l == MISSING {
                u32::from(LEVELS[f])
            } else {
                u32::from(l)
            };
            code = code * radix + v;
        }
        code
    }
}

fn name_level(s: &mut Sim<'_>, a: u32, b: u32, cut_hi: f64, cut_lo: f64) -> u8 {
    // levels: 0 exact, 1 jw >= hi, 2 jw >= lo, 3 different
    if a == b {
        return 0;
    }
    let jw = s.jw(a, b);
    if jw >= cut_hi {
        1
    } else if jw >= cut_lo {
        2
    } else {
        3
    }
}

fn given1_level(s: &mut Sim<'_>, a: &Prepared, b: &Prepared) -> u8 {
    let t = s.t;
    if a.g1 == NONE || b.g1 == NONE {
        return MISSING;
    }
    if a.g1 == b.g1 {
        return 0;
    }
    let (ta, tb) = (t.text(a.g1), t.text(b.g1));
    let flagged = |id: u32| t.ambiguous.get(id as usize).copied().unwrap_or(false);
    if (flagged(a.g1) || flagged(b.g1)) && nickname::alias_compatible(ta, tb) {
        return 1;
    }
    let jw = s.jw(a.g1, b.g1);
    if jw >= 0.92 {
        return 2;
    }
    if jw >= 0.84 {
        return 3;
    }
    let initial = |x: &str, y: &str| x.len() == 1 && y.as_bytes().first() == x.as_bytes().first();
    // An initial, or the given names printed in the other order ("José Luis" / "Luis José").
    if initial(ta, tb)
        || initial(tb, ta)
        || (a.g1 == b.g2 && a.g1 != NONE)
        || (b.g1 == a.g2 && b.g1 != NONE)
    {
        return 4;
    }
    5
}

fn given2_level(s: &mut Sim<'_>, a: &Prepared, b: &Prepared) -> u8 {
    let t = s.t;
    if a.g2 == NONE || b.g2 == NONE {
        return MISSING;
    }
    if a.g2 == b.g2 {
        return 0;
    }
    let (ta, tb) = (t.text(a.g2), t.text(b.g2));
    let initial = |x: &str, y: &str| x.len() == 1 && y.as_bytes().first() == x.as_bytes().first();
    if initial(ta, tb) || initial(tb, ta) {
        return 1;
    }
    if s.jw(a.g2, b.g2) >= 0.88 { 2 } else { 3 }
}

fn surname_levels(t: &mut Sim<'_>, a: &Prepared, b: &Prepared) -> (u8, u8, bool) {
    let direct1 = if a.s1 == NONE || b.s1 == NONE {
        MISSING
    } else {
        name_level(t, a.s1, b.s1, 0.92, 0.84)
    };
    let direct2 = if a.s2 == NONE || b.s2 == NONE {
        MISSING
    } else {
        name_level(t, a.s2, b.s2, 0.9, 0.0).min(2)
    };
    if a.s2 != NONE && b.s2 != NONE && a.s1 != NONE && b.s1 != NONE && direct1 != 0 {
        let cross1 = name_level(t, a.s1, b.s2, 0.92, 0.84);
        let cross2 = name_level(t, a.s2, b.s1, 0.9, 0.0).min(2);
        if u16::from(cross1) + u16::from(cross2) < u16::from(direct1) + u16::from(direct2) {
            return (cross1, cross2, true);
        }
    }
    (direct1, direct2, false)
}

fn date_level(a: Option<BirthDate>, b: Option<BirthDate>) -> u8 {
    let (Some(a), Some(b)) = (a, b) else {
        return MISSING;
    };
    if a == b {
        return 0;
    }
    if a.year == b.year && a.month == b.day && a.day == b.month {
        return 1;
    }
    let same = [a.year == b.year, a.month == b.month, a.day == b.day];
    let near_year = a.year.abs_diff(b.year) == 1 && same[1] && same[2];
    let one_off = same.iter().filter(|&&x| x).count() == 2;
    if near_year || one_off {
        return 2;
    }
    3
}

fn code_level(t: &Tokens, a: u32, b: u32) -> u8 {
    if a == NONE || b == NONE {
        MISSING
    } else if a == b {
        0
    } else if within_one_edit(t.text(a), t.text(b)) {
        1
    } else {
        2
    }
}

fn token_level(s: &mut Sim<'_>, a: u32, b: u32, three: bool) -> u8 {
    if a == NONE || b == NONE {
        return MISSING;
    }
    if a == b {
        return 0;
    }
    if !three {
        return 1;
    }
    if s.jw(a, b) >= 0.9 { 1 } else { 2 }
}

/// Whether any name token of one record agrees with any of the other's, in any position
/// (given names and surnames may be swapped): equal, an initial of it, or close by
/// Jaro-Winkler.
fn names_related(s: &mut Sim<'_>, a: &Prepared, b: &Prepared) -> bool {
    let t = s.t;
    let tokens = |r: &Prepared| [r.g1, r.g2, r.s1, r.s2].into_iter().filter(|&x| x != NONE);
    for x in tokens(a) {
        for y in tokens(b) {
            let (tx, ty) = (t.text(x), t.text(y));
            let initial =
                |p: &str, q: &str| p.len() == 1 && q.as_bytes().first() == p.as_bytes().first();
            if x == y || initial(tx, ty) || initial(ty, tx) || s.jw(x, y) >= 0.84 {
                return true;
            }
        }
    }
    false
}

fn same_id(s: &mut Sim<'_>, a: &Prepared, b: &Prepared, date: u8, names: NameAgreement) -> SameId {
    if a.nid == NONE || a.nid != b.nid || s.t.text(a.nid).len() < MIN_DECIDING_ID_DIGITS {
        SameId::No
    } else if date == 3 || names == NameAgreement::Differ || !names_related(s, a, b) {
        SameId::Doubtful
    } else {
        SameId::Certain
    }
}

/// Compare two prepared records field by field.
pub(crate) fn compare(s: &mut Sim<'_>, a: &Prepared, b: &Prepared) -> Comparison {
    let t = s.t;
    let (s1, s2, crossed) = surname_levels(s, a, b);
    let date = date_level(a.dob, b.dob);
    let national_id = code_level(t, a.nid, b.nid);
    let address = if a.address == NONE || b.address == NONE {
        MISSING
    } else if a.address == b.address {
        0
    } else if s.jw(a.address, b.address) >= 0.9 {
        1
    } else {
        2
    };
    let mut levels = [
        given1_level(s, a, b),
        given2_level(s, a, b),
        s1,
        s2,
        national_id,
        date,
        token_level(s, a.region, b.region, false),
        code_level(t, a.postcode, b.postcode),
        token_level(s, a.locality, b.locality, true),
        address,
    ];
    let names = name_agreement(s, a, b, &levels, crossed);
    // Ids one edit apart are a typo of one person's number only when the names agree;
    // otherwise two people's neighbouring numbers, as different as any two.
    let ids_one_edit_apart = national_id == 1;
    if ids_one_edit_apart && names != NameAgreement::Agree {
        levels[Field::NationalId as usize] = 2;
    }
    Comparison {
        levels,
        crossed,
        same_id: same_id(s, a, b, date, names),
        names,
        ids_one_edit_apart,
    }
}
