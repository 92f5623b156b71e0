//! Accounts end to end over a SQLite registry and a clock the test moves: who may manage
//! them, signing in, throttling, session expiry and sign-out, tokens.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::{Actor, App, AppError, Clock, OpenOptions, Password, Role, SignIn};
use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};

/// A clock the test moves.
struct Moving(Mutex<DateTime<Utc>>);

impl Clock for Moving {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

impl Moving {
    fn advance(&self, by: Duration) {
        *self.0.lock().unwrap() += by;
    }
}

async fn fixture() -> (tempfile::TempDir, App, Arc<Moving>) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let clock = Arc::new(Moving(Mutex::new(
        DateTime::parse_from_rfc3339("2026-01-10T12:00:00Z")
            .unwrap()
            .to_utc(),
    )));
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let app = App::open(db.to_str().unwrap(), &options, clock.clone())
        .await
        .unwrap();
    (dir, app, clock)
}

fn pw(s: &str) -> Password {
    Password::new(s)
}

fn started(outcome: SignIn) -> crate::NewSession {
    match outcome {
        SignIn::Started(s) => s,
        other => panic!("not signed in: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_manage_accounts_and_passwords_are_checked() {
    let (_dir, app, _) = fixture().await;
    let admin = Actor::local("ana");
    let added = app
        .add_user(
            &admin,
            "Maria",
            Some("María Pérez"),
            Role::Editor,
            &pw("una clave larga"),
        )
        .await
        .unwrap();
    assert_eq!((added.login.as_str(), added.role), ("Maria", Role::Editor));
    let short = app
        .add_user(&admin, "beto", None, Role::Viewer, &pw("corta"))
        .await;
    assert!(matches!(short, Err(AppError::Invalid(_))));
    let editor = Actor::new("user:maria", Role::Editor);
    for refused in [
        app.add_user(&editor, "beto", None, Role::Viewer, &pw("una clave larga"))
            .await
            .err(),
        app.set_role(&editor, "maria", Role::Admin).await.err(),
        app.users(&editor).await.err(),
        app.add_token(&editor, "x", Role::Viewer).await.err(),
    ] {
        assert!(
            matches!(refused, Some(AppError::Forbidden { .. })),
            "{refused:?}"
        );
    }
    app.set_role(&admin, "MARIA", Role::Reviewer).await.unwrap();
    let users = app.users(&admin).await.unwrap();
    assert_eq!(users[0].role, Role::Reviewer);
    assert_eq!(users[0].name, "María Pérez");
    assert!(app.set_role(&admin, "nadie", Role::Viewer).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_gives_a_session_that_expires_and_ends() {
    let (_dir, app, clock) = fixture().await;
    let admin = Actor::local("ana");
    app.add_user(
        &admin,
        "carla",
        None,
        Role::Reviewer,
        &pw("una clave larga"),
    )
    .await
    .unwrap();
    assert!(matches!(
        app.sign_in("carla", &pw("otra clave larga"), "c1")
            .await
            .unwrap(),
        SignIn::Refused
    ));
    assert!(matches!(
        app.sign_in("nadie", &pw("una clave larga"), "c1")
            .await
            .unwrap(),
        SignIn::Refused
    ));
    let s = started(
        app.sign_in("CARLA", &pw("una clave larga"), "c1")
            .await
            .unwrap(),
    );
    assert_ne!(s.token, s.csrf);
    let active = app.session(&s.token).await.unwrap().unwrap();
    assert_eq!(active.actor, Actor::new("user:carla", Role::Reviewer));
    assert_eq!(active.csrf, s.csrf);
    assert!(app.session("forged").await.unwrap().is_none());

    // Used every 11 hours it lives on, until its seventh day.
    for _ in 0..15 {
        clock.advance(Duration::hours(11));
        assert!(app.session(&s.token).await.unwrap().is_some());
    }
    clock.advance(Duration::hours(3));
    assert!(
        app.session(&s.token).await.unwrap().is_none(),
        "seven days in all"
    );

    let s = started(
        app.sign_in("carla", &pw("una clave larga"), "c1")
            .await
            .unwrap(),
    );
    clock.advance(Duration::hours(12));
    assert!(
        app.session(&s.token).await.unwrap().is_none(),
        "twelve hours unused"
    );

    let s = started(
        app.sign_in("carla", &pw("una clave larga"), "c1")
            .await
            .unwrap(),
    );
    app.sign_out(&s.token).await.unwrap();
    assert!(app.session(&s.token).await.unwrap().is_none());

    let s = started(
        app.sign_in("carla", &pw("una clave larga"), "c1")
            .await
            .unwrap(),
    );
    app.set_password(&admin, "carla", &pw("una clave nueva larga"))
        .await
        .unwrap();
    assert!(
        app.session(&s.token).await.unwrap().is_none(),
        "a new password ends sessions"
    );
    let s = started(
        app.sign_in("carla", &pw("una clave nueva larga"), "c1")
            .await
            .unwrap(),
    );
    app.disable_user(&admin, "carla").await.unwrap();
    assert!(app.session(&s.token).await.unwrap().is_none());
    assert!(matches!(
        app.sign_in("carla", &pw("una clave nueva larga"), "c1")
            .await
            .unwrap(),
        SignIn::Refused
    ));
    // Neither the hash nor a token reached the audit log.
    let log = serde_json::to_string(
        &app.store()
            .audit_log(amparo_domain::Access::Admin)
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(!log.contains("argon2") && !log.contains(&s.token));
    assert!(app.store().verify().await.unwrap().problems.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_are_throttled_per_account_and_per_client() {
    let (_dir, app, clock) = fixture().await;
    let admin = Actor::local("ana");
    app.add_user(&admin, "dario", None, Role::Viewer, &pw("una clave larga"))
        .await
        .unwrap();
    for _ in 0..5 {
        assert!(matches!(
            app.sign_in("dario", &pw("mala mala mala"), "c1")
                .await
                .unwrap(),
            SignIn::Refused
        ));
    }
    // Even the right password is refused now, from any client, for 15 minutes.
    match app
        .sign_in("dario", &pw("una clave larga"), "c2")
        .await
        .unwrap()
    {
        SignIn::Throttled {
            retry_after_seconds,
        } => assert_eq!(retry_after_seconds, 15 * 60),
        other => panic!("{other:?}"),
    }
    clock.advance(Duration::minutes(15));
    started(
        app.sign_in("dario", &pw("una clave larga"), "c2")
            .await
            .unwrap(),
    );

    // One client trying many logins.
    for i in 0..20 {
        let login = format!("intento{i}");
        assert!(matches!(
            app.sign_in(&login, &pw("mala mala mala"), "c3")
                .await
                .unwrap(),
            SignIn::Refused
        ));
    }
    assert!(matches!(
        app.sign_in("dario", &pw("una clave larga"), "c3")
            .await
            .unwrap(),
        SignIn::Throttled { .. }
    ));
    started(
        app.sign_in("dario", &pw("una clave larga"), "c4")
            .await
            .unwrap(),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_act_with_their_role_until_revoked() {
    let (_dir, app, _) = fixture().await;
    let admin = Actor::local("ana");
    let made = app
        .add_token(&admin, "importador", Role::Editor)
        .await
        .unwrap();
    assert!(
        app.add_token(&admin, "importador", Role::Viewer)
            .await
            .is_err()
    );
    let actor = app.token_actor(&made.token).await.unwrap().unwrap();
    assert_eq!(actor, Actor::new("token:importador", Role::Editor));
    assert!(app.token_actor("amparo_forged").await.unwrap().is_none());
    let listed = app.tokens(&admin).await.unwrap();
    assert_eq!(
        (listed[0].label.as_str(), listed[0].created_by.as_str()),
        ("importador", "local:ana")
    );
    app.revoke_token(&admin, "importador").await.unwrap();
    assert!(app.token_actor(&made.token).await.unwrap().is_none());
    assert!(app.revoke_token(&admin, "importador").await.is_err());
}
