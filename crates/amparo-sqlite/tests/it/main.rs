//! The SQLite backend against the contract suite, and what only SQLite does (backup).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amparo_sqlite::SqliteStore;
use amparo_store::Store;
use amparo_store::contract::Harness;

struct Sqlite {
    store: SqliteStore,
    path: std::path::PathBuf,
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
    async fn second(&self) -> Box<dyn Store> {
        Box::new(SqliteStore::open(&self.path).await.unwrap())
    }
}

async fn fresh() -> Option<Sqlite> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.db");
    let store = SqliteStore::open(&path).await.unwrap();
    Some(Sqlite {
        store,
        path,
        _dir: dir,
    })
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
        copy.find_persons(&Default::default(), amparo_domain::Access::Admin)
            .await
            .unwrap()
            .total,
        2
    );
    assert!(copy.verify().await.unwrap().problems.is_empty());
    assert!(h.store.backup(&target).await.is_err());
}

async fn persons(store: &SqliteStore) -> usize {
    store
        .all_persons(amparo_domain::Access::Admin)
        .await
        .unwrap()
        .len()
}

/// A large batch is written through the rollback journal, and the file is back in WAL mode
/// afterwards, whether the batch landed or failed; while another connection has the file
/// open the batch is written in WAL mode.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_batches_leave_the_registry_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bulk.db");
    let store = SqliteStore::open(&path).await.unwrap().with_bulk_writes(10);
    let dir_path = dir.path().to_owned();
    let h = Sqlite {
        store: store.clone(),
        path: path.clone(),
        _dir: dir,
    };
    amparo_store::contract::large_batches_are_written_in_chunks_and_stay_atomic(&h).await;
    assert_eq!(store.journal_mode().await.unwrap(), "wal");
    // Written to the file itself, not through the write-ahead log.
    let wal = dir_path.join("bulk.db-wal");
    let wal_len = || std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal_len(), 0, "the bulk batch went through the log");
    let other = SqliteStore::open(&path).await.unwrap();
    assert_eq!(persons(&other).await, 6_000);
    // `other` holds the file open: the next large batch cannot switch, and lands in WAL mode.
    let more: Vec<amparo_store::Write> = (0..20)
        .map(|i| {
            amparo_store::Write::Person(amparo_domain::Person::new(
                amparo_domain::PersonId::generate(),
                amparo_domain::PersonName::parse(&format!("Vecina Inventada {i}")).unwrap(),
            ))
        })
        .collect();
    store
        .write_batch(
            more,
            &amparo_store::WriteContext {
                actor: "test".into(),
                at: "2026-01-10T12:00:00.000000Z".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(store.journal_mode().await.unwrap(), "wal");
    assert!(
        wal_len() > 0,
        "with the file shared, the batch goes through the log"
    );
    assert_eq!(persons(&other).await, 6_020);
    assert!(store.verify().await.unwrap().problems.is_empty());
}
