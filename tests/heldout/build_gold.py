#!/usr/bin/env python3
"""Builds a held-out cluster (NN.txt + <name>.gold.json) from annotated sources.

usage: build_gold.py SRC_DIR OUT_DIR NAME META.json
  e.g. build_gold.py tests/heldout/src/meridell_corvane_2025_10 tests/heldout \
       meridell_corvane_2025_10 tests/heldout/src/meridell_corvane_2025_10/meta.json

Each SRC_DIR/NN.src is the article with inline marks, written before the tool was run:
  [[n;quantity;value;kind;unit;qualifier[;low;high]|text]]   a number ("-" = null)
  [[d;event;resolved|text]]                                  a date
  [[q;speaker;utt1,utt2|text]]                               a quote (text inside the marks)
Marks nest. A line starting with '@@' is page furniture (the marker is dropped).
'~~' stands for a no-break space. The gold uses the text + occurrence form of GUIDELINES.md.
"""
import json, os, sys


def parse(src):
    out, spans, i = [], [], 0

    def rec(i, depth):
        while i < len(src):
            if src.startswith("[[", i):
                bar = src.index("|", i)
                head = src[i + 2:bar]
                start = sum(len(x) for x in out)
                i = rec(bar + 1, depth + 1)
                end = sum(len(x) for x in out)
                spans.append((head, start, end))
                continue
            if depth and src.startswith("]]", i):
                return i + 2
            out.append(src[i])
            i += 1
        if depth:
            raise ValueError("unclosed mark")
        return i

    rec(0, 0)
    return "".join(out), spans


def nul(x):
    return None if x in ("-", "") else x


def num(x):
    x = nul(x)
    if x is None:
        return None
    v = float(x)
    return int(v) if v.is_integer() and "e" not in x.lower() and "." not in x else v


def main():
    src_dir, out_dir, name, meta_path = sys.argv[1:5]
    meta = json.load(open(meta_path, encoding="utf-8"))
    gold = {"cluster": name, "meta": meta["meta"], "numbers": [], "dates": [], "quotes": [],
            "quantities": meta["quantities"], "events": meta["events"], "utterances": meta["utterances"],
            "aliases": meta["aliases"], "furniture": {}}
    os.makedirs(os.path.join(out_dir, name), exist_ok=True)
    seen = {"n": set(), "d": set(), "q": set()}
    for doc in sorted(meta["meta"]["docs"]):
        raw = open(os.path.join(src_dir, doc + ".src"), encoding="utf-8").read().replace("~~", "\u00a0")
        lines, furn = [], []
        for line in raw.split("\n"):
            if line.startswith("@@"):
                line = line[2:]
                furn.append(line)
            lines.append(line)
        text, spans = parse("\n".join(lines))
        gold["furniture"][doc] = [parse(f)[0] for f in furn]
        with open(os.path.join(out_dir, name, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        for head, s, e in sorted(spans, key=lambda t: t[1]):
            t = text[s:e]
            occ = [p for p in range(len(text)) if text.startswith(t, p)].index(s)
            f = head.split(";")
            base = {"doc": doc, "text": t, "occurrence": occ}
            if f[0] == "n":
                f += ["-"] * (8 - len(f))
                m = dict(base, value=num(f[2]), low=num(f[6]), high=num(f[7]), kind=f[3], unit=f[4],
                         qualifier=f[5], quantity=f[1])
                assert m["kind"] in ("count", "money", "percent", "duration", "measure", "age"), head
                assert m["qualifier"] in ("exact", "approx", "upper", "lower", "range", "vague"), head
                assert m["quantity"] in meta["quantities"], head
                gold["numbers"].append(m)
            elif f[0] == "d":
                m = dict(base, resolved=nul(f[2]), event=nul(f[1]))
                assert m["event"] is None or m["event"] in meta["events"], head
                gold["dates"].append(m)
            elif f[0] == "q":
                m = dict(base, speaker=nul(f[1]), utterance=f[2].split(","))
                assert all(u in meta["utterances"] for u in m["utterance"]), head
                gold["quotes"].append(m)
            else:
                raise ValueError(head)
            seen[f[0]].add(f[1])
    for kind, key in (("numbers", "n"), ("dates", "d"), ("quotes", "q")):
        for i, m in enumerate(gold[kind]):
            m["id"] = f"{key}{i}"
    unused = [q for q in meta["quantities"] if q not in seen["n"]] + \
             [e for e in meta["events"] if e not in seen["d"]]
    if unused:
        print("unused ids:", unused, file=sys.stderr)
    with open(os.path.join(out_dir, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print({k: len(gold[k]) for k in ("numbers", "dates", "quotes")})


if __name__ == "__main__":
    main()
