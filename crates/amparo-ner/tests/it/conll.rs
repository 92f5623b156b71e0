//! Reading CoNLL input and scoring it the CoNLL way.

use amparo_ner::{EntityLabel, NerError, Tag, Tagger, evaluate, parse_conll, spans};
use rstest::rstest;

use crate::{TOY_CONLL, toy_model};

#[test]
fn reads_sentences_and_skips_docstart() {
    let text = "0\t-DOCSTART-\tO\n\n0\tTomás\tB-PER\n1\tFerrer\tI-PER\n\n\n0\tya\tO\n";
    let sentences = parse_conll(text).unwrap();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[0].tokens, ["Tomás", "Ferrer"]);
    assert_eq!(
        sentences[0].tags,
        [Tag::B(EntityLabel::Per), Tag::I(EntityLabel::Per)]
    );
}

#[rstest]
#[case("0\tTomás\n", 1)]
#[case("0\tTomás\tB-PER\nx\tFerrer\tI-PER\n", 2)]
#[case("0\tTomás\tB-PERSON\n", 1)]
#[case("0\tTomás\tB-PER\n1\tFerrer\tI-PER\textra\n", 2)]
fn malformed_lines_are_reported_with_their_number(#[case] text: &str, #[case] line: usize) {
    match parse_conll(text) {
        Err(NerError::MalformedConll { line: got, .. }) => assert_eq!(got, line),
        other => panic!("expected a malformed-line error, got {other:?}"),
    }
}

#[test]
fn spans_follow_conlleval() {
    use EntityLabel::*;
    let tags = [
        Tag::B(Per),
        Tag::I(Per),
        Tag::O,
        Tag::I(Loc),
        Tag::B(Org),
        Tag::I(Per),
    ];
    assert_eq!(
        spans(&tags),
        [(0, 2, Per), (3, 4, Loc), (4, 5, Org), (5, 6, Per)]
    );
}

#[test]
fn a_model_scores_its_own_training_data_and_the_report_is_json() {
    let tagger = Tagger::from_model(toy_model());
    let report = evaluate(&tagger, TOY_CONLL).unwrap();
    assert_eq!(report.per_type["PER"].f1, 1.0);
    assert!(report.overall.f1 > 0.9 && report.words_per_second > 0.0);
    let json: serde_json::Value = serde_json::to_value(&report).unwrap();
    for key in ["precision", "recall", "f1"] {
        assert!(json["per_type"]["PER"][key].is_number());
        assert!(json["overall"][key].is_number());
    }
    assert!(json["words_per_second"].is_number());
}

#[test]
fn missing_entities_lower_recall_not_precision() {
    let tagger = Tagger::from_model(toy_model());
    let gold =
        "0\tMarta\tB-PER\n1\tQuintero\tI-PER\n2\tvio\tO\n3\ta\tO\n4\tZorbaxx\tB-PER\n5\t.\tO\n";
    let report = evaluate(&tagger, gold).unwrap();
    assert!(report.per_type["PER"].recall < 1.0);
    assert!(evaluate(&tagger, "0\tMarta\n").is_err());
}
