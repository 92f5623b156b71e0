//! A human-readable rendering of an extraction, for the terminal.

use std::fmt;

use crate::model::Extraction;

impl fmt::Display for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "language: {}   published: {}",
            self.language,
            self.published.as_deref().unwrap_or("unknown")
        )?;
        writeln!(f, "detainees: {}", self.persons.len())?;
        for p in &self.persons {
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
        if !self.not_detainees.is_empty() {
            writeln!(f, "not detainees:")?;
            for m in &self.not_detainees {
                writeln!(f, "  {} ({})", m.name, m.why)?;
            }
        }
        if !self.out_of_scope_mentions.is_empty() {
            writeln!(f, "out of scope:")?;
            for m in &self.out_of_scope_mentions {
                writeln!(f, "  {} ({})", m.name, m.why)?;
            }
        }
        if !self.counts.is_empty() {
            writeln!(f, "counts:")?;
            for c in &self.counts {
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
        if !self.organizations.is_empty() {
            writeln!(f, "organizations: {}", self.organizations.join("; "))?;
        }
        if !self.places.is_empty() {
            writeln!(f, "places: {}", self.places.join("; "))?;
        }
        Ok(())
    }
}
