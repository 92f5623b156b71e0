//! `amparo review`: the queue of machine-made proposals; accept, edit or reject each one.

use crate::cli::ReviewCommand;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::Edits;
use amparo_domain::{Proposal, ProposalId, Proposed, ProposedPerson, ReviewState};
use anyhow::Result;

fn who(p: &Proposal) -> String {
    let person = match &p.what {
        Proposed::Fact { person, .. } => person,
        Proposed::Claim { claim } => return format!("according to {}", claim.according_to),
        Proposed::Announcement { announcement } => {
            return format!("announced by {}", announcement.announced_by);
        }
    };
    match person {
        ProposedPerson::Existing { id, score } => format!("known person {id} (match {score:.2})"),
        ProposedPerson::New {
            name,
            possible_match: Some(m),
            ..
        } => format!("new: {name} (maybe {m})"),
        ProposedPerson::New { name, .. } => format!("new: {name}"),
    }
}

fn line(p: &Proposal) -> String {
    let date = p
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    format!(
        "{}  {:<10} {:<18} {:<11} {}",
        p.id,
        date,
        p.subject(),
        p.verification,
        who(p)
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
                println!("{}", line(p));
            }
            if all.is_empty() {
                eprintln!("no {state} proposal");
            }
        }
        ReviewCommand::Show { id, json } => {
            let p = app.proposal(actor, ProposalId::parse(&id)?).await?;
            if json {
                return print_json(&p);
            }
            println!("{}", line(&p));
            println!("  proposes  {}", serde_json::to_string(&p.what)?);
            println!(
                "  source    {} ({})",
                p.source,
                p.locator.as_deref().unwrap_or("-")
            );
            println!("  sentence  {}", p.excerpt);
            if let Some(n) = &p.note {
                println!("  note      {n}");
            }
            if let Some(d) = &p.decision {
                println!("  decided   {} — {d}", p.state);
            }
        }
        ReviewCommand::Accept { id, reason } => {
            let id = ProposalId::parse(&id)?;
            let fact = app
                .accept_proposal(actor, id, None, &reason)
                .await
                .map_err(|e| hint_date(e, id))?;
            println!("accepted: {fact}");
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
                .map_err(|e| hint_date(e, id))?;
            println!("edited and accepted: {fact}");
        }
        ReviewCommand::Reject { id, reason } => {
            let id = ProposalId::parse(&id)?;
            app.reject_proposal(actor, id, &reason).await?;
            println!("rejected {id}");
        }
    }
    Ok(())
}

/// The command line's hint for a proposal without a date.
fn hint_date(e: amparo_app::AppError, id: ProposalId) -> anyhow::Error {
    if e.to_string().contains("has no date") {
        anyhow::anyhow!("{e}: `amparo review edit {id} --date YYYY[-MM[-DD]]`")
    } else {
        e.into()
    }
}
