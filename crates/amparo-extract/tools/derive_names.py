#!/usr/bin/env python3
"""Derives the name lexicons of amparo-extract (data/given_names.txt, data/surnames.txt) from the
PER entities of the CoNLL-2002 Spanish and CoNLL-2003 English training files.

Only single folded words are kept (no sentence, no entity as a whole): a word counts as a given
name when it opens a person entity of two or more words at least MIN times, as a surname when it
closes one at least MIN times, and never when the corpus writes it in lower case more often than
as a name part (so "general", "san", "del" stay out).

Usage: tools/derive_names.py ../shared/bench/ner  (from the repository root; writes into data/)
"""
import collections
import os
import sys
import unicodedata

MIN = 2


def fold(w):
    w = w.replace("ñ", "n").replace("Ñ", "N")
    w = unicodedata.normalize("NFD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def entities(path):
    tokens, tags = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3:
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        tokens.append(parts[1])
        tags.append(parts[2])
    if tokens:
        yield tokens, tags


def main():
    bench = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/ner"
    first, last, lower = collections.Counter(), collections.Counter(), collections.Counter()
    for name in ("conll-es-train.conllu", "conll-en-train.conllu"):
        for tokens, tags in entities(os.path.join(bench, name)):
            run = []
            for tok, tag in zip(tokens + ["."], tags + ["O"]):
                if tag == "B-PER" or tag != "I-PER":
                    if len(run) >= 2:
                        words = [w for w in run if w.isalpha() and w[0].isupper()]
                        if len(words) >= 2:
                            first[fold(words[0])] += 1
                            last[fold(words[-1])] += 1
                    run = []
                if tag in ("B-PER", "I-PER"):
                    run.append(tok)
            for tok in tokens:
                if tok.isalpha() and tok.islower():
                    lower[fold(tok)] += 1
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    # A word that closes names more often than it opens them is a surname, and the reverse.
    given = {w: n for w, n in first.items() if n > last[w]}
    surnames = {w: n for w, n in last.items() if n >= first[w]}
    for out, counts in (("given_names.txt", given), ("surnames.txt", surnames)):
        words = sorted(w for w, n in counts.items()
                       if n >= MIN and len(w) >= 3 and lower[w] < n and w.isalpha())
        with open(os.path.join(here, out), "w", encoding="utf-8") as f:
            f.write("# derived by tools/derive_names.py from PER entities of CoNLL-2002 es / CoNLL-2003 en train\n")
            for w in words:
                f.write(w + "\n")
        print(out, len(words))


main()
