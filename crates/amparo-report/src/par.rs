//! A fold over the persons split across the machine's cores, with `std::thread::scope`: the
//! counts are sums, so the order of the parts does not change the result.

use std::thread;

/// Below this many items one thread is faster than several.
const MIN_PARALLEL: usize = 8192;

/// Folds `items` into accumulators, one per part, and merges them in order.
pub(crate) fn fold<T, A>(
    items: &[T],
    init: impl Fn() -> A + Sync,
    step: impl Fn(&mut A, &T) + Sync,
    merge: impl Fn(&mut A, A),
) -> A
where
    T: Sync,
    A: Send,
{
    let run = |part: &[T]| {
        let mut acc = init();
        for item in part {
            step(&mut acc, item);
        }
        acc
    };
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads < 2 || items.len() < MIN_PARALLEL {
        return run(items);
    }
    let size = items.len().div_ceil(threads);
    let parts: Vec<&[T]> = items.chunks(size).collect();
    let results: Vec<A> = thread::scope(|s| {
        let handles: Vec<_> = parts.iter().map(|p| s.spawn(|| run(p))).collect();
        handles
            .into_iter()
            .zip(&parts)
            // A part whose thread failed is counted again here rather than lost.
            .map(|(h, p)| h.join().unwrap_or_else(|_| run(p)))
            .collect()
    });
    let mut all = init();
    for r in results {
        merge(&mut all, r);
    }
    all
}

#[cfg(test)]
mod tests {
    #[test]
    fn parallel_sum_equals_sequential_sum() {
        let items: Vec<u64> = (0..50_000).collect();
        let total = super::fold(&items, || 0u64, |a, x| *a += x, |a, b| *a += b);
        assert_eq!(total, items.iter().sum::<u64>());
    }
}
