//! What every handler shares: the application, the configuration, and the public lookup
//! index, rebuilt off the request path when the registry changes (the previous one is
//! served meanwhile). Nothing here is state of its own: several servers over one
//! PostgreSQL database each rebuild from it and answer alike.

use crate::config::Config;
use amparo_app::{App, AppResult, PublicIndex};
use chrono::{DateTime, Utc};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// The current public index and when it was built.
struct Current {
    index: Arc<PublicIndex>,
    built: DateTime<Utc>,
}

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub app: Arc<App>,
    pub config: Arc<Config>,
    /// The list imports running or recently ended in the workspace.
    pub list_jobs: Arc<crate::workspace::ListJobs>,
    current: Arc<RwLock<Current>>,
}

impl AppState {
    /// Builds the first index (the server answers only once it has one).
    pub async fn new(app: Arc<App>, config: Config) -> AppResult<AppState> {
        let index = app.public_index().await?;
        Ok(AppState {
            current: Arc::new(RwLock::new(Current {
                index,
                built: app.now(),
            })),
            app,
            config: Arc::new(config),
            list_jobs: Arc::default(),
        })
    }

    /// The index to answer from.
    pub fn index(&self) -> Arc<PublicIndex> {
        match self.current.read() {
            Ok(c) => Arc::clone(&c.index),
            Err(poisoned) => Arc::clone(&poisoned.into_inner().index),
        }
    }

    /// When the index being served was built (for Last-Modified).
    pub fn built(&self) -> DateTime<Utc> {
        match self.current.read() {
            Ok(c) => c.built,
            Err(poisoned) => poisoned.into_inner().built,
        }
    }

    /// Rebuilds the index if the registry moved or the day changed since it was built.
    /// Returns whether it rebuilt.
    pub async fn refresh(&self) -> AppResult<bool> {
        let served = self.index();
        let head = self.app.store().head().await?;
        if head == served.head && self.app.today() == served.as_of {
            return Ok(false);
        }
        let index = self.app.public_index().await?;
        let built = self.app.now();
        let mut current = match self.current.write() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Another refresh may have installed a newer one meanwhile.
        if index.head >= current.index.head {
            *current = Current { index, built };
        }
        Ok(true)
    }

    /// Refreshes the index every `lookup_refresh_seconds` until the returned [`Refresher`]
    /// is stopped. The work runs on a thread of its own with its own runtime: reading and
    /// parsing a whole registry must never hold up the workers that answer requests. After
    /// a rebuild it rests four times as long as the rebuild took, so that a registry
    /// written without pause (a long import) never has more than a fifth of a core
    /// rebuilding: lookups stay fast, and lag the writes by a few rebuilds' time.
    pub fn spawn_refresher(&self) -> std::io::Result<Refresher> {
        let state = self.clone();
        let every = Duration::from_secs(self.config.lookup_refresh_seconds.max(1));
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("amparo-index".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        tracing::error!(error = %e, "the public index will not be refreshed");
                        return;
                    }
                };
                runtime.block_on(async move {
                    while !stopped.load(Ordering::Relaxed) {
                        tokio::time::sleep(every).await;
                        if stopped.load(Ordering::Relaxed) {
                            break;
                        }
                        let started = std::time::Instant::now();
                        match state.refresh().await {
                            Ok(true) => {
                                let took = started.elapsed();
                                tracing::info!(
                                    head = state.index().head,
                                    ms = took.as_millis() as u64,
                                    "public index rebuilt"
                                );
                                tokio::time::sleep(took * 4).await;
                            }
                            Ok(false) => {}
                            Err(e) => tracing::warn!(error = %e, "public index not rebuilt"),
                        }
                    }
                });
            })?;
        Ok(Refresher { stop })
    }
}

/// The background refresh of the public index; it ends at the next tick once stopped.
pub struct Refresher {
    stop: Arc<AtomicBool>,
}

impl Refresher {
    /// Asks the refresher to end.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Drop for Refresher {
    fn drop(&mut self) {
        self.stop();
    }
}
