//! Training: an averaged structured perceptron (Collins 2002) over hashed features, decoded
//! with the same constrained Viterbi as the tagger. The training-corpus gazetteer feature is
//! built jackknife style (each fold sees a gazetteer made from the other folds), so the model
//! does not learn to trust it more than it deserves on unseen text.

use crate::context::DocContext;
use crate::error::NerError;
use crate::eval::{Counts, Sentence, blocks};
use crate::features::{self, FEATURES_PER_TOKEN, Gazetteer};
use crate::model::Model;
use crate::tagger::viterbi;
use crate::tags::{Lang, TAG_COUNT, Tag};

/// Settings of a training run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrainConfig {
    /// The model holds `2^bits` hash buckets.
    pub bits: u8,
    /// Passes over the training data; the epoch with the best development F1 is kept.
    pub epochs: usize,
    /// Folds of the jackknifed gazetteer feature.
    pub folds: usize,
    /// Seed of the sentence shuffling, so a run can be repeated exactly.
    pub seed: u64,
    /// Quantised weights with a smaller magnitude than this are dropped (0 keeps all).
    pub prune: i16,
    /// Every `upper_case_every`-th training sentence is also trained on in UPPER CASE, as
    /// headlines and official lists write names (0 adds none).
    pub upper_case_every: usize,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            bits: 18,
            epochs: 16,
            folds: 5,
            seed: 7,
            prune: 0,
            upper_case_every: 10,
        }
    }
}

/// Progress of one epoch, for logging.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochReport {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Sentences whose prediction was wrong during the pass.
    pub mistakes: usize,
    /// Overall F1 of the averaged weights on the development set.
    pub dev_f1: f64,
}

/// Gazetteer from the entity tokens of `sentences` (bit = tag index − 1).
fn gazetteer_of<'a>(sentences: impl Iterator<Item = &'a Sentence>) -> Gazetteer {
    let mut pairs = Vec::new();
    for s in sentences {
        for (token, tag) in s.tokens.iter().zip(&s.tags) {
            if *tag != Tag::O {
                pairs.push((Box::from(token.as_str()), 1u8 << (tag.index() - 1)));
            }
        }
    }
    Gazetteer::from_pairs(pairs)
}

struct Example {
    buckets: Vec<u32>,
    gold: Vec<usize>,
}

/// Features of every sentence, with its block's document context and the gazetteer
/// `gazetteer_of(k)` chosen for sentence `k`.
fn examples<'g>(
    sentences: &[Sentence],
    gazetteer_of: impl Fn(usize) -> &'g Gazetteer,
    mask: u32,
) -> Vec<Example> {
    let mut out = Vec::with_capacity(sentences.len());
    for block in blocks(sentences) {
        let tokens: Vec<Vec<&str>> = sentences[block.clone()]
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = tokens.iter().map(Vec::as_slice).collect();
        let context = DocContext::new(&refs);
        for (k, words) in block.zip(&refs) {
            let mut buckets = Vec::with_capacity(words.len() * FEATURES_PER_TOKEN);
            features::extract(words, gazetteer_of(k), &context, mask, &mut buckets);
            let gold = sentences[k].tags.iter().map(|t| t.index()).collect();
            out.push(Example { buckets, gold });
        }
    }
    out
}

fn emissions(weights: &[f32], buckets: &[u32]) -> Vec<f32> {
    let mut out = Vec::with_capacity(buckets.len() / FEATURES_PER_TOKEN * TAG_COUNT);
    for token in buckets.chunks_exact(FEATURES_PER_TOKEN) {
        let mut sum = [0f32; TAG_COUNT];
        for &b in token {
            let row = &weights[b as usize * TAG_COUNT..][..TAG_COUNT];
            for (s, w) in sum.iter_mut().zip(row) {
                *s += w;
            }
        }
        out.extend_from_slice(&sum);
    }
    out
}

/// Weights and their running sums for averaging (w_avg = w − u / c).
struct Perceptron {
    weights: Vec<f32>,
    sums: Vec<f32>,
    transitions: Vec<f32>,
    transition_sums: Vec<f32>,
    step: f32,
}

impl Perceptron {
    fn bump(&mut self, example: &Example, i: usize, tag: usize, delta: f32) {
        for &b in &example.buckets[i * FEATURES_PER_TOKEN..(i + 1) * FEATURES_PER_TOKEN] {
            let k = b as usize * TAG_COUNT + tag;
            self.weights[k] += delta;
            self.sums[k] += self.step * delta;
        }
    }

    fn bump_transition(&mut self, prev: usize, tag: usize, delta: f32) {
        let k = prev * TAG_COUNT + tag;
        self.transitions[k] += delta;
        self.transition_sums[k] += self.step * delta;
    }

    fn learn(&mut self, example: &Example) -> bool {
        let predicted = viterbi(
            &emissions(&self.weights, &example.buckets),
            &self.transitions,
        );
        let mut wrong = false;
        for i in 0..example.gold.len() {
            let (g, p) = (example.gold[i], predicted[i]);
            let (gp, pp) = if i == 0 {
                (TAG_COUNT, TAG_COUNT)
            } else {
                (example.gold[i - 1], predicted[i - 1])
            };
            if g != p {
                wrong = true;
                self.bump(example, i, g, 1.0);
                self.bump(example, i, p, -1.0);
            }
            if (gp, g) != (pp, p) {
                self.bump_transition(gp, g, 1.0);
                self.bump_transition(pp, p, -1.0);
            }
        }
        self.step += 1.0;
        wrong
    }

    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], u: &[f32]| w.iter().zip(u).map(|(w, u)| w - u / self.step).collect();
        (
            avg(&self.weights, &self.sums),
            avg(&self.transitions, &self.transition_sums),
        )
    }
}

