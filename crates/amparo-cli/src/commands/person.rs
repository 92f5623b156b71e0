//! `amparo person`: record persons, find them, and show what is known of them and why.

use crate::cli::{PersonAdd, PersonEditArgs};
use crate::context::Context;
use crate::output::{print_created, print_json};
use crate::words::{self, w};
use amparo_app::{PersonEdit, PersonInput};
use amparo_domain::{CountryCode, PersonName};
use amparo_i18n::{Args, t};
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
                let args = Args::new().text("message", e.to_string());
                anyhow::anyhow!(t(ctx.lang, "cli-person-force", &args))
            } else {
                e.into()
            }
        })?;
    for (id, name, score) in &added.likely_duplicates {
        let args = Args::new()
            .text("id", id.to_string())
            .text("name", name.as_str())
            .text("score", format!("{score:.2}"))
            .text("new", added.id.to_string());
        let message = t(ctx.lang, "cli-person-duplicate", &args);
        let args = Args::new().text("message", message);
        eprintln!("{}", t(ctx.lang, "cli-warning", &args));
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
    let args = Args::new()
        .text("name", person.display_name())
        .text("id", person.id.to_string());
    println!("{}", t(ctx.lang, "cli-person-edited", &args));
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
        let status = words::status(ctx.lang, &line.status);
        println!("{}  {:<32} {status}", line.id, line.name);
    }
    let shown = page.items.len() as u64;
    if shown == 0 {
        eprintln!("{}", w(ctx.lang, "cli-person-none"));
    } else if shown < page.total {
        let args = Args::new()
            .text("first", (page.offset + 1).to_string())
            .text("last", (page.offset + shown).to_string())
            .text("total", page.total.to_string());
        eprintln!("{}", t(ctx.lang, "cli-person-showing", &args));
    }
    Ok(())
}

pub async fn show(ctx: &Context, id: &str, as_of: Option<&str>, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let shown = ctx
        .app
        .show_person(&ctx.actor, ctx.person(id).await?, as_of, ctx.lang)
        .await?;
    if json {
        return print_json(&shown);
    }
    print_show(&shown, ctx.lang);
    Ok(())
}

/// `person show` as text: the record's fields, the status and why, the facts with their
/// sources, the conflicts.
fn print_show(shown: &amparo_app::views::PersonShow, lang: amparo_i18n::Lang) {
    let person = &shown.person;
    println!("{}  ({})", person.display_name(), person.id);
    let mut fields: Vec<(String, String)> = Vec::new();
    if let Some(into) = person.merged_into {
        let args = Args::new().text("id", into.to_string());
        fields.push((
            w(lang, "cli-person-merged-into"),
            t(lang, "cli-person-merged-into-value", &args),
        ));
    }
    if person.names.len() > 1 {
        let aliases: Vec<&str> = person.names[1..].iter().map(PersonName::as_str).collect();
        fields.push((w(lang, "cli-person-also-written"), aliases.join("; ")));
    }
    if let Some(n) = &person.national_id {
        fields.push((w(lang, "cli-person-national-id"), n.to_string()));
    }
    if !person.nationalities.is_empty() {
        let n: Vec<&str> = person
            .nationalities
            .iter()
            .map(CountryCode::as_str)
            .collect();
        fields.push((w(lang, "cli-person-nationality"), n.join(", ")));
    }
    if !person.roles.is_empty() {
        let r: Vec<String> = person
            .roles
            .iter()
            .map(|r| words::role(lang, r.as_str()))
            .collect();
        fields.push((w(lang, "cli-person-roles"), r.join(", ")));
    }
    let width = fields
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        .max(13);
    for (label, value) in &fields {
        let fill = " ".repeat(width - label.chars().count());
        println!("  {label}{fill} {value}");
    }
    let status = Args::new()
        .text("date", shown.as_of.as_str())
        .text("status", words::status(lang, &shown.status));
    println!("\n{}", t(lang, "cli-person-status", &status));
    let retracted_mark = w(lang, "cli-person-retracted");
    for fact in &shown.facts {
        let marker = if fact.decides_status { "*" } else { " " };
        let retracted = if fact.retracted.is_some() {
            format!("  {retracted_mark}")
        } else {
            String::new()
        };
        println!(
            "{marker} {}  {:<22} {:<12} {}{}",
            fact.date,
            words::fact_kind(lang, &fact.kind),
            words::verification(lang, &fact.verification),
            fact.id,
            retracted
        );
        for c in &fact.citations {
            let who = c.publisher.as_deref().unwrap_or(&c.source);
            let what = c.excerpt.as_deref().or(c.locator.as_deref()).unwrap_or("");
            println!("      {who}: {what}");
        }
    }
    if !shown.status.conflicts.is_empty() {
        println!("\n{}", w(lang, "cli-person-conflicts"));
        for c in &shown.status.conflicts {
            println!("  {}", c.explanation);
        }
    }
    println!("\n{}", w(lang, "cli-person-legend"));
}

pub async fn merge(ctx: &Context, into: &str, from: &str, reason: &str) -> Result<()> {
    let (into, from) = (ctx.person(into).await?, ctx.person(from).await?);
    ctx.app
        .merge_persons(&ctx.actor, into, from, reason)
        .await?;
    let args = Args::new()
        .text("from", from.to_string())
        .text("into", into.to_string());
    println!("{}", t(ctx.lang, "cli-person-merged", &args));
    Ok(())
}

pub async fn unmerge(ctx: &Context, id: &str, reason: &str) -> Result<()> {
    let id = ctx.person(id).await?;
    ctx.app.unmerge_person(&ctx.actor, id, reason).await?;
    let args = Args::new().text("id", id.to_string());
    println!("{}", t(ctx.lang, "cli-person-unmerged", &args));
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
        println!("{}", w(ctx.lang, "cli-person-no-duplicates"));
    } else {
        println!("{}", w(ctx.lang, "cli-person-merge-with"));
    }
    Ok(())
}
