//! `amparo claim`: announcements of release waves and numbers sources claim.

use crate::cli::ClaimCommand;
use crate::context::Context;
use crate::output::print_created;
use amparo_domain::{
    AggregateClaim, Announcement, ClaimId, ClaimSubject, PartialDate, Quantity, SourceId,
};
use anyhow::Result;

fn quantity(number: Option<u64>, vague: Option<String>) -> Quantity {
    match (number, vague.filter(|v| !v.trim().is_empty())) {
        (Some(n), _) => Quantity::Number(n),
        (None, Some(words)) => Quantity::Vague(words),
        (None, None) => Quantity::Unspecified,
    }
}

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
            let a = Announcement {
                id: ClaimId::generate(),
                source: SourceId::parse(&source)?,
                announced_by: by,
                date: PartialDate::parse(&date)?,
                quantity: quantity(number, vague),
                description,
            };
            ctx.store().add_announcement(&a, &ctx.write()).await?;
            (a.id, json)
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
            let period = match (from, to) {
                (Some(f), Some(t)) => Some((PartialDate::parse(&f)?, PartialDate::parse(&t)?)),
                _ => None,
            };
            let c = AggregateClaim {
                id: ClaimId::generate(),
                source: SourceId::parse(&source)?,
                according_to,
                subject: ClaimSubject::parse(&subject)?,
                quantity: quantity(number, vague),
                as_of: as_of.as_deref().map(PartialDate::parse).transpose()?,
                period,
            };
            ctx.store().add_claim(&c, &ctx.write()).await?;
            (c.id, json)
        }
    };
    print_created(id, json)
}
