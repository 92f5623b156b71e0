//! The PostgreSQL backend against the contract suite. Each test gets its own database on
//! the server at `AMPARO_TEST_DATABASE_URL` (default: the local server, user postgres).
//! Without a server the tests say they were skipped; in CI (`CI` set) they fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amparo_postgres::PgStore;
use amparo_store::Store;
use amparo_store::contract::Harness;

struct Postgres {
    store: PgStore,
    admin: PgStore,
    name: String,
}

#[async_trait::async_trait]
impl Harness for Postgres {
    fn store(&self) -> &dyn Store {
        &self.store
    }
    async fn execute(&self, sql: &str) {
        self.store.execute_raw(sql).await.unwrap();
    }
    async fn second(&self) -> Box<dyn Store> {
        let url = format!("{}/{}", server_url(), self.name);
        Box::new(PgStore::connect(&url).await.unwrap())
    }
    async fn cleanup(&self) {
        self.store.close().await;
        let drop = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        self.admin.execute_raw(&drop).await.unwrap();
        self.admin.close().await;
    }
}

fn server_url() -> String {
    std::env::var("AMPARO_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

async fn fresh() -> Option<Postgres> {
    let base = server_url();
    let admin = match PgStore::connect_admin(&format!("{base}/postgres")).await {
        Ok(admin) => admin,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!(
                "SKIPPED: PostgreSQL contract test: no server at {base} ({e}); set AMPARO_TEST_DATABASE_URL or start PostgreSQL"
            );
            return None;
        }
        Err(e) => panic!("PostgreSQL is required in CI but {base} is unreachable: {e}"),
    };
    let name = format!("amparo_test_{}", uuid::Uuid::new_v4().simple());
    admin
        .execute_raw(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let store = PgStore::connect(&format!("{base}/{name}")).await.unwrap();
    Some(Postgres { store, admin, name })
}

amparo_store::contract_suite!(fresh());
