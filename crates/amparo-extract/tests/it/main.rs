//! Integration tests of amparo-extract: the acceptance text, the gold fixtures with floors,
//! the rules one by one, the scorer, and robustness on arbitrary input.

// Test helpers outside #[test] functions may fail loudly: that is how a test reports.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod captions_and_transcripts;
mod court_records;
mod courts_and_timelines;
mod courts_twentyfirst;
mod custody_courts_dates;
mod dates;
mod days_told_relatively;
mod dockets_twentieth;
mod events_of_people;
mod first_person_and_spoken;
mod fixtures;
mod forms;
mod groups_told_once;
mod headers_and_marks;
mod headings_tables_references;
mod held_and_leaving;
mod leaving_and_lists;
mod list_lines;
mod lists_and_records;
mod lists_twentyfifth;
mod lists_twentyfirst;
mod lists_twentyfourth;
mod lists_twentysecond;
mod lists_twentythird;
mod marks_and_conditions;
mod members_named_after;
mod misfires;
mod named_in_turn;
mod names_and_credits;
mod names_places_and_days;
mod nicknames_and_status;
mod objects_twentieth;
mod objects_twentyfirst;
mod official_lists;
mod people_and_denials;
mod records_and_ranks;
mod review_near_misses;
mod review_nineteenth;
mod review_thirtieth;
mod review_thirtyfirst;
mod review_thirtyfourth;
mod review_twentieth;
mod review_twentyfirst;
mod review_twentyfourth;
mod review_twentysecond;
mod review_twentyseventh;
mod review_twentysixth;
mod review_twentythird;
mod reviewed_readings;
mod robustness;
mod rules;
mod scorer;
mod screen_and_page;
mod seed;
mod statuses_and_balances;
mod terms_and_deaths;
mod timelines_and_letters;
mod told_later;
mod turns_and_groups;
mod words_fiftieth;
mod words_fiftieth_review;
mod words_fiftyeighth;
mod words_fiftyeighth_people;
mod words_fiftyeighth_review;
mod words_fiftyfifth;
mod words_fiftyfifth_lists;
mod words_fiftyfifth_review;
mod words_fiftyfirst;
mod words_fiftyfirst_review;
mod words_fiftyfourth;
mod words_fiftyfourth_review;
mod words_fiftyninth;
mod words_fiftyninth_people;
mod words_fiftyninth_review;
mod words_fiftysecond;
mod words_fiftysecond_review;
mod words_fiftysecond_two;
mod words_fiftyseventh;
mod words_fiftyseventh_review;
mod words_fiftysixth;
mod words_fiftysixth_review;
mod words_fiftythird;
mod words_fiftythird_review;
mod words_fortieth;
mod words_fortieth_people;
mod words_fortyeighth;
mod words_fortyeighth_two;
mod words_fortyfifth;
mod words_fortyfifth_names;
mod words_fortyfirst;
mod words_fortyfirst_names;
mod words_fortyfourth;
mod words_fortyninth;
mod words_fortyninth_review;
mod words_fortysecond;
mod words_fortysecond_review;
mod words_fortyseventh;
mod words_fortyseventh_two;
mod words_fortysixth;
mod words_fortysixth_names;
mod words_fortysixth_two;
mod words_fortythird;
mod words_fortythird_review;
mod words_seventieth;
mod words_seventieth_review;
mod words_seventyfirst;
mod words_seventyfirst_review;
mod words_seventyfourth;
mod words_seventysecond;
mod words_seventysecond_review;
mod words_seventythird;
mod words_seventythird_review;
mod words_sixtieth;
mod words_sixtieth_review;
mod words_sixtyeighth;
mod words_sixtyeighth_review;
mod words_sixtyfifth;
mod words_sixtyfifth_review;
mod words_sixtyfirst;
mod words_sixtyfirst_review;
mod words_sixtyfourth;
mod words_sixtyfourth_review;
mod words_sixtyninth;
mod words_sixtyninth_review;
mod words_sixtysecond;
mod words_sixtysecond_review;
mod words_sixtyseventh;
mod words_sixtyseventh_review;
mod words_sixtysixth;
mod words_sixtysixth_review;
mod words_sixtythird;
mod words_sixtythird_review;
mod words_thirtieth;
mod words_thirtyeighth;
mod words_thirtyfifth;
mod words_thirtyfirst;
mod words_thirtyfourth;
mod words_thirtyninth;
mod words_thirtysecond;
mod words_thirtyseventh;
mod words_thirtysixth;
mod words_thirtythird;
mod words_twentyeighth;
mod words_twentyfifth;
mod words_twentyfourth;
mod words_twentysecond;
mod words_twentyseventh;
mod words_twentysixth;
mod words_twentythird;

use amparo_extract::{Extraction, NaiveDate, Person};

/// Parses a fixed test date.
pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Extracts with a publication date.
pub fn run(text: &str, published: &str) -> Extraction {
    amparo_extract::extract(text, Some(day(published)), None).expect("a short text is read")
}

/// The detainee of that name, if extracted.
pub fn person<'a>(x: &'a Extraction, name: &str) -> Option<&'a Person> {
    x.persons.iter().find(|p| p.name == name)
}

/// The event types of a detainee, as strings.
pub fn kinds(p: &Person) -> Vec<&'static str> {
    p.events.iter().map(|e| e.kind.as_str()).collect()
}

/// The event types of the detainee of that name, which must have been extracted.
pub fn kinds_of(x: &amparo_extract::Extraction, name: &str) -> Vec<&'static str> {
    kinds(person(x, name).unwrap_or_else(|| panic!("{name} in {x:#?}")))
}

/// How many events of a kind ("release") the text gives a named detainee.
pub fn count_of(x: &Extraction, name: &str, kind: &str) -> usize {
    kinds_of(x, name).iter().filter(|k| **k == kind).count()
}

/// Whether the text gives the person of that name no event (named or not at all).
pub fn no_events(x: &Extraction, name: &str) -> bool {
    person(x, name).is_none_or(|p| p.events.is_empty())
}

/// The dates of a named person's events, in order ("" for an undated one).
pub fn dates_of(x: &Extraction, name: &str) -> Vec<String> {
    person(x, name)
        .unwrap_or_else(|| panic!("{name} in {x:#?}"))
        .events
        .iter()
        .map(|e| e.date.as_ref().map(|d| d.to_string()).unwrap_or_default())
        .collect()
}

/// The first event of a kind of the detainee of that name (who must have been extracted).
pub fn event_of<'a>(
    x: &'a Extraction,
    name: &str,
    kind: &str,
) -> Option<&'a amparo_extract::Event> {
    person(x, name)
        .unwrap_or_else(|| panic!("{name} in {x:#?}"))
        .events
        .iter()
        .find(|e| e.kind.as_str() == kind)
}

/// The date of the first event of a kind of the detainee of that name, as a string ("" when
/// undated).
pub fn date_of(x: &Extraction, name: &str, kind: &str) -> String {
    event_of(x, name, kind)
        .unwrap_or_else(|| panic!("{name} {kind} in {x:#?}"))
        .date
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default()
}
