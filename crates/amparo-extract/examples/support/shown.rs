//! An extraction as the developer examples print it (extract, debug): English labels and the
//! format's identifiers, as the library's `Display` printed it before the reader's rendering
//! moved to the command line, in the reader's language.

use std::fmt;

use amparo_extract::Extraction;

/// The extraction as developers read it, in the format's English identifiers (what a person
/// reads, in their language, is `amparo extract`'s).
pub struct Shown<'a>(pub &'a Extraction);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        writeln!(
            f,
            "language: {}   published: {}",
            x.language,
            x.published.as_deref().unwrap_or("unknown")
        )?;
        writeln!(f, "detainees: {}", x.persons.len())?;
        for p in &x.persons {
            write!(f, "  {}", p.name)?;
            if !p.name_variants_in_text.is_empty() {
                write!(f, " (also: {})", p.name_variants_in_text.join(", "))?;
            }
            if !p.nationality.is_empty() {
                write!(f, " [{}]", p.nationality.join("+"))?;
            }
            if !p.roles.is_empty() {
                write!(f, " — {}", p.roles.join(", "))?;
            }
            writeln!(f)?;
            for e in &p.events {
                write!(
                    f,
                    "    {:<20} {}",
                    e.kind.as_str(),
                    e.date.as_deref().unwrap_or("date unknown")
                )?;
                if let Some(place) = &e.place {
                    write!(f, " at {place}")?;
                }
                if let Some(c) = e.certainty {
                    write!(
                        f,
                        " ({})",
                        serde_json::to_string(&c)
                            .unwrap_or_default()
                            .trim_matches('"')
                    )?;
                }
                writeln!(f)?;
                if let Some(c) = &e.conditions {
                    writeln!(f, "      conditions: {c}")?;
                }
                if let Some(c) = &e.charges {
                    writeln!(f, "      charges: {c}")?;
                }
            }
        }
        for (heading, list) in [
            ("not detainees:", &x.not_detainees),
            ("out of scope:", &x.out_of_scope_mentions),
        ] {
            if !list.is_empty() {
                writeln!(f, "{heading}")?;
                for m in list {
                    writeln!(f, "  {} ({})", m.name, m.why)?;
                }
            }
        }
        if !x.counts.is_empty() {
            writeln!(f, "counts:")?;
            for c in &x.counts {
                let n = c.number.map_or_else(
                    || c.vague_quantity.clone().unwrap_or_default(),
                    |n| n.to_string(),
                );
                write!(f, "  {n} {}", c.what)?;
                if let Some(a) = &c.according_to {
                    write!(f, " according to {a}")?;
                }
                if let Some(d) = &c.as_of {
                    write!(f, " as of {d}")?;
                }
                writeln!(f)?;
            }
        }
        if !x.organizations.is_empty() {
            writeln!(f, "organizations: {}", x.organizations.join("; "))?;
        }
        if !x.places.is_empty() {
            writeln!(f, "places: {}", x.places.join("; "))?;
        }
        Ok(())
    }
}
