"""Gold for the ostrel_budget_vote_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was ever run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "ostrel_budget_vote_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
B, M = 1e9, 1e6

HAL, RUD, LIN, SAA = "Dorotea Halvorsen", "Anselm Rudek", "Vera Lindqvist", "Piotr Saaremann"
COR = "Corvex Ratings"
OSC = "OSC"  # the Ostrel crown

# ---- 01 wire (Tuesday 8 Dec, the day of the vote)
d("01", "Dec 8", "VARNHOLM, Dec 8", "2026-12-08", "vote")
d("01", "2027", "government's 2027 budget", "2027", None)
d("01", "on Tuesday", "budget on Tuesday", "2026-12-08", "vote")
n("01", "214", "voting 214-198", 214, "count", "votes", "exact", "votes_for")
n("01", "198", "voting 214-198", 198, "count", "votes", "exact", "votes_against")
n("01", "12", "with 12 abstentions", 12, "count", "abstentions", "exact", "abstentions")
n("01", "22%", "tax to 22% from", 22, "percent", "%", "exact", "vat_new")
n("01", "20%", "from 20% and", 20, "percent", "%", "exact", "vat_old")
n("01", "18%", "spending by 18%", 18, "percent", "%", "exact", "defence_rise_pct")
d("01", "4 p.m.", "shortly after 4 p.m.", "2026-12-08", "vote")
n("01", "221", "holds 221 of", 221, "count", "seats", "exact", "coalition_seats")
n("01", "440", "assembly's 440 seats", 440, "count", "seats", "exact", "assembly_seats")
n("01", "612 billion crowns", "at 612 billion crowns", 612 * B, "money", OSC, "exact", "total_spending_osc")
n("01", "$58.4 billion", "($58.4 billion)", 58.4 * B, "money", "USD", "exact", "total_spending_usd")
n("01", "3.1%", "deficit of 3.1%", 3.1, "percent", "% of GDP", "exact", "deficit_2027_pct")
d("01", "next year", "domestic product next year", "2027", None)
n("01", "4.2%", "down from 4.2%", 4.2, "percent", "% of GDP", "exact", "deficit_2026_pct")
d("01", "this year", "4.2% this year", "2026", None)
q("01", "This budget keeps Ostrel safe and keeps Ostrel solvent", HAL, "halvorsen_safe")
q("01", "Nobody enjoys raising taxes, but the alternative is borrowing we cannot afford", HAL, "halvorsen_taxes")
n("01", "41.3 billion crowns", "rise to 41.3 billion crowns", 41.3 * B, "money", OSC, "exact", "defence_total_osc")
n("01", "7.5%", "increases 7.5%", 7.5, "percent", "%", "exact", "health_rise_pct")
n("01", "88 billion crowns", "to 88 billion crowns", 88 * B, "money", OSC, "exact", "health_total_osc")
d("01", "on Jan. 1", "effect on Jan. 1", "2027-01-01", "vat_effective")
n("01", "9 billion crowns", "about 9 billion crowns", 9 * B, "money", OSC, "approx", "vat_revenue_per_year")
q("01", "a budget bought, not won", RUD, "rudek_bought")
d("01", "on Friday", "vote on Friday", "2026-12-11", "no_confidence_vote")
n("01", "18,000", "about 18,000 people", 18000, "count", "people", "approx", "protest_crowd")
n("01", "60,000", "crowd at 60,000", 60000, "count", "people", "exact", "protest_crowd")
n("01", "23", "said 23 people", 23, "count", "people", "exact", "protest_arrests")
q("01", "Working people are paying for tanks with their groceries", LIN, "lindqvist_tanks")
n("01", "10-year", "Ostrel's 10-year bond", 10, "duration", "years", "exact", "bond_tenor")
n("01", "12 basis points", "fell 12 basis points", 12, "percent", "basis points", "exact", "bond_yield_fall_bp")
n("01", "4.38%", "to 4.38% by the close", 4.38, "percent", "%", "exact", "bond_yield_close")
q("01", "Markets wanted a deficit below 3.5% and they got one", SAA, "saaremann_markets")
n("01", "3.5%", "deficit below 3.5%", 3.5, "percent", "% of GDP", "upper", "market_deficit_threshold")
q("01", "a credible first step", COR, "corvex_first_step")

# ---- 02 national broadsheet (Wednesday 9 Dec)
d("02", "on Friday", "real test comes on Friday", "2026-12-11", "no_confidence_vote")
n("02", "15", "survives by 15 votes", 15, "count", "votes", "exact", "majority_margin")
n("02", "22 per cent", "VAT rises to 22 per cent", 22, "percent", "%", "exact", "vat_new")
d("02", "2027", "government’s 2027 budget", "2027", None)
d("02", "yesterday", "Assembly yesterday by", "2026-12-08", "vote")
n("02", "213", "by 213 votes", 213, "count", "votes", "exact", "votes_for")
n("02", "198", "votes to 198", 198, "count", "votes", "exact", "votes_against")
n("02", "15", "margin of just 15", 15, "count", "votes", "exact", "majority_margin")
n("02", "three", "at least three coalition", 3, "count", "deputies", "lower", "deputies_threatening_rebellion")
n("02", "Twelve", "Twelve deputies", 12, "count", "deputies", "exact", "abstentions")
n("02", "612 billion crowns", "612 billion crowns of spending", 612 * B, "money", OSC, "exact", "total_spending_osc")
n("02", "20 per cent", "from 20 per cent", 20, "percent", "%", "exact", "vat_old")
n("02", "22 per cent", "per cent to 22 per cent", 22, "percent", "%", "exact", "vat_new")
n("02", "9 billion crowns", "about 9 billion crowns", 9 * B, "money", OSC, "approx", "vat_revenue_per_year")
q("02", "This is a budget that keeps Ostrel safe and solvent", HAL, "halvorsen_safe")
q("02", "nobody enjoys raising taxes", HAL, "halvorsen_taxes")
n("02", "6.3 billion crowns", "by 6.3 billion crowns", 6.3 * B, "money", OSC, "exact", "defence_rise_osc")
n("02", "18 per cent", "or 18 per cent", 18, "percent", "%", "exact", "defence_rise_pct")
n("02", "41.3 billion", "to 41.3 billion", 41.3 * B, "money", OSC, "exact", "defence_total_osc")
n("02", "6.1 billion crowns", "additional 6.1 billion crowns", 6.1 * B, "money", OSC, "exact", "health_rise_osc")
n("02", "88 billion", "taking it to 88 billion", 88 * B, "money", OSC, "exact", "health_total_osc")
n("02", "3.1 per cent", "at 3.1 per cent", 3.1, "percent", "% of GDP", "exact", "deficit_2027_pct")
n("02", "4.2 per cent", "with 4.2 per cent", 4.2, "percent", "% of GDP", "exact", "deficit_2026_pct")
d("02", "this year", "4.2 per cent this year", "2026", None)
q("02", "bought this budget, not won it", RUD, "rudek_bought")
d("02", "on Friday", "debated on Friday", "2026-12-11", "no_confidence_vote")
d("02", "on Tuesday", "margin on Tuesday", "2026-12-08", "vote")
d("02", "since 2011", "since 2011", "2011", None)
n("02", "18,000", "crowd at 18,000", 18000, "count", "people", "exact", "protest_crowd")
n("02", "60,000", "claimed 60,000", 60000, "count", "people", "exact", "protest_crowd")
d("02", "since 2019", "since 2019", "2019", None)
q("02", "below 3.5 per cent, and they got one", SAA, "saaremann_markets")
n("02", "3.5 per cent", "below 3.5 per cent", 3.5, "percent", "% of GDP", "upper", "market_deficit_threshold")
n("02", "ten-year", "The ten-year yield", 10, "duration", "years", "exact", "bond_tenor")
n("02", "12 basis points", "fell 12 basis points", 12, "percent", "basis points", "exact", "bond_yield_fall_bp")
d("02", "yesterday", "basis points yesterday", "2026-12-08", "bond_move")
q("02", "a credible first step towards consolidation", COR, "corvex_first_step")
d("02", "early next year", "early next year", "2027", "corvex_review")

# ---- 03 tabloid (Wednesday 9 Dec)
n("03", "22%", "VAT hike to 22%", 22, "percent", "%", "exact", "vat_new")
n("03", "16", "by 16 votes", 16, "count", "votes", "exact", "majority_margin")
n("03", "60,000", "as 60,000 march", 60000, "count", "people", "exact", "protest_crowd")
d("03", "yesterday", "VAT hike yesterday", "2026-12-08", "vote")
n("03", "612bn-crown", "612bn-crown", 612 * B, "money", OSC, "exact", "total_spending_osc")
n("03", "214", "by 214 votes", 214, "count", "votes", "exact", "votes_for")
n("03", "198", "votes to 198", 198, "count", "votes", "exact", "votes_against")
n("03", "16", "majority of just 16", 16, "count", "votes", "exact", "majority_margin")
n("03", "12", "with 12 turncoats", 12, "count", "deputies", "exact", "abstentions")
n("03", "20%", "from 20% to 22%", 20, "percent", "%", "exact", "vat_old")
n("03", "22%", "to 22% on New", 22, "percent", "%", "exact", "vat_new")
d("03", "on New Year's Day", "on New Year's Day", "2027-01-01", "vat_effective")
n("03", "1,100 crowns", "extra 1,100 crowns", 1100, "money", OSC, "exact", "vat_cost_per_family_per_year")
n("03", "Tens of thousands", "Tens of thousands", None, "count", "workers", "vague", "protest_crowd", 20000, 99999)
n("03", "60,000", "claiming 60,000", 60000, "count", "people", "exact", "protest_crowd")
n("03", "23", "said 23 were", 23, "count", "people", "exact", "protest_arrests")
q("03", "Working people are paying for tanks with their groceries", LIN, "lindqvist_tanks")
n("03", "71", "Vahl, 71", 71, "age", "years", "exact", "vahl_age")
q("03", "I counted every crown before this. Now I'll be counting them twice", "Greta Vahl", "vahl_counting")
n("03", "two weeks", "nearly two weeks", 2, "duration", "weeks", "approx", "min_wage_couple_loss_weeks")
n("03", "18%", "whopping 18%", 18, "percent", "%", "exact", "defence_rise_pct")
q("03", "Nobody enjoys raising taxes", HAL, "halvorsen_taxes")
n("03", "3.4%", "hit 3.4%", 3.4, "percent", "% of GDP", "exact", "deficit_2027_pct")
d("03", "next year", "GDP next year", "2027", None)
d("03", "on THURSDAY", "on THURSDAY", "2026-12-10", "no_confidence_vote")
q("03", "This budget was bought, not won", RUD, "rudek_bought")
q("03", "This government is living on borrowed time", RUD, "rudek_borrowed_time")
n("03", "Three", "Three coalition backbenchers", 3, "count", "backbenchers", "exact", "coalition_waverers")
n("03", "four", "just four of them", 4, "count", "deputies", "exact", "defections_to_topple")
n("03", "18 months", "after 18 months", 18, "duration", "months", "exact", "government_time_in_power")

# ---- 04 regional paper (Wednesday 9 Dec)
n("04", "12", "one of 12 members", 12, "count", "members", "exact", "abstentions")
d("04", "Tuesday", "in Tuesday’s budget vote", "2026-12-08", "vote")
n("04", "214", "won 214-198", 214, "count", "votes", "exact", "votes_for")
n("04", "198", "won 214-198", 198, "count", "votes", "exact", "votes_against")
n("04", "14 years", "for 14 years", 14, "duration", "years", "exact", "omdal_membership_years")
q("04", "that lands hardest on pensioners and small shops", "Lars Omdal", "omdal_hardest")
n("04", "20 per cent", "from 20 per cent", 20, "percent", "%", "exact", "vat_old")
n("04", "22 per cent", "to 22 per cent", 22, "percent", "%", "exact", "vat_new")
d("04", "January 1", "from January 1", "2027-01-01", "vat_effective")
n("04", "9 billion crowns", "roughly 9 billion crowns", 9 * B, "money", OSC, "approx", "vat_revenue_per_year")
n("04", "41.3 billion crowns", "Of the 41.3 billion crowns", 41.3 * B, "money", OSC, "exact", "defence_total_osc")
n("04", "18 per cent", "increase of 18 per cent", 18, "percent", "%", "exact", "defence_rise_pct")
n("04", "2.4 billion crowns", "some 2.4 billion crowns", 2.4 * B, "money", OSC, "approx", "patrol_vessel_order_osc")
n("04", "two", "on two new patrol", 2, "count", "patrol vessels", "exact", "patrol_vessels")
n("04", "600", "around 600 jobs", 600, "count", "jobs", "approx", "skarvik_yard_jobs")
n("04", "three years", "at least three years", 3, "duration", "years", "lower", "skarvik_yard_jobs_years")
q("04", "This is the biggest order this yard has ever had", "Einar Roste", "roste_order")
n("04", "7.5 per cent", "the 7.5 per cent rise", 7.5, "percent", "%", "exact", "health_rise_pct")
n("04", "140 million crowns", "with 140 million crowns", 140 * M, "money", OSC, "exact", "hospital_cancer_wing_osc")
d("04", "in 2029", "open in 2029", "2029", "cancer_wing_opening")
n("04", "400", "About 400 people", 400, "count", "people", "approx", "skarvik_protesters")
n("04", "18,000", "crowd at 18,000", 18000, "count", "people", "exact", "protest_crowd")
n("04", "21", "said 21 people", 21, "count", "people", "exact", "protest_arrests")
q("04", "Workers are paying for tanks with their groceries", LIN, "lindqvist_tanks")
n("04", "52", "Fjell, 52", 52, "age", "years", "exact", "fjell_age")
n("04", "300 crowns", "about 300 crowns", 300, "money", OSC, "approx", "fjell_vat_cost_per_week")
q("04", "I’ll have to put my prices up or let someone go", "Nina Fjell", "fjell_prices")
d("04", "this Friday", "this Friday", "2026-12-11", "no_confidence_vote")
n("04", "three", "no more than three", 3, "count", "deputies", "upper", "defections_survivable")

# ---- 05 foreign business outlet (Thursday 10 Dec)
d("05", "2027", "narrowly passed 2027 budget", "2027", None)
d("05", "this week", "budget this week", None, None)
d("05", "next Monday", "next Monday", "2026-12-14", "no_confidence_vote")
n("05", "214", "approved 214-198", 214, "count", "votes", "exact", "votes_for")
n("05", "198", "approved 214-198", 198, "count", "votes", "exact", "votes_against")
d("05", "on Tuesday", "214-198 on Tuesday", "2026-12-08", "vote")
n("05", "612 billion crowns", "spending of 612 billion crowns", 612 * B, "money", OSC, "exact", "total_spending_osc")
n("05", "$57.9 billion", "about $57.9 billion", 57.9 * B, "money", "USD", "approx", "total_spending_usd")
n("05", "3.1%", "deficit of 3.1%", 3.1, "percent", "% of GDP", "exact", "deficit_2027_pct")
d("05", "in 2027", "GDP in 2027", "2027", None)
d("05", "on Wednesday", "published on Wednesday", "2026-12-09", "fiscal_council_assessment")
n("05", "3.4%", "closer to 3.4%", 3.4, "percent", "% of GDP", "approx", "deficit_2027_pct")
n("05", "10-year", "Ostrel’s 10-year government bond", 10, "duration", "years", "exact", "bond_tenor")
n("05", "14 basis points", "fell 14 basis points", 14, "percent", "basis points", "exact", "bond_yield_fall_bp")
d("05", "on Tuesday", "basis points on Tuesday", "2026-12-08", "bond_move")
n("05", "4.36%", "close at 4.36%", 4.36, "percent", "%", "exact", "bond_yield_close")
d("05", "since March", "since March", "2026-03", None)
n("05", "0.6%", "gained 0.6%", 0.6, "percent", "%", "exact", "crown_eur_gain_pct")
q("05", "Markets wanted a deficit below 3.5 per cent and they got one", SAA, "saaremann_markets")
n("05", "3.5 per cent", "below 3.5 per cent", 3.5, "percent", "% of GDP", "upper", "market_deficit_threshold")
q("05", "The question now is whether this government lasts long enough to deliver it", SAA, "saaremann_question")
n("05", "two-percentage-point", "two-percentage-point", 2, "percent", "percentage points", "exact", "vat_rise_pp")
n("05", "22%", "tax to 22%", 22, "percent", "%", "exact", "vat_new")
n("05", "19%", "rises 19%", 19, "percent", "%", "exact", "defence_rise_pct")
n("05", "41.3 billion crowns", "to 41.3 billion crowns", 41.3 * B, "money", OSC, "exact", "defence_total_osc")
n("05", "$3.9 billion", "about $3.9 billion", 3.9 * B, "money", "USD", "approx", "defence_total_usd")
n("05", "2%", "guideline of 2%", 2, "percent", "% of GDP", "exact", "compact_defence_guideline_pct")
d("05", "on Wednesday", "outlook on Wednesday", "2026-12-09", "corvex_statement")
q("05", "The budget is a credible first step towards consolidation, but execution risks remain high", COR, "corvex_first_step")
n("05", "six months", "within six months", 6, "duration", "months", "upper", "corvex_review_window")
n("05", "222", "controls 222 of", 222, "count", "seats", "exact", "coalition_seats")
n("05", "440", "the 440 seats", 440, "count", "seats", "exact", "assembly_seats")
n("05", "a dozen", "a dozen deputies", 12, "count", "deputies", "exact", "abstentions")
q("05", "Ostrel cannot afford a political crisis on top of a fiscal one", "Helena Strand", "strand_crisis")
n("05", "10-year", "push the 10-year yield", 10, "duration", "years", "exact", "bond_tenor")
n("05", "4.6%", "above 4.6%", 4.6, "percent", "%", "lower", "yield_if_government_falls")
n("05", "5%", "about 5%", 5, "percent", "%", "approx", "crown_eur_loss_ytd_pct")
d("05", "this year", "euro this year", "2026", None)
q("05", "nobody enjoys raising taxes", HAL, "halvorsen_taxes")

quantities = {
    "votes_for": "assembly votes for the 2027 budget, 8 Dec: 214 (01, 03, 04, 05) vs 213 (02) -- conflict",
    "votes_against": "assembly votes against the budget: 198",
    "abstentions": "deputies abstaining in the budget vote: 12 / Twelve / a dozen",
    "majority_margin": "the government's winning margin in the budget vote: 15 (02) vs 16 (03) -- conflict",
    "coalition_seats": "seats held by Brekke's coalition: 221 (01) vs 222 (05) -- conflict",
    "assembly_seats": "seats in the National Assembly: 440",
    "deputies_threatening_rebellion": "coalition deputies who threatened to rebel before the vote: at least three (02)",
    "coalition_waverers": "coalition backbenchers said to be wavering before the no-confidence vote: three (03)",
    "defections_to_topple": "defections that would bring the government down: four (03)",
    "defections_survivable": "defections the coalition can survive in the no-confidence vote: no more than three (04); a different framing from defections_to_topple",
    "government_time_in_power": "how long Brekke's government has been in power: 18 months (03)",
    "total_spending_osc": "total 2027 budget spending in crowns: 612 billion",
    "total_spending_usd": "total 2027 budget spending in dollars: $58.4 billion (01) vs about $57.9 billion (05) -- conflict",
    "deficit_2027_pct": "the 2027 deficit as % of GDP: 3.1% (01, 02, 05 government) vs 3.4% (03 Treasury's sums; 05 Fiscal Council) -- conflict",
    "deficit_2026_pct": "the 2026 deficit as % of GDP: 4.2%",
    "market_deficit_threshold": "the deficit markets wanted (below 3.5% of GDP), from Saaremann's quote",
    "vat_old": "standard VAT rate before the rise: 20%",
    "vat_new": "standard VAT rate after the rise: 22%",
    "vat_rise_pp": "the VAT rise in percentage points: two (05)",
    "vat_revenue_per_year": "revenue expected from the VAT rise a year: about 9 billion crowns",
    "vat_cost_per_family_per_year": "extra cost of the VAT rise to the average family a year: 1,100 crowns (03, Federation of Labour)",
    "min_wage_couple_loss_weeks": "loss to a minimum-wage couple over the year, in weeks' groceries: nearly two (03)",
    "defence_rise_pct": "rise in defence spending, %: 18% (01, 02, 03, 04) vs 19% (05) -- conflict",
    "defence_rise_osc": "rise in defence spending in crowns: 6.3 billion (02)",
    "defence_total_osc": "2027 defence spending in crowns: 41.3 billion",
    "defence_total_usd": "2027 defence spending in dollars: about $3.9 billion (05)",
    "compact_defence_guideline_pct": "the Northern Compact's defence spending guideline: 2% of GDP (05)",
    "health_rise_pct": "rise in health spending, %: 7.5%",
    "health_rise_osc": "rise in health spending in crowns: 6.1 billion (02)",
    "health_total_osc": "2027 health spending in crowns: 88 billion",
    "protest_crowd": "protesters outside parliament on 8 Dec: police 18,000 vs organisers 60,000; tens of thousands (03) -- conflict (estimates of one crowd)",
    "protest_arrests": "people detained / arrested at the protest: 23 (01, 03) vs 21 (04) -- conflict",
    "skarvik_protesters": "people from Skarvik who travelled to the protest: about 400 (04)",
    "bond_tenor": "the maturity of the benchmark government bond: 10-year / ten-year",
    "bond_yield_fall_bp": "fall in the 10-year yield on vote day, basis points: 12 (01, 02) vs 14 (05) -- conflict",
    "bond_yield_close": "10-year yield at Tuesday's close: 4.38% (01) vs 4.36% (05) -- conflict",
    "yield_if_government_falls": "where the 10-year yield could go if the government collapses: above 4.6% (05, Strand)",
    "crown_eur_gain_pct": "the crown's gain against the euro after the vote: 0.6% (05)",
    "crown_eur_loss_ytd_pct": "the crown's loss against the euro this year: about 5% (05)",
    "corvex_review_window": "period within which Corvex will review the rating: six months (05)",
    "omdal_membership_years": "Lars Omdal's years as a coalition member: 14",
    "patrol_vessel_order_osc": "value of the patrol-vessel order for Skarvik Yard: some 2.4 billion crowns",
    "patrol_vessels": "patrol vessels to be built at Skarvik Yard: two",
    "skarvik_yard_jobs": "jobs secured at Skarvik Yard: around 600",
    "skarvik_yard_jobs_years": "how long the yard jobs are secured: at least three years",
    "hospital_cancer_wing_osc": "money promised for St Aldric's Hospital's cancer wing: 140 million crowns",
    "vahl_age": "age of pensioner Greta Vahl: 71",
    "fjell_age": "age of café owner Nina Fjell: 52",
    "fjell_vat_cost_per_week": "what the VAT rise will cost Nina Fjell a week: about 300 crowns",
}
events = {
    "vote": "the National Assembly's budget vote, Tuesday 8 Dec 2026, shortly after 4 p.m.",
    "no_confidence_vote": "the vote on the Civic Union's no-confidence motion: Fri 11 Dec (01, 02, 04) vs Thu 10 Dec (03) vs Mon 14 Dec (05) -- date conflict",
    "vat_effective": "the VAT rise taking effect, 1 Jan 2027",
    "bond_move": "the 10-year yield's fall on vote day, Tue 8 Dec",
    "fiscal_council_assessment": "the Fiscal Council's assessment of the budget, Wed 9 Dec (05)",
    "corvex_statement": "Corvex affirms Ostrel's rating and comments on the budget, Wed 9 Dec (05)",
    "corvex_review": "Corvex's full review of Ostrel's rating, early 2027 (02)",
    "cancer_wing_opening": "opening of St Aldric's Hospital's new cancer wing, 2029 (04)",
}
utterances = {
    "halvorsen_safe": "Halvorsen to the chamber: this budget keeps Ostrel safe and (keeps Ostrel) solvent -- wording differs 01 vs 02",
    "halvorsen_taxes": "Halvorsen: nobody enjoys raising taxes, but the alternative is borrowing we cannot afford",
    "rudek_bought": "Rudek: a budget bought, not won / bought this budget, not won it / this budget was bought, not won -- variants",
    "rudek_borrowed_time": "Rudek to the Beacon: this government is living on borrowed time (03)",
    "lindqvist_tanks": "Lindqvist to the crowd: working people (04: workers) are paying for tanks with their groceries -- variant",
    "saaremann_markets": "Saaremann: markets wanted a deficit below 3.5% and they got one",
    "saaremann_question": "Saaremann: the question now is whether this government lasts long enough to deliver it (05)",
    "corvex_first_step": "Corvex Ratings statement: the budget is a credible first step towards consolidation, but execution risks remain high",
    "strand_crisis": "Strand: Ostrel cannot afford a political crisis on top of a fiscal one (05)",
    "vahl_counting": "Greta Vahl: I counted every crown before this (03)",
    "omdal_hardest": "Omdal: (a VAT rise) that lands hardest on pensioners and small shops (04)",
    "roste_order": "Roste: the biggest order this yard has ever had (04)",
    "fjell_prices": "Fjell: I'll have to put my prices up or let someone go (04)",
}
aliases = {
    "Dorotea Halvorsen": ["Dorotea K. Halvorsen", "Dorotea Halvorsen", "Halvorsen", "Money chief Dorotea Halvorsen", "Dorotea"],
    "Anselm Rudek": ["Anselm Rudek", "Dr Anselm Rudek"],
    "Piotr Saaremann": ["Piotr Saaremann", "Piotr J. Saaremann"],
    "Vera Lindqvist": ["Vera Lindqvist"],
    "Johan Brekke": ["Johan Brekke", "Brekke"],
    "Lars Omdal": ["Lars Omdal", "Mr Omdal"],
    "Helena Strand": ["Helena Strand"],
    "Einar Roste": ["Einar Roste"],
    "Nina Fjell": ["Nina Fjell"],
    "Greta Vahl": ["Greta Vahl"],
    "Corvex Ratings": ["Corvex Ratings", "Corvex"],
    "Ostrel Federation of Labour": ["Ostrel Federation of Labour", "Federation of Labour"],
    "Civic Union": ["Civic Union"],
    "National Assembly": ["National Assembly"],
    "Ostrel crown": ["crowns", "crown"],
    "Varnholm": ["Varnholm", "VARNHOLM"],
}
furniture = {
    "01": ["By Lena Marsh, Meridian Wire Service", "(Reporting by Lena Marsh; Editing by Tomas Feld)"],
    "02": ["THE VARNHOLM HERALD", "Politics | Wednesday 9 December 2026", "By Karin Aske, Political Editor",
           "Read more: What the VAT rise means for your weekly shop"],
    "03": ["THE DAILY BEACON", "By Rob Tennant", "HAVE YOUR SAY: Text BEACON to 60060"],
    "04": ["SKARVIK COURIER", "News | Skarvik | 9 December 2026", "By Helga Dunn",
           "Got a story? Email news@skarvikcourier.example"],
    "05": ["The Continental Ledger", "Europe | Markets — Thursday, December 10, 2026", "By Marco Quaide",
           "Related: Northern sovereigns — who is next on the rating agencies’ watch list?"],
}
pub = {"01": "2026-12-08", "02": "2026-12-09", "03": "2026-12-09", "04": "2026-12-09", "05": "2026-12-10"}
outlet = {"01": "Meridian Wire Service (wire)", "02": "The Varnholm Herald (national broadsheet)",
          "03": "The Daily Beacon (tabloid)", "04": "Skarvik Courier (regional paper)",
          "05": "The Continental Ledger (foreign business outlet)"}
g.write(
    event="FICTIONAL: Ostrel's National Assembly narrowly passes the 2027 budget on Tue 8 Dec 2026 (214-198, 12 abstentions; 213 in one outlet): 612 billion crowns of spending ($58.4bn / $57.9bn), a deficit of 3.1% of GDP (3.4% per the Treasury's sums / Fiscal Council), VAT from 20% to 22%, defence up 18% (19%) to 41.3 billion, health up 7.5% to 88 billion; police 18,000 vs organisers 60,000 protesters; a no-confidence vote on Friday (Thursday, next Monday in other outlets); the 10-year yield falls 12bp (14bp); Finance Minister Dorotea Halvorsen, opposition leader Anselm Rudek, union head Vera Lindqvist, economist Piotr Saaremann and Corvex Ratings quoted",
    reference_date="2026-12-10",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