fn dev_f1(weights: &[f32], transitions: &[f32], dev: &[Example]) -> f64 {
    let mut counts = Counts::default();
    for example in dev {
        let predicted = viterbi(&emissions(weights, &example.buckets), transitions);
        let gold: Vec<Tag> = example.gold.iter().map(|&t| Tag::from_index(t)).collect();
        let predicted: Vec<Tag> = predicted.into_iter().map(Tag::from_index).collect();
        counts.add(&gold, &predicted);
    }
    counts.overall().f1
}

/// `sentences` followed by an upper-cased copy of every `every`-th one, each copy its own
/// document (so it shares no context with its original).
fn with_upper_case_copies(sentences: &[Sentence], every: usize) -> Vec<Sentence> {
    let mut out = sentences.to_vec();
    if every == 0 {
        return out;
    }
    let first_free = sentences.iter().map(|s| s.document).max().unwrap_or(0) + 1;
    for (document, sentence) in (first_free..).zip(sentences.iter().step_by(every)) {
        out.push(Sentence {
            tokens: sentence.tokens.iter().map(|t| t.to_uppercase()).collect(),
            tags: sentence.tags.clone(),
            document,
        });
    }
    out
}

/// Trains a model on `train`, choosing the epoch by overall F1 on `dev` (the last epoch
/// when `dev` is empty). `progress` is called after every epoch.
pub fn train(
    lang: Lang,
    train: &[Sentence],
    dev: &[Sentence],
    config: TrainConfig,
    mut progress: impl FnMut(EpochReport),
) -> Result<Model, NerError> {
    if train.is_empty() {
        return Err(NerError::Training("no training sentences".into()));
    }
    if !(4..=24).contains(&config.bits) || config.folds < 2 || config.epochs == 0 {
        return Err(NerError::Training(
            "bits must be 4..=24, folds ≥ 2, epochs ≥ 1".into(),
        ));
    }
    let mask = ((1u64 << config.bits) - 1) as u32;
    let augmented = with_upper_case_copies(train, config.upper_case_every);
    let train = augmented.as_slice();
    // Folds are whole document blocks, so a sentence never sees its neighbours' names.
    let mut fold_of = vec![0usize; train.len()];
    for (b, block) in blocks(train).into_iter().enumerate() {
        fold_of[block].fill(b % config.folds);
    }
    let fold_gazetteers: Vec<Gazetteer> = (0..config.folds)
        .map(|fold| {
            gazetteer_of(
                train
                    .iter()
                    .zip(&fold_of)
                    .filter(|(_, f)| **f != fold)
                    .map(|(s, _)| s),
            )
        })
        .collect();
    let data = examples(train, |k| &fold_gazetteers[fold_of[k]], mask);
    let gazetteer = gazetteer_of(train.iter());
    let dev_data = examples(dev, |_| &gazetteer, mask);

    let size = (1usize << config.bits) * TAG_COUNT;
    let transitions_size = (TAG_COUNT + 1) * TAG_COUNT;
    let mut perceptron = Perceptron {
        weights: vec![0.0; size],
        sums: vec![0.0; size],
        transitions: vec![0.0; transitions_size],
        transition_sums: vec![0.0; transitions_size],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = config.seed | 1;
    let mut best: Option<(f64, Vec<f32>, Vec<f32>)> = None;
    for epoch in 1..=config.epochs {
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        let mistakes = order
            .iter()
            .filter(|&&k| perceptron.learn(&data[k]))
            .count();
        let (weights, transitions) = perceptron.averaged();
        let f1 = if dev_data.is_empty() {
            0.0
        } else {
            dev_f1(&weights, &transitions, &dev_data)
        };
        progress(EpochReport {
            epoch,
            mistakes,
            dev_f1: f1,
        });
        if best.as_ref().is_none_or(|(b, _, _)| f1 >= *b) {
            best = Some((f1, weights, transitions));
        }
    }
    let (_, weights, transitions) =
        best.ok_or_else(|| NerError::Training("no epoch ran".into()))?;
    Ok(quantise(lang, config, weights, transitions, gazetteer))
}

fn quantise(
    lang: Lang,
    config: TrainConfig,
    weights: Vec<f32>,
    transitions: Vec<f32>,
    gazetteer: Gazetteer,
) -> Model {
    let largest = weights
        .iter()
        .fold(0f32, |m, w| m.max(w.abs()))
        .max(f32::MIN_POSITIVE);
    let scale = largest / f32::from(i16::MAX);
    let weights = weights
        .iter()
        .map(|w| {
            let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
            if q.abs() < config.prune { 0 } else { q }
        })
        .collect();
    Model {
        lang,
        bits: config.bits,
        scale,
        transitions,
        weights,
        gazetteer,
    }
}
