//! Who did something, as the audit log names them ("user:ana (editor)"), in words a
//! documenter reads: "ana", "maria (línea de órdenes)", "token 3".

use amparo_i18n::{Args, Lang, t};

/// The name of the actor the audit log records as `audit_name`.
pub fn name(lang: Lang, audit_name: &str) -> String {
    // The role follows in parentheses; the name is what comes before it.
    let id = audit_name
        .rsplit_once(" (")
        .map_or(audit_name, |(id, _)| id)
        .trim();
    match id.split_once(':') {
        Some(("user", who)) => who.to_owned(),
        Some(("local", who)) => t(lang, "ws-actor-local", &Args::new().text("name", who)),
        Some(("token", n)) => t(lang, "ws-actor-token", &Args::new().text("name", n)),
        _ if id == "public" || id.is_empty() => t(lang, "ws-actor-unknown", &Args::new()),
        _ => id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_read_as_their_names() {
        assert_eq!(name(Lang::Es, "user:ana (reviewer)"), "ana");
        assert_eq!(name(Lang::Es, "user:ana"), "ana");
        assert_eq!(
            name(Lang::Es, "local:maria (admin)"),
            "maria (línea de órdenes)"
        );
        assert_eq!(name(Lang::En, "token:3 (viewer)"), "API token 3");
        assert_eq!(name(Lang::En, "test"), "test");
    }
}
