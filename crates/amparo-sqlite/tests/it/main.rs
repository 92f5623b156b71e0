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

/// While a large batch is being written, another connection (another process) reads the
/// registry and gets answers at once: the batch's persons all or none of them (issue 14:
/// reads during a long import failed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_answer_while_a_large_batch_is_written() {
    let h = fresh().await.unwrap();
    let reader = SqliteStore::open(&h.path).await.unwrap();
    let writes: Vec<amparo_store::Write> = (0..30_000)
        .map(|i| {
            amparo_store::Write::Person(amparo_domain::Person::new(
                amparo_domain::PersonId::generate(),
                amparo_domain::PersonName::parse(&format!("Vecina Inventada {i}")).unwrap(),
            ))
        })
        .collect();
    let store = h.store.clone();
    let writer = tokio::spawn(async move {
        let ctx = amparo_store::WriteContext {
            actor: "test".into(),
            at: "2026-01-10T12:00:00.000000Z".into(),
        };
        store.write_batch(writes, &ctx).await.unwrap();
    });
    let mut reads = 0;
    while !writer.is_finished() {
        let n = tokio::time::timeout(std::time::Duration::from_secs(2), persons(&reader))
            .await
            .expect("a read waited for the writer");
        assert!(n == 0 || n == 30_000, "a read saw half a batch: {n}");
        reads += 1;
    }
    writer.await.unwrap();
    assert!(reads > 0);
    assert_eq!(persons(&reader).await, 30_000);
    assert_eq!(reader.journal_mode().await.unwrap(), "wal");
    assert!(h.store.verify().await.unwrap().problems.is_empty());
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Issue 14: a copy on a read-only medium opens read-only, reads, verifies and refuses
/// writes; changes still in its write-ahead log are read when SQLite may keep its index
/// beside the file, and named (never silently missing) when it may not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_a_read_only_copy_reads_and_its_pending_log_is_never_silently_lost() {
    let h = fresh().await.unwrap();
    amparo_store::contract::persons_are_found_by_name_without_accents(&h).await;
    let media = tempfile::tempdir().unwrap();
    // The live file with changes still in its log, copied while the writer is open.
    let wal = amparo_sqlite::wal_path(&h.path);
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "the changes are in the log"
    );
    for (name, folder_mode) in [("writable", 0o755), ("sealed", 0o555)] {
        let folder = media.path().join(name);
        std::fs::create_dir(&folder).unwrap();
        let copy = folder.join("copy.db");
        std::fs::copy(&h.path, &copy).unwrap();
        std::fs::copy(&wal, amparo_sqlite::wal_path(&copy)).unwrap();
        chmod(&copy, 0o444);
        chmod(&folder, folder_mode);
        match SqliteStore::open_existing(&copy, 1).await {
            // Root may make the index even in a sealed folder; whoever opens it, the
            // changes in the log are read, or the open says why they cannot be.
            Ok(store) => {
                assert!(store.is_read_only());
                assert_eq!(persons(&store).await, 2, "the log's changes are read");
                assert!(store.verify().await.unwrap().problems.is_empty());
                let person = amparo_domain::Person::new(
                    amparo_domain::PersonId::generate(),
                    amparo_domain::PersonName::parse("Nueva Inventada").unwrap(),
                );
                let ctx = amparo_store::WriteContext {
                    actor: "test".into(),
                    at: "2026-01-10T12:00:00.000000Z".into(),
                };
                let err = store
                    .write_batch(vec![amparo_store::Write::Person(person)], &ctx)
                    .await;
                assert!(
                    matches!(err, Err(amparo_store::StoreError::ReadOnly)),
                    "{err:?}"
                );
                store.close().await.unwrap();
            }
            Err(e) => {
                assert_eq!(name, "sealed");
                assert!(
                    e.to_string().contains("holds changes not yet written"),
                    "{e}"
                );
            }
        }
        chmod(&folder, 0o755);
    }
    // Without pending changes, a sealed copy opens and reads.
    h.store.close().await.unwrap();
    assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0));
    let folder = media.path().join("clean");
    std::fs::create_dir(&folder).unwrap();
    let copy = folder.join("copy.db");
    std::fs::copy(&h.path, &copy).unwrap();
    chmod(&folder, 0o555);
    let store = SqliteStore::open_existing(&copy, 1).await.unwrap();
    assert!(store.is_read_only());
    assert_eq!(persons(&store).await, 2);
    store.close().await.unwrap();
    chmod(&folder, 0o755);
}
