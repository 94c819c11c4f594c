#!/usr/bin/env python3
"""Builds the held-out fictional earthquake cluster 'taldovia_quake_2026_11' from marked-up
sources: the article texts (NN.txt) and the gold (taldovia_quake_2026_11.gold.json).

Markup (stripped from the texts):
  ⟦n:TEXT|value|kind|unit|qualifier|quantity⟧   value 'a..b' gives low/high with value null
  ⟦d:TEXT|resolved|event⟧                        'null' for none
  ⟦q:TEXT|speaker|utt1,utt2⟧                    TEXT may contain nested number/date markup
  a line starting with '§ ' is page furniture.
The occurrence index of each span is computed the way score.py locates it.
All people, agencies, places and outlets are invented.
"""
import json, os, re

NAME = "taldovia_quake_2026_11"
HERE = os.path.dirname(os.path.abspath(__file__))

from taldovia_sources import DOCS, QUANTITIES, ALIASES, EVENT, REFERENCE_DATE, OUTLETS  # noqa: E402


def parse(src):
    out, anns, stack = [], [], []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "⟦":
            stack.append({"kind": src[i + 1], "start": len(out)})
            assert src[i + 2] == ":"
            i += 3
            continue
        if c == "|" and stack and "end" not in stack[-1]:
            top = stack.pop()
            top["end"] = len(out)
            j = src.index("⟧", i)
            top["fields"] = src[i + 1:j].split("|")
            anns.append(top)
            i = j + 1
            continue
        out.append(c)
        i += 1
    assert not stack, stack
    return "".join(out), anns


def occurrence(text, needle, start):
    pos, occ = -1, 0
    while True:
        pos = text.find(needle, pos + 1)
        assert pos >= 0, needle
        if pos == start:
            return occ
        occ += 1


def nul(s):
    return None if s == "null" else s


def main():
    gold = {"cluster": NAME,
            "meta": {"event": EVENT,
                     "reference_date": REFERENCE_DATE, "docs": {}},
            "numbers": [], "dates": [], "quotes": [], "quantities": QUANTITIES, "events": {},
            "utterances": {}, "aliases": ALIASES, "furniture": {}}
    os.makedirs(os.path.join(HERE, NAME), exist_ok=True)
    counters = {"n": 0, "d": 0, "q": 0}
    for doc, published, src in DOCS:
        lines, furn = [], []
        for line in src.strip("\n").split("\n"):
            if line.startswith("§ "):
                line = line[2:]
                furn.append(re.sub(r"⟦.:([^|]*)\|[^⟧]*⟧", r"\1", line))
            lines.append(line)
        text, anns = parse("\n".join(lines) + "\n")
        with open(os.path.join(HERE, NAME, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        gold["meta"]["docs"][doc] = {"published": published, "file": doc + ".txt", "outlet": OUTLETS[doc]}
        if furn:
            gold["furniture"][doc] = furn
        for a in sorted(anns, key=lambda a: a["start"]):
            t = text[a["start"]:a["end"]]
            base = {"doc": doc, "text": t, "occurrence": occurrence(text, t, a["start"])}
            k, fl = a["kind"], a["fields"]
            mid = f"{k}{counters[k]}"
            counters[k] += 1
            if k == "n":
                value, kind, unit, qual, qid = fl
                low = high = None
                if ".." in value:
                    lo, hi = value.split("..")
                    low, high, val = float(lo), float(hi), None
                else:
                    val = float(value)
                assert qid in QUANTITIES, qid
                gold["numbers"].append(dict(base, id=mid, value=val, low=low, high=high, kind=kind,
                                            unit=unit, qualifier=qual, quantity=qid))
            elif k == "d":
                resolved, event = map(nul, fl)
                gold["dates"].append(dict(base, id=mid, resolved=resolved, event=event))
                if event:
                    gold["events"].setdefault(event, event.replace("_", " "))
            elif k == "q":
                speaker, utts = fl
                utts = utts.split(",")
                gold["quotes"].append(dict(base, id=mid, speaker=nul(speaker), utterance=utts))
                for u in utts:
                    gold["utterances"].setdefault(u, u.replace("_", " "))
    with open(os.path.join(HERE, NAME + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for doc, _, _ in DOCS:
        words = len(open(os.path.join(HERE, NAME, doc + ".txt"), encoding="utf-8").read().split())
        print(doc, words, "words")
    print({k: len(gold[k]) for k in ("numbers", "dates", "quotes")})


if __name__ == "__main__":
    main()
