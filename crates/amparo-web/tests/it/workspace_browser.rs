//! Issue 12's acceptance test in a real browser with JavaScript off: an editor signs in,
//! pastes an invented news text about a person in custody and lands on the review queue; a
//! reviewer accepts the release it proposes; the public lookup then shows the person
//! released and the dashboard counts one fewer in prison. Over plain HTTP on the same
//! server: a viewer's accept and a form without its token get 403, and repeated wrong
//! passwords end in 429 with Retry-After. Screenshots go to target/screenshots.

use super::browser::{chromium, shoot};
use super::server::start;
use super::support::{fact, open};
use super::webdriver::Driver;
use amparo_app::{Actor, Password, PersonInput, Role, SourceInput};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const NAME: &str = "Teodosio Arvelo Manrique";
pub(crate) const PASSWORD: &str = "una clave inventada y larga";
const NEWS: &str = "Caracas, 12 de enero de 2026. La ONG Foro Inventado confirmó este lunes la excarcelación de Teodosio Arvelo Manrique, detenido desde septiembre de 2025 en El Helicoide.";

/// An answer over plain HTTP: status, head and body.
struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    /// The value of cookie `name` this answer sets.
    fn cookie(&self, name: &str) -> String {
        let value = self.header("set-cookie", &format!("{name}="));
        let value = value.unwrap_or_else(|| panic!("no {name} cookie: {}", self.head));
        value.split(';').next().unwrap().to_owned()
    }

    /// What follows `start` in the first header `name` whose value begins so.
    fn header(&self, name: &str, start: &str) -> Option<String> {
        self.head.lines().find_map(|line| {
            let (n, v) = line.split_once(": ")?;
            let rest = v.strip_prefix(start)?;
            n.eq_ignore_ascii_case(name).then(|| rest.to_owned())
        })
    }
}

