//! `amparo report`: balances, periods, series and claims, as the application computes them.

use crate::cli::{ReportCommand, ReportFilter, ReportOutput};
use crate::context::Context;
use amparo_app::{ReportFilterInput, ReportRequest};
use amparo_report::{Format, Report, render_in};
use anyhow::{Context as _, Result};

fn filter(f: &ReportFilter) -> ReportFilterInput {
    ReportFilterInput {
        min_verification: f.min_verification.clone(),
        nationality: f.nationality.clone(),
        role: f.role.clone(),
        facility: f.facility.clone(),
        state: f.state.clone(),
    }
}

fn emit(report: &Report, out: &ReportOutput, lang: amparo_i18n::Lang) -> Result<()> {
    let format = if out.json {
        Format::Json
    } else {
        Format::parse(&out.format)?
    };
    let text = render_in(report, format, lang)?;
    match &out.out {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let args = amparo_i18n::Args::new().text("path", path.display().to_string());
            eprintln!("{}", amparo_i18n::t(lang, "cli-written-to", &args));
        }
        None => println!("{}", text.trim_end()),
    }
    Ok(())
}

pub async fn run(ctx: &Context, cmd: ReportCommand) -> Result<()> {
    let (request, out, f) = match cmd {
        ReportCommand::Balance { as_of, out, filter } => {
            (ReportRequest::Balance { as_of }, out, filter)
        }
        ReportCommand::Period {
            from,
            to,
            out,
            filter,
        } => (ReportRequest::Period { from, to }, out, filter),
        ReportCommand::Series {
            from,
            to,
            every,
            out,
            filter,
        } => (ReportRequest::Series { from, to, every }, out, filter),
        ReportCommand::Claims { as_of, out, filter } => {
            (ReportRequest::Claims { as_of }, out, filter)
        }
    };
    let report = ctx.app.report(&ctx.actor, &request, &filter(&f)).await?;
    emit(&report, &out, ctx.lang)
}
