"""Data for the lookup benchmarks, from the synthetic generator in ../shared/bench/er
(imported, not copied): a registry list of N invented persons with Spanish headers, and
queries a family might type for some of them, each labelled with its corruption and the
registry row it means.

Corruptions (one per query): typo (one edit in one word), no-accents, missing second
surname, nickname (first given name replaced by a nickname the generator knows), surname
first ("SURNAMES, GIVEN NAMES", upper case, no accents).

Usage: bench-lookup-data.py N REGISTRY.csv QUERIES.csv [--seed S] [--per-kind K]
"""
import csv
import importlib.util
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
gen_path = os.path.join(here, "..", "..", "shared", "bench", "er", "gen_spanish_persons.py")
spec = importlib.util.spec_from_file_location("gen", gen_path)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

args = sys.argv[1:]
n, registry_path, queries_path = int(float(args[0])), args[1], args[2]
seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 11
per_kind = int(args[args.index("--per-kind") + 1]) if "--per-kind" in args else 1000

rng = random.Random(seed)
names = gen.load_names()
entities = [gen.make_entity(rng, names) for _ in range(n)]
status = ["Detenido", "Detenido", "Excarcelado", "Libertad plena", "Arresto domiciliario"]


def full(e):
    return " ".join(x for x in (e["g1"], e["g2"], e["s1"], e["s2"]) if x)


with open(registry_path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["Nro", "Nombre completo", "Cédula", "Fecha de nacimiento", "Fecha de detención", "Situación"])
    for i, e in enumerate(entities):
        dotted = f"{e['num']:,}".replace(",", ".")
        arrest = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        w.writerow([i, full(e), f"{e['nat']}-{dotted}", e["dob"].isoformat(), arrest, rng.choice(status)])


def typo(e):
    words = full(e).split(" ")
    k = rng.randrange(len(words))
    words[k] = gen.typo(words[k], rng)
    return " ".join(words)


def no_accents(e):
    return gen.strip_acc(full(e))


def missing_second_surname(e):
    if not e["s2"]:
        return None
    return " ".join(x for x in (e["g1"], e["g2"], e["s1"]) if x)


def nickname(e):
    if e["g1"] not in gen.NICK:
        return None
    g1 = rng.choice(gen.NICK[e["g1"]])
    return " ".join(x for x in (g1, e["g2"], e["s1"], e["s2"]) if x)


def surname_first(e):
    given = " ".join(x for x in (e["g1"], e["g2"]) if x)
    sur = " ".join(x for x in (e["s1"], e["s2"]) if x)
    return gen.strip_acc(f"{sur}, {given}").upper()


kinds = [("typo", typo), ("no-accents", no_accents), ("missing-second-surname", missing_second_surname),
         ("nickname", nickname), ("surname-first", surname_first)]
with open(queries_path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["kind", "query", "expected"])
    for kind, make in kinds if per_kind > 0 else []:
        made = 0
        for i in rng.sample(range(n), n):
            q = make(entities[i])
            if q:
                w.writerow([kind, q, i])
                made += 1
                if made == per_kind:
                    break
print(f"registry {n} persons -> {registry_path}; queries -> {queries_path}")