/// One HTTP/1.1 request with `cookie`, a form body when `form` is given.
async fn exchange(
    addr: SocketAddr,
    path: &str,
    cookie: &str,
    form: Option<&[(&str, &str)]>,
) -> Reply {
    let (method, body) = match form {
        Some(fields) => (
            "POST",
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish(),
        ),
        None => ("GET", String::new()),
    };
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    Reply {
        status: head[9..12].parse().unwrap(),
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// The hidden CSRF token of the first form in `page`.
fn csrf_in(page: &str) -> String {
    let after = page.split(r#"name="csrf" value=""#).nth(1).unwrap();
    after.split('"').next().unwrap().to_owned()
}

/// The sign-in form's cookie and token, then the password posted with them.
async fn post_sign_in(addr: SocketAddr, login: &str, password: &str) -> Reply {
    let form = exchange(addr, "/ingresar", "", None).await;
    let cookie = format!("amparo_signin={}", form.cookie("amparo_signin"));
    let fields = [
        ("login", login),
        ("password", password),
        ("csrf", &csrf_in(&form.body)),
        ("next", "/trabajo"),
    ];
    exchange(addr, "/ingresar", &cookie, Some(&fields)).await
}

/// A session cookie for `login`, signed in over plain HTTP.
async fn session_of(addr: SocketAddr, login: &str) -> String {
    let a = post_sign_in(addr, login, PASSWORD).await;
    assert_eq!(a.status, 303, "{login}: {}", a.body);
    format!("amparo_session={}", a.cookie("amparo_session"))
}

/// Signs `login` in through the browser's form.
pub(crate) async fn browser_sign_in(driver: &Driver, addr: SocketAddr, login: &str) {
    driver.goto(&format!("http://{addr}/ingresar")).await;
    driver.type_into("#login", login).await;
    driver.type_into("#password", PASSWORD).await;
    driver.click("main form button[type=submit]").await;
    assert!(driver.wait_for_url("/trabajo").await.ends_with("/trabajo"));
}

/// The dashboard's "in prison" total.
async fn in_prison(driver: &Driver, addr: SocketAddr) -> u64 {
    driver.goto(&format!("http://{addr}/trabajo")).await;
    let page = driver.source().await;
    let row = r#"<th scope="row">Total</th><td class="n">"#;
    let at = page
        .find(row)
        .unwrap_or_else(|| panic!("no balance: {page}"))
        + row.len();
    page[at..].split('<').next().unwrap().parse().unwrap()
}

/// The id of the queued proposal whose card mentions `words`.
fn proposal_in(queue: &str, words: &str) -> String {
    queue
        .split(r#"<section class="card" id="p-"#)
        .skip(1)
        .find(|card| card.contains(words))
        .unwrap_or_else(|| panic!("no proposal with {words}: {queue}"))
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_a_pasted_news_text_releases_a_person_through_review_without_javascript() {
    let Some((browser, chromedriver)) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    let admin = Actor::local("test");
    let source = app
        .register_source(
            &admin,
            &SourceInput {
                kind: "ngo-list".into(),
                publisher: "Red Inventada de Defensa".into(),
                published: Some("2025-09-05".into()),
                ..SourceInput::default()
            },
            None,
        )
        .await
        .unwrap();
    let person = PersonInput {
        name: NAME.into(),
        sex: Some("male".into()),
        visibility: Some("public".into()),
        ..PersonInput::default()
    };
    let person = app.add_person(&admin, &person, None).await.unwrap().id;
    let mut arrest = fact(person, "arrest", "2025-09-03", source, "Detenido.");
    arrest.facility = Some("El Helicoide".into());
    app.add_fact(&admin, &arrest).await.unwrap();
    for (login, name, role) in [
        ("elena", "Elena Inventada", Role::Editor),
        ("rita", "Rita Inventada", Role::Reviewer),
        ("vera", "Vera Inventada", Role::Viewer),
    ] {
        app.add_user(&admin, login, Some(name), role, &Password::new(PASSWORD))
            .await
            .unwrap();
    }
    let (addr, stop, server) = start(app, false).await;
    let profile = tempfile::tempdir().unwrap();
    let driver = Driver::start(&chromedriver, &browser, profile.path()).await;

    // The editor pastes the news text and lands on the review queue.
    browser_sign_in(&driver, addr, "elena").await;
    let before = in_prison(&driver, addr).await;
    assert_eq!(before, 1);
    driver
        .goto(&format!("http://{addr}/trabajo/noticias"))
        .await;
    driver.type_into("#text", NEWS).await;
    driver.type_into("#publisher", "Foro Inventado").await;
    driver.click("main form button[type=submit]").await;
    driver.wait_for_url("/trabajo/revision").await;
    let queue = driver.source().await;
    assert!(queue.contains(NAME), "{queue}");
    let release = proposal_in(&queue, "<h2>Excarcelación");
    // The pasted text became a source, cited by the proposal.
    let card = queue.split(&format!("id=\"p-{release}\"")).nth(1).unwrap();
    let news = card.split("href=\"/trabajo/fuentes/").nth(1).unwrap();
    let news = format!("/trabajo/fuentes/{}", news.split('?').next().unwrap());
    shoot(&driver, "ws-review-queue").await;
    driver.click("header form button").await;
    driver.wait_for_url("/ingresar").await;

    // Over plain HTTP: a viewer may not accept, nor anyone without the form's token.
    let accept = format!("/trabajo/revision/{release}/aceptar");
    let viewer = session_of(addr, "vera").await;
    let page = exchange(addr, "/trabajo/revision", &viewer, None).await;
    assert_eq!(page.status, 200);
    assert!(
        // The form's address, not the word: a note may say "antes de aceptar".
        !page.body.contains(&format!("{release}/aceptar")),
        "no accept form for a viewer"
    );
    let token = csrf_in(&page.body);
    let a = exchange(addr, &accept, &viewer, Some(&[("csrf", &token)])).await;
    assert_eq!(a.status, 403, "a viewer's accept: {}", a.body);
    let reviewer = session_of(addr, "rita").await;
    let a = exchange(
        addr,
        &accept,
        &reviewer,
        Some(&[("verification", "verified")]),
    )
    .await;
    assert_eq!(a.status, 403, "an accept without its token: {}", a.body);

    // The reviewer accepts the release in the browser.
    browser_sign_in(&driver, addr, "rita").await;
    driver
        .goto(&format!("http://{addr}/trabajo/revision"))
        .await;
    let queue = driver.source().await;
    assert_eq!(
        proposal_in(&queue, "<h2>Excarcelación"),
        release,
        "still waiting"
    );
    driver
        .click(&format!(
            "#p-{release} form[action*=aceptar] button[type=submit]"
        ))
        .await;
    let card = format!("id=\"p-{release}\"");
    let mut after = driver.source().await;
    for _ in 0..50 {
        if !after.contains(&card) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        after = driver.source().await;
    }
    assert!(!after.contains(&card), "accepted, off the queue: {after}");
    driver.goto(&format!("http://{addr}/trabajo")).await;
    shoot(&driver, "ws-dashboard").await;
    driver
        .goto(&format!("http://{addr}/trabajo/personas/{person}"))
        .await;
    let page = driver.source().await;
    assert!(page.contains("Excarcelado"), "{page}");
    assert!(page.contains("registrado por rita"), "{page}");
    shoot(&driver, "ws-person").await;
    assert!(
        page.contains(&format!("href=\"{news}?")),
        "cites it: {page}"
    );
    driver.click(&format!("a[href^='{news}?']")).await;
    driver.wait_for_url(&news).await;
    let page = driver.source().await;
    assert!(page.contains("Foro Inventado"), "{page}");
    shoot(&driver, "ws-source").await;

    // The public lookup shows him released once its index refreshes (asked over plain
    // HTTP: the browser would keep a public page it fetched too early for its max-age of a
    // minute); one fewer in prison.
    let lookup = "/?q=Teodosio+Arvelo";
    for _ in 0..100 {
        if exchange(addr, lookup, "", None)
            .await
            .body
            .contains("Excarcelad")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    driver.goto(&format!("http://{addr}{lookup}")).await;
    let public = driver.source().await;
    assert!(
        public.contains(NAME) && public.contains("Excarcelado"),
        "{public}"
    );
    shoot(&driver, "ws-lookup-released").await;
    assert_eq!(in_prison(&driver, addr).await, before - 1);

    // Repeated wrong passwords for one account end in 429 with a Retry-After.
    let mut last = post_sign_in(addr, "vera", "no es la clave de vera").await;
    for _ in 0..10 {
        if last.status == 429 {
            break;
        }
        assert_eq!(last.status, 200, "{}", last.body);
        last = post_sign_in(addr, "vera", "no es la clave de vera").await;
    }
    assert_eq!(last.status, 429, "{}", last.body);
    let wait: u64 = last.header("retry-after", "").unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");

    driver.quit().await;
    stop.send(()).unwrap();
    server.await.unwrap();
}
