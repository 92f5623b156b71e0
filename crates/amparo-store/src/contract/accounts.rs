//! Contract tests of accounts: users and tokens written and audited without their secrets,
//! read by admins only; sessions and failed logins kept apart from the record.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, ctx};
use crate::accounts::{ApiToken, Session, UserAccount};
use crate::{StoreError, Write};
use amparo_domain::*;

const PHC: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aW52ZW50ZWRoYXNoaW52ZW50ZWRoYXNo";

fn user(login: &str, role: &str) -> UserAccount {
    UserAccount {
        login: login.into(),
        name: format!("Nombre de {login}"),
        role: role.into(),
        password_hash: PHC.into(),
        disabled: false,
        created_at: "2026-01-10T12:00:00.000000Z".into(),
    }
}

async fn write(h: &dyn Harness, w: Write) -> Result<(), StoreError> {
    h.store().write_batch(vec![w], &ctx()).await
}

/// Logins are unique whatever their case; accounts are read by admins only; every change is
/// in the audit log, which holds no password hash; `verify` finds a role raised by hand and
/// an account written outside amparo.
pub async fn accounts_are_audited_without_secrets_and_read_by_admins_only(h: &dyn Harness) {
    let store = h.store();
    write(h, Write::User(user("Ana.Perez", "admin")))
        .await
        .unwrap();
    assert!(matches!(
        write(h, Write::User(user("ana.perez", "viewer"))).await,
        Err(StoreError::Conflict(_))
    ));
    let found = store
        .user("ANA.PEREZ", Access::Admin)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.login, "Ana.Perez");
    assert_eq!(found.password_hash, PHC);
    assert!(
        store
            .user("ana.perez", Access::Documenter)
            .await
            .unwrap()
            .is_none()
    );
    assert!(store.users(Access::Documenter).await.unwrap().is_empty());

    let mut changed = user("ana.perez", "viewer");
    changed.disabled = true;
    assert!(matches!(
        write(
            h,
            Write::UpdateUser {
                user: changed.clone(),
                reason: " ".into()
            }
        )
        .await,
        Err(StoreError::Invalid(_))
    ));
    write(
        h,
        Write::UpdateUser {
            user: changed,
            reason: "left the organisation".into(),
        },
    )
    .await
    .unwrap();
    let after = store
        .user("ana.perez", Access::Admin)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (after.login.as_str(), after.role.as_str(), after.disabled),
        ("Ana.Perez", "viewer", true)
    );
    assert!(matches!(
        write(
            h,
            Write::UpdateUser {
                user: user("nadie", "viewer"),
                reason: "x".into()
            }
        )
        .await,
        Err(StoreError::NotFound { .. })
    ));
    write(h, Write::User(user("beto", "editor"))).await.unwrap();
    let logins: Vec<String> = store
        .users(Access::Admin)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.login)
        .collect();
    assert_eq!(logins, ["Ana.Perez", "beto"]);

    let log = store.audit_log(Access::Admin).await.unwrap();
    let accounts: Vec<_> = log
        .iter()
        .filter(|e| e.entity == EntityKind::Account)
        .collect();
    assert_eq!(accounts.len(), 3);
    assert_eq!(accounts[0].entity_id, "user:ana.perez");
    assert_eq!(accounts[1].reason.as_deref(), Some("left the organisation"));
    let text = serde_json::to_string(&log).unwrap();
    assert!(
        !text.contains("argon2") && !text.contains("aW52ZW50ZWRo"),
        "{text}"
    );
    assert!(
        store
            .audit_log(Access::Public)
            .await
            .unwrap()
            .iter()
            .all(|e| e.entity != EntityKind::Account)
    );
    assert!(store.verify().await.unwrap().problems.is_empty());

    h.execute("UPDATE users SET role = 'admin' WHERE login_key = 'beto'")
        .await;
    h.execute(
        "INSERT INTO users (login_key, login, name, role, password_hash, disabled, created_at) \
         VALUES ('intruso', 'intruso', 'Intruso', 'admin', 'x', 0, '2026-01-10T12:00:00.000000Z')",
    )
    .await;
    let problems = store.verify().await.unwrap().problems;
    assert!(
        problems
            .iter()
            .any(|p| p.entity.as_deref() == Some("account user:beto")
                && p.reason.contains("altered")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.entity.as_deref() == Some("account user:intruso")
                && p.reason.contains("no audit entry")),
        "{problems:?}"
    );
}

