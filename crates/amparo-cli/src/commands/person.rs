//! `amparo person`: record persons, find them, and show what is known of them and why.

use crate::cli::{PersonAdd, PersonEditArgs};
use crate::context::Context;
use crate::output::{print_created, print_json};
use amparo_app::{PersonEdit, PersonInput};
use amparo_domain::{CountryCode, PersonName};
use anyhow::Result;

/// The application's description of a person, from the command line's words.
pub fn input(args: &PersonAdd) -> PersonInput {
    PersonInput {
        name: args.name.clone(),
        aliases: args.alias.clone(),
        national_id: args.national_id.clone(),
        sex: args.sex.clone(),
        birth_date: args.birth_date.clone(),
        nationalities: args.nationality.clone(),
        roles: args.role.clone(),
        visibility: Some(args.visibility.clone()),
        high_profile: args.high_profile,
        contacts: args.contacts.clone(),
        notes: args.notes.clone(),
    }
}

pub async fn add(ctx: &Context, args: PersonAdd) -> Result<()> {
    let added = ctx
        .app
        .add_person(&ctx.actor, &input(&args), args.force.as_deref())
        .await
        .map_err(|e| {
            if e.kind() == amparo_app::ErrorKind::Conflict {
                anyhow::anyhow!("{e} (--force REASON)")
            } else {
                e.into()
            }
        })?;
    for (id, name, score) in &added.likely_duplicates {
        eprintln!(
            "warning: likely the same person as {id} {name} (score {score:.2}): check, and merge with `amparo person merge {id} {} --reason ...` if so",
            added.id
        );
    }
    print_created(added.id, args.json)
}

pub async fn edit(ctx: &Context, args: PersonEditArgs) -> Result<()> {
    let id = ctx.person(&args.id).await?;
    let edit = PersonEdit {
        name: args.name,
        add_aliases: args.alias,
        remove_aliases: args.remove_alias,
        national_id: args.national_id,
        sex: args.sex,
        birth_date: args.birth_date,
        nationalities: if args.no_nationality {
            Some(Vec::new())
        } else {
            (!args.nationality.is_empty()).then_some(args.nationality)
        },
        roles: if args.no_role {
            Some(Vec::new())
        } else {
            (!args.role.is_empty()).then_some(args.role)
        },
        high_profile: args.high_profile,
        visibility: args.visibility,
        contacts: args.contacts,
        notes: args.notes,
        version: None,
    };
    let person = ctx
        .app
        .edit_person(&ctx.actor, id, &edit, &args.reason)
        .await?;
    println!("edited {} ({})", person.display_name(), person.id);
    Ok(())
}

pub async fn list(
    ctx: &Context,
    name: Option<&str>,
    as_of: Option<&str>,
    limit: u32,
    offset: u32,
    json: bool,
) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let page = ctx
        .app
        .list_persons(&ctx.actor, name, as_of, limit, offset)
        .await?;
    if json {
        return print_json(&page.items);
    }
    for line in &page.items {
        println!("{}  {:<32} {}", line.id, line.name, line.status.describe());
    }
    let shown = page.items.len() as u64;
    if shown == 0 {
        eprintln!("no person found");
    } else if shown < page.total {
        eprintln!(
            "showing {} to {} of {} (--limit N, --offset N, --all)",
            page.offset + 1,
            page.offset + shown,
            page.total
        );
    }
    Ok(())
}

pub async fn show(ctx: &Context, id: &str, as_of: Option<&str>, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let shown = ctx
        .app
        .show_person(&ctx.actor, ctx.person(id).await?, as_of)
        .await?;
    if json {
        return print_json(&shown);
    }
    let person = &shown.person;
    println!("{}  ({})", person.display_name(), person.id);
    if let Some(into) = person.merged_into {
        println!("  merged into   {into} (its facts show there)");
    }
    if person.names.len() > 1 {
        let aliases: Vec<&str> = person.names[1..].iter().map(PersonName::as_str).collect();
        println!("  also written  {}", aliases.join("; "));
    }
    if let Some(n) = &person.national_id {
        println!("  national id   {n}");
    }
    if !person.nationalities.is_empty() {
        let n: Vec<&str> = person
            .nationalities
            .iter()
            .map(CountryCode::as_str)
            .collect();
        println!("  nationality   {}", n.join(", "));
    }
    if !person.roles.is_empty() {
        let r: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
        println!("  roles         {}", r.join(", "));
    }
    println!("\nStatus as of {as_of}: {}", shown.status.describe());
    for fact in &shown.facts {
        let marker = if fact.decides_status { "*" } else { " " };
        let retracted = if fact.retracted.is_some() {
            "  [retracted]"
        } else {
            ""
        };
        println!(
            "{marker} {}  {:<22} {:<12} {}{}",
            fact.date, fact.kind, fact.verification, fact.id, retracted
        );
        for c in &fact.citations {
            let who = c.publisher.as_deref().unwrap_or(&c.source);
            let what = c.excerpt.as_deref().or(c.locator.as_deref()).unwrap_or("");
            println!("      {who}: {what}");
        }
    }
    if !shown.status.conflicts.is_empty() {
        println!("\nConflicts between sources:");
        for c in &shown.status.conflicts {
            println!("  {}", c.explanation);
        }
    }
    println!("\n* = the facts that decided the status");
    Ok(())
}

pub async fn merge(ctx: &Context, into: &str, from: &str, reason: &str) -> Result<()> {
    let (into, from) = (ctx.person(into).await?, ctx.person(from).await?);
    ctx.app
        .merge_persons(&ctx.actor, into, from, reason)
        .await?;
    println!("merged {from} into {into} (undo with `amparo person unmerge {from} --reason ...`)");
    Ok(())
}

pub async fn unmerge(ctx: &Context, id: &str, reason: &str) -> Result<()> {
    let id = ctx.person(id).await?;
    ctx.app.unmerge_person(&ctx.actor, id, reason).await?;
    println!("unmerged {id}");
    Ok(())
}

pub async fn duplicates(ctx: &Context, json: bool) -> Result<()> {
    let suggestions = ctx.app.duplicates(&ctx.actor).await?;
    if json {
        return print_json(&suggestions);
    }
    for s in &suggestions {
        println!(
            "{:.3} {:<6} {} {}  ~  {} {}",
            s.score, s.decision, s.left, s.left_name, s.right, s.right_name
        );
    }
    if suggestions.is_empty() {
        println!("no likely duplicates");
    } else {
        println!("merge with: amparo person merge INTO FROM --reason ...");
    }
    Ok(())
}
