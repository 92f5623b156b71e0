//! Which language to answer in: an explicit choice (`?lang=`), else the browser's
//! `Accept-Language` by its weights, else Spanish.

use crate::Lang;

/// The language a locale string names ("es_VE.UTF-8", "en-GB", "C" names none).
pub fn from_locale(locale: &str) -> Option<Lang> {
    Lang::parse(locale)
}

/// The first language of an `Accept-Language` header that amparo speaks, by weight
/// (`q=`), in the header's order among equal weights; `None` when it names neither.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranges: Vec<(f32, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let lang = Lang::parse(tag)?;
            (q > 0.0).then_some((q, i, lang))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.first().map(|r| r.2)
}

/// The language to answer in: `explicit` (a `?lang=` value) when it names one, else the
/// `Accept-Language` header's choice, else Spanish.
pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Lang {
    explicit
        .and_then(Lang::parse)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(Lang::Es)
}
