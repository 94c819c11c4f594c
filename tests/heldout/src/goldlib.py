"""What the held-out clusters' gold scripts share: spans located by a unique context, the
three mention lists, and the checks run before the gold is written.

A script builds one cluster's gold, annotated by hand per ../../../shared/eval/GUIDELINES.md
before the tool was run on the texts:

    import goldlib
    g = goldlib.Gold("<cluster>")
    n, d, q = g.n, g.d, g.q
    n("01", "12", "killing at least 12 people", 12, "count", "people", "lower", "killed")
    ...
    g.write(event=..., reference_date=..., published=..., outlets=..., quantities=...,
            events=..., utterances=..., aliases=..., furniture=...)

Each span is given by its text and a longer context that contains it once; the occurrence
index (what the scorer reads) is computed from the context's position."""
import json
import os

HELD_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


class Gold:
    def __init__(self, cluster, docs=("01", "02", "03", "04", "05")):
        self.cluster = cluster
        self.docs = list(docs)
        folder = os.path.join(HELD_OUT, cluster)
        self.texts = {d: open(f"{folder}/{d}.txt", encoding="utf-8").read() for d in self.docs}
        self.numbers, self.dates, self.quotes = [], [], []

    def occ(self, doc, text, ctx):
        """The occurrence index of `text` where it stands in `ctx`, a context found once."""
        t = self.texts[doc]
        c = t.find(ctx)
        assert c >= 0, (doc, ctx)
        assert t.find(ctx, c + 1) < 0, ("context not unique", doc, ctx)
        i = ctx.find(text)
        assert i >= 0, (doc, text, ctx)
        pos = c + i
        k, p = 0, t.find(text)
        while p != pos:
            k, p = k + 1, t.find(text, p + 1)
            assert p >= 0
        return k

    def n(self, doc, text, ctx, value, kind, unit, qual, q, low=None, high=None):
        self.numbers.append(dict(id=f"n{len(self.numbers)+1}", doc=doc, text=text,
                                 occurrence=self.occ(doc, text, ctx), value=value, low=low,
                                 high=high, kind=kind, unit=unit, qualifier=qual, quantity=q))

    def d(self, doc, text, ctx, resolved, event):
        self.dates.append(dict(id=f"d{len(self.dates)+1}", doc=doc, text=text,
                               occurrence=self.occ(doc, text, ctx), resolved=resolved,
                               event=event))

    def q(self, doc, text, speaker, utt, ctx=None):
        self.quotes.append(dict(id=f"q{len(self.quotes)+1}", doc=doc, text=text,
                                occurrence=self.occ(doc, text, ctx or text), speaker=speaker,
                                utterance=utt if isinstance(utt, list) else [utt]))

    def write(self, event, reference_date, published, outlets, quantities, events, utterances,
              aliases, furniture):
        """Checks that every id is declared and used, every furniture line and alias is in
        the texts, no span is twice a number, a date or a quote; writes <cluster>.gold.json beside the cluster's folder."""
        N, DT, Q = self.numbers, self.dates, self.quotes
        gold = {
            "cluster": self.cluster,
            "meta": {
                "event": event,
                "reference_date": reference_date,
                "docs": {k: {"published": published[k], "file": f"{k}.txt", "outlet": outlets[k]}
                         for k in self.docs},
            },
            "numbers": N, "dates": DT, "quotes": Q,
            "quantities": quantities, "events": events, "utterances": utterances,
            "aliases": aliases, "furniture": furniture,
        }
        for m in N: assert m["quantity"] in quantities, m
        for m in DT: assert m["event"] is None or m["event"] in events, m
        for m in Q:
            for u in m["utterance"]: assert u in utterances, m
        used = {m["quantity"] for m in N}
        assert used == set(quantities), set(quantities) ^ used
        used = {m["event"] for m in DT} - {None}
        assert used == set(events), set(events) ^ used
        used = {u for m in Q for u in m["utterance"]}
        assert used == set(utterances), set(utterances) ^ used
        for doc, lines in furniture.items():
            for line in lines: assert line in self.texts[doc], (doc, line)
        for vals in aliases.values():
            for v in vals: assert any(v in t for t in self.texts.values()), v
        # One span may be a number and a quote ("used “dozens” of drones"), not twice one.
        for mentions in (N, DT, Q):
            seen = set()
            for m in mentions:
                key = (m["doc"], m["text"], m["occurrence"])
                assert key not in seen, ("duplicate span", key)
                seen.add(key)
        with open(os.path.join(HELD_OUT, f"{self.cluster}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(len(N), "numbers", len(DT), "dates", len(Q), "quotes")
