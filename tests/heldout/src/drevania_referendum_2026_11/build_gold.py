#!/usr/bin/env python3
"""Gold for the drevania_referendum_2026_11 held-out cluster, annotated by hand by
../../../../shared/eval/GUIDELINES.md (written before the tool was run on the texts).

Each span is given by its text and, where the text occurs more than once, an anchor
(a longer string around it); the occurrence index is computed the way score.py locates
spans, and every span is checked against the article text."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTER = "drevania_referendum_2026_11"
FOLDER = os.path.join(HERE, "..", "..", CLUSTER)
OUT = os.path.join(HERE, "..", "..", CLUSTER + ".gold.json")
PUB = {"01": "2026-11-23", "02": "2026-11-24", "03": "2026-11-24", "04": "2026-11-23", "05": "2026-11-23"}
OUTLET = {"01": "Meridian Press (wire)", "02": "The Halvik Courier (pro-government daily)",
          "03": "The Vesk Report (Leave-supporting blog)", "04": "WBN World (foreign broadcaster, live page)",
          "05": "Council of Northern States Election Observation Mission (statement)"}
texts = {d: open(os.path.join(FOLDER, d + ".txt"), encoding="utf-8").read() for d in PUB}


def occ(doc, text, anchor):
    t = texts[doc]
    if anchor is None:
        if t.find(text) < 0:
            sys.exit(f"{doc}: span not found: {text!r}")
        return 0
    a = t.find(anchor)
    if a < 0 or t.find(anchor, a + 1) >= 0:
        sys.exit(f"{doc}: anchor missing or not unique: {anchor!r}")
    at = t.find(text, a)
    if at < 0 or at + len(text) > a + len(anchor):
        sys.exit(f"{doc}: {text!r} not inside anchor {anchor!r}")
    n, pos = 0, t.find(text)
    while pos != at:
        n, pos = n + 1, t.find(text, pos + 1)
    return n


numbers, dates, quotes = [], [], []


def N(doc, text, value, kind, unit, qual, q, anchor=None, low=None, high=None):
    numbers.append(dict(id=f"n{len(numbers) + 1}", doc=doc, text=text, occurrence=occ(doc, text, anchor),
                        value=value, low=low, high=high, kind=kind, unit=unit, qualifier=qual, quantity=q))


def D(doc, text, resolved, event, anchor=None):
    dates.append(dict(id=f"d{len(dates) + 1}", doc=doc, text=text, occurrence=occ(doc, text, anchor),
                      resolved=resolved, event=event))


def Q(doc, text, speaker, utt, anchor=None):
    quotes.append(dict(id=f"q{len(quotes) + 1}", doc=doc, text=text, occurrence=occ(doc, text, anchor),
                       speaker=speaker, utterance=[utt]))


REI, MAR, FEL, KOS, VAS = "Tomáš Reiner", "Ilse Marović", "Jonas Feldt", "Marta Kosk", "Anneli Vastra"
SUN, MON, TUE = "2026-11-22", "2026-11-23", "2026-11-24"

# ---- 01 wire
N("01", "51.3%", 51.3, "percent", "valid ballots", "exact", "yes_share")
N("01", "48.7%", 48.7, "percent", "valid ballots", "exact", "no_share")
N("01", "2,418,907", 2418907, "count", "votes", "exact", "yes_votes")
N("01", "2,296,311", 2296311, "count", "votes", "exact", "no_votes")
N("01", "122,596", 122596, "count", "votes", "exact", "margin_votes")
N("01", "2.6", 2.6, "percent", "percentage points", "exact", "margin_points")
N("01", "52.6%", 52.6, "percent", "turnout", "exact", "turnout")
N("01", "9,064,215", 9064215, "count", "registered voters", "exact", "registered_voters")
N("01", "50%", 50, "percent", "turnout", "exact", "quorum")
N("01", "4.77 million", 4770000, "count", "ballots", "approx", "ballots_cast")
N("01", "61", 61, "age", "years", "exact", "reiner_age", anchor="Reiner, 61,")
N("01", "58.1%", 58.1, "percent", "vote", "exact", "halvik_no")
N("01", "63.4%", 63.4, "percent", "vote", "exact", "korsland_yes")
N("01", "55.0%", 55.0, "percent", "vote", "exact", "sudmark_yes")
N("01", "three-party", 3, "count", "parties", "exact", "coalition_parties")
N("01", "312", 312, "count", "polling stations", "exact", "recount_stations")
N("01", "61.7%", 61.7, "percent", "vote", "exact", "yes_share_2003")
N("01", "two years", 2, "duration", "years", "upper", "exit_period")
N("01", "1.9%", 1.9, "percent", "exchange rate", "exact", "vesmark_fall")
D("01", "early on Monday", MON, "results_announced")
D("01", "Sunday", SUN, "referendum", anchor="Sunday's referendum")
D("01", "on Monday morning", MON, "reiner_resign_announce")
D("01", "late Sunday", SUN, "marovic_speech")
D("01", "by Friday", "2026-11-27", "recount_ruling")
D("01", "2011", "2011", "joined_union")
D("01", "2003", "2003", "referendum_2003")
D("01", "on Monday", MON, "market_fall", anchor="dollar on Monday")
Q("01", "I fought for our place in the union with everything I had, and I lost", REI, "reiner_fought")
Q("01", "The result must be respected", REI, "reiner_respected")
Q("01", "Tonight Drevania took back its own money", MAR, "marovic_money")
Q("01", "A result this close demands that every ballot be checked", FEL, "feldt_recount")
Q("01", "We will not run away from this result", KOS, "kosk_run_away")

# ---- 02 pro-government daily
N("02", "a decade", 10, "duration", "years", "approx", "reiner_defending_union")
N("02", "51.3 per cent", 51.3, "percent", "valid ballots", "exact", "yes_share")
N("02", "48.7 per cent", 48.7, "percent", "valid ballots", "exact", "no_share")
N("02", "52.6 per cent", 52.6, "percent", "turnout", "exact", "turnout")
N("02", "122,600", 122600, "count", "votes", "approx", "margin_votes")
N("02", "2.4", 2.4, "percent", "percentage points", "exact", "margin_points", anchor="2.4 points")
N("02", "two", 2, "count", "camps", "exact", "camps", anchor="the two camps")
N("02", "six weeks", 6, "duration", "weeks", "upper", "leadership_contest")
N("02", "90 days", 90, "duration", "days", "upper", "early_election_deadline")
N("02", "more than 300", 300, "count", "polling stations", "lower", "recount_stations")
N("02", "29 per cent", 29, "percent", "poll support", "approx", "nr_poll_02")
N("02", "58 per cent", 58, "percent", "vote", "exact", "halvik_no")
N("02", "2 and 4 per cent", None, "percent", "output", "range", "exit_cost", low=2, high=4)
N("02", "five years", 5, "duration", "years", "exact", "exit_cost_horizon")
D("02", "on Monday", MON, "reiner_resign_announce", anchor="announced on Monday")
D("02", "a day after", MON, "reiner_resign_announce")
D("02", "late on Sunday", SUN, "results_announced")
D("02", "on Monday", MON, "reiner_resign_announce", anchor="statement on Monday")
D("02", "the small hours", MON, None)
Q("02", "I fought for our place in the union with everything I had and I have lost", REI, "reiner_fought")
Q("02", "The result must be respected, even by those of us who grieve it", REI, "reiner_respected")
Q("02", "demands every ballot be checked", FEL, "feldt_recount")
Q("02", "will not run away from this result", KOS, "kosk_run_away")

# ---- 03 Leave-supporting blog
N("03", "fifteen years", 15, "duration", "years", "approx", "union_membership_years")
N("03", "Just over half", None, "percent", "votes", "vague", "yes_share", low=50, high=52)
N("03", "2.4 million", 2400000, "count", "votes", "approx", "yes_votes")
N("03", "2.3 million", 2300000, "count", "votes", "approx", "no_votes")
N("03", "more than 120,000", 120000, "count", "votes", "lower", "margin_votes")
N("03", "52.6 per cent", 52.6, "percent", "turnout", "exact", "turnout")
N("03", "50 per cent", 50, "percent", "turnout", "exact", "quorum")
N("03", "six years", 6, "duration", "years", "exact", "greens_in_government")
N("03", "almost 62 per cent", 62, "percent", "vote", "approx", "yes_share_2003")
N("03", "nearly 57 per cent", 57, "percent", "vote", "approx", "sudmark_yes")
N("03", "63.4 per cent", 63.4, "percent", "vote", "exact", "korsland_yes")
N("03", "two-year", 2, "duration", "years", "exact", "exit_period")
N("03", "31 per cent", 31, "percent", "poll support", "exact", "nr_poll_03")
D("03", "on Sunday", SUN, "referendum")
D("03", "2003", "2003", "referendum_2003")
D("03", "on Tuesday", TUE, "reiner_resign_announce")
D("03", "Sunday night", SUN, "marovic_speech")
Q("03", "every ballot", FEL, "feldt_recount")
Q("03", "checked", FEL, "feldt_recount")
Q("03", "I fought for our place in the union with everything I had and I lost", REI, "reiner_fought")
Q("03", "Tonight, Drevania has taken back its own money", MAR, "marovic_money")

# ---- 04 broadcaster live page
N("04", "51.3%", 51.3, "percent", "vote", "exact", "yes_share", anchor="wins 51.3%")
N("04", "52.6%", 52.6, "percent", "turnout", "exact", "turnout")
N("04", "320", 320, "count", "polling stations", "exact", "recount_stations", anchor="recount in 320")
N("04", "2.2%", 2.2, "percent", "exchange rate", "exact", "vesmark_fall")
N("04", "320", 320, "count", "polling stations", "exact", "recount_stations", anchor="ballots in 320")
N("04", "51.3%", 51.3, "percent", "vote", "exact", "yes_share", anchor="Yes 51.3%")
N("04", "48.7%", 48.7, "percent", "vote", "exact", "no_share")
N("04", "123,000", 123000, "count", "votes", "approx", "margin_votes")
N("04", "52.4%", 52.4, "percent", "turnout", "exact", "turnout")
N("04", "50%", 50, "percent", "turnout", "exact", "quorum", anchor="above the 50% threshold")
N("04", "81%", 81, "percent", "polling stations counted", "exact", "partial_counted_0040")
N("04", "51.0%", 51.0, "percent", "vote", "exact", "partial_yes_0040")
N("04", "38%", 38, "percent", "polling stations reporting", "exact", "partial_counted_2305")
N("04", "50.9%", 50.9, "percent", "vote", "exact", "partial_no_2305")
N("04", "9.1 million", 9100000, "count", "registered voters", "approx", "registered_voters")
N("04", "50%", 50, "percent", "turnout", "exact", "quorum", anchor="at least 50%")
D("04", "11:20 GMT", MON, "market_fall", anchor="11:20 GMT\nThe")
D("04", "10:42 GMT", MON, "reiner_resign_announce")
D("04", "2017", "2017", "reiner_took_office")
D("04", "09:15 GMT", MON, "recount_request")
D("04", "01:30 GMT", MON, "results_announced")
D("04", "00:40 GMT", MON, None)
D("04", "23:05 GMT", SUN, None)
D("04", "22:10 GMT", SUN, "marovic_speech")
D("04", "20:00 GMT", SUN, "polls_close")
Q("04", "I fought for our place in the union with everything I had, and I lost", REI, "reiner_fought")
Q("04", "A result this close demands that every ballot be checked", FEL, "feldt_recount")
Q("04", "Tonight Drevania took back its own money", MAR, "marovic_money")

# ---- 05 observer mission statement
N("05", "42", 42, "count", "long-term observers", "exact", "lt_observers")
N("05", "310", 310, "count", "short-term observers", "exact", "st_observers")
N("05", "27", 27, "count", "countries", "exact", "observer_countries")
N("05", "1,148", 1148, "count", "polling stations", "exact", "stations_visited")
N("05", "6,212", 6212, "count", "polling stations", "exact", "polling_stations_total")
N("05", "96 per cent", 96, "percent", "polling stations observed", "exact", "voting_positive")
N("05", "14", 14, "count", "counts", "exact", "counts_negative", anchor="in 14 of")
N("05", "131", 131, "count", "counts", "exact", "counts_observed")
N("05", "51.28 per cent", 51.28, "percent", "valid votes", "exact", "yes_share")
N("05", "52.6 per cent", 52.6, "percent", "turnout", "exact", "turnout")
N("05", "50 per cent", 50, "percent", "turnout", "exact", "quorum")
N("05", "57", 57, "count", "complaints", "exact", "complaints")
N("05", "five days", 5, "duration", "days", "upper", "recount_ruling_deadline")
N("05", "eight weeks", 8, "duration", "weeks", "upper", "final_report_deadline")
D("05", "22 November", SUN, "referendum", anchor="The 22 November referendum")
D("05", "today", MON, None)
D("05", "9 October", "2026-10-09", None)
D("05", "the day of the vote", SUN, "referendum")
D("05", "23 November", MON, "results_announced", anchor="on 23 November")
D("05", "election day", SUN, None)
Q("05", "Drevanians turned out in sufficient numbers and voted freely, but the playing field was not level", VAS, "vastra_level")
Q("05", "Requests for recounts must be handled transparently and within the legal deadlines", VAS, "vastra_recounts")

quantities = {
    "yes_share": "share of valid votes for Yes (leave the union), final preliminary result: 51.3 / 51.28 / just over half",
    "no_share": "share of valid votes for No (stay), final preliminary result: 48.7",
    "yes_votes": "votes for Yes: 2,418,907 / 2.4 million",
    "no_votes": "votes for No: 2,296,311 / roughly 2.3 million",
    "margin_votes": "margin of Yes over No in votes: 122,596 / some 122,600 / about 123,000 / more than 120,000",
    "margin_points": "margin in percentage points: 2.6 (wire) vs 2.4 (Courier) -- conflict",
    "turnout": "turnout of registered voters: 52.6 vs 52.4 (WBN 01:30 entry) -- conflict",
    "registered_voters": "registered voters: 9,064,215 / around 9.1 million",
    "quorum": "turnout quorum for a binding referendum: 50 per cent",
    "ballots_cast": "ballots cast: some 4.77 million",
    "reiner_age": "Reiner's age: 61",
    "halvik_no": "Halvik's No share: 58.1 / 58",
    "korsland_yes": "Korsland's Yes share: 63.4",
    "sudmark_yes": "Sudmark's Yes share: 55.0 (wire) vs nearly 57 (blog) -- conflict",
    "camps": "the two camps (Yes and No)",
    "coalition_parties": "parties in Reiner's coalition: three",
    "recount_stations": "polling stations in the Greens' recount request: 312 / more than 300 / 320 -- conflict",
    "yes_share_2003": "share approving membership in the 2003 referendum: 61.7 / almost 62",
    "exit_period": "time a departing member has to negotiate its exit: two years",
    "vesmark_fall": "the vesmark's fall against the dollar on Monday: 1.9 vs 2.2 -- conflict",
    "reiner_defending_union": "years Reiner spent defending the union: a decade",
    "leadership_contest": "SDP leadership contest to be held within six weeks",
    "early_election_deadline": "early election within 90 days if no new government",
    "nr_poll_02": "National Renewal poll rating (Courier): about 29 per cent",
    "nr_poll_03": "National Renewal poll rating (blog): 31 per cent",
    "exit_cost": "estimated output cost of leaving: 2 to 4 per cent",
    "exit_cost_horizon": "horizon of the output-cost estimate: five years",
    "union_membership_years": "years of union membership: fifteen",
    "greens_in_government": "years the Greens have propped up the government: six",
    "partial_counted_0040": "share of polling stations counted at 00:40 GMT: 81",
    "partial_yes_0040": "Yes share with 81% counted: 51.0",
    "partial_counted_2305": "share of polling stations reporting at 23:05 GMT: 38",
    "partial_no_2305": "No share with 38% reporting: 50.9",
    "lt_observers": "long-term observers: 42",
    "st_observers": "short-term observers: 310",
    "observer_countries": "countries the short-term observers came from: 27",
    "stations_visited": "polling stations visited by observers: 1,148",
    "polling_stations_total": "polling stations in the country: 6,212",
    "voting_positive": "share of observed stations where voting was assessed positively: 96",
    "counts_negative": "observed counts assessed negatively: 14",
    "counts_observed": "counts observed: 131",
    "complaints": "formal complaints received before election day: 57",
    "recount_ruling_deadline": "days the Commission has to rule on recounts: five",
    "final_report_deadline": "weeks until the final report: eight",
}
events = {
    "referendum": "the referendum, Sunday 22 Nov 2026",
    "results_announced": "the Commission announcing the final preliminary results: early Monday 23 Nov (wire, WBN 01:30, observers) vs late Sunday 22 Nov (Courier) -- conflict",
    "reiner_resign_announce": "Reiner announcing he will resign: Monday 23 Nov vs Tuesday 24 Nov (blog) -- conflict",
    "marovic_speech": "Marović's victory speech, Sunday night",
    "recount_ruling": "the Commission's ruling on the recount request, by Friday 27 Nov",
    "recount_request": "the Greens' recount request (Monday morning)",
    "market_fall": "the vesmark's fall on Monday",
    "joined_union": "Drevania joining the union, 2011",
    "referendum_2003": "the 2003 membership referendum",
    "reiner_took_office": "Reiner becoming prime minister, 2017",
    "polls_close": "polls closing, 20:00 GMT Sunday",
}
utterances = {
    "reiner_fought": "Reiner: I fought for our place in the union with everything I had, and I (have) lost",
    "reiner_respected": "Reiner: the result must be respected",
    "marovic_money": "Marović: tonight Drevania took/has taken back its own money",
    "feldt_recount": "Feldt: a result this close demands (that) every ballot be checked",
    "kosk_run_away": "Kosk: we will not run away from this result",
    "vastra_level": "Vastra: voted freely but the playing field was not level",
    "vastra_recounts": "Vastra: recount requests must be handled transparently",
}
aliases = {
    "Tomáš Reiner": ["Tomáš Reiner", "Tomas Reiner", "Reiner", "Mr Reiner"],
    "Ilse Marović": ["Ilse Marović", "Ilse Marovic"],
    "Anneli Vastra": ["Anneli Vastra", "Ms Vastra"],
    "Central Referendum Commission": ["Central Referendum Commission", "the commission", "the Commission"],
    "Council of Northern States Election Observation Mission": [
        "Council of Northern States Election Observation Mission", "CNS EOM", "the mission"],
    "Vesmark currency union": ["Vesmark currency union", "Vesmark Currency Union", "Vesmark union", "the union"],
}
furniture = {
    "01": ["By Helena Sarkis, Meridian Press"],
    "02": ["THE HALVIK COURIER", "Politics — Tuesday edition", "By Oskar Lindqvist, Political Editor",
           "Related: What happens to your savings if Drevania leaves the vesmark?",
           "Subscribe to the Courier's morning briefing"],
    "03": ["The Vesk Report — independent, reader-funded", "Posted by Daria Volkan | Tuesday 24 November 2026",
           "Share this post", "Related: Ten myths about the vesmark, debunked", "Comments (214)"],
    "04": ["WBN World", "Updated 23 November 2026, 11:20 GMT", "Key points",
           "Related: Explainer — how do you leave a currency union?", "Share"],
    "05": ["COUNCIL OF NORTHERN STATES", "Election Observation Mission — Republic of Drevania",
           "Referendum on membership of the Vesmark Currency Union, 22 November 2026",
           "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS", "Halvik, 23 November 2026",
           "This statement is also available in Drevanian."],
}
for doc, lines in furniture.items():
    for line in lines:
        if line not in texts[doc].splitlines():
            sys.exit(f"{doc}: furniture line not found: {line!r}")
for m in numbers:
    assert m["quantity"] in quantities, m
for m in dates:
    assert m["event"] is None or m["event"] in events, m
for m in quotes:
    assert all(u in utterances for u in m["utterance"]), m

gold = {
    "cluster": CLUSTER,
    "meta": {"event": "FICTIONAL: Drevania's referendum on leaving the Vesmark currency union, Sunday 22 Nov 2026; "
                      "Yes 51.3% on 52.6% turnout (50% quorum); PM Reiner announces his resignation Monday 23 Nov; "
                      "the Greens demand a recount",
             "reference_date": "2026-11-23",
             "docs": {d: {"published": PUB[d], "file": d + ".txt", "outlet": OUTLET[d]} for d in PUB}},
    "numbers": numbers, "dates": dates, "quotes": quotes,
    "quantities": quantities, "events": events, "utterances": utterances,
    "aliases": aliases, "furniture": furniture,
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(numbers)} numbers, {len(dates)} dates, {len(quotes)} quotes -> {OUT}")
