//! `amparo review`: the queue of machine-made proposals; accept, edit or reject each one.

use crate::cli::ReviewCommand;
use crate::context::Context;
use crate::output::print_json;
use crate::words::{self, w};
use amparo_app::Edits;
use amparo_domain::{Proposal, ProposalId, Proposed, ProposedPerson, ReviewState};
use amparo_i18n::{Args, Lang, t};
use anyhow::Result;

fn who(p: &Proposal, lang: Lang) -> String {
    let person = match &p.what {
        Proposed::Fact { person, .. } => person,
        Proposed::Claim { claim } => {
            let args = Args::new().text("who", claim.according_to.as_str());
            return t(lang, "cli-review-according-to", &args);
        }
        Proposed::Announcement { announcement } => {
            let args = Args::new().text("who", announcement.announced_by.as_str());
            return t(lang, "cli-review-announced-by", &args);
        }
    };
    match person {
        ProposedPerson::Existing { id, score } => {
            let args = Args::new()
                .text("id", id.to_string())
                .text("score", format!("{score:.2}"));
            t(lang, "cli-review-known", &args)
        }
        ProposedPerson::New {
            name,
            possible_match: Some(m),
            ..
        } => {
            let args = Args::new()
                .text("name", name.to_string())
                .text("match", m.to_string());
            t(lang, "cli-review-new-maybe", &args)
        }
        ProposedPerson::New { name, .. } => {
            let args = Args::new().text("name", name.to_string());
            t(lang, "cli-review-new", &args)
        }
    }
}

/// What a proposal proposes: a kind of fact, a claim or an announcement.
fn subject(p: &Proposal, lang: Lang) -> String {
    match &p.what {
        Proposed::Fact { .. } => words::fact_kind(lang, &p.subject()),
        Proposed::Claim { .. } => w(lang, "cli-review-claim"),
        Proposed::Announcement { .. } => w(lang, "cli-review-announcement"),
    }
}

/// A review state ("proposed") in words.
fn state_words(lang: Lang, state: &str) -> String {
    amparo_i18n::word(lang, "cli-review-state", state)
}

fn line(p: &Proposal, lang: Lang) -> String {
    let date = p
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| w(lang, "cli-review-no-date"));
    format!(
        "{}  {:<10} {:<18} {:<11} {}",
        p.id,
        date,
        subject(p, lang),
        words::verification(lang, &p.verification.to_string()),
        who(p, lang)
    )
}

pub async fn run(ctx: &Context, cmd: ReviewCommand) -> Result<()> {
    let (app, actor) = (&ctx.app, &ctx.actor);
    match cmd {
        ReviewCommand::List { state, json } => {
            let all = app
                .proposals(actor, Some(ReviewState::parse(&state)?))
                .await?;
            if json {
                return print_json(&all);
            }
            for p in &all {
                println!("{}", line(p, ctx.lang));
            }
            if all.is_empty() {
                let args = Args::new().text("state", state.as_str());
                eprintln!("{}", t(ctx.lang, "cli-review-none", &args));
            }
        }
        ReviewCommand::Show { id, json } => {
            let p = app.proposal(actor, ProposalId::parse(&id)?).await?;
            if json {
                return print_json(&p);
            }
            let lang = ctx.lang;
            println!("{}", line(&p, lang));
            let mut fields = vec![
                ("cli-review-proposes", serde_json::to_string(&p.what)?),
                (
                    "cli-review-source",
                    format!("{} ({})", p.source, p.locator.as_deref().unwrap_or("-")),
                ),
                ("cli-review-sentence", p.excerpt.clone()),
            ];
            if let Some(n) = &p.note {
                fields.push(("cli-review-note", amparo_i18n::stored_note(lang, n)));
            }
            if let Some(d) = &p.decision {
                let state = state_words(lang, &p.state.to_string());
                fields.push(("cli-review-decided", format!("{state} — {d}")));
            }
            let labels: Vec<String> = fields.iter().map(|(k, _)| w(lang, k)).collect();
            let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            for (label, (_, value)) in labels.iter().zip(&fields) {
                let fill = " ".repeat(width - label.chars().count());
                println!("  {label}{fill}  {value}");
            }
        }
        ReviewCommand::Accept { id, reason } => {
            let id = ProposalId::parse(&id)?;
            let fact = app
                .accept_proposal(actor, id, None, &reason)
                .await
                .map_err(|e| hint_date(e, id, ctx.lang))?;
            let args = Args::new().text("fact", fact.to_string());
            println!("{}", t(ctx.lang, "cli-review-accepted", &args));
        }
        ReviewCommand::Edit {
            id,
            date,
            person,
            kind,
            release_kind,
            measure,
            facility,
            verification,
            reason,
        } => {
            let edits = Edits {
                date,
                person: match person.as_deref() {
                    Some(p) => Some(ctx.person(p).await?),
                    None => None,
                },
                kind,
                release_kind,
                measures: measure,
                facility,
                verification,
            };
            let id = ProposalId::parse(&id)?;
            let fact = app
                .accept_proposal(actor, id, Some(edits), &reason)
                .await
                .map_err(|e| hint_date(e, id, ctx.lang))?;
            let args = Args::new().text("fact", fact.to_string());
            println!("{}", t(ctx.lang, "cli-review-edited", &args));
        }
        ReviewCommand::Reject { id, reason } => {
            let id = ProposalId::parse(&id)?;
            app.reject_proposal(actor, id, &reason).await?;
            let args = Args::new().text("id", id.to_string());
            println!("{}", t(ctx.lang, "cli-review-rejected", &args));
        }
    }
    Ok(())
}

/// The command line's hint for a proposal without a date.
fn hint_date(e: amparo_app::AppError, id: ProposalId, lang: Lang) -> anyhow::Error {
    if e.to_string().contains("has no date") {
        let args = Args::new()
            .text("message", e.to_string())
            .text("id", id.to_string());
        anyhow::anyhow!(t(lang, "cli-review-needs-date", &args))
    } else {
        e.into()
    }
}
