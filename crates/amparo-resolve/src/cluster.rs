//! Clustering of auto-matched pairs into persons: strongest links first, and two groups
//! are never joined when any two of their records hold conflicting national ids or birth
//! dates without a direct match between them. This stops chaining ("José García" without
//! id bridging two different José Garcías) while trusting direct evidence.

use rustc_hash::FxHashSet;

struct Group {
    members: Vec<u32>,
    weakest: f64,
}

/// Clusters (as member lists, with the weakest link score that joined them) from scored
/// pairs at or above `threshold`. `conflict(x, y)` says two records cannot be one person
/// unless they matched directly.
pub(crate) fn cluster(
    n: usize,
    pairs: &[(u32, u32, f64)],
    threshold: f64,
    mut conflict: impl FnMut(u32, u32) -> bool,
) -> Vec<(Vec<u32>, f64)> {
    let mut order: Vec<&(u32, u32, f64)> = pairs.iter().filter(|p| p.2 >= threshold).collect();
    order.sort_by(|x, y| y.2.total_cmp(&x.2));
    let direct: FxHashSet<(u32, u32)> =
        order.iter().map(|p| (p.0.min(p.1), p.0.max(p.1))).collect();
    let mut group_of: Vec<u32> = (0..n as u32).collect();
    let mut groups: Vec<Option<Group>> = (0..n as u32)
        .map(|i| {
            Some(Group {
                members: vec![i],
                weakest: 1.0,
            })
        })
        .collect();
    for &&(i, j, score) in &order {
        let (gi, gj) = (group_of[i as usize], group_of[j as usize]);
        if gi == gj {
            continue;
        }
        let ok = match (&groups[gi as usize], &groups[gj as usize]) {
            (Some(a), Some(b)) => a.members.iter().all(|&x| {
                b.members
                    .iter()
                    .all(|&y| direct.contains(&(x.min(y), x.max(y))) || !conflict(x, y))
            }),
            _ => false,
        };
        if !ok {
            continue;
        }
        // merge the smaller group into the larger one
        let size = |g: u32| groups[g as usize].as_ref().map_or(0, |x| x.members.len());
        let (keep, gone) = if size(gi) >= size(gj) {
            (gi, gj)
        } else {
            (gj, gi)
        };
        let Some(moved) = groups[gone as usize].take() else {
            continue;
        };
        for &m in &moved.members {
            group_of[m as usize] = keep;
        }
        if let Some(k) = groups[keep as usize].as_mut() {
            k.members.extend(moved.members);
            k.weakest = k.weakest.min(moved.weakest).min(score);
        }
    }
    groups
        .into_iter()
        .flatten()
        .filter(|g| g.members.len() > 1)
        .map(|g| (g.members, g.weakest))
        .collect()
}
