//! List imports that outlive their request. A list of tens of thousands of rows takes
//! longer than a browser waits for an answer, and its sender wants to see it move: the
//! upload starts the import here and is answered at once with the address of its job,
//! whose page refreshes itself (no script: a `refresh` meta tag) with the phase and the
//! rows written until the outcome replaces it. A job is seen only by the account that
//! started it, and is forgotten an hour after it ends.

use amparo_app::{Actor, AppError, ErrorKind, ImportOptions, ImportProgress, ImportSummary};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How long an ended job's outcome stays to be seen.
const KEPT: Duration = Duration::from_secs(3600);

/// Where a job stands.
#[derive(Debug, Clone)]
pub enum JobState {
    Running(ImportProgress),
    Done(Arc<ImportSummary>),
    /// The import failed: the kind of failure and what it said.
    Failed(ErrorKind, String),
}

struct Job {
    owner: String,
    state: Mutex<JobState>,
    ended: Mutex<Option<Instant>>,
}

impl Job {
    fn set(&self, state: JobState) {
        let ended = !matches!(state, JobState::Running(_));
        *lock(&self.state) = state;
        if ended {
            *lock(&self.ended) = Some(Instant::now());
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The list imports of this server, by job id.
#[derive(Default)]
pub struct ListJobs {
    jobs: Mutex<HashMap<String, Arc<Job>>>,
}

impl ListJobs {
    /// Starts importing `bytes` (the file `name`) as `actor`; returns the job's id.
    pub fn start(
        &self,
        app: Arc<amparo_app::App>,
        actor: Actor,
        name: String,
        bytes: Vec<u8>,
        options: ImportOptions,
    ) -> Result<String, AppError> {
        let id = amparo_app::random_token(16)?;
        let job = Arc::new(Job {
            owner: actor.id.clone(),
            state: Mutex::new(JobState::Running(ImportProgress::Reading)),
            ended: Mutex::new(None),
        });
        {
            let mut jobs = lock(&self.jobs);
            jobs.retain(|_, j| lock(&j.ended).is_none_or(|at| at.elapsed() < KEPT));
            jobs.insert(id.clone(), Arc::clone(&job));
        }
        tokio::spawn(async move {
            let told = Arc::clone(&job);
            let progress = move |p: ImportProgress| told.set(JobState::Running(p));
            let result = app
                .import_list(&actor, &name, bytes, &options, &progress)
                .await;
            job.set(match result {
                Ok(summary) => JobState::Done(Arc::new(summary)),
                Err(e) => {
                    let failed = JobState::Failed(e.kind(), e.to_string());
                    // Logs the cause where the pages log theirs.
                    drop(crate::error::WebError::app(
                        e,
                        crate::error::Surface::Page,
                        amparo_i18n::Lang::Es,
                    ));
                    failed
                }
            });
        });
        Ok(id)
    }

    /// Where the job `id` stands, for the account `owner` that started it; `None` when
    /// there is no such job for them (never started, someone else's, or forgotten).
    pub fn state(&self, id: &str, owner: &str) -> Option<JobState> {
        let job = lock(&self.jobs).get(id).cloned()?;
        (job.owner == owner).then(|| lock(&job.state).clone())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_job_is_seen_by_its_owner_only_and_ended_ones_are_forgotten() {
        let jobs = ListJobs::default();
        let job = Arc::new(Job {
            owner: "user:ana".into(),
            state: Mutex::new(JobState::Running(ImportProgress::Reading)),
            ended: Mutex::new(None),
        });
        lock(&jobs.jobs).insert("j1".into(), Arc::clone(&job));
        assert!(jobs.state("j1", "user:ana").is_some());
        assert!(jobs.state("j1", "user:beto").is_none());
        assert!(jobs.state("j2", "user:ana").is_none());
        job.set(JobState::Running(ImportProgress::Writing {
            done: 5,
            total: 9,
        }));
        assert!(matches!(
            jobs.state("j1", "user:ana"),
            Some(JobState::Running(ImportProgress::Writing { done: 5, .. }))
        ));
        job.set(JobState::Failed(ErrorKind::Invalid, "x".into()));
        assert!(lock(&job.ended).is_some());
    }
}
