//! The PostgreSQL backend against the contract suite. Each test gets its own database on
//! the server at `AMPARO_TEST_DATABASE_URL` (default: the local server, user postgres).
//! Without a server the tests say they were skipped; in CI (`CI` set) they fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amparo_postgres::PgStore;
use amparo_postgres::scratch::ScratchDatabase;
use amparo_store::Store;
use amparo_store::contract::Harness;

struct Postgres {
    store: PgStore,
    db: ScratchDatabase,
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
        Box::new(PgStore::connect(&self.db.url()).await.unwrap())
    }
    async fn cleanup(&self) {
        self.store.close().await;
        self.db.remove().await;
    }
}

async fn fresh() -> Option<Postgres> {
    let db = ScratchDatabase::create("contract").await?;
    let store = PgStore::connect(&db.url()).await.unwrap();
    Some(Postgres { store, db })
}

amparo_store::contract_suite!(fresh());
