"""Gold for the pellavia_debt_bailout_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). The fund's loan in dollars ($3.2 billion, $3.18bn, more than $3
billion) and in koras (about 136 vs nearly 140 billion) are two quantities; the whole package
counting the Regional Development Bank's money ($3.5bn) is a third. The bondholders' haircut on
face value is one quantity however it is reported: the government's 45% (01, 02, 04 'the 45%
the government had announced', 02 in Brenner's quote), the committee's nominal 42.5% (04) and
'almost half' / 'nearly half' (03, 05) are estimates of one thing by different sources, a
conflict; the loss in net present value (~61%) is a different framing, so its own quantity.
The vote tally is two quantities (for, against), as the ostrel gold; the margin (34 votes) a
third. The protest crowd is one quantity: police about 12,000 (02, 03, 05) vs the organisers'
60,000 (02) / more than 50,000 (03), and the vague 'thousands' (01, 02). Latest annual inflation
(38% / 38.4% in November, 'close to 40%') is one quantity; June's 51% another. The default's
length in months (21-month) and in years (two years) are different quantities; so are the
programme in months and the remaining tranches by count. Money keeps its sign, scale word and
currency word ("$3.2bn", "136 billion koras", "$800m"); a price in cents keeps "cents"; a
hyphenated compound keeps its unit ("21-month", "36-month", "14-hour"); a duration keeps its unit.
Dates: the Assembly vote (Tuesday 1 Dec vs Monday night 30 Nov), the protest (Tuesday vs
Monday), the bondholders' signature (Wednesday 2 Dec vs Thursday 3 Dec), the fund's board
approval (Friday 4 Dec vs 3 December), the next coupon (15 Jan vs 31 Jan 2027), the staff-level
agreement (October vs September) and the debt target's year (2030 vs 2031) are date conflicts.
Article 05 (a weekly's web page) carries no date of its own: its `published` is null and its
relative dates are resolved to the days they mean ('this year' 2026). Piet Halvar's "For the
fund, the hard work starts now" is a look-alike of Ondine's words by another speaker, so its own
utterance. A quote's text excludes its marks and the sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "pellavia_debt_bailout_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9

VASS, ONDINE, BRENNER, HALVAR = "Teodora Vass", "Rafael Ondine", "Lukas Brenner", "Piet Halvar"
OSK, FALK, VARRO, RELIC = "Mirela Osk", "Ariane Falk", "Inés Varro", "Hana Relic"
CIVIC = "Civic Front"
KRA = "KRA"  # the Pellavian kora
NOV30, TUE, WED, THU, FRI, SAT, MON, FRI11 = ("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03",
                                             "2026-12-04", "2026-12-05", "2026-12-07", "2026-12-11")

# ---- 01 wire (Friday 4 Dec)
n("01", "$3.2 billion", "ISF approves $3.2 billion", 3.2 * B, "money", "USD", "exact", "loan_usd")
n("01", "45%", "take 45% haircut", 45, "percent", "%", "exact", "haircut_pct")
d("01", "Dec 4", "SORRENZA, Dec 4", FRI, None)
d("01", "on Friday", "executive board on Friday", FRI, "board_approval")
n("01", "$3.2 billion", "approved a $3.2 billion", 3.2 * B, "money", "USD", "exact", "loan_usd")
n("01", "$800 million", "payout of $800 million", 800 * M, "money", "USD", "exact", "first_tranche_usd")
n("01", "21-month", "21-month default", 21, "duration", "months", "exact", "default_length_months")
n("01", "36-month", "The 36-month", 36, "duration", "months", "exact", "programme_length_months")
n("01", "$14.6 billion", "restructuring of $14.6 billion", 14.6 * B, "money", "USD", "exact", "bonds_restructured_usd")
n("01", "45%", "agreed to a 45% haircut", 45, "percent", "%", "exact", "haircut_pct")
d("01", "in 2038", "maturing in 2038", "2038", "new_bonds_maturity")
n("01", "4.5%", "with a 4.5% coupon", 4.5, "percent", "%", "exact", "new_bond_coupon_pct")
q("01", "The programme puts Pellavia's debt back on a sustainable path, but the hard work starts now", ONDINE, "ondine_hard_work")
d("01", "on Tuesday", "package on Tuesday", TUE, "assembly_vote")
n("01", "131", "by 131 votes", 131, "count", "votes", "exact", "votes_for")
n("01", "97", "votes to 97", 97, "count", "votes", "exact", "votes_against")
n("01", "14-hour", "a 14-hour debate", 14, "duration", "hours", "exact", "debate_length_hours")
n("01", "thousands", "as thousands of protesters", None, "count", "protesters", "vague", "protest_crowd", low=2000, high=9999)
q("01", "This is the hardest decision any government of Pellavia has taken, and the only responsible one", VASS, "vass_hardest")
n("01", "128%", "stands at 128%", 128, "percent", "% of GDP", "exact", "debt_to_gdp_pct")
n("01", "95%", "down to 95%", 95, "percent", "% of GDP", "exact", "debt_target_pct")
d("01", "by 2030", "95% by 2030", "2030", "debt_target_year")
n("01", "2.5%", "surplus of 2.5%", 2.5, "percent", "% of GDP", "exact", "primary_surplus_target_pct")
d("01", "from 2028", "of GDP from 2028", "2028", None)
n("01", "21%", "tax to 21%", 21, "percent", "%", "exact", "vat_new_pct")
n("01", "18%", "from 18%", 18, "percent", "%", "exact", "vat_old_pct")
n("01", "1.9%", "about 1.9%", 1.9, "percent", "% of GDP", "approx", "fuel_subsidies_cost_pct_gdp")
d("01", "this year", "of GDP this year", "2026", None)
n("01", "two", "and two state-owned banks", 2, "count", "banks", "exact", "state_banks_for_sale")
n("01", "8%", "bill by 8%", 8, "percent", "%", "exact", "wage_bill_cut_pct")
n("01", "three years", "8% over three years", 3, "duration", "years", "exact", "wage_bill_cut_period_years")
n("01", "38%", "ran at 38%", 38, "percent", "%", "exact", "inflation_latest_pct")
d("01", "in November", "38% in November", "2026-11", None)
n("01", "2.1%", "rose 2.1%", 2.1, "percent", "%", "exact", "kora_rise_pct")
d("01", "on Friday", "dollar on Friday", FRI, None)
n("01", "41.6", "to 41.6 per dollar", 41.6, "money", KRA, "exact", "koras_per_usd")
d("01", "Jan. 15", "due on Jan. 15", "2027-01-15", "next_coupon")
n("01", "11 million", "about 11 million", 11 * M, "count", "people", "approx", "population")
d("01", "in March 2025", "debt in March 2025", "2025-03", "default_start")
n("01", "two years", "following two years", 2, "duration", "years", "exact", "drought_years")
n("01", "6.1%", "shrank 6.1%", 6.1, "percent", "%", "exact", "gdp_contraction_2025_pct")
d("01", "last year", "6.1% last year", "2025", None)
d("01", "in October", "government in October", "2026-10", "staff_level_agreement")

# ---- 02 national daily (Saturday 5 Dec)
d("02", "yesterday", "Fund yesterday approved", FRI, "board_approval")
n("02", "$3.2bn", "Pellavia’s $3.2bn", 3.2 * B, "money", "USD", "exact", "loan_usd")
n("02", "136 billion koras", "about 136 billion koras", 136 * B, "money", KRA, "approx", "loan_kra")
n("02", "$0.8bn", "tranche of $0.8bn", 0.8 * B, "money", "USD", "exact", "first_tranche_usd")
n("02", "131", "by 131 to 96", 131, "count", "votes", "exact", "votes_for")
n("02", "96", "by 131 to 96", 96, "count", "votes", "exact", "votes_against")
d("02", "on Monday night", "96 on Monday night", NOV30, "assembly_vote")
n("02", "12", "with 12 abstentions", 12, "count", "abstentions", "exact", "abstentions")
d("02", "on Wednesday", "signed on Wednesday", WED, "bond_deal_signed")
n("02", "$14.6bn", "holders of $14.6bn", 14.6 * B, "money", "USD", "exact", "bonds_restructured_usd")
n("02", "45 per cent", "accept a 45 per cent cut", 45, "percent", "%", "exact", "haircut_pct")
q("02", "This is the hardest decision any Pellavian government has ever taken. It is also the only responsible one", VASS, "vass_hardest")
n("02", "130 per cent", "about 130 per cent", 130, "percent", "% of GDP", "approx", "debt_to_gdp_pct")
n("02", "90 per cent", "down to 90 per cent", 90, "percent", "% of GDP", "exact", "debt_target_pct")
d("02", "by 2031", "90 per cent by 2031", "2031", "debt_target_year")
n("02", "18 per cent", "from 18 per cent", 18, "percent", "%", "exact", "vat_old_pct")
n("02", "21 per cent", "to 21 per cent", 21, "percent", "%", "exact", "vat_new_pct")
d("02", "in February", "21 per cent in February", "2027-02", "vat_rise")
n("02", "two years", "frozen for two years", 2, "duration", "years", "exact", "pay_freeze_years")
n("02", "30,000", "and 30,000 public jobs", 30000, "count", "public jobs", "exact", "public_jobs_cut")
n("02", "three years", "go over three years", 3, "duration", "years", "exact", "jobs_cut_period_years")
n("02", "62", "from 62 to 64", 62, "age", "years", "exact", "pension_age_old")
n("02", "64", "from 62 to 64", 64, "age", "years", "exact", "pension_age_new")
n("02", "38.4 per cent", "reached 38.4 per cent", 38.4, "percent", "%", "exact", "inflation_latest_pct")
d("02", "in November", "38.4 per cent in November", "2026-11", None)
n("02", "27 per cent", "stands at 27 per cent", 27, "percent", "%", "exact", "policy_rate_pct")
n("02", "58 per cent", "lost 58 per cent", 58, "percent", "%", "exact", "kora_loss_ytd_pct")
d("02", "this year", "dollar this year", "2026", None)
q("02", "A 45 per cent haircut buys time, not solvency. If growth does not come back, we will be here again in five years", BRENNER, "brenner_buys_time")
n("02", "45 per cent", "“A 45 per cent haircut", 45, "percent", "%", "exact", "haircut_pct")
n("02", "five years", "again in five years", 5, "duration", "years", "exact", "brenner_again_years")
n("02", "Thousands", "Thousands marched", None, "count", "people", "vague", "protest_crowd", low=2000, high=9999)
d("02", "on Monday", "Assembly on Monday while", NOV30, "protest")
n("02", "12,000", "about 12,000", 12000, "count", "people", "approx", "protest_crowd")
n("02", "60,000", "said 60,000", 60000, "count", "people", "exact", "protest_crowd")
n("02", "34", "made 34 arrests", 34, "count", "arrests", "exact", "arrests")
q("02", "surrendered the country’s budget to foreign officials", CIVIC, "civic_front_surrendered")
d("02", "next week", "Sorrenza next week", None, None)

# ---- 03 local paper (Wednesday 2 Dec)
q("03", "They cut my pay and call it reform", OSK, "osk_reform", "‘They cut my pay and call it reform’")
n("03", "40", "More than 40 coaches", 40, "count", "coaches", "lower", "coaches_from_varno")
d("03", "before dawn on Tuesday", "before dawn on Tuesday", TUE, "protest")
n("03", "a decade", "seen in a decade", 10, "duration", "years", "exact", "biggest_protest_in_years")
n("03", "132", "By 132 votes", 132, "count", "votes", "exact", "votes_for")
n("03", "97", "votes to 97", 97, "count", "votes", "exact", "votes_against")
d("03", "on Tuesday evening", "package on Tuesday evening", TUE, "assembly_vote")
n("03", "$3 billion", "more than $3 billion", 3 * B, "money", "USD", "lower", "loan_usd")
n("03", "140 billion koras", "nearly 140 billion koras", 140 * B, "money", KRA, "approx", "loan_kra")
d("03", "today", "at today’s rate", WED, None)
n("03", "12,000", "at about 12,000", 12000, "count", "people", "approx", "protest_crowd")
n("03", "50,000", "more than 50,000", 50000, "count", "people", "lower", "protest_crowd")
n("03", "Thirty-seven", "Thirty-seven people", 37, "count", "people", "exact", "arrests")
n("03", "two", "among them two men", 2, "count", "men", "exact", "arrested_from_varno")
d("03", "late last night", "late last night", TUE, None)
n("03", "41", "Mirela Osk, 41", 41, "age", "years", "exact", "osk_age")
q("03", "They cut my pay and call it reform", OSK, "osk_reform", "“They cut my pay and call it reform,”")
q("03", "I have two children and a mortgage. What do they think we live on", OSK, "osk_live_on")
n("03", "two", "I have two children", 2, "count", "children", "exact", "osk_children")
n("03", "25,000", "plan, 25,000 public-sector", 25000, "count", "public-sector jobs", "exact", "public_jobs_cut")
n("03", "180", "about 180 posts", 180, "count", "posts", "approx", "varno_hospital_posts")
n("03", "1.2 billion koras", "1.2 billion koras this year", 1.2 * B, "money", KRA, "exact", "varno_state_grant_kra")
d("03", "this year", "koras this year", "2026", None)
n("03", "a fifth", "by a fifth", 20, "percent", "%", "exact", "varno_grant_cut_pct")
q("03", "For the fund, the hard work starts now", HALVAR, "halvar_hard_work")
q("03", "For our members it started years ago", HALVAR, "halvar_hard_work")
q("03", "the only responsible", VASS, "vass_hardest")
n("03", "$14.6 billion", "owed $14.6 billion", 14.6 * B, "money", "USD", "exact", "bonds_restructured_usd")
n("03", "half", "almost half of their money", 50, "percent", "%", "approx", "haircut_pct")
d("03", "this week", "sign this week", None, None)
n("03", "3,400", "with 3,400 workers", 3400, "count", "workers", "exact", "shipyard_workers")
n("03", "two", "told that two orders", 2, "count", "orders", "exact", "shipyard_orders")
n("03", "90 million koras", "worth 90 million koras", 90 * M, "money", KRA, "exact", "shipyard_orders_kra")
q("03", "for now", RELIC, "relic_for_now", "ahead “for now”")
d("03", "on Friday", "loan on Friday", FRI, "board_approval")
d("03", "next week", "as early as next week", None, None)
d("03", "on Tuesday night", "on Tuesday night", TUE, None)
q("03", "We will go again", OSK, "osk_go_again")
q("03", "And we will bring more people", OSK, "osk_go_again")

# ---- 04 trade outlet (Monday 7 Dec)
n("04", "58 cents", "trading at 58 cents", 58, "money", "cents on the dollar", "exact", "new_bond_price_cents")
n("04", "$800m", "The first $800m", 800 * M, "money", "USD", "exact", "first_tranche_usd")
d("04", "on Monday", "account on Monday", MON, "first_disbursement")
n("04", "four days", "four days after", 4, "duration", "days", "exact", "disbursement_after_board_days")
n("04", "36-month", "the 36-month", 36, "duration", "months", "exact", "programme_length_months")
d("04", "on 3 December", "arrangement on 3 December", THU, "board_approval")
n("04", "$410m", "missed a $410m", 410 * M, "money", "USD", "exact", "missed_coupon_usd")
d("04", "in March 2025", "coupon in March 2025", "2025-03", "default_start")
n("04", "$3.18bn", "programme: $3.18bn", 3.18 * B, "money", "USD", "exact", "loan_usd")
n("04", "36 months", "over 36 months", 36, "duration", "months", "exact", "programme_length_months")
n("04", "$800m", "First tranche: $800m", 800 * M, "money", "USD", "exact", "first_tranche_usd")
n("04", "11", "then 11 quarterly", 11, "count", "tranches", "exact", "remaining_tranches")
n("04", "$216m", "of ~$216m", 216 * M, "money", "USD", "approx", "quarterly_tranche_usd")
n("04", "$14.6bn", "restructured: $14.6bn", 14.6 * B, "money", "USD", "exact", "bonds_restructured_usd")
n("04", "7", "across 7 series", 7, "count", "series", "exact", "bond_series")
n("04", "93%", "participation: 93%", 93, "percent", "%", "exact", "creditor_participation_pct")
n("04", "42.5%", "haircut: 42.5%", 42.5, "percent", "%", "exact", "haircut_pct")
n("04", "61%", "loss ~61%", 61, "percent", "%", "approx", "npv_loss_pct")
n("04", "9%", "a 9% exit", 9, "percent", "%", "exact", "exit_yield_pct")
n("04", "4.75%", "bonds: 4.75%", 4.75, "percent", "%", "exact", "new_bond_coupon_pct")
d("04", "2038", "final maturity 2038", "2038", "new_bonds_maturity")
n("04", "127.8%", "debt/GDP: 127.8%", 127.8, "percent", "% of GDP", "exact", "debt_to_gdp_pct")
d("04", "2026e", "(2026e)", "2026", None)
n("04", "95%", "below 95%", 95, "percent", "% of GDP", "upper", "debt_target_pct")
d("04", "by 2030", "95% by 2030", "2030", "debt_target_year")
n("04", "38.4%", "inflation: 38.4%", 38.4, "percent", "%", "exact", "inflation_latest_pct")
d("04", "Nov", "y/y (Nov)", "2026-11", None)
n("04", "51%", "from 51%", 51, "percent", "%", "exact", "inflation_june_pct")
d("04", "in June", "51% in June", "2026-06", None)
n("04", "27%", "Policy rate: 27%", 27, "percent", "%", "exact", "policy_rate_pct")
d("04", "on Friday", "trading on Friday", FRI, "new_bonds_trading")
n("04", "58 cents", "session at 58 cents", 58, "money", "cents on the dollar", "exact", "new_bond_price_cents")
n("04", "11.2%", "about 11.2%", 11.2, "percent", "%", "approx", "new_bond_yield_pct")
n("04", "2.3%", "firmed 2.3%", 2.3, "percent", "%", "exact", "kora_rise_pct")
q("04", "painful but fair", FALK, "falk_fair")
q("04", "We took a real loss, but we got a credible programme in return", FALK, "falk_loss")
q("04", "The programme puts Pellavia's debt on a sustainable path. The hard work starts now", ONDINE, "ondine_hard_work")
d("04", "for March", "scheduled for March", "2027-03", "first_review")
n("04", "45%", "than the 45%", 45, "percent", "%", "exact", "haircut_pct")
d("04", "on 15 January", "on 15 January", "2027-01-15", "next_coupon")
n("04", "$190m", "about $190m", 190 * M, "money", "USD", "approx", "next_coupon_cost_usd")
n("04", "$2.1bn", "stood at $2.1bn", 2.1 * B, "money", "USD", "exact", "reserves_usd")
d("04", "at the end of November", "at the end of November", "2026-11", None)
n("04", "six weeks", "roughly six weeks", 6, "duration", "weeks", "approx", "reserves_import_cover_weeks")
n("04", "$4bn", "reach $4bn", 4 * B, "money", "USD", "exact", "reserves_target_usd")
d("04", "by the end of 2027", "by the end of 2027", "2027", None)
q("04", "The arithmetic works only if growth comes back to 3% and stays there", VARRO, "varro_arithmetic")
n("04", "3%", "back to 3%", 3, "percent", "%", "exact", "growth_needed_pct")
q("04", "hold", VARRO, "varro_hold", "bonds \"hold\"")
n("04", "1.5 percentage points", "up to 1.5 percentage points", 1.5, "percent", "percentage points", "upper", "value_recovery_extra_interest_pp")
n("04", "4%", "exceeds 4%", 4, "percent", "%", "exact", "value_recovery_growth_threshold_pct")
d("04", "from 2029", "year from 2029", "2029", None)

# ---- 05 weekly (undated web page; written in the week of 7 Dec)
n("05", "two years", "miserable two years", 2, "duration", "years", "exact", "default_length_years")
d("05", "On Thursday December 3rd", "On Thursday December 3rd", THU, "bond_deal_signed")
n("05", "half", "nearly half the face value", 50, "percent", "%", "approx", "haircut_pct")
n("05", "$15bn", "roughly $15bn", 15 * B, "money", "USD", "approx", "bonds_restructured_usd")
n("05", "$3.2bn", "a $3.2bn loan", 3.2 * B, "money", "USD", "exact", "loan_usd")
n("05", "$3.5bn", "worth $3.5bn", 3.5 * B, "money", "USD", "exact", "total_package_usd")
n("05", "$300m", "once $300m", 300 * M, "money", "USD", "exact", "rdb_usd")
d("05", "in September", "struck in September", "2026-09", "staff_level_agreement")
n("05", "34", "margin of 34 votes", 34, "count", "votes", "exact", "vote_margin")
n("05", "a decade", "protests in a decade", 10, "duration", "years", "exact", "biggest_protest_in_years")
n("05", "12,000", "counted 12,000", 12000, "count", "marchers", "exact", "protest_crowd")
n("05", "Tens of thousands", "Tens of thousands more", None, "count", "people", "vague", "stayed_away_from_work", low=20000, high=99999)
n("05", "11m", "country of 11m", 11 * M, "count", "people", "exact", "population")
n("05", "130%", "about 130%", 130, "percent", "% of GDP", "approx", "debt_to_gdp_pct")
n("05", "95%", "fall to 95%", 95, "percent", "% of GDP", "exact", "debt_target_pct")
d("05", "by 2030", "95% by 2030", "2030", "debt_target_year")
n("05", "two-thirds", "nearly two-thirds", 66.7, "percent", "%", "approx", "kora_loss_ytd_pct")
d("05", "this year", "value this year", "2026", None)
n("05", "40%", "close to 40%", 40, "percent", "%", "approx", "inflation_latest_pct")
d("05", "January 31st", "due on January 31st", "2027-01-31", "next_coupon")
n("05", "$800m", "slice of $800m", 800 * M, "money", "USD", "exact", "first_tranche_usd")
n("05", "eight", "and eight further", 8, "count", "instalments", "exact", "remaining_tranches")
q("05", "the hard work starts now", ONDINE, "ondine_hard_work")
q("05", "the hardest decision", VASS, "vass_hardest")
q("05", "A haircut buys time. It does not buy solvency", BRENNER, "brenner_buys_time")
n("05", "1%", "barely 1%", 1, "percent", "%", "approx", "growth_avg_since_2015_pct")
d("05", "since 2015", "a year since 2015", "2015", None)
d("05", "by May 2028", "due by May 2028", "2028-05", "general_election")
n("05", "14%", "about 14%", 14, "percent", "% of GDP", "approx", "tourism_share_gdp_pct")
n("05", "Three", "Three other frontier", 3, "count", "economies", "exact", "other_restructurings")
d("05", "since 2020", "debts since 2020", "2020", None)
d("05", "for March", "pencilled in for March", "2027-03", "first_review")

quantities = {
    "loan_usd": "the fund's loan in dollars: $3.2 billion (01, 02, 05) vs $3.18bn (04) vs more than $3 billion (03) -- conflict by rounding",
    "loan_kra": "the fund's loan in koras: about 136 billion (02) vs nearly 140 billion (03) -- conflict",
    "total_package_usd": "the whole bail-out counting the Regional Development Bank's money: $3.5bn (05)",
    "rdb_usd": "the Regional Development Bank's part: $300m (05)",
    "first_tranche_usd": "the first tranche: $800 million (01), $0.8bn (02), $800m (04, 05)",
    "remaining_tranches": "the tranches after the first: 11 quarterly (04) vs eight further instalments (05) -- conflict",
    "quarterly_tranche_usd": "each later quarterly tranche: ~$216m (04)",
    "programme_length_months": "the programme's length: 36 months (01 '36-month', 04 '36-month' and '36 months')",
    "default_length_months": "the default's length in months: 21-month (01)",
    "default_length_years": "the creditors' wait in years: two years (05)",
    "bonds_restructured_usd": "the international bonds restructured: $14.6 billion (01, 03), $14.6bn (02, 04) vs roughly $15bn (05) -- conflict by rounding",
    "bond_series": "bond series restructured: 7 (04)",
    "creditor_participation_pct": "creditors taking part in the exchange: 93% (04)",
    "haircut_pct": "the haircut on the bonds' face value: 45% (01, 02 twice, 04 as the government's figure) vs 42.5% nominal (04, the committee) vs almost / nearly half (03, 05) -- conflict",
    "npv_loss_pct": "the creditors' loss in net present value: ~61% (04)",
    "exit_yield_pct": "the exit yield the NPV loss is computed at: 9% (04)",
    "new_bond_coupon_pct": "the new bonds' coupon: 4.5% (01) vs 4.75% (04) -- conflict",
    "new_bond_price_cents": "the new bonds' price at Friday's close: 58 cents on the dollar (04 headline and body)",
    "new_bond_yield_pct": "the new bonds' yield at that price: about 11.2% (04)",
    "next_coupon_cost_usd": "what the next coupon costs the treasury: about $190m (04)",
    "missed_coupon_usd": "the coupon missed in March 2025: $410m (04)",
    "votes_for": "Assembly votes for the package: 131 (01, 02) vs 132 (03) -- conflict",
    "votes_against": "Assembly votes against the package: 97 (01, 03) vs 96 (02) -- conflict",
    "abstentions": "abstentions in the Assembly vote: 12 (02)",
    "vote_margin": "the government's margin in the vote: 34 votes (05)",
    "debate_length_hours": "the Assembly debate's length: 14 hours (01 '14-hour')",
    "debt_to_gdp_pct": "public debt now as a share of GDP: 128% (01) vs about 130% (02, 05) vs 127.8% (04) -- conflict by rounding",
    "debt_target_pct": "the debt target as a share of GDP: 95% (01, 05), below 95% (04) vs 90% (02) -- conflict",
    "primary_surplus_target_pct": "the primary surplus target: 2.5% of GDP (01)",
    "vat_new_pct": "VAT after the rise: 21% (01, 02)",
    "vat_old_pct": "VAT before the rise: 18% (01, 02)",
    "fuel_subsidies_cost_pct_gdp": "what fuel subsidies cost this year: about 1.9% of GDP (01)",
    "state_banks_for_sale": "state-owned banks in which stakes will be sold: two (01)",
    "wage_bill_cut_pct": "the cut in the public wage bill: 8% (01)",
    "wage_bill_cut_period_years": "the period of the wage-bill cut: three years (01)",
    "pay_freeze_years": "the public-sector pay freeze: two years (02)",
    "public_jobs_cut": "public-sector jobs to go: 30,000 (02) vs 25,000 (03) -- conflict",
    "jobs_cut_period_years": "the period over which the jobs go: three years (02)",
    "pension_age_old": "the pension age now: 62 (02)",
    "pension_age_new": "the pension age after the rise: 64 (02)",
    "inflation_latest_pct": "annual inflation in November / now: 38% (01) vs 38.4% (02, 04) vs close to 40% (05) -- conflict by rounding",
    "inflation_june_pct": "annual inflation in June: 51% (04)",
    "policy_rate_pct": "the central bank's key rate: 27% (02, 04)",
    "kora_rise_pct": "the kora's rise against the dollar after the board decision: 2.1% (01) vs 2.3% (04) -- conflict",
    "koras_per_usd": "the kora's rate after the rise: 41.6 per dollar (01)",
    "kora_loss_ytd_pct": "the kora's loss against the dollar this year: 58% (02) vs nearly two-thirds (05) -- conflict",
    "population": "Pellavia's population: about 11 million (01), 11m (05)",
    "drought_years": "the years of drought before the default: two (01)",
    "gdp_contraction_2025_pct": "the economy's contraction in 2025: 6.1% (01)",
    "growth_avg_since_2015_pct": "average growth since 2015: barely 1% a year (05)",
    "tourism_share_gdp_pct": "tourism's share of GDP before the drought: about 14% (05)",
    "protest_crowd": "protesters at the Assembly on the day of the vote: thousands (01, 02); police about 12,000 (02, 03) / 12,000 (05) vs the organisers' 60,000 (02) / more than 50,000 (03) -- conflict (estimates of one crowd)",
    "stayed_away_from_work": "people who stayed away from work: tens of thousands (05)",
    "biggest_protest_in_years": "the biggest protest in: a decade (03, 05)",
    "arrests": "arrests at the protest: 34 (02) vs thirty-seven (03) -- conflict",
    "arrested_from_varno": "Varno men among those arrested: two (03)",
    "coaches_from_varno": "coaches that left Varno for the protest: more than 40 (03)",
    "osk_age": "Mirela Osk's age: 41 (03)",
    "osk_children": "Osk's children: two (03, in her quote)",
    "varno_hospital_posts": "posts Varno's hospital is expected to lose: about 180 (03)",
    "varno_state_grant_kra": "Varno's grant from the state this year: 1.2 billion koras (03)",
    "varno_grant_cut_pct": "the cut in Varno's grant: a fifth (03)",
    "shipyard_workers": "the Varno shipyard's workforce: 3,400 (03)",
    "shipyard_orders": "patrol-boat orders to go ahead: two (03)",
    "shipyard_orders_kra": "those orders' value: 90 million koras (03)",
    "brenner_again_years": "when Brenner says Pellavia would be back: in five years (02, in his quote)",
    "disbursement_after_board_days": "the time between the board's approval and the money's arrival: four days (04)",
    "reserves_usd": "foreign reserves at the end of November: $2.1bn (04)",
    "reserves_import_cover_weeks": "the reserves' import cover: roughly six weeks (04)",
    "reserves_target_usd": "the reserves expected by the end of 2027: $4bn (04)",
    "growth_needed_pct": "the growth Varro says the arithmetic needs: 3% (04, in her quote)",
    "value_recovery_extra_interest_pp": "the value-recovery clause's extra interest: up to 1.5 percentage points a year (04)",
    "value_recovery_growth_threshold_pct": "the real growth that triggers it: more than 4% (04)",
    "other_restructurings": "other frontier economies that restructured since 2020: three (05)",
}
events = {
    "board_approval": "the fund's executive board approves the loan: Fri 4 Dec (01, 02 'yesterday', 03 'due on Friday') vs 3 December (04) -- date conflict",
    "assembly_vote": "the National Assembly approves the package: Tue 1 Dec (01, 03 Tuesday evening) vs Monday night, 30 Nov (02) -- date conflict",
    "protest": "the march on the Assembly: Monday 30 Nov (02) vs Tuesday 1 Dec (03) -- date conflict",
    "bond_deal_signed": "the bondholders sign the restructuring: Wed 2 Dec (02) vs Thu 3 Dec (05) -- date conflict",
    "next_coupon": "the first / next coupon on the new bonds: 15 Jan 2027 (01, 04) vs 31 Jan 2027 (05) -- date conflict",
    "staff_level_agreement": "the staff-level agreement with the fund's mission: October 2026 (01) vs September 2026 (05) -- date conflict",
    "debt_target_year": "the year by which debt is to reach its target: 2030 (01, 04, 05) vs 2031 (02) -- date conflict",
    "default_start": "Pellavia stops paying its foreign debt: March 2025 (01, 04)",
    "new_bonds_maturity": "the new bonds' (final) maturity: 2038 (01, 04)",
    "first_disbursement": "the first tranche reaches the central bank: Mon 7 Dec (04)",
    "new_bonds_trading": "the new bonds begin trading: Fri 4 Dec (04)",
    "first_review": "the fund's first programme review: March 2027 (04, 05)",
    "vat_rise": "VAT rises to 21%: February 2027 (02)",
    "general_election": "the general election is due: by May 2028 (05)",
}
utterances = {
    "vass_hardest": "Vass: this is the hardest decision any (Pellavian) government (of Pellavia) has (ever) taken, and / it is also the only responsible one -- variants (01, 02, 03 partial, 05 partial)",
    "ondine_hard_work": "Ondine: the programme puts Pellavia's debt (back) on a sustainable path, (but) the hard work starts now -- variants (01, 04, 05 partial)",
    "halvar_hard_work": "Halvar, a look-alike by another speaker: for the fund, the hard work starts now; for our members it started years ago (03)",
    "brenner_buys_time": "Brenner: a (45 per cent) haircut buys time, (it does) not (buy) solvency (02 adds: if growth does not come back, we will be here again in five years) -- variants (02, 05)",
    "osk_reform": "Osk: they cut my pay and call it reform (03 headline and body)",
    "osk_live_on": "Osk: I have two children and a mortgage; what do they think we live on (03)",
    "osk_go_again": "Osk: we will go again, and we will bring more people (03)",
    "relic_for_now": "Relic on the shipyard's orders: 'for now' (03)",
    "civic_front_surrendered": "the Civic Front: the government surrendered the country's budget to foreign officials (02)",
    "falk_fair": "Falk on the terms: painful but fair (04)",
    "falk_loss": "Falk: we took a real loss, but we got a credible programme in return (04)",
    "varro_arithmetic": "Varro: the arithmetic works only if growth comes back to 3% and stays there (04)",
    "varro_hold": "Varro's rating of the new bonds: 'hold' (04)",
}
aliases = {
    "Pellavia": ["Pellavia", "Pellavian"],
    "International Stability Fund": ["International Stability Fund", "ISF", "the fund"],
    "National Assembly": ["National Assembly", "the Assembly"],
    "Teodora Vass": ["Finance Minister Teodora Vass", "Teodora Vass", "Ms Vass"],
    "Rafael Ondine": ["Rafael Ondine", "Ondine"],
    "Lukas Brenner": ["Lukas Brenner"],
    "Piet Halvar": ["Piet Halvar"],
    "Mirela Osk": ["Mirela Osk", "Osk"],
    "Ariane Falk": ["Ariane Falk"],
    "Inés Varro": ["Inés Varro"],
    "Hana Relic": ["Hana Relic"],
    "Aurel Menk": ["Aurel Menk"],
    "Civic Front": ["Civic Front"],
    "Regional Development Bank": ["Regional Development Bank"],
    "Sovereign Debt Monitor": ["SDM"],
    "Sorrenza": ["Sorrenza"],
    "Varno": ["Varno"],
    "Pellavian kora": ["koras", "kora"],
}
furniture = {
    "01": ["By Marek Olin, TransEuropa News", "(Reporting by Marek Olin; additional reporting by Sara Venn; Editing by Tom Reis)"],
    "02": ["THE SORRENZA GAZETTE", "Saturday 5 December 2026 · Economy", "By Livia Dorn, Economics Correspondent"],
    "03": ["VARNO EVENING STAR", "Wednesday 2 December 2026", "News | Varno and the coast", "By Oskar Timm"],
    "04": ["SOVEREIGN DEBT MONITOR", "07 Dec 2026 · 06:45 GMT", "Restructuring | Emerging Europe", "Key numbers"],
    "05": ["THE LEDGER WEEKLY", "Finance & economics", "Pellavia’s bail-out", "Haircuts and hard work"],
}
pub = {"01": FRI, "02": SAT, "03": WED, "04": MON, "05": None}
outlet = {"01": "TransEuropa News (wire)", "02": "The Sorrenza Gazette (national daily)",
          "03": "Varno Evening Star (local paper)", "04": "Sovereign Debt Monitor (specialist outlet)",
          "05": "The Ledger Weekly (weekly magazine, web page without a date)"}
g.write(
    event="FICTIONAL: Pellavia, in default since March 2025, restructures $14.6bn (roughly $15bn) of bonds with a haircut of 45% (42.5% nominal per the creditors' committee; almost / nearly half), signed Wednesday 2 Dec (Thursday in one outlet), and the International Stability Fund's board approves a 36-month loan of $3.2 billion ($3.18bn; about 136 / nearly 140 billion koras) on Fri 4 Dec (3 December in one outlet) with a first tranche of $800m and 11 (eight) more; the National Assembly passes it 131-97 (131-96; 132-97) on Tuesday 1 Dec (Monday night in one outlet) as police count about 12,000 protesters and the unions 60,000 (more than 50,000); debt at 128% (about 130%; 127.8%) of GDP to fall to 95% by 2030 (90% by 2031); new bonds with a 4.5% (4.75%) coupon and a next coupon on 15 Jan (31 Jan); inflation 38% / 38.4%; the kora up 2.1% (2.3%) and down 58% (nearly two-thirds) this year; quotes by the finance minister, the fund's mission chief, an economist, a nurse, a creditor and a strategist with wording variants, and a look-alike by a union leader",
    reference_date=FRI11,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
