//! `amparo claim`: announcements of release waves and numbers sources claim.

use crate::cli::ClaimCommand;
use crate::context::Context;
use crate::output::print_created;
use amparo_app::ClaimInput;
use amparo_domain::SourceId;
use anyhow::Result;

pub async fn run(ctx: &Context, cmd: ClaimCommand) -> Result<()> {
    let (id, json) = match cmd {
        ClaimCommand::Announce {
            source,
            by,
            date,
            number,
            vague,
            description,
            json,
        } => {
            let input = ClaimInput {
                source: Some(SourceId::parse(&source)?),
                by,
                number,
                vague,
                date: Some(date),
                description,
                ..ClaimInput::default()
            };
            (ctx.app.announce(&ctx.actor, &input).await?, json)
        }
        ClaimCommand::Add {
            source,
            according_to,
            subject,
            number,
            vague,
            as_of,
            from,
            to,
            json,
        } => {
            let input = ClaimInput {
                source: Some(SourceId::parse(&source)?),
                by: according_to,
                subject: Some(subject),
                number,
                vague,
                as_of,
                period: from.zip(to),
                ..ClaimInput::default()
            };
            (ctx.app.add_claim(&ctx.actor, &input).await?, json)
        }
    };
    print_created(id, json)
}
