//! `amparo person`: record persons, find them, and show what is known of them and why.

use super::status::{person_status, publishers};
use crate::cli::PersonAdd;
use crate::context::{Context, person_id};
use crate::output::{
    FactJson, PersonLine, PersonShow, StatusJson, describe, print_created, print_json,
};
use amparo_domain::{
    CountryCode, NationalId, PartialDate, Person, PersonId, PersonName, PersonRole, Sex, Visibility,
};
use amparo_store::Write;
use anyhow::Result;

/// Builds a person from the command line's words.
pub fn build(args: &PersonAdd) -> Result<Person> {
    let mut person = Person::new(PersonId::generate(), PersonName::parse(&args.name)?);
    for alias in &args.alias {
        person.names.push(PersonName::parse(alias)?);
    }
    person.national_id = args
        .national_id
        .as_deref()
        .map(NationalId::parse)
        .transpose()?;
    person.sex = args.sex.as_deref().map(Sex::parse).transpose()?;
    person.birth_date = args
        .birth_date
        .as_deref()
        .map(PartialDate::parse)
        .transpose()?;
    person.nationalities = args
        .nationality
        .iter()
        .map(|c| CountryCode::parse(c))
        .collect::<Result<_, _>>()?;
    person.roles = args
        .role
        .iter()
        .map(|r| PersonRole::parse(r))
        .collect::<Result<_, _>>()?;
    person.visibility = Visibility::parse(&args.visibility)?;
    person.high_profile = args.high_profile;
    person.contacts = args.contacts.clone();
    person.notes = args.notes.clone();
    Ok(person)
}

pub async fn add(ctx: &Context, args: PersonAdd) -> Result<()> {
    let person = build(&args)?;
    let id = person.id;
    ctx.store()
        .write_batch(vec![Write::Person(person)], &ctx.write())
        .await?;
    print_created(id, args.json)
}

pub async fn list(
    ctx: &Context,
    name: Option<&str>,
    as_of: Option<&str>,
    limit: u32,
    json: bool,
) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let query = amparo_store::PersonQuery {
        text: name.map(str::to_owned),
        limit,
        offset: 0,
    };
    let persons = ctx.store().find_persons(&query, ctx.access).await?.items;
    let mut lines = Vec::with_capacity(persons.len());
    for p in &persons {
        let (_, status) = person_status(ctx, p.id, as_of).await?;
        lines.push(PersonLine {
            id: p.id.to_string(),
            name: p.display_name().to_owned(),
            status: StatusJson::from(&status),
        });
        if !json {
            println!(
                "{}  {:<32} {}",
                p.id,
                p.display_name(),
                describe(&StatusJson::from(&status))
            );
        }
    }
    if json {
        print_json(&lines)?;
    } else if lines.is_empty() {
        eprintln!("no person found");
    }
    Ok(())
}

pub async fn show(ctx: &Context, id: &str, as_of: Option<&str>, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let id = person_id(id)?;
    let person = ctx.store().person(id, ctx.access).await?;
    let (facts, status) = person_status(ctx, id, as_of).await?;
    let publishers = publishers(ctx).await?;
    let fact_lines: Vec<FactJson> = facts
        .iter()
        .map(|f| FactJson::new(f, &status, &publishers))
        .collect();
    if json {
        return print_json(&PersonShow {
            person: &person,
            as_of: as_of.to_string(),
            status: StatusJson::from(&status),
            facts: fact_lines,
        });
    }
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
    println!(
        "\nStatus as of {as_of}: {}",
        describe(&StatusJson::from(&status))
    );
    for fact in &fact_lines {
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
    if !status.conflicts.is_empty() {
        println!("\nConflicts between sources:");
        for c in &status.conflicts {
            println!("  {} overrules {}: {}", c.prevailing, c.overruled, c.reason);
        }
    }
    println!("\n* = the facts that decided the status");
    Ok(())
}

pub async fn merge(ctx: &Context, into: &str, from: &str, reason: &str) -> Result<()> {
    let (into, from) = (person_id(into)?, person_id(from)?);
    ctx.store()
        .merge_person(into, from, reason, &ctx.write())
        .await?;
    println!("merged {from} into {into} (undo with `amparo person unmerge {from} --reason ...`)");
    Ok(())
}

pub async fn unmerge(ctx: &Context, id: &str, reason: &str) -> Result<()> {
    let id = person_id(id)?;
    ctx.store().unmerge_person(id, reason, &ctx.write()).await?;
    println!("unmerged {id}");
    Ok(())
}
