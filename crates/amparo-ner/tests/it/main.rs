//! Integration tests of amparo-ner: tokenizer, model bytes, CoNLL reading and scoring, and the
//! bundled models on invented sentences.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod bundled;
mod conll;
mod model_bytes;
mod tokenizer;

use std::sync::LazyLock;

use amparo_ner::train::{TrainConfig, train};
use amparo_ner::{Lang, Model, parse_conll};

/// A few invented, annotated sentences: enough for a toy model that learns in milliseconds.
pub const TOY_CONLL: &str = "0\tLa\tO\n1\tabogada\tO\n2\tMarta\tB-PER\n3\tQuintero\tI-PER\n4\tfue\tO\n5\tdetenida\tO\n6\ten\tO\n7\tCaracas\tB-LOC\n8\t.\tO\n\n\
0\tEl\tO\n1\tSEBIN\tB-ORG\n2\tliberó\tO\n3\ta\tO\n4\tTomás\tB-PER\n5\tFerrer\tI-PER\n6\t.\tO\n\n\
0\tLa\tO\n1\tONG\tO\n2\tForo\tB-ORG\n3\tCívico\tI-ORG\n4\tcontó\tO\n5\tpresos\tO\n6\ten\tO\n7\tMaracay\tB-LOC\n8\t.\tO\n\n\
0\tEl\tO\n1\tperiodista\tO\n2\tLuis\tB-PER\n3\tArvelo\tI-PER\n4\tsigue\tO\n5\tpreso\tO\n6\ten\tO\n7\tValencia\tB-LOC\n8\t.\tO\n";

static TOY: LazyLock<Model> = LazyLock::new(|| {
    let sentences = parse_conll(TOY_CONLL).unwrap();
    let config = TrainConfig {
        bits: 12,
        epochs: 8,
        ..TrainConfig::default()
    };
    train(Lang::Es, &sentences, &sentences, config, |_| {}).unwrap()
});

/// A toy model trained once on [`TOY_CONLL`] with a small hash table.
pub fn toy_model() -> Model {
    TOY.clone()
}
