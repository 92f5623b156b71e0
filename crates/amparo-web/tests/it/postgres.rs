//! The server over PostgreSQL: two instances over one database answer alike, each seeing
//! what the other wrote. Each run gets a fresh database on the server at
//! `AMPARO_TEST_DATABASE_URL` (default: the local server, user postgres); without a server
//! the test says it was skipped, and in CI (`CI` set) it fails.

use super::server::{record, start, wait_for};
use super::support::clock;
use amparo_app::{Actor, App, OpenOptions};
use amparo_postgres::scratch::ScratchDatabase;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_over_one_postgresql_database_answer_alike() {
    let Some(db) = ScratchDatabase::create("web").await else {
        return;
    };
    let url = db.url();
    // The first server makes the registry in the empty database, as `amparo init` would.
    let create = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let first = App::open(&url, &create, clock()).await.unwrap();
    first.load_demo(&Actor::local("test")).await.unwrap();
    let second = App::open(&url, &OpenOptions::default(), clock())
        .await
        .unwrap();
    let writer = App::open(&url, &OpenOptions::default(), clock())
        .await
        .unwrap();
    let (a, stop_a, server_a) = start(first, false).await;
    let (b, stop_b, server_b) = start(second, false).await;
    for addr in [a, b] {
        assert!(wait_for(addr, "ines+quevedo", "Inés Carolina Quevedo Lara").await);
        let hidden = super::server::http_get(addr, "/api/v1/lookup?q=valentina+sucre").await;
        assert!(!hidden.contains("Valentina"), "hidden stays hidden");
    }
    record(&writer, "Anselmo Bracamonte Rivas").await;
    for addr in [a, b] {
        assert!(wait_for(addr, "anselmo+bracamonte", "Anselmo Bracamonte Rivas").await);
    }
    stop_a.send(()).unwrap();
    stop_b.send(()).unwrap();
    server_a.await.unwrap();
    server_b.await.unwrap();
    drop(writer);
    db.remove().await;
}
