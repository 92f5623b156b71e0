//! Walking out of prison on a day: the time after "walked out" and what the clause tells next.

/// ("walked out on Wednesday.", "walked out on Friday, June 28, after…", "walked out on 7 August
/// from Rodeo I", "walked out in July with a travel ban"): whether "on"/"in" at `k` after "walked
/// out" opens the time of the leaving and its clause then ends or tells of the release; not
/// "walked out on Monday from a meeting", "…on Wednesday to speak to the families", "…in protest".
pub(crate) fn walked_out_when(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let month = |j: usize| crate::dates::month(doc.f(j)).is_some();
    let mut e = k + 1;
    if crate::dates::weekday(doc.f(e)).is_some() {
        e += 1;
        if doc.f(e) == "," && month(e + 1) {
            e += 1;
        }
    }
    if !(month(e) || (doc.is_number(e) && month(e + 1))) && e == k + 1 {
        return false;
    }
    while month(e) || doc.is_number(e) || (doc.f(e) == "," && doc.is_number(e + 1)) {
        e += 1;
    }
    let named_place = doc.f(e) == "from" && doc.tokens.get(e + 1).is_some_and(|t| t.capitalised);
    named_place
        || matches!(
            doc.f(e),
            "." | ";" | "," | "" | "and" | "with" | "under" | "barred" | "required"
        )
}
