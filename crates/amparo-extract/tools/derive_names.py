#!/usr/bin/env python3
"""Derives the name lexicons of amparo-extract (data/given_names.txt, data/surnames.txt) from the
PER entities of the CoNLL-2002 Spanish and CoNLL-2003 English training files.

Only single folded words are kept (no sentence, no entity as a whole): a word counts as a given
name when it opens a person entity of two or more words at least MIN times, as a surname when it
closes one at least MIN times, and never when the corpus writes it in lower case more often than
as a name part (so "general", "san", "del" stay out).

With --faker, the given names also take the first names of the Spanish-speaking locales of the
Faker package (MIT licence; `pip install faker`): es_AR, es_CL, es_CO, es_ES, es_MX. Those lists
hold the names of the region the news comes from ("Anderson", "Yeferson", "Jhonatan", "Brayan"),
which two newswires of 1996-2000 from Spain and Britain rarely print. A Faker name is kept only
when it has four letters or more, the corpus never writes it in lower case, does not name places,
organisations or other things with it ten times or more and twice as often as people ("América",
"Washington"), and those locales do not give it as a surname too.

Usage: tools/derive_names.py ../shared/bench/ner [--faker]  (from the crate's folder; writes
into data/)
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


def faker_names(kind):
    """Folded single words of the `kind` names ("first" or "last") of Faker's Spanish-speaking
    locales."""
    import importlib

    words = set()
    for locale in ("es_AR", "es_CL", "es_CO", "es_ES", "es_MX"):
        provider = importlib.import_module("faker.providers.person." + locale).Provider
        for attr in dir(provider):
            if not attr.startswith(kind + "_names"):
                continue
            value = getattr(provider, attr)
            if isinstance(value, (dict, list, tuple, set)):
                for name in value:
                    words.update(fold(w) for w in name.split())
    return words


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    bench = args[0] if args else "../shared/bench/ner"
    first, last, lower = collections.Counter(), collections.Counter(), collections.Counter()
    # Words of places, organisations and other names that are no person's ("América").
    other = collections.Counter()
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
            for tok, tag in zip(tokens, tags):
                if tok.isalpha() and tok.islower():
                    lower[fold(tok)] += 1
                if tag[2:] in ("LOC", "ORG", "MISC"):
                    other[fold(tok)] += 1
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    # A word that closes names more often than it opens them is a surname, and the reverse.
    given = {w: n for w, n in first.items() if n > last[w]}
    surnames = {w: n for w, n in last.items() if n >= first[w]}
    kept = {}
    for out, counts in (("given_names.txt", given), ("surnames.txt", surnames)):
        kept[out] = {w for w, n in counts.items()
                     if n >= MIN and len(w) >= 3 and lower[w] < n and w.isalpha()}
    header = "# derived by tools/derive_names.py from PER entities of CoNLL-2002 es / CoNLL-2003 en train"
    if "--faker" in sys.argv:
        # (Not a word those locales also give as a surname: "Lara", "Santos", "Bautista".)
        faker_surnames = faker_names("last")
        kept["given_names.txt"] |= {w for w in faker_names("first")
                                    if len(w) >= 4 and w.isalpha() and lower[w] == 0
                                    and w not in faker_surnames
                                    and not (other[w] >= 10 and other[w] > 2 * (first[w] + last[w]))}
        header += ", and the first names of Faker's es_AR, es_CL, es_CO, es_ES and es_MX locales"
    for out in ("given_names.txt", "surnames.txt"):
        words = sorted(kept[out])
        with open(os.path.join(here, out), "w", encoding="utf-8") as f:
            f.write(header + "\n")
            for w in words:
                f.write(w + "\n")
        print(out, len(words))


main()
