"""Gold for the talvane_rates_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does, so "5" inside "4.75%" counts)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "talvane_rates_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q


KAS, VAL, HED = "Mirela Kastanova", "Teodric Vallas", "Jonas Hedeby"
BOT = "Bank of Talvane"
PP, BP = "percentage points", "basis points"

# ---- 01 wire (Thursday 3 Dec, the day of the decision)
n("01", "half a point", "by half a point, more", 0.5, "percent", PP, "exact", "hike_pp")
n("01", "50 basis points", "50 basis points", 50, "percent", BP, "exact", "hike_bp")
n("01", "4.75%", "to 4.75% on Thursday", 4.75, "percent", "%", "exact", "new_rate")
n("01", "22", "the 22 economists", 22, "count", "economists", "exact", "economists_polled")
n("01", "quarter-point", "expected a quarter-point rise", 0.25, "percent", PP, "exact", "expected_hike_pp")
n("01", "seven-member", "seven-member", 7, "count", "members", "exact", "committee_members")
n("01", "5", "voted 5-2", 5, "count", "votes", "exact", "votes_for")
n("01", "2", "voted 5-2", 2, "count", "votes", "exact", "votes_against")
n("01", "two", "the two dissenters", 2, "count", "dissenters", "exact", "votes_against")
n("01", "25 basis points", "favouring 25 basis points", 25, "percent", BP, "exact", "dissent_preferred_bp")
n("01", "6.8%", "was 6.8% in October", 6.8, "percent", "%", "exact", "cpi_headline_oct")
n("01", "3%", "bank's 3% target", 3, "percent", "%", "exact", "inflation_target")
n("01", "5.1%", "stood at 5.1%", 5.1, "percent", "%", "exact", "cpi_core_oct")
n("01", "0.6%", "Prices rose 0.6%", 0.6, "percent", "%", "exact", "cpi_mom_oct")
n("01", "3 percent", "back to 3 percent", 3, "percent", "%", "exact", "inflation_target")
n("01", "1.1%", "this year to 1.1%", 1.1, "percent", "%", "exact", "gdp_2026_forecast")
n("01", "1.4%", "from 1.4%", 1.4, "percent", "%", "exact", "gdp_2026_prev_forecast")
n("01", "0.8%", "expanding 0.8%", 0.8, "percent", "%", "exact", "gdp_2027_forecast")
n("01", "1.2%", "rose 1.2% against the dollar", 1.2, "percent", "%", "exact", "mark_usd_pct_thu")
n("01", "11.42", "to 11.42 per dollar", 11.42, "money", "TVM", "exact", "mark_usd_rate")
n("01", "0.9%", "gained 0.9% against the euro", 0.9, "percent", "%", "exact", "mark_eur_pct_thu")
n("01", "1.8%", "down 1.8% in afternoon", 1.8, "percent", "%", "exact", "osx_intraday_pct")
n("01", "125 basis points", "125 basis points", 125, "percent", BP, "exact", "cumulative_hikes_bp")
d("01", "Dec 3", "OSTRAVEL, Dec 3", "2026-12-03", "decision")
d("01", "on Thursday", "4.75% on Thursday", "2026-12-03", "decision")
d("01", "this year", "third increase this year", "2026", None)
d("01", "last week", "polled by MWS last week", None, "mws_poll")
d("01", "in October", "6.8% in October", "2026-10", None)
d("01", "September", "from September", "2026-09", None)
d("01", "2 p.m.", "after the 2 p.m. announcement", "2026-12-03", "decision")
d("01", "this year", "forecast for this year", "2026", None)
d("01", "in 2027", "0.8% in 2027", "2027", None)
d("01", "on Feb. 4", "on Feb. 4", "2027-02-04", "next_meeting")
d("01", "since June", "since June", "2026-06", "first_hike")
d("01", "since 2009", "since 2009", "2009", None)
q("01", "Inflation is too high and it is proving more persistent than we expected", KAS, "kas_too_high")
q("01", "We will do what is necessary to bring it back to 3 percent", KAS, "kas_necessary")
q("01", "many families will feel this in their monthly budgets", VAL, "vallas_families")
q("01", "The bank has shown it means business", HED, "hedeby_business")

# ---- 02 national broadsheet (Friday 4 Dec)
n("02", "Half-point", "Half-point shock", 0.5, "percent", PP, "exact", "hike_pp")
n("02", "4.75 per cent", "lifts rate to 4.75 per cent", 4.75, "percent", "%", "exact", "new_rate")
n("02", "half a percentage point", "half a percentage point", 0.5, "percent", PP, "exact", "hike_pp")
n("02", "4.25 per cent", "from 4.25 per cent", 4.25, "percent", "%", "exact", "old_rate")
n("02", "4.75 per cent", "per cent to 4.75 per cent", 4.75, "percent", "%", "exact", "new_rate")
n("02", "eight months", "in eight months", 8, "duration", "months", "exact", "mark_strongest_window")
n("02", "five", "by five votes", 5, "count", "votes", "exact", "votes_for")
n("02", "two", "votes to two", 2, "count", "votes", "exact", "votes_against")
n("02", "quarter-point", "wanted a quarter-point", 0.25, "percent", PP, "exact", "dissent_preferred_pp")
n("02", "7.2 per cent", "peak at 7.2 per cent", 7.2, "percent", "%", "exact", "inflation_peak_forecast")
n("02", "6.8 per cent", "rose 6.8 per cent", 6.8, "percent", "%", "exact", "cpi_headline_oct")
n("02", "1.1 per cent", "just 1.1 per cent", 1.1, "percent", "%", "exact", "gdp_2026_forecast")
n("02", "1.4 per cent", "from the 1.4 per cent", 1.4, "percent", "%", "exact", "gdp_2026_prev_forecast")
n("02", "0.8 per cent", "0.8 per cent in 2027", 0.8, "percent", "%", "exact", "gdp_2027_forecast")
n("02", "1.5 per cent", "previously 1.5 per cent", 1.5, "percent", "%", "exact", "gdp_2027_prev_forecast")
n("02", "400,000", "more than 400,000", 400000, "count", "households", "lower", "variable_mortgage_households")
n("02", "180,000-mark", "typical 180,000-mark loan", 180000, "money", "TVM", "exact", "typical_mortgage_size")
n("02", "95 marks", "about 95 marks", 95, "money", "TVM", "approx", "typical_mortgage_monthly_rise")
n("02", "1.4 per cent", "gained 1.4 per cent", 1.4, "percent", "%", "exact", "mark_usd_pct_thu")
n("02", "0.9 per cent", "0.9 per cent against the euro", 0.9, "percent", "%", "exact", "mark_eur_pct_thu")
n("02", "2.1 per cent", "closed 2.1 per cent lower", 2.1, "percent", "%", "exact", "osx_close_pct")
n("02", "212", "shedding 212 points", 212, "measure", "points", "exact", "osx_close_points")
n("02", "9,874.6", "to 9,874.6", 9874.6, "measure", "points", "exact", "osx_close_level")
n("02", "4 and 6 per cent", "between 4 and 6 per cent", None, "percent", "%", "range", "housebuilders_fall_pct", 4, 6)
n("02", "half-point", "another half-point move", 0.5, "percent", PP, "exact", "possible_next_hike_pp")
d("02", "yesterday", "Talvane yesterday raised", "2026-12-03", "decision")
d("02", "early next year", "early next year", "2027", "inflation_peak")
d("02", "by the end of 2028", "by the end of 2028", "2028", "inflation_back_to_target")
d("02", "October", "year to October", "2026-10", None)
d("02", "this year", "1.1 per cent this year", "2026", None)
d("02", "in September", "forecast in September", "2026-09", "september_forecast")
d("02", "in 2027", "0.8 per cent in 2027", "2027", None)
d("02", "on Monday", "takes effect on Monday", "2026-12-07", "rate_effective")
d("02", "since March", "since March", "2026-03", None)
d("02", "in February", "move in February", "2027-02", "next_meeting")
d("02", "on 4 February", "due on 4 February", "2027-02-04", "next_meeting")
q("02", "Inflation is too high, and it is proving more stubborn than we had expected", KAS, "kas_too_high")
q("02", "tilted to the upside", BOT, "bot_upside")
q("02", "The bank is independent and I respect its decision", VAL, "vallas_respect")
q("02", "But I know that many families will feel this in their monthly budgets", VAL, "vallas_families")
q("02", "shown she means business", HED, "hedeby_business")
q("02", "I wouldn’t rule out another half-point move in February", HED, "hedeby_february")

# ---- 03 business live page (Thursday 3 Dec; timestamps GMT, Talvane is GMT+1)
n("03", "half a point", "rates up half a point", 0.5, "percent", PP, "exact", "hike_pp")
n("03", "3%", "back to 3%", 3, "percent", "%", "exact", "inflation_target")
n("03", "200,000-mark", "200,000-mark mortgage", 200000, "money", "TVM", "exact", "vessla_example_mortgage_size")
n("03", "105 marks", "about 105 marks", 105, "money", "TVM", "approx", "vessla_example_monthly_rise")
n("03", "1.9%", "down about 1.9%", 1.9, "percent", "%", "approx", "osx_intraday_pct")
n("03", "6%", "has lost 6%", 6, "percent", "%", "exact", "grenholm_fall_pct")
n("03", "3.4%", "up 3.4%", 3.4, "percent", "%", "exact", "vessla_share_rise_pct")
n("03", "1.2%", "up 1.2% on the dollar", 1.2, "percent", "%", "exact", "mark_usd_pct_thu")
n("03", "11.42", "at 11.42", 11.42, "money", "TVM", "exact", "mark_usd_rate")
n("03", "0.9%", "0.9% firmer", 0.9, "percent", "%", "exact", "mark_eur_pct_thu")
n("03", "one-day", "biggest one-day gain", 1, "duration", "days", "exact", "mark_gain_window")
n("03", "five", "Vote split: five to two", 5, "count", "votes", "exact", "votes_for")
n("03", "two", "Vote split: five to two", 2, "count", "votes", "exact", "votes_against")
n("03", "Two", "Two of the seven", 2, "count", "rate-setters", "exact", "votes_against")
n("03", "seven", "Two of the seven", 7, "count", "rate-setters", "exact", "committee_members")
n("03", "25bp", "smaller, 25bp move", 25, "percent", BP, "exact", "dissent_preferred_bp")
n("03", "25bp", "expected 25bp", 25, "percent", BP, "exact", "expected_hike_bp")
n("03", "4.75%", "raised to 4.75%", 4.75, "percent", "%", "exact", "new_rate")
n("03", "0.5 percentage points", "0.5 percentage points", 0.5, "percent", PP, "exact", "hike_pp")
n("03", "4.75%", "to 4.75% from", 4.75, "percent", "%", "exact", "new_rate")
n("03", "4.25%", "from 4.25%", 4.25, "percent", "%", "exact", "old_rate")
n("03", "quarter-point", "A quarter-point rise", 0.25, "percent", PP, "exact", "expected_hike_pp")
n("03", "4.5%", "to 4.5%", 4.5, "percent", "%", "exact", "expected_rate")
n("03", "6.8%", "reading, 6.8%", 6.8, "percent", "%", "exact", "cpi_headline_oct")
for t in ["15:40 GMT", "14:50 GMT", "14:25 GMT", "13:50 GMT", "13:05 GMT", "13:00 GMT\nBreaking", "12:30 GMT"]:
    d("03", t.split("\n")[0], t, "2026-12-03", None)
d("03", "this afternoon", "this afternoon", "2026-12-03", "market_reaction_thu")
d("03", "since the spring", "since the spring", None, None)
d("03", "since 2011", "since 2011", "2011", None)
d("03", "at 2 p.m.", "at 2 p.m.", "2026-12-03", "decision")
d("03", "13:00 GMT", "(13:00 GMT)", "2026-12-03", "decision")
d("03", "October", "October's inflation", "2026-10", None)
d("03", "last month", "last month", "2026-11", "cpi_release")
d("03", "next month", "next month", "2027-01", "vat_rise")
q("03", "not an easy decision", KAS, "kas_not_easy", "'not an easy decision'")
q("03", "this was not an easy decision", KAS, "kas_not_easy")
q("03", "not on a pre-set path", KAS, "kas_preset_path")
q("03", "We will do whatever is necessary to bring inflation back to 3%", KAS, "kas_necessary")
q("03", "I respect its decision", VAL, "vallas_respect", "'I respect its decision'")
q("03", "The bank is independent and I respect its decision", VAL, "vallas_respect")

# ---- 04 local paper (Friday 4 Dec)
n("04", "50 basis points", "50 basis points", 50, "percent", BP, "exact", "hike_bp")
n("04", "4.75 per cent", "4.75 per cent", 4.75, "percent", "%", "exact", "new_rate")
n("04", "TVM 180,000", "TVM 180,000", 180000, "money", "TVM", "exact", "typical_mortgage_size")
n("04", "TVM 95", "around TVM 95", 95, "money", "TVM", "approx", "typical_mortgage_monthly_rise")
n("04", "TVM 1,240", "about TVM 1,240", 1240, "money", "TVM", "approx", "valley_avg_monthly_repayment")
n("04", "95 marks", "Another 95 marks", 95, "money", "TVM", "exact", "roos_monthly_rise")
n("04", "34", "Roos, 34", 34, "age", "years", "exact", "roos_age")
n("04", "6.8 per cent", "at 6.8 per cent", 6.8, "percent", "%", "exact", "cpi_headline_oct")
n("04", "6", "split 6-1", 6, "count", "votes", "exact", "votes_for")
n("04", "1", "split 6-1", 1, "count", "votes", "exact", "votes_against")
n("04", "2,000-mark", "2,000-mark", 2000, "money", "TVM", "exact", "first_buyer_support_payment")
n("04", "1.1 per cent", "1.1 per cent", 1.1, "percent", "%", "exact", "gdp_2026_forecast")
n("04", "3 per cent", "3 per cent target", 3, "percent", "%", "exact", "inflation_target")
n("04", "14,500", "About 14,500", 14500, "count", "households", "approx", "valley_variable_households")
d("04", "yesterday", "Talvane yesterday lifted", "2026-12-03", "decision")
d("04", "two years ago", "two years ago", "2024", None)
d("04", "since June", "since June", "2026-06", "first_hike")
d("04", "in October", "in October", "2026-10", None)
d("04", "on Thursday", "said on Thursday", "2026-12-03", "vallas_reaction")
d("04", "next month", "due next month", "2027-01", "support_payment_due")
d("04", "this year", "growth this year", "2026", None)
d("04", "until 2028", "until 2028", "2028", "inflation_back_to_target")
d("04", "today", "applies from today", "2026-12-04", "rate_effective")
d("04", "on January 28", "on January 28", "2027-01-28", "next_meeting")
q("04", "We were already stretched. Another 95 marks a month means cutting back on something", "Anneli Roos", "roos_stretched")
q("04", "proving more persistent than we expected", KAS, "kas_too_high")
q("04", "a tax on every family with a mortgage", "Ruben Estavar", "estavar_tax")

# ---- 05 business weekly follow-up (Saturday 5 Dec)
n("05", "half-point", "After the half-point hike", 0.5, "percent", PP, "exact", "hike_pp")
n("05", "0.5-percentage-point", "0.5-percentage-point", 0.5, "percent", PP, "exact", "hike_pp")
n("05", "4.75%", "to 4.75%", 4.75, "percent", "%", "exact", "new_rate")
n("05", "5", "was 5–2", 5, "count", "votes", "exact", "votes_for")
n("05", "2", "was 5–2", 2, "count", "votes", "exact", "votes_against")
n("05", "two", "the two dissenters", 2, "count", "dissenters", "exact", "votes_against")
n("05", "25-basis-point", "25-basis-point", 25, "percent", BP, "exact", "dissent_preferred_bp")
n("05", "1.25 percentage points", "1.25 percentage points", 1.25, "percent", PP, "exact", "cumulative_hikes_pp")
n("05", "5.3%", "was 5.3%", 5.3, "percent", "%", "exact", "cpi_core_oct")
n("05", "7.2%", "peaking at 7.2%", 7.2, "percent", "%", "exact", "inflation_peak_forecast")
n("05", "1.1%", "forecast to 1.1%", 1.1, "percent", "%", "exact", "gdp_2026_forecast")
n("05", "0.9%", "in 0.9% for 2027", 0.9, "percent", "%", "exact", "gdp_2027_forecast")
n("05", "0.8%", "up 0.8% against", 0.8, "percent", "%", "exact", "mark_usd_week_pct")
n("05", "1.2%", "Thursday's 1.2% jump", 1.2, "percent", "%", "exact", "mark_usd_pct_thu")
n("05", "2.1%", "fell 2.1%", 2.1, "percent", "%", "exact", "osx_close_pct")
n("05", "208", "or 208 points", 208, "measure", "points", "exact", "osx_close_points")
n("05", "35", "just 35 points", 35, "measure", "points", "exact", "osx_fri_rebound_points")
n("05", "half-point", "another half-point move", 0.5, "percent", PP, "exact", "possible_next_hike_pp")
n("05", "60 per cent", "about 60 per cent", 60, "percent", "%", "approx", "hedeby_next_hike_odds")
n("05", "2%", "spending growth to 2%", 2, "percent", "%", "upper", "spending_growth_cap_2027")
n("05", "250,000-mark", "250,000-mark mortgage", 250000, "money", "TVM", "exact", "weekly_example_mortgage_size")
n("05", "130 marks", "roughly 130 marks", 130, "money", "TVM", "approx", "weekly_example_monthly_rise")
d("05", "Two days after", "Two days after", "2026-12-05", None)
d("05", "on Friday", "released on Friday", "2026-12-04", "minutes_release")
d("05", "Since June", "Since June", "2026-06", "first_hike")
d("05", "in October", "5.3% in October", "2026-10", None)
d("05", "the first quarter of 2027", "the first quarter of 2027", "2027", "inflation_peak")
d("05", "on Thursday", "insisted on Thursday", "2026-12-03", "press_conference")
d("05", "2026", "its 2026 growth", "2026", None)
d("05", "for 2027", "for 2027", "2027", None)
d("05", "Thursday", "Thursday's 1.2%", "2026-12-03", "market_reaction_thu")
d("05", "the week", "ended the week", None, None)
d("05", "on Friday", "jump on Friday", "2026-12-04", "markets_fri")
d("05", "on Thursday", "208 points, on Thursday", "2026-12-03", "market_reaction_thu")
d("05", "the following day", "the following day", "2026-12-04", "markets_fri")
d("05", "in February", "move in February", "2027-02", "next_meeting")
d("05", "on Friday", "parliament on Friday", "2026-12-04", "vallas_parliament")
d("05", "next year", "2% next year", "2027", None)
q("05", "would have sent a sufficiently strong signal", "Aleks Morand and Hanne Lisk", "dissenters_signal")
q("05", "not on a preset path", KAS, "kas_preset_path")
q("05", "do what is necessary", KAS, "kas_necessary")
q("05", "The bank has shown it means business", HED, "hedeby_business")
q("05", "I would not rule out another half-point move in February", HED, "hedeby_february")
q("05", "not let the bank fight inflation alone", VAL, "vallas_not_alone")

quantities = {
    "hike_pp": "the 3 Dec rate increase in percentage points: 0.5 (half a point / half a percentage point / 0.5-percentage-point)",
    "hike_bp": "the 3 Dec rate increase in basis points: 50 (a different unit from hike_pp, so a different quantity)",
    "new_rate": "the policy rate after the decision, %: 4.75",
    "old_rate": "the policy rate before the decision, %: 4.25",
    "expected_hike_pp": "the increase economists expected (consensus), percentage points: a quarter-point",
    "expected_hike_bp": "the increase economists expected, basis points: 25bp (03)",
    "expected_rate": "the rate economists expected after the decision: 4.5% (03)",
    "dissent_preferred_bp": "the increase the two dissenters favoured, basis points: 25",
    "dissent_preferred_pp": "the increase the two dissenters favoured, percentage points: a quarter-point (02)",
    "economists_polled": "economists polled by MWS",
    "committee_members": "members of the monetary policy committee: seven",
    "votes_for": "committee votes for the half-point rise: 5 / five (01, 02, 03, 05) vs 6 (04, 'split 6-1') -- conflict",
    "votes_against": "committee votes against (the dissenters): 2 / two vs 1 (04) -- conflict",
    "cpi_headline_oct": "annual headline consumer price inflation in October: 6.8%",
    "cpi_core_oct": "annual core inflation in October: 5.1% (01) vs 5.3% (05) -- conflict",
    "cpi_mom_oct": "month-on-month price rise in October: 0.6% (01)",
    "inflation_target": "the bank's inflation target: 3%",
    "inflation_peak_forecast": "the bank's forecast peak of inflation, early 2027: 7.2%",
    "gdp_2026_forecast": "the bank's new GDP growth forecast for 2026: 1.1%",
    "gdp_2026_prev_forecast": "the bank's previous (September) growth forecast for 2026: 1.4%",
    "gdp_2027_forecast": "the bank's new GDP growth forecast for 2027: 0.8% (01, 02) vs 0.9% (05) -- conflict",
    "gdp_2027_prev_forecast": "the bank's previous growth forecast for 2027: 1.5% (02)",
    "mark_usd_pct_thu": "the mark's rise against the dollar on decision day: 1.2% (01, 03, 05) vs 1.4% (02) -- conflict",
    "mark_eur_pct_thu": "the mark's rise against the euro on decision day: 0.9%",
    "mark_usd_rate": "exchange rate after the rise, marks per dollar: 11.42",
    "mark_usd_week_pct": "the mark's gain against the dollar over the week: 0.8% (05)",
    "mark_strongest_window": "the mark at its strongest level in eight months (02)",
    "mark_gain_window": "'biggest one-day gain' (03)",
    "osx_intraday_pct": "OSX-30 fall in Thursday afternoon trading, % (not the close): 1.8% (01) vs about 1.9% (03) -- conflict",
    "osx_close_pct": "OSX-30 fall at Thursday's close, %: 2.1%",
    "osx_close_points": "OSX-30 fall at Thursday's close, points: 212 (02) vs 208 (05) -- conflict",
    "osx_close_level": "OSX-30 closing level Thursday: 9,874.6",
    "osx_fri_rebound_points": "OSX-30 recovery on Friday, points: 35",
    "housebuilders_fall_pct": "fall in housebuilders' shares Thursday: between 4 and 6%",
    "grenholm_fall_pct": "Grenholm Homes share fall: 6% (03)",
    "vessla_share_rise_pct": "Vessla Bank share rise: 3.4% (03)",
    "cumulative_hikes_bp": "total rate rises since June, basis points: 125 (01)",
    "cumulative_hikes_pp": "total rate rises since June, percentage points: 1.25 (05)",
    "variable_mortgage_households": "households on variable-rate mortgages nationally: more than 400,000",
    "valley_variable_households": "households with variable-rate loans in the Esker Valley: about 14,500",
    "typical_mortgage_size": "the typical variable-rate mortgage used in the example: 180,000 marks",
    "typical_mortgage_monthly_rise": "monthly repayment rise on that 180,000-mark mortgage: about 95 marks",
    "roos_monthly_rise": "Anneli Roos's own monthly repayment rise ('another 95 marks a month'); her loan size is not stated, so kept apart",
    "valley_avg_monthly_repayment": "average monthly mortgage repayment in the valley: about 1,240 marks",
    "vessla_example_mortgage_size": "Vessla Bank analysts' example mortgage: 200,000 marks",
    "vessla_example_monthly_rise": "monthly rise on the 200,000-mark example: about 105 marks (not the 95 on 180,000)",
    "weekly_example_mortgage_size": "the weekly's example mortgage: 250,000 marks",
    "weekly_example_monthly_rise": "monthly rise on the 250,000-mark example: roughly 130 marks",
    "roos_age": "age of Anneli Roos",
    "first_buyer_support_payment": "promised support payment for first-time buyers: 2,000 marks",
    "possible_next_hike_pp": "the further half-point move Hedeby would not rule out in February",
    "hedeby_next_hike_odds": "Hedeby's odds of a further increase: about 60%",
    "spending_growth_cap_2027": "the government's cap on spending growth next year: 2%",
}
events = {
    "decision": "the Bank of Talvane's rate decision, announced 2 p.m. local (13:00 GMT) Thu 3 Dec 2026",
    "press_conference": "Kastanova's remarks to reporters after the decision, Thu 3 Dec",
    "mws_poll": "MWS poll of economists, last week (week before 3 Dec)",
    "first_hike": "the first rate rise of the cycle, June 2026",
    "next_meeting": "the bank's next rate meeting: 4 Feb 2027 (01, 02; February in 02, 05) vs 28 Jan 2027 (04) -- date conflict",
    "rate_effective": "the new rate taking effect: Mon 7 Dec (02) vs Fri 4 Dec 'today' (04) -- date conflict",
    "inflation_peak": "inflation's forecast peak, early 2027 / Q1 2027",
    "inflation_back_to_target": "inflation back at target, by the end of 2028",
    "september_forecast": "the bank's previous forecast, September 2026",
    "cpi_release": "release of October's inflation figure, November 2026",
    "vat_rise": "VAT increase due January 2027",
    "vallas_reaction": "the finance minister's reaction to the decision, Thu 3 Dec",
    "support_payment_due": "first-time buyers' support payment due, January 2027",
    "minutes_release": "publication of the committee's minutes, Fri 4 Dec",
    "market_reaction_thu": "markets' reaction on decision day, Thu 3 Dec (mark and OSX-30)",
    "markets_fri": "markets on Friday 4 Dec (mark gives back gains, OSX-30 recovers 35 points)",
    "vallas_parliament": "the finance minister's statement to parliament, Fri 4 Dec",
}
utterances = {
    "kas_too_high": "Kastanova: inflation is too high and proving more persistent (stubborn) than expected",
    "kas_necessary": "Kastanova: we will do what(ever) is necessary to bring it (inflation) back to 3%",
    "kas_not_easy": "Kastanova: this was not an easy decision",
    "kas_preset_path": "Kastanova: the bank is not on a pre-set / preset path",
    "vallas_families": "Vallas: (but I know that) many families will feel this in their monthly budgets",
    "vallas_respect": "Vallas: the bank is independent and I respect its decision",
    "vallas_not_alone": "Vallas to parliament: will not let the bank fight inflation alone",
    "hedeby_business": "Hedeby: the bank has shown it means business ('shown she means business' in 02)",
    "hedeby_february": "Hedeby: I would not / wouldn't rule out another half-point move in February",
    "bot_upside": "Bank of Talvane: risks tilted to the upside",
    "roos_stretched": "Roos: we were already stretched",
    "estavar_tax": "Estavar: a tax on every family with a mortgage",
    "dissenters_signal": "dissenters (minutes): a 25bp move would have sent a sufficiently strong signal",
}
aliases = {
    "Bank of Talvane": ["Bank of Talvane"],
    "Mirela Kastanova": ["Mirela Kastanova", "Governor Mirela Kastanova", "Governor Kastanova", "Kastanova", "Ms Kastanova"],
    "Teodric Vallas": ["Teodric Vallas", "Finance Minister Teodric Vallas"],
    "Jonas Hedeby": ["Jonas Hedeby", "Hedeby", "Norrvik Bank's Jonas Hedeby"],
    "Aleks Morand": ["Aleks Morand", "Aleksander Morand"],
    "Hanne Lisk": ["Hanne Lisk"],
    "Anneli Roos": ["Anneli Roos"],
    "Ruben Estavar": ["Ruben Estavar"],
    "Petra Lind": ["Petra Lind"],
    "OSX-30": ["OSX-30"],
    "Talvanian mark": ["mark", "marks", "TVM"],
    "Ostravel": ["Ostravel"],
}
furniture = {
    "01": ["By Sofie Brandt, Meridian Wire Service", "(Reporting by Sofie Brandt; Editing by Karel Vos)"],
    "02": ["THE TALVANE CHRONICLE", "Economy | Friday 4 December 2026", "By Edvin Aaland, Economics Editor",
           "Read more: Five charts that explain Talvane’s inflation problem"],
    "03": ["Kestrel Business Live", "Markets | Thursday 3 December 2026",
           "Follow Kestrel Business on social media"],
    "04": ["Esker Valley Courier", "News | Lindmark | 4 December 2026", "By Maja Holm",
           "Got a story? Email news@eskercourier.example"],
    "05": ["TALVANE BUSINESS WEEKLY", "Monetary policy | Saturday, December 5, 2026"],
}
pub = {"01": "2026-12-03", "02": "2026-12-04", "03": "2026-12-03", "04": "2026-12-04", "05": "2026-12-05"}
outlet = {"01": "Meridian Wire Service (wire)", "02": "The Talvane Chronicle (national broadsheet)",
          "03": "Kestrel Business Live (markets live page)", "04": "Esker Valley Courier (local paper)",
          "05": "Talvane Business Weekly (follow-up)"}
g.write(
    event="FICTIONAL: the Bank of Talvane raises its policy rate by 50 basis points (half a point) from 4.25% to 4.75% on Thu 3 Dec 2026 by a 5-2 vote; October inflation 6.8% (core 5.1/5.3%); growth forecasts cut; the mark jumps against the dollar and euro, the OSX-30 falls; mortgage repayments in marks; Governor Mirela Kastanova, Finance Minister Teodric Vallas and economist Jonas Hedeby quoted; next meeting 4 Feb 2027",
    reference_date="2026-12-05",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
