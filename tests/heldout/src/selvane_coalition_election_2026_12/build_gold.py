"""Gold for the selvane_coalition_election_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). Seats and shares the wire gives as Monday's projections on a
partial count ("projected to take 46 seats", "31.0% ... on the partial count") are their own
quantities, apart from the final results the other outlets give: the article frames them as
projections, a framing distinct from the final count (GUIDELINES section 4: distinct framings
are different quantities; when unsure, make them different). A provisional margin the
article presents as earlier ("231 votes on the first provisional tally") is its own quantity.
A hyphenated compound keeps its unit ("150-seat", "76-seat", "10-year", as the ostrel and
lenmark gold); money keeps its scale word; "12 basis points" keeps its unit as in the ostrel
gold; "nearly nine points" is the number alone, as the drevania gold's "2.4 points". "two decades" and "20 years" are one measure in one unit (years), so one quantity.
Fenn's "Every vote must be counted again, by hand" echoes her leader Sorlin's words but is
her own utterance. A quote's text excludes its marks and the sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "selvane_coalition_election_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9
NB = "\u00a0"

VAR, BRE, KOS, SOR, HAL = "Ilona Varesh", "Tomas Brenner", "Radu Kostel", "Anneke Sorlin", "Oskar Hale"
SEK = "SEK_SELVANE"  # the Selvanian crown
SUN, MON, TUE, WED, THU, FRI, SAT = ("2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09",
                                     "2026-12-10", "2026-12-11", "2026-12-12")

# ---- 01 wire (Monday 7 Dec, projections on 94% counted)
d("01", "Dec 7", "LORVAN, Dec 7", MON, None)
d("01", "Sunday", "won Sunday's parliamentary", SUN, "election")
n("01", "two", "at least two partners", 2, "count", "partners", "lower", "partners_needed")
d("01", "on Monday", "projections on Monday", MON, None)
n("01", "94%", "based on 94%", 94, "percent", "% of votes counted", "exact", "share_counted_projection")
n("01", "46", "projected to take 46 seats", 46, "count", "seats", "exact", "nc_seats_projected")
n("01", "150-seat", "the 150-seat National", 150, "count", "seats", "exact", "assembly_seats")
n("01", "76", "the 76 needed", 76, "count", "seats", "exact", "majority_threshold")
n("01", "38", "set for 38 seats", 38, "count", "seats", "exact", "la_seats_projected")
n("01", "46", "down from 46", 46, "count", "seats", "exact", "la_seats_2022")
n("01", "eight", "it lost eight", 8, "count", "seats", "exact", "la_seats_lost_projected")
n("01", "30", "course for 30 seats", 30, "count", "seats", "exact", "sf_seats_projected")
n("01", "17", "Greens on 17", 17, "count", "seats", "exact", "greens_seats_projected")
n("01", "11", "Farmers' Party on 11", 11, "count", "seats", "exact", "farmers_seats_projected")
n("01", "8", "Minority Party on 8", 8, "count", "seats", "exact", "vmp_seats_projected")
n("01", "31.0%", "had 31.0%", 31.0, "percent", "%", "exact", "nc_share_partial")
n("01", "25.1%", "against 25.1%", 25.1, "percent", "%", "exact", "la_share_partial")
n("01", "19.9%", "and 19.9%", 19.9, "percent", "%", "exact", "sf_share_partial")
q("01", "Voters have asked for change, and we will not keep them waiting", VAR, "varesh_change")
n("01", "49", "Varesh, 49", 49, "age", "years", "exact", "varesh_age")
d("01", "1 a.m.", "shortly after 1 a.m.", MON, "varesh_speech")
d("01", "later this week", "begin later this week", None, "talks_start")
q("01", "We have heard the message and we accept it", BRE, "brenner_message")
n("01", "67%", "about 67%", 67, "percent", "%", "approx", "turnout")
n("01", "61.9%", "up from 61.9%", 61.9, "percent", "%", "exact", "turnout_2022")
d("01", "in 2022", "last election in 2022", "2022", "last_election")
d("01", "9 p.m.", "closed at 9 p.m.", SUN, "polls_close")
d("01", "on Sunday", "9 p.m. on Sunday", SUN, "polls_close")
n("01", "74", "have 74 seats", 74, "count", "seats", "exact", "coalition_seats_projected")
n("01", "two", "two short of a majority", 2, "count", "seats", "exact", "coalition_shortfall_projected")
q("01", "changed Selvanian politics for good", KOS, "kostel_changed")
q("01", "a warning to the elites in Lorvan", KOS, "kostel_warning")
n("01", "3.1 million", "About 3.1 million", 3.1 * M, "count", "votes", "approx", "votes_cast")
n("01", "Six", "Six parties", 6, "count", "parties", "exact", "parties_in_parliament")
n("01", "5%", "the 5% threshold", 5, "percent", "%", "exact", "entry_threshold_pct")
d("01", "on Tuesday", "due on Tuesday", TUE, "final_results")

# ---- 02 national broadsheet (Wednesday 9 Dec, after the final results)
d("02", "on Thursday", "Farmers’ Party on Thursday", THU, "talks_start")
d("02", "yesterday", "published yesterday", TUE, "final_results")
n("02", "three", "gave the three parties", 3, "count", "parties", "exact", "coalition_parties")
n("02", "76", "exactly 76", 76, "count", "seats", "exact", "coalition_seats")
n("02", "150", "Assembly’s 150 seats", 150, "count", "seats", "exact", "assembly_seats")
n("02", "48", "New Centre 48 seats", 48, "count", "seats", "exact", "nc_seats")
n("02", "31.2 per cent", "on 31.2 per cent", 31.2, "percent", "%", "exact", "nc_share")
n("02", "14", "up 14 from", 14, "count", "seats", "exact", "nc_seats_gained")
n("02", "34", "the 34 it won", 34, "count", "seats", "exact", "nc_seats_2022")
d("02", "in 2022", "it won in 2022", "2022", "last_election")
n("02", "37", "fell to 37 seats", 37, "count", "seats", "exact", "la_seats")
n("02", "24.8 per cent", "on 24.8 per cent", 24.8, "percent", "%", "exact", "la_share")
n("02", "nine", "a loss of nine", 9, "count", "seats", "exact", "la_seats_lost")
n("02", "29", "took 29 seats", 29, "count", "seats", "exact", "sf_seats")
n("02", "19.6 per cent", "on 19.6 per cent", 19.6, "percent", "%", "exact", "sf_share")
n("02", "11", "up 11, while", 11, "count", "seats", "exact", "sf_seats_gained")
n("02", "17", "Greens won 17", 17, "count", "seats", "exact", "greens_seats")
n("02", "11.3 per cent", "(11.3 per cent)", 11.3, "percent", "%", "exact", "greens_share")
n("02", "11", "Farmers’ Party 11", 11, "count", "seats", "exact", "farmers_seats")
n("02", "7.4 per cent", "(7.4 per cent)", 7.4, "percent", "%", "exact", "farmers_share")
n("02", "8", "Minority Party 8", 8, "count", "seats", "exact", "vmp_seats")
n("02", "67.4 per cent", "Turnout was 67.4 per cent", 67.4, "percent", "%", "exact", "turnout")
n("02", "two decades", "highest in two decades", 20, "duration", "years", "exact", "turnout_highest_in_years")
n("02", "61.9 per cent", "up from 61.9 per cent", 61.9, "percent", "%", "exact", "turnout_2022")
d("02", "four years ago", "four years ago", "2022", "last_election")
n("02", "one", "But one seat remains", 1, "count", "seats", "exact", "seats_in_dispute")
n("02", "212", "by 212 votes", 212, "count", "votes", "exact", "recount_margin_votes")
d("02", "on Tuesday", "recount on Tuesday", TUE, "recount_ordered")
n("02", "three", "at three polling stations", 3, "count", "polling stations", "exact", "irregular_stations")
n("02", "77", "rise to 77", 77, "count", "seats", "exact", "coalition_seats_if_fenn_wins")
q("02", "Every vote in Ostmark must be counted again, by hand", SOR, "sorlin_every_vote")
q("02", "an insult to the voters of Ostmark", KOS, "kostel_insult")
q("02", "The voters have asked for change and we will not keep them waiting", VAR, "varesh_change")
q("02", "We will talk to everyone who respects the constitution", VAR, "varesh_talk")
n("02", "11 years", "for 11 years", 11, "duration", "years", "exact", "brenner_labour_leader_years")
q("02", "We heard the message, and we accept it", BRE, "brenner_message")
n("02", "60 days", "within 60 days", 60, "duration", "days", "exact", "govt_formation_deadline_days")
d("02", "by February 4", "by February 4", "2027-02-04", "govt_formation_deadline")
d("02", "on Friday", "government on Friday", FRI, "presidential_mandate")

# ---- 03 local paper in the recount district (Wednesday 9 Dec)
n("03", "84", "84 polling stations", 84, "count", "polling stations", "exact", "ostmark_polling_stations")
d("03", "last night", "last night", TUE, None)
d("03", "on Monday night", "on Monday night", MON, "hale_declared")
n("03", "213", "just 213 votes", 213, "count", "votes", "exact", "recount_margin_votes")
n("03", "61,400", "out of 61,400", 61400, "count", "votes", "exact", "ostmark_votes_cast")
n("03", "one", "a cushion of one vote", 1, "count", "votes", "exact", "coalition_cushion_if_fenn_wins")
d("03", "8 a.m.", "at 8 a.m.", THU, "recount_start")
d("03", "on Thursday", "8 a.m. on Thursday", THU, "recount_start")
n("03", "40", "About 40 officials", 40, "count", "officials", "approx", "recount_officials")
d("03", "by Saturday", "result by Saturday", SAT, "recount_result")
q("03", "Nobody is going to steal this seat from us", HAL, "hale_steal")
q("03", "The people of Ostmark voted and the result was clear", HAL, "hale_clear")
n("03", "34", "Fenn, 34", 34, "age", "years", "exact", "fenn_age")
n("03", "three", "twice at three stations", 3, "count", "polling stations", "exact", "irregular_stations")
q("03", "Every vote must be counted again, by hand. That is all we are asking", "Daria Fenn", "fenn_every_vote")
n("03", "71.8 per cent", "was 71.8 per cent", 71.8, "percent", "%", "exact", "ostmark_turnout")
n("03", "68 per cent", "figure of 68 per cent", 68, "percent", "%", "exact", "turnout")
n("03", "48", "won 48 seats nationally", 48, "count", "seats", "exact", "nc_seats")
n("03", "76", "reach the 76 required", 76, "count", "seats", "exact", "majority_threshold")
n("03", "three", "between the three parties", 3, "count", "parties", "exact", "coalition_parties")
d("03", "on Thursday", "begin on Thursday in Lorvan", THU, "talks_start")
n("03", "two", "the remaining two went", 2, "count", "seats", "exact", "ostmark_seats_nc_la")
n("03", "nine", "nearly nine points", 9, "percent", "percentage points", "approx", "sf_ostmark_share_rise_pp")
d("03", "with 2022", "compared with 2022", "2022", "last_election")
n("03", "231", "was 231 votes", 231, "count", "votes", "exact", "ostmark_margin_provisional")
d("03", "on Sunday night", "on Sunday night", SUN, None)
q("03", "Four elections in eight years is too many", "Pia Rusk", "rusk_elections")
n("03", "Four", "Four elections in eight", 4, "count", "elections", "exact", "elections_in_eight_years")
n("03", "eight years", "elections in eight years is", 8, "duration", "years", "exact", "elections_period_years")

# ---- 04 business broadcaster website (Thursday 10 Dec, 09:15)
d("04", "this week", "rallied this week", None, None)
d("04", "Saturday", "weeks of Saturday's election", "2026-12-05", "election")
n("04", "1.8%", "up 1.8%", 1.8, "percent", "%", "exact", "slx_rise_pct")
d("04", "on Wednesday", "1.8% on Wednesday", WED, "market_rally")
n("04", "10-year", "the 10-year government", 10, "duration", "years", "exact", "bond_tenor")
n("04", "12 basis points", "fell 12 basis points", 12, "percent", "basis points", "exact", "bond_yield_fall_bp")
n("04", "3.41%", "to 3.41%", 3.41, "percent", "%", "exact", "bond_yield")
d("04", "since March", "lowest since March", "2026-03", None)
n("04", "12", "gained 12 seats", 12, "count", "seats", "exact", "nc_seats_gained")
n("04", "48", "finish with 48", 48, "count", "seats", "exact", "nc_seats")
d("04", "on Wednesday", "Farmers' Party on Wednesday", WED, "talks_start")
n("04", "three", "Together the three parties", 3, "count", "parties", "exact", "coalition_parties")
n("04", "76", "hold 76 seats", 76, "count", "seats", "exact", "coalition_seats")
n("04", "150-member", "the 150-member assembly", 150, "count", "seats", "exact", "assembly_seats")
q("04", "Investors were worried about a hung parliament and months of uncertainty", "Jana Okonek", "okonek_worried")
q("04", "A 76-seat majority is thin, but it is a majority", "Jana Okonek", "okonek_thin")
n("04", "76-seat", "A 76-seat majority", 76, "count", "seats", "exact", "coalition_seats")
n("04", "100 days", "within 100 days", 100, "duration", "days", "upper", "budget_promise_days")
n("04", "22%", "from 22%", 22, "percent", "%", "exact", "corporate_tax_rate_current")
n("04", "19%", "to 19% over", 19, "percent", "%", "exact", "corporate_tax_rate_target")
n("04", "three years", "over three years", 3, "duration", "years", "exact", "corporate_tax_cut_years")
n("04", "40 crowns", "levy of 40 crowns", 40, "money", SEK, "exact", "carbon_levy_per_tonne")
n("04", "4.2 billion crowns", "about 4.2 billion crowns", 4.2 * B, "money", SEK, "approx", "corporate_tax_revenue")
d("04", "last year", "crowns last year", "2025", None)
q("04", "The voters asked for change. We will not keep them waiting", VAR, "varesh_change")
n("04", "31.2%", "New Centre 31.2%", 31.2, "percent", "%", "exact", "nc_share")
n("04", "67.4%", "reached 67.4%", 67.4, "percent", "%", "exact", "turnout")
n("04", "200", "just over 200 votes", 200, "count", "votes", "lower", "recount_margin_votes")
n("04", "two months", "have two months", 2, "duration", "months", "exact", "govt_formation_deadline_months")
d("04", "by mid-January", "deal by mid-January", "2027-01", "coalition_deal_expected")
n("04", "0.6%", "rose 0.6%", 0.6, "percent", "%", "exact", "crown_rise_pct")
n("04", "11.32", "to 11.32", 11.32, "money", SEK, "exact", "crown_per_euro")
d("04", "on Wednesday", "11.32 on Wednesday", WED, "market_rally")

# ---- 05 foreign outlet (Friday 11 Dec)
d("05", "on Thursday", "opened on Thursday", THU, "talks_start")
n("05", "four days", "four days after", 4, "duration", "days", "exact", "days_election_to_talks")
n("05", "eight years", "ended eight years of Labour", 8, "duration", "years", "exact", "labour_rule_years")
d("05", "in 2019", "founded only in 2019", "2019", "nc_founded")
n("05", "48", "won 48 of the", 48, "count", "seats", "exact", "nc_seats")
n("05", "150", f"the 150{NB}seats", 150, "count", "seats", "exact", "assembly_seats")
n("05", "14", "seats, up 14", 14, "count", "seats", "exact", "nc_seats_gained")
n("05", "50", "Varesh, 50", 50, "age", "years", "exact", "varesh_age")
n("05", "75", "needs 75 seats", 75, "count", "seats", "exact", "majority_threshold")
n("05", "17", "Greens (17)", 17, "count", "seats", "exact", "greens_seats")
n("05", "11", "Party (11)", 11, "count", "seats", "exact", "farmers_seats")
n("05", "37", "fell to 37 seats", 37, "count", "seats", "exact", "la_seats")
n("05", "29", "took 29", 29, "count", "seats", "exact", "sf_seats")
n("05", "11", "up 11 from 2022", 11, "count", "seats", "exact", "sf_seats_gained")
d("05", "2022", "up 11 from 2022", "2022", "last_election")
n("05", "One", "One result is still", 1, "count", "results", "exact", "seats_in_dispute")
n("05", "20%", "nearly 20%", 20, "percent", "%", "approx", "sf_share")
q("05", "We will not keep them waiting", VAR, "varesh_change")
d("05", "on election night", "on election night", SUN, None)
q("05", "to speak with everyone who respects our constitution", VAR, "varesh_talk")
n("05", "67%", "Turnout was 67%", 67, "percent", "%", "exact", "turnout")
n("05", "20 years", "highest in 20 years", 20, "duration", "years", "exact", "turnout_highest_in_years")
q("05", "changed Selvane's politics for good", KOS, "kostel_changed")
n("05", "212", "by 212 votes", 212, "count", "votes", "exact", "recount_margin_votes")
q("05", "No one is going to steal this seat from us", HAL, "hale_steal")
n("05", "5.8 million", "country of 5.8 million", 5.8 * M, "count", "people", "exact", "selvane_population")
n("05", "four", "held four elections", 4, "count", "elections", "exact", "elections_in_eight_years")
n("05", "eight years", "four elections in eight years", 8, "duration", "years", "exact", "elections_period_years")
d("05", "since 2018", "governed since 2018", "2018", "brenner_took_office")
d("05", "by January 31", "by January 31", "2027-01-31", "govt_formation_deadline")
n("05", "19%", "corporate tax to 19%", 19, "percent", "%", "exact", "corporate_tax_rate_target")
q("05", "The arithmetic works. The politics is harder", "Tobias Lindqvist", "lindqvist_arithmetic")

quantities = {
    "assembly_seats": "seats in the National Assembly: 150 (01, 02, 04, 05)",
    "majority_threshold": "seats needed for a majority: 76 (01, 03) vs 75 (05) -- conflict",
    "partners_needed": "coalition partners New Centre needs: at least two (01)",
    "coalition_parties": "parties in the prospective coalition: three (02, 03, 04)",
    "seats_in_dispute": "seats / results still in dispute: one (02, 05)",
    "share_counted_projection": "share of votes counted when the wire's projections were made: 94% (01)",
    "nc_seats": "New Centre's seats, final: 48 (02, 03, 04, 05)",
    "nc_seats_projected": "New Centre's seats on Monday's projections: 46 (01)",
    "nc_seats_gained": "seats New Centre gained since 2022: 14 (02, 05) vs 12 (04) -- conflict",
    "nc_seats_2022": "New Centre's seats in 2022: 34 (02)",
    "la_seats": "Labour Alliance's seats, final: 37 (02, 05)",
    "la_seats_projected": "Labour Alliance's seats on the projections: 38 (01)",
    "la_seats_2022": "Labour Alliance's seats in 2022: 46 (01)",
    "la_seats_lost": "seats Labour lost, final: nine (02)",
    "la_seats_lost_projected": "seats Labour lost on the projections: eight (01)",
    "sf_seats": "Selvane First's seats, final: 29 (02, 05)",
    "sf_seats_projected": "Selvane First's seats on the projections: 30 (01)",
    "sf_seats_gained": "seats Selvane First gained since 2022: 11 (02, 05)",
    "greens_seats": "the Greens' seats, final: 17 (02, 05)",
    "greens_seats_projected": "the Greens' seats on the projections: 17 (01)",
    "farmers_seats": "the Farmers' Party's seats, final: 11 (02, 05)",
    "farmers_seats_projected": "the Farmers' Party's seats on the projections: 11 (01)",
    "vmp_seats": "the Vardic Minority Party's seats, final: 8 (02)",
    "vmp_seats_projected": "the Vardic Minority Party's seats on the projections: 8 (01)",
    "nc_share": "New Centre's vote share, final: 31.2% (02, 04)",
    "nc_share_partial": "New Centre's vote share on the partial count: 31.0% (01)",
    "la_share": "Labour's vote share, final: 24.8% (02)",
    "la_share_partial": "Labour's vote share on the partial count: 25.1% (01)",
    "sf_share": "Selvane First's vote share, final: 19.6% (02) vs nearly 20% (05) -- conflict by rounding",
    "sf_share_partial": "Selvane First's vote share on the partial count: 19.9% (01)",
    "greens_share": "the Greens' vote share: 11.3% (02)",
    "farmers_share": "the Farmers' Party's vote share: 7.4% (02)",
    "turnout": "national turnout: about 67% (01), 67.4% (02, 04), 67% (05) vs 68% (03) -- conflict",
    "turnout_2022": "turnout at the 2022 election: 61.9% (01, 02)",
    "turnout_highest_in_years": "turnout the highest in: two decades (02) / 20 years (05)",
    "votes_cast": "votes cast nationally: about 3.1 million (01)",
    "parties_in_parliament": "parties that cleared the threshold: six (01)",
    "entry_threshold_pct": "the threshold to enter parliament: 5% (01)",
    "coalition_seats": "seats of New Centre, the Greens and the Farmers' Party on the final count: 76 (02, 04, also in Okonek's quote)",
    "coalition_seats_projected": "the same coalition's seats on the projections: 74 (01)",
    "coalition_shortfall_projected": "seats the coalition was short of a majority on the projections: two (01)",
    "coalition_seats_if_fenn_wins": "the coalition's seats if the Greens win the Ostmark-North recount: 77 (02)",
    "coalition_cushion_if_fenn_wins": "the cushion the recounted seat could give the coalition: one vote (03)",
    "recount_margin_votes": "Hale's winning margin in Ostmark-North: 212 (02, 05) vs 213 (03) vs just over 200 (04) -- conflict",
    "ostmark_margin_provisional": "Hale's lead on the first provisional tally: 231 (03, presented as earlier)",
    "ostmark_votes_cast": "votes cast in Ostmark-North: 61,400 (03)",
    "ostmark_polling_stations": "polling stations in Ostmark-North: 84 (03)",
    "irregular_stations": "polling stations where the Greens allege irregularities: three (02, 03)",
    "recount_officials": "officials taking part in the recount: about 40 (03)",
    "ostmark_turnout": "turnout in Ostmark-North: 71.8% (03)",
    "ostmark_seats_nc_la": "the district's seats that went to New Centre and Labour: two (03)",
    "sf_ostmark_share_rise_pp": "rise in Selvane First's vote in Ostmark-North since 2022: nearly nine points (03)",
    "fenn_age": "Daria Fenn's age: 34 (03)",
    "varesh_age": "Ilona Varesh's age: 49 (01) vs 50 (05) -- conflict",
    "brenner_labour_leader_years": "how long Brenner has led Labour: 11 years (02)",
    "labour_rule_years": "how long Labour governed: eight years (05)",
    "elections_in_eight_years": "elections Selvane has held in eight years: four (03 in Rusk's quote, 05)",
    "elections_period_years": "the period of the four elections: eight years (03, 05)",
    "govt_formation_deadline_days": "time the constitution allows to form a government: 60 days (02)",
    "govt_formation_deadline_months": "the same time in months: two (04)",
    "days_election_to_talks": "days between the election and the start of talks: four (05)",
    "slx_rise_pct": "the SLX index's rise on Wednesday: 1.8% (04)",
    "bond_tenor": "the benchmark government bond's term: 10 years (04)",
    "bond_yield_fall_bp": "fall in the 10-year yield: 12 basis points (04)",
    "bond_yield": "the 10-year yield after the fall: 3.41% (04)",
    "budget_promise_days": "Varesh's promised budget: within 100 days of taking office (04)",
    "corporate_tax_rate_current": "the corporate tax rate now: 22% (04)",
    "corporate_tax_rate_target": "the corporate tax rate New Centre wants: 19% (04, 05)",
    "corporate_tax_cut_years": "the period of the corporate tax cut: three years (04)",
    "carbon_levy_per_tonne": "the Greens' carbon levy: 40 crowns a tonne (04)",
    "corporate_tax_revenue": "corporate tax revenue last year: about 4.2 billion crowns (04)",
    "crown_rise_pct": "the crown's rise against the euro on Wednesday: 0.6% (04)",
    "crown_per_euro": "crowns per euro after the rise: 11.32 (04)",
    "selvane_population": "Selvane's population: 5.8 million (05)",
}
events = {
    "election": "the parliamentary election: Sun 6 Dec (01) vs 'Saturday's election', 5 Dec (04) -- date conflict",
    "polls_close": "polls close, 9 p.m. Sun 6 Dec (01)",
    "varesh_speech": "Varesh's victory speech, shortly after 1 a.m. Mon 7 Dec (01)",
    "final_results": "the Central Electoral Commission publishes the final results, Tue 8 Dec (01 'due on Tuesday', 02 'yesterday')",
    "talks_start": "formal coalition talks begin: 'later this week' (01), Thu 10 Dec (02, 03, 05) vs Wed 9 Dec (04) -- date conflict",
    "govt_formation_deadline": "the constitutional deadline to form a government: 4 Feb 2027 (02) vs 31 Jan 2027 (05) -- date conflict",
    "coalition_deal_expected": "when analysts expect a coalition deal: mid-January 2027 (04)",
    "presidential_mandate": "President Markov expected to ask Varesh to form a government, Fri 11 Dec (02)",
    "last_election": "the previous parliamentary election, 2022 (01, 02 'four years ago', 03, 05)",
    "recount_ordered": "the commission orders the Ostmark-North recount, Tue 8 Dec (02)",
    "hale_declared": "Hale declared the winner in Ostmark-North, Mon 7 Dec night (03)",
    "recount_start": "the hand recount starts, 8 a.m. Thu 10 Dec (03)",
    "recount_result": "the recount's result expected by Sat 12 Dec (03)",
    "market_rally": "the SLX, bond and crown move on Wed 9 Dec (04)",
    "nc_founded": "New Centre founded, 2019 (05)",
    "brenner_took_office": "Brenner became prime minister, 2018 (05)",
}
utterances = {
    "varesh_change": "Varesh: (the) voters (have) asked for change, and we will not keep them waiting -- variants (01, 02, 04, 05 partial)",
    "varesh_talk": "Varesh: we will talk / (promising) to speak with everyone who respects the / our constitution -- variant (02, 05)",
    "brenner_message": "Brenner: we have heard / we heard the message and we accept it -- variant (01, 02)",
    "kostel_changed": "Kostel: (his party had) changed Selvanian / Selvane's politics for good -- variant (01, 05)",
    "kostel_warning": "Kostel: a warning to the elites in Lorvan (01)",
    "kostel_insult": "Kostel on the recount: an insult to the voters of Ostmark (02)",
    "sorlin_every_vote": "Sorlin: every vote in Ostmark must be counted again, by hand (02)",
    "fenn_every_vote": "Fenn, echoing Sorlin: every vote must be counted again, by hand; that is all we are asking (03) -- her own utterance",
    "hale_steal": "Hale: nobody / no one is going to steal this seat from us -- variant (03, 05)",
    "hale_clear": "Hale: the people of Ostmark voted and the result was clear (03)",
    "rusk_elections": "Rusk: four elections in eight years is too many (03)",
    "okonek_worried": "Okonek: investors were worried about a hung parliament and months of uncertainty (04)",
    "okonek_thin": "Okonek: a 76-seat majority is thin, but it is a majority (04)",
    "lindqvist_arithmetic": "Lindqvist: the arithmetic works; the politics is harder (05)",
}
aliases = {
    "New Centre": ["New Centre"],
    "Labour Alliance": ["Labour Alliance", "Labour"],
    "Selvane First": ["Selvane First"],
    "the Greens": ["Greens"],
    "Farmers' Party": ["Farmers' Party", "Farmers’ Party"],
    "Vardic Minority Party": ["Vardic Minority Party"],
    "Ilona Varesh": ["Ilona Varesh", "Varesh", "Ms Varesh"],
    "Tomas Brenner": ["Tomas Brenner", "Brenner", "Mr Brenner"],
    "Radu Kostel": ["Radu Kostel"],
    "Anneke Sorlin": ["Anneke Sorlin"],
    "Oskar Hale": ["Oskar Hale", "Hale"],
    "Daria Fenn": ["Daria Fenn", "Ms Fenn", "Fenn"],
    "Elina Markov": ["Elina Markov", "Ms Markov"],
    "Central Electoral Commission": ["Central Electoral Commission"],
    "National Assembly": ["National Assembly"],
    "Ostmark-North": ["Ostmark-North"],
    "Lorvan": ["Lorvan", "LORVAN"],
    "Selvanian crown": ["crowns", "crown"],
}
furniture = {
    "01": ["By Petra Oland, Continental Press Agency", "(Reporting by Petra Oland; Editing by Aron Kell)"],
    "02": ["THE LORVAN TIMES", "Politics | Wednesday 9 December 2026", "By Viktor Ansel, Political Editor"],
    "03": ["OSTMARK GAZETTE", "Wednesday, 9 December 2026", "By Lena Strand"],
    "04": ["SELVANE BUSINESS NETWORK", "Thursday 10 December 2026, 09:15"],
    "05": ["THE ATLANTIC COURIER", "Europe — Friday, December 11, 2026", "By Helen Marchetti"],
}
pub = {"01": MON, "02": WED, "03": WED, "04": THU, "05": FRI}
outlet = {"01": "Continental Press Agency (wire)", "02": "The Lorvan Times (national broadsheet)",
          "03": "Ostmark Gazette (local paper)", "04": "Selvane Business Network (business broadcaster website)",
          "05": "The Atlantic Courier (foreign outlet)"}
g.write(
    event="FICTIONAL: Selvane's parliamentary election of Sun 6 Dec 2026 (Saturday in one outlet): New Centre first with 48 of 150 seats (46 on Monday's projections) on 31.2%, up 14 (12 in one outlet); Labour Alliance 37 (38 projected), Selvane First 29 (30 projected), Greens 17, Farmers 11; turnout 67.4% (68% in one outlet) vs 61.9% in 2022; a majority of 76 (75 in one outlet) and a three-party coalition with exactly 76; talks start Thursday 10 Dec (Wednesday in one outlet); a government deadline of 4 Feb (31 Jan); a recount in Ostmark-North with a margin of 212 (213) votes; Varesh (49 vs 50), Brenner, Kostel, Sorlin and Hale quoted with wording variants",
    reference_date=FRI,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
