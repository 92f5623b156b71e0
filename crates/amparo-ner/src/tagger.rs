//! The tagger: hashed features → per-tag scores → Viterbi decoding under BIO constraints
//! (an `I-X` only after `B-X` or `I-X`), and the grouping of tags into entity spans.

use crate::context::DocContext;
use crate::error::NerError;
use crate::features::{self, FEATURES_PER_TOKEN};
use crate::model::Model;
use crate::tags::{Entity, Lang, TAG_COUNT, Tag, spans};
use crate::tokenize::{Token, tokenize};

static SPANISH: &[u8] = include_bytes!("../model/es.bin");
static ENGLISH: &[u8] = include_bytes!("../model/en.bin");

/// Sentences that share one document context, in training and at run time.
pub const DOCUMENT_BLOCK: usize = 20;

/// Longest run of tokens tagged as one sentence; longer runs are cut so decoding stays linear.
const MAX_SENTENCE_TOKENS: usize = 250;

/// A loaded model, ready to tag. Cheap to share between threads (`&Tagger` is `Sync`).
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// The weights bundled in the binary for `lang` (trained on CoNLL-2002/2003).
    pub fn bundled(lang: Lang) -> Result<Tagger, NerError> {
        Tagger::from_bytes(match lang {
            Lang::Es => SPANISH,
            Lang::En => ENGLISH,
        })
    }

    /// Loads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, NerError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes)?,
        })
    }

    /// Wraps an in-memory model (for example, one just trained).
    pub fn from_model(model: Model) -> Tagger {
        Tagger { model }
    }

    /// The underlying model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The BIO tags of one sentence's tokens (the sentence is its own document context).
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_document(&[tokens]).pop().unwrap_or_default()
    }

    /// The BIO tags of each sentence of one document: how a word is written elsewhere in
    /// the document informs its tag. Callers pass at most a few dozen sentences at a time
    /// ([`DOCUMENT_BLOCK`] in training and in [`Tagger::entities`]).
    pub fn tag_document(&self, sentences: &[&[&str]]) -> Vec<Vec<Tag>> {
        let context = DocContext::new(sentences);
        let mut buckets = Vec::new();
        sentences
            .iter()
            .map(|tokens| {
                buckets.clear();
                features::extract(
                    tokens,
                    &self.model.gazetteer,
                    &context,
                    self.model.mask(),
                    &mut buckets,
                );
                let emissions = self.emissions(&buckets);
                viterbi(&emissions, &self.model.transitions)
                    .into_iter()
                    .map(Tag::from_index)
                    .collect()
            })
            .collect()
    }

    fn emissions(&self, buckets: &[u32]) -> Vec<f32> {
        let weights = &self.model.weights;
        let mut out = Vec::with_capacity(buckets.len() / FEATURES_PER_TOKEN * TAG_COUNT);
        for token in buckets.chunks_exact(FEATURES_PER_TOKEN) {
            let mut sum = [0i32; TAG_COUNT];
            for &bucket in token {
                let start = bucket as usize * TAG_COUNT;
                if let Some(row) = weights.get(start..start + TAG_COUNT) {
                    for (s, &w) in sum.iter_mut().zip(row) {
                        *s += i32::from(w);
                    }
                }
            }
            out.extend(sum.iter().map(|&s| s as f32 * self.model.scale));
        }
        out
    }

    /// Tokenizes `text`, splits it into sentences, tags them and returns the entities.
    pub fn entities(&self, text: &str) -> Vec<Entity> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let all = sentences(text, &tokens);
        for block in all.chunks(DOCUMENT_BLOCK) {
            let words: Vec<Vec<&str>> = block
                .iter()
                .map(|s| s.iter().map(|t| t.text.as_str()).collect())
                .collect();
            let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
            for (sentence, tags) in block.iter().zip(self.tag_document(&refs)) {
                push_entities(text, sentence, &tags, &mut out);
            }
        }
        out
    }
}

/// Turns the tags of one sentence into entities with byte offsets into `text`.
fn push_entities(text: &str, sentence: &[Token], tags: &[Tag], out: &mut Vec<Entity>) {
    for (first, last, label) in spans(tags) {
        if let (Some(a), Some(b)) = (sentence.get(first), sentence.get(last - 1)) {
            out.push(Entity {
                start: a.start,
                end: b.end,
                label,
                text: text.get(a.start..b.end).unwrap_or_default().to_string(),
            });
        }
    }
}

/// Cuts tokens into sentences: after . ! ? … and at blank lines, at most
/// `MAX_SENTENCE_TOKENS` long.
fn sentences<'t>(text: &str, tokens: &'t [Token]) -> Vec<&'t [Token]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..tokens.len() {
        let ends_here = matches!(tokens[k].text.as_str(), "." | "!" | "?" | "..." | "…");
        let blank_line_follows = tokens.get(k + 1).is_some_and(|next| {
            text.get(tokens[k].end..next.start)
                .is_some_and(|gap| gap.matches('\n').count() >= 2)
        });
        if ends_here || blank_line_follows || k + 1 - start >= MAX_SENTENCE_TOKENS {
            out.push(&tokens[start..=k]);
            start = k + 1;
        }
    }
    if start < tokens.len() {
        out.push(&tokens[start..]);
    }
    out
}

/// May tag index `tag` follow `prev` (`TAG_COUNT` = sentence start)?
fn allowed(prev: usize, tag: usize) -> bool {
    let is_inside = tag > 0 && tag & 1 == 0;
    !is_inside || prev == tag || prev + 1 == tag
}

/// Best tag-index sequence for `emissions` (`n * TAG_COUNT` scores) under `transitions`.
pub(crate) fn viterbi(emissions: &[f32], transitions: &[f32]) -> Vec<usize> {
    let n = emissions.len() / TAG_COUNT;
    if n == 0 {
        return Vec::new();
    }
    let trans = |p: usize, t: usize| transitions.get(p * TAG_COUNT + t).copied().unwrap_or(0.0);
    let mut score = [f32::NEG_INFINITY; TAG_COUNT];
    for (t, s) in score.iter_mut().enumerate() {
        if allowed(TAG_COUNT, t) {
            *s = trans(TAG_COUNT, t) + emissions[t];
        }
    }
    let mut back = vec![0u8; n * TAG_COUNT];
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; TAG_COUNT];
        for (t, slot) in next.iter_mut().enumerate() {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0usize);
            for (p, &s) in score.iter().enumerate() {
                if allowed(p, t) {
                    let v = s + trans(p, t);
                    if v > best {
                        best = v;
                        arg = p;
                    }
                }
            }
            *slot = best + emissions[i * TAG_COUNT + t];
            back[i * TAG_COUNT + t] = arg as u8;
        }
        score = next;
    }
    let mut tag = (0..TAG_COUNT).fold(0, |a, t| if score[t] > score[a] { t } else { a });
    let mut path = vec![0usize; n];
    for i in (0..n).rev() {
        path[i] = tag;
        tag = usize::from(back[i * TAG_COUNT + tag]);
    }
    path
}
