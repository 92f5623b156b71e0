//! The SQLite backend against the contract suite, and what only SQLite does (backup).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amparo_sqlite::SqliteStore;
use amparo_store::Store;
use amparo_store::contract::Harness;

struct Sqlite {
    store: SqliteStore,
    _dir: tempfile::TempDir,
}

#[async_trait::async_trait]
impl Harness for Sqlite {
    fn store(&self) -> &dyn Store {
        &self.store
    }
    async fn execute(&self, sql: &str) {
        self.store.execute_raw(sql).await.unwrap();
    }
}

async fn fresh() -> Option<Sqlite> {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("test.db"))
        .await
        .unwrap();
    Some(Sqlite { store, _dir: dir })
}

amparo_store::contract_suite!(fresh());

#[tokio::test]
async fn backup_writes_a_consistent_copy_and_refuses_to_overwrite() {
    let h = fresh().await.unwrap();
    amparo_store::contract::persons_are_found_by_name_without_accents(&h).await;
    let target = h._dir.path().join("backup.db");
    h.store.backup(&target).await.unwrap();
    let copy = SqliteStore::open(&target).await.unwrap();
    assert_eq!(
        copy.find_persons(None, amparo_domain::Access::Admin, 10)
            .await
            .unwrap()
            .len(),
        2
    );
    assert!(copy.verify().await.unwrap().problems.is_empty());
    assert!(h.store.backup(&target).await.is_err());
}
