#!/usr/bin/env python3
"""Writes a benchmark corpus in which no sentence repeats verbatim.

    scripts/lib/norepeat_corpus.py OUT_DIR [MB ...]      # default: 1 5

For each size it writes OUT_DIR/norepeat-<MB>.json ([{name, text}], the format of the other
corpora of scripts/bench) and OUT_DIR/norepeat-<MB>/*.txt (the same articles as files, for
the command-line run). Articles of about 5 KB are assembled from the sentences of the
development clusters (../shared/corpus/*/*.txt, when present) and of the bundled example
(examples/*.txt), recombined across clusters, with names and figures varied; a sentence is
used only if that exact sentence has not been written before. The output is deterministic
(a fixed seed) and lives in build/: it is not news text to commit.

Unlike the repeated corpus (eight articles copied about 250 times, whose wire-copy reuse is
measured at its best), this one makes every sentence new work for the analysis.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "corpus")

ARTICLE_BYTES = 5000
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[“\"A-Z0-9])")
# A capitalised word inside a sentence (not its first word) is a name; once known as a
# name, it is varied wherever it stands, first word included.
NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}\b")
CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
DIGITS = re.compile(r"\d+")
KEEP = set(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those His Her
    Their Our Its They He She We And But Mr Mrs Ms Dr President Minister Governor Mayor Chief
    Police Fire County City State National Prime Senator General Secretary Interior Defence
    Defense Foreign Minister Ministry Department Army Navy Officials Update UPDATE""".split()
)
SYLLABLES = "ka ro vel din mar tos le ni sha bru ten gal orv ime pas qui reth sol una vor zed".split()


def sources():
    """(cluster name, [article texts]) for the example and each development cluster."""
    clusters = []
    dirs = [("examples", os.path.join(ROOT, "examples"))]
    if os.path.isdir(SHARED):
        for name in sorted(os.listdir(SHARED)):
            path = os.path.join(SHARED, name)
            if os.path.isdir(path):
                dirs.append((name, path))
    for name, path in dirs:
        texts = []
        for f in sorted(os.listdir(path)):
            if f.endswith(".txt"):
                with open(os.path.join(path, f), encoding="utf-8", errors="replace") as fh:
                    texts.append(fh.read())
        if texts:
            clusters.append((name, texts))
    return clusters


def split(texts):
    """Headlines (first lines) and body sentences of some articles."""
    headlines, sentences = [], []
    for text in texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            continue
        headlines.append(lines[0])
        for line in lines[1:]:
            if len(line) < 40:  # bylines, datelines, timestamps: furniture, not sentences
                continue
            sentences.extend(s.strip() for s in SENTENCE_END.split(line) if len(s.strip()) > 20)
    return headlines, sentences


def made_up_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def vary_figure(match, rng, text):
    digits = match.group(0)
    after = text[match.end() : match.end() + 5]
    value = int(digits)
    if len(digits) == 4 and 1900 <= value <= 2099:
        return str(rng.randint(2000, 2030))  # a year stays a year
    if len(digits) <= 2:
        if after.startswith((" a.m", " p.m", ":")):
            return str(rng.randint(1, 12))
        return str(rng.randint(1, 28))  # a day of the month stays a day
    if len(digits) == 3 and match.start() > 0 and text[match.start() - 1] in ",.":
        return f"{rng.randint(0, 999):03d}"  # the thousands of "3,000" or decimals of "1.234"
    return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def vary(sentence, rng, names, known):
    """The sentence with its figures redrawn and its names (words in `known`) swapped
    through `names`."""
    sentence = DIGITS.sub(lambda m: vary_figure(m, rng, sentence), sentence)

    def swap(m):
        word = m.group(0)
        if word not in known:
            return word
        if word not in names:
            names[word] = made_up_name(rng)
        return names[word]

    return CAPITALISED.sub(swap, sentence)


def build(clusters, total_bytes, seed):
    rng = random.Random(seed)
    headlines, pool = [], []
    for _, texts in clusters:
        h, s = split(texts)
        headlines += h
        pool += s
    known = set()
    for s in pool + headlines:
        known.update(m.group(0) for m in NAME.finditer(s))
    known -= KEEP
    # With few sources (examples/ alone: 33 sentences) a sentence may take names of its own
    # when its story's names would repeat it; with the development clusters it never needs to.
    few = len(pool) < 200
    seen = set()
    docs = []
    size = 0
    names = {}
    while size < total_bytes:
        if len(docs) % 8 == 0:
            names = {}  # every eight articles, one story: its own people and places
        parts = []
        headline = vary(rng.choice(headlines), rng, names, known)
        while headline in seen:  # a headline used before: the opening words of a new sentence
            story = {} if few else names
            headline = " ".join(vary(rng.choice(pool), rng, story, known).split()[:9]).rstrip(".,")
        seen.add(headline)
        parts.append(headline)
        body = 0
        misses = 0
        paragraph = []
        while body < ARTICLE_BYTES and misses < 200:
            source = rng.choice(pool)
            s = vary(source, rng, names, known)
            if s in seen and few:
                s = vary(source, rng, {}, known)
            if s in seen:
                misses += 1
                continue
            misses = 0
            seen.add(s)
            paragraph.append(s)
            body += len(s.encode("utf-8")) + 1
            if len(paragraph) >= rng.randint(1, 3):
                parts.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            parts.append(" ".join(paragraph))
        if misses >= 200:
            raise SystemExit("norepeat_corpus: the sources are too small for unique sentences")
        text = "\n\n".join(parts) + "\n"
        docs.append({"name": f"r{len(docs):04d}.txt", "text": text})
        size += len(text.encode("utf-8"))
    return docs


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    sizes = [int(a) for a in sys.argv[2:]] or [1, 5]
    clusters = sources()
    names = ", ".join(name for name, _ in clusters)
    if not os.path.isdir(SHARED):
        print("norepeat_corpus: ../shared is absent: built from examples/ only", file=sys.stderr)
    os.makedirs(out, exist_ok=True)
    meta = {"sources": [name for name, _ in clusters], "shared": os.path.isdir(SHARED), "sizes": {}}
    for mb in sizes:
        docs = build(clusters, mb << 20, seed=mb)
        with open(os.path.join(out, f"norepeat-{mb}.json"), "w", encoding="utf-8") as fh:
            json.dump(docs, fh, ensure_ascii=False)
        folder = os.path.join(out, f"norepeat-{mb}")
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):
            os.remove(os.path.join(folder, old))
        for d in docs:
            with open(os.path.join(folder, d["name"]), "w", encoding="utf-8") as fh:
                fh.write(d["text"])
        total = sum(len(d["text"].encode("utf-8")) for d in docs)
        meta["sizes"][f"norepeat-{mb}"] = {"documents": len(docs), "bytes": total}
        print(f"norepeat-{mb}: {len(docs)} articles, {total} bytes, from {names}")
    with open(os.path.join(out, "norepeat.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=1)


if __name__ == "__main__":
    main()
