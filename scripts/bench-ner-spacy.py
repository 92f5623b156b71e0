"""Scores a spaCy model on a CoNLL file (exact span and type), for scripts/bench-ner.

Usage: python3 bench-ner-spacy.py MODEL FILE.conllu
Prints a per-type table, then a last line "PER_F1 OVERALL_F1 WORDS_PER_SECOND".
The gold tokenisation is kept (Doc built from the file's words); time counts the pipeline only.
"""
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
       "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
       "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def sentences(path):
    words, tags = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            if words:
                yield words, tags
            words, tags = [], []
        elif parts[1] != "-DOCSTART-":
            words.append(parts[1])
            tags.append(parts[2])
    if words:
        yield words, tags


def spans(tags):
    out, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        kind, _, lab = tag.partition("-")
        if start is not None and not (kind == "I" and lab == label):
            out.add((start, i, label))
            start = None
        if kind in ("B", "I") and start is None:
            start, label = i, lab
    return out


def main():
    model, path = sys.argv[1], sys.argv[2]
    nlp = spacy.load(model, exclude=["parser", "lemmatizer", "tagger", "morphologizer",
                                     "attribute_ruler", "senter"])
    data = list(sentences(path))
    counts = {}
    words, seconds = 0, 0.0
    for toks, tags in data:
        doc = Doc(nlp.vocab, words=toks)
        started = time.perf_counter()
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        seconds += time.perf_counter() - started
        words += len(toks)
        pred = set()
        for ent in doc.ents:
            if ent.label_ in MAP:
                pred.add((ent.start, ent.end, MAP[ent.label_]))
        gold = spans(tags)
        for s in gold:
            counts.setdefault(s[2], [0, 0, 0])[0] += 1
        for s in pred:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[1] += 1
            c[2] += s in gold

    def prf(g, p, c):
        pr = c / p if p else 0.0
        rc = c / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    for label in sorted(counts):
        print("  %-8s %9.4f %9.4f %9.4f" % ((label,) + prf(*counts[label])))
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    overall = prf(*total)
    print("  %-8s %9.4f %9.4f %9.4f" % (("overall",) + overall))
    print("  speed    %.0f words/s" % (words / seconds))
    per = prf(*counts.get("PER", [0, 0, 0]))[2]
    print("%.4f %.4f %.0f" % (per, overall[2], words / seconds))


if __name__ == "__main__":
    main()
