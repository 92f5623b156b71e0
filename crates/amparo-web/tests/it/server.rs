//! A real server on a port: it answers over TCP, sees writes made by another instance of
//! the application on the same registry (no state outside the database), and stops
//! gracefully when told to.

use super::support::{clock, config, fact, open};
use amparo_app::{Actor, App, OpenOptions, PersonInput, SourceInput};
use amparo_web::AppState;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A plain HTTP/1.1 GET, the whole answer as text.
pub async fn http_get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

/// Records a public person arrested on a date, through `app`.
pub async fn record(app: &App, name: &str) {
    let admin = Actor::local("other-instance");
    let source = app
        .register_source(
            &admin,
            &SourceInput {
                kind: "ngo-list".into(),
                publisher: "Red Inventada".into(),
                ..SourceInput::default()
            },
            None,
        )
        .await
        .unwrap();
    let id = app
        .add_person(
            &admin,
            &PersonInput {
                name: name.into(),
                ..PersonInput::default()
            },
            None,
        )
        .await
        .unwrap()
        .id;
    app.add_fact(
        &admin,
        &fact(id, "arrest", "2025-11-20", source, "Detenido."),
    )
    .await
    .unwrap();
}

/// Serves `app` on a free port until the returned sender is dropped or fired.
pub async fn start(
    app: App,
    demo: bool,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let cfg = amparo_web::Config {
        lookup_refresh_seconds: 1,
        demo,
        ..config()
    };
    let state = AppState::new(Arc::new(app), cfg).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        amparo_web::serve(state, listener, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (addr, stop, server)
}

/// Waits until a search for `q` at `addr` finds `expected` (the index refreshes in the
/// background), at most ten seconds.
pub async fn wait_for(addr: std::net::SocketAddr, q: &str, expected: &str) -> bool {
    for _ in 0..50 {
        if http_get(addr, &format!("/api/v1/lookup?q={q}"))
            .await
            .contains(expected)
        {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_served_registry_sees_another_instances_writes_and_stops_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let served = open(&dir).await;
    let db = dir.path().join("registry.db");
    let other = App::open(db.to_str().unwrap(), &OpenOptions::default(), clock())
        .await
        .unwrap();
    let (addr, stop, server) = start(served, false).await;
    let home = http_get(addr, "/").await;
    assert!(home.starts_with("HTTP/1.1 200"), "{home}");
    assert!(
        !http_get(addr, "/api/v1/lookup?q=eusebio+landaeta")
            .await
            .contains("Eusebio")
    );
    record(&other, "Eusebio Landaeta Guerra").await;
    assert!(
        wait_for(addr, "eusebio+landaeta", "Eusebio Landaeta Guerra").await,
        "the index did not pick up the other instance's write"
    );
    stop.send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .expect("the server stops when told to")
        .unwrap();
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "nothing listens any more"
    );
}