/// Tokens are found by the hash of their value, labels are unique, a revocation is audited
/// once; only admins list them.
pub async fn tokens_are_found_by_hash_and_revoked_once(h: &dyn Harness) {
    let store = h.store();
    let token = ApiToken {
        token_hash: Sha256::of(b"secret-token").to_string(),
        label: "importer".into(),
        role: "editor".into(),
        created_by: "local:ana (admin)".into(),
        created_at: "2026-01-10T12:00:00.000000Z".into(),
        revoked_at: None,
    };
    write(h, Write::ApiToken(token.clone())).await.unwrap();
    let mut again = token.clone();
    again.token_hash = Sha256::of(b"other").to_string();
    assert!(matches!(
        write(h, Write::ApiToken(again)).await,
        Err(StoreError::Conflict(_))
    ));
    let found = store
        .api_token_by_hash(&token.token_hash)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found, token);
    assert!(
        store
            .api_token_by_hash(&Sha256::of(b"nope").to_string())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .api_tokens(Access::Documenter)
            .await
            .unwrap()
            .is_empty()
    );
    let revoke = || Write::RevokeToken {
        label: "importer".into(),
        at: "2026-01-11T09:00:00.000000Z".into(),
    };
    write(h, revoke()).await.unwrap();
    assert!(matches!(
        write(h, revoke()).await,
        Err(StoreError::AlreadyDone(_))
    ));
    let listed = store.api_tokens(Access::Admin).await.unwrap();
    assert_eq!(
        listed[0].revoked_at.as_deref(),
        Some("2026-01-11T09:00:00.000000Z")
    );
    let log = store.audit_log(Access::Admin).await.unwrap();
    assert!(log.iter().all(|e| !e.entity_id.contains(&token.token_hash)));
    assert_eq!(
        log.iter()
            .filter(|e| e.entity_id == "token:importer")
            .count(),
        2
    );
    assert!(store.verify().await.unwrap().problems.is_empty());
}

/// Sessions are found by hash with their account, touched, ended one by one, by account and
/// when stale; failed logins are counted in a window, cleared and pruned; none of it moves
/// the audit log.
pub async fn sessions_and_failed_logins_stay_out_of_the_record(h: &dyn Harness) {
    let store = h.store();
    write(h, Write::User(user("carla", "reviewer")))
        .await
        .unwrap();
    let head = store.head().await.unwrap();
    let session = |hash: &str, expires: &str, seen: &str| Session {
        token_hash: hash.into(),
        login: "Carla".into(),
        csrf: format!("csrf-{hash}"),
        created_at: "2026-01-10T12:00:00.000000Z".into(),
        expires_at: expires.into(),
        last_seen: seen.into(),
    };
    store
        .put_session(&session(
            "a",
            "2026-01-17T12:00:00.000000Z",
            "2026-01-10T12:00:00.000000Z",
        ))
        .await
        .unwrap();
    store
        .put_session(&session(
            "b",
            "2026-01-17T12:00:00.000000Z",
            "2026-01-10T12:00:00.000000Z",
        ))
        .await
        .unwrap();
    store
        .put_session(&session(
            "c",
            "2026-01-10T13:00:00.000000Z",
            "2026-01-10T12:00:00.000000Z",
        ))
        .await
        .unwrap();
    let (s, u) = store.session_by_hash("a").await.unwrap().unwrap();
    assert_eq!(
        (
            s.login.as_str(),
            s.csrf.as_str(),
            u.login.as_str(),
            u.role.as_str()
        ),
        ("carla", "csrf-a", "carla", "reviewer")
    );
    store
        .touch_session("a", "2026-01-11T08:00:00.000000Z")
        .await
        .unwrap();
    // At 10:00 on the 11th: c has ended, b was idle since before 22:00 on the 10th.
    store
        .delete_stale_sessions("2026-01-11T10:00:00.000000Z", "2026-01-10T22:00:00.000000Z")
        .await
        .unwrap();
    assert_eq!(
        store
            .session_by_hash("a")
            .await
            .unwrap()
            .unwrap()
            .0
            .last_seen,
        "2026-01-11T08:00:00.000000Z"
    );
    assert!(store.session_by_hash("b").await.unwrap().is_none());
    assert!(store.session_by_hash("c").await.unwrap().is_none());
    store.delete_session("a").await.unwrap();
    assert!(store.session_by_hash("a").await.unwrap().is_none());
    store
        .put_session(&session(
            "d",
            "2026-01-17T12:00:00.000000Z",
            "2026-01-10T12:00:00.000000Z",
        ))
        .await
        .unwrap();
    store.delete_sessions_of("CARLA").await.unwrap();
    assert!(store.session_by_hash("d").await.unwrap().is_none());

    for at in [
        "2026-01-10T12:00:00.000000Z",
        "2026-01-10T12:05:00.000000Z",
        "2026-01-10T12:20:00.000000Z",
    ] {
        store
            .record_login_failure("account:carla", at)
            .await
            .unwrap();
    }
    store
        .record_login_failure("client:10.0.0.1", "2026-01-10T12:20:00.000000Z")
        .await
        .unwrap();
    let recent = store
        .login_failures("account:carla", "2026-01-10T12:04:59.999999Z")
        .await
        .unwrap();
    assert_eq!(
        recent,
        ["2026-01-10T12:05:00.000000Z", "2026-01-10T12:20:00.000000Z"]
    );
    store
        .prune_login_failures("2026-01-10T12:10:00.000000Z")
        .await
        .unwrap();
    assert_eq!(
        store
            .login_failures("account:carla", "")
            .await
            .unwrap()
            .len(),
        1
    );
    store.clear_login_failures("account:carla").await.unwrap();
    assert!(
        store
            .login_failures("account:carla", "")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .login_failures("client:10.0.0.1", "")
            .await
            .unwrap()
            .len(),
        1
    );

    assert_eq!(
        store.head().await.unwrap(),
        head,
        "sessions and failures are not audited"
    );
    assert!(store.verify().await.unwrap().problems.is_empty());
}
