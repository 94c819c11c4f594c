"""Clusters of invented articles as JSON Lines, for `parallax batch` tests and benchmarks.

Every sentence here is made up for Parallax's tests (places, people and events are fictional).
Cluster k varies the figures, days, names and places of a few templates, so that many
clusters differ from each other while staying small.

    python3 tests/invented_clusters.py 200 > clusters.jsonl        # 200 lines
    python3 tests/invented_clusters.py 200 --bad-every 50 > x.jsonl  # with a bad line every 50th
"""
import argparse
import json
import sys

TOWNS = ["Brisk", "Tavel", "Orrin", "Lusk Harbour", "Menthe", "Caldy", "Wenmoor", "Saltry"]
PEOPLE = ["Aldo Verne", "Mira Caud", "Pia Lund", "Jonas Ekard", "Tess Morrow", "Idris Falk"]
OUTLETS = ["valley-herald", "north-ledger", "county-post", "radio-{town}", "the-beacon"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TEMPLATES = [
    # (headline, body sentences); {n} figures, {d} day, {p} person, {t} town
    ("Ferry strike strands {n0} travellers in {t}",
     ["About {n0} passengers were stranded in {t} on {d} after ferry crews walked out, "
      "the operator said.",
      "\u201cWe cannot sail without crews,\u201d said operator spokesman {p}.",
      "{n1} sailings were cancelled and the strike would last {n2} hours, union leaders said."]),
    ("Hailstorm damages {n0} hectares of orchards near {t}",
     ["A hailstorm on {d} damaged {n0} hectares of orchards around {t}, farmers said.",
      "Growers' union head {p} said losses could reach {n1} million euros.",
      "\u201cThis is the worst storm in {n2} years,\u201d {p} said."]),
    ("Water main burst leaves {n0} homes dry in {t}",
     ["Some {n0} homes in {t} were without water on {d} after a main burst, the utility said.",
      "Engineer {p} said repairs would take {n2} hours.",
      "The utility handed out {n1},000 bottles of water, officials said."]),
]


def article(k, variant, template):
    headline, body = template
    town = TOWNS[k % len(TOWNS)]
    person = PEOPLE[(k + variant) % len(PEOPLE)]
    base = 100 + (k * 37) % 4000
    # Outlets disagree a little: each variant shifts the figures and sometimes the day.
    values = {
        "n0": f"{base + variant * 150:,}",
        "n1": str(3 + (k + variant) % 20),
        "n2": str(12 + (k * 5 + variant * 12) % 60),
        "d": DAYS[(k + (variant if k % 3 == 0 else 0)) % len(DAYS)],
        "p": person,
        "t": town,
    }
    text = headline.format(**values) + "\n" + " ".join(s.format(**values) for s in body)
    name = OUTLETS[(k + variant) % len(OUTLETS)].format(town=town.lower().replace(" ", "-"))
    return text, f"{name}-{variant + 1}.txt"


def cluster(k):
    """The k-th invented cluster as a dict (the JSON Lines format of `parallax batch`)."""
    template = TEMPLATES[k % len(TEMPLATES)]
    docs = []
    for variant in range(2 + k % 3):
        text, name = article(k, variant, template)
        doc = {"name": name, "text": text}
        if (k + variant) % 4 == 0:
            doc["published"] = f"2025-{1 + k % 12:02d}-{1 + variant + k % 20:02d}"
        docs.append(doc)
    line = {"id": f"cluster-{k}", "documents": docs}
    if k % 5:
        line["reference_date"] = f"2025-{1 + k % 12:02d}-{10 + k % 15:02d}"
    return line


def lines(count, bad_every=0):
    """`count` JSON lines (with their newlines); every `bad_every`-th one is not valid JSON."""
    for k in range(count):
        if bad_every and k % bad_every == bad_every - 1:
            yield '{"id": "broken-%d", "documents": [\n' % k
        else:
            yield json.dumps(cluster(k), ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--bad-every", type=int, default=0)
    args = parser.parse_args()
    sys.stdout.writelines(lines(args.count, args.bad_every))


if __name__ == "__main__":
    main()
