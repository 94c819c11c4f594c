"""Gold for the corvel_data_breach_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). As in the kessmar and lenmark gold, a measure with a unit
symbol ("310 GB") is annotated as the number alone; money keeps its sign and scale word,
durations keep their unit. "as much as 14%", "up to 4%", "nearly five million", "more than
1,300" are annotated as the number with the qualifier (upper, approx, lower).
"founded 139 years ago" is a relative date (section 2), like lenmark's "a decade ago", not a
number. A figure the article presents as superseded ("fewer than the 4.2 million it first
reported") is its own quantity."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "corvel_data_breach_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
B, M = 1e9, 1e6
NB = "\u00a0"

VEY, HAS, REN, MAR = "Annika Veyrholt", "Dominik Hasse", "Paolo Renzik", "Leena Marsk"
GL = "Grey Lantern"
ESD = "ESD"  # the Eskaran ducat

# ---- 01 wire (Tuesday 1 Dec, the day the shares fell)
n("01", "4.2 million", "data of 4.2 million customers; shares", 4.2 * M, "count", "customers", "exact", "customers_affected")
d("01", "Dec 1", "TESSIN, Dec 1", "2026-12-01", "share_fall")
d("01", "late on Monday", "said late on Monday", "2026-11-30", "disclosure")
n("01", "4.2 million", "belonging to 4.2 million customers", 4.2 * M, "count", "customers", "exact", "customers_affected")
n("01", "11.4%", "down 11.4%", 11.4, "percent", "%", "exact", "share_fall_close_pct")
d("01", "on Tuesday", "11.4% on Tuesday", "2026-12-01", "share_fall")
d("01", "since 2020", "since 2020", "2020", None)
d("01", "Oct. 3", "since at least Oct. 3", "2026-10-03", "breach_began")
d("01", "on Nov. 24", "detected on Nov. 24", "2026-11-24", "discovery")
q("01", "We have not paid and we will not pay criminals", VEY, "veyrholt_not_pay")
d("01", "on Tuesday", "conference call on Tuesday", "2026-12-01", "ceo_call")
q("01", "I am deeply sorry. Our customers trusted us with their information and we let them down", VEY, "veyrholt_sorry")
d("01", "on Monday", "dark-web forum on Monday", "2026-11-30", "hackers_claim")
n("01", "10,000", "sample of 10,000 records", 10000, "count", "records", "exact", "sample_records_posted")
n("01", "$12 million", "demanding $12 million", 12 * M, "money", "USD", "exact", "ransom_usd")
d("01", "by Friday", "cryptocurrency by Friday", "2026-12-04", "ransom_deadline")
n("01", "48.20 ducats", "closed at 48.20 ducats", 48.20, "money", ESD, "exact", "share_price_close")
n("01", "14%", "as much as 14%", 14, "percent", "%", "upper", "share_fall_intraday_pct")
n("01", "1.9 billion ducats", "about 1.9 billion ducats", 1.9 * B, "money", ESD, "approx", "market_value_lost_esd")
n("01", "$184 million", "($184 million)", 184 * M, "money", "USD", "approx", "market_value_lost_usd")
n("01", "4%", "up to 4% of their annual", 4, "percent", "% of turnover", "upper", "max_fine_pct_turnover")
d("01", "last year", "revenue last year", "2025", None)
n("01", "15.5 billion ducats", "was 15.5 billion ducats", 15.5 * B, "money", ESD, "exact", "revenue_2025")
n("01", "620 million ducats", "up to 620 million ducats", 620 * M, "money", ESD, "upper", "max_fine_esd")
n("01", "$60 million", "about $60 million", 60 * M, "money", "USD", "approx", "max_fine_usd")
n("01", "12 months", "offer affected customers 12 months", 12, "duration", "months", "exact", "credit_monitoring_months")
n("01", "400", "hired 400 extra", 400, "count", "call-centre staff", "exact", "extra_callcentre_staff")
d("01", "on Nov. 25", "the EDPA on Nov. 25", "2026-11-25", "regulator_notified")
n("01", "72 hours", "within the 72 hours", 72, "duration", "hours", "upper", "notification_deadline_hours")
n("01", "6.1 million", "about 6.1 million customers", 6.1 * M, "count", "customers", "approx", "total_customers")
n("01", "212", "through 212 branches", 212, "count", "branches", "exact", "corvel_branches")

# ---- 02 national broadsheet (Wednesday 2 Dec)
n("02", "six days", "quiet for six days before", 6, "duration", "days", "exact", "disclosure_delay_days")
n("02", "4.2 million", "Data of 4.2 million people", 4.2 * M, "count", "people", "exact", "customers_affected")
n("02", "€55 million", "fine of up to €55 million", 55 * M, "money", "EUR", "upper", "max_fine_eur")
n("02", "six days", "waited six days before", 6, "duration", "days", "exact", "disclosure_delay_days")
d("02", "on 24 November", "activity on 24 November", "2026-11-24", "discovery")
d("02", "Monday night", "until Monday night", "2026-11-30", "disclosure")
n("02", "4.2 million", "the data of 4.2 million customers", 4.2 * M, "count", "customers", "exact", "customers_affected")
n("02", "70 per cent", "roughly 70 per cent", 70, "percent", "%", "approx", "share_of_customers_affected_pct")
n("02", f"6.1{NB}million", f"its 6.1{NB}million account holders", 6.1 * M, "count", "account holders", "exact", "total_customers")
n("02", "two months", "almost two months", 2, "duration", "months", "approx", "intrusion_duration_months")
d("02", "in early October", "in early October", "2026-10", "breach_began")
q("02", "I am deeply sorry. Our customers trusted us with their data, and we have let them down", VEY, "veyrholt_sorry")
q("02", "to close the door before we told the burglars we had seen them", VEY, "veyrholt_door")
n("02", "1,340", "behalf of 1,340 customers", 1340, "count", "customers", "exact", "class_action_claimants")
q("02", "Corvel knew for six days and said nothing", HAS, "hasse_knew")
n("02", "six days", "knew for six days and said", 6, "duration", "days", "exact", "disclosure_delay_days")
n("02", "1,500 ducats", "seeks 1,500 ducats", 1500, "money", ESD, "exact", "compensation_per_claimant_esd")
n("02", "4 per cent", "up to 4 per cent", 4, "percent", "% of turnover", "upper", "max_fine_pct_turnover")
n("02", f"620{NB}million ducats", f"exposure at 620{NB}million ducats", 620 * M, "money", ESD, "exact", "max_fine_esd")
n("02", "€55 million", "about €55 million", 55 * M, "money", "EUR", "approx", "max_fine_eur")
q("02", "A bank that holds people’s savings must guard their data with the same care", REN, "renzik_care")
n("02", "400", "hired 400 additional", 400, "count", "call-centre staff", "exact", "extra_callcentre_staff")
n("02", "180,000", "took 180,000 calls", 180000, "count", "calls", "exact", "calls_first_day")
n("02", "24 hours", "the first 24 hours", 24, "duration", "hours", "exact", "calls_period_hours")
n("02", "12 months", "offered 12 months", 12, "duration", "months", "exact", "credit_monitoring_months")
n("02", "11 per cent", "fell 11 per cent", 11, "percent", "%", "exact", "share_fall_close_pct")
d("02", "on Tuesday", "11 per cent on Tuesday", "2026-12-01", "share_fall")
d("02", "since March 2020", "since March 2020", "2020-03", None)
n("02", "1.9 billion ducats", "roughly 1.9 billion ducats", 1.9 * B, "money", ESD, "approx", "market_value_lost_esd")
n("02", "18 per cent", "price target by 18 per cent", 18, "percent", "%", "exact", "price_target_cut_pct")
n("02", "52 ducats", "to 52 ducats", 52, "money", ESD, "exact", "price_target_new")
d("02", "this year", "Eskaran lender this year", "2026", None)
d("02", "in May", "in May, the savings bank", "2026-05", "vestra_outage")
n("02", "three days", "for three days", 3, "duration", "days", "exact", "vestra_outage_days")

# ---- 03 local paper (Wednesday 2 Dec)
q("03", "They knew and said nothing", HAS, "hasse_knew")
n("03", "five million", "Nearly five million", 5 * M, "count", "customers", "approx", "customers_affected")
n("03", "thousands", "thousands of them live", None, "count", "customers", "vague", "harlby_customers_affected", 2000, 9999)
d("03", "in 1887", "founded in 1887", "1887", "corvel_founded")
d("03", "on Tuesday", "confirmed on Tuesday", "2026-12-01", "disclosure")
d("03", "on November 26", "break-in on November 26", "2026-11-26", "discovery")
n("03", "64", "Jorun Bekk, 64", 64, "age", "years", "exact", "bekk_age")
n("03", "40 minutes", "queued for 40 minutes", 40, "duration", "minutes", "exact", "bekk_queue_minutes")
d("03", "yesterday morning", "yesterday morning", "2026-12-01", None)
q("03", "I've banked with Corvel for 40 years and nobody has told me a thing", "Jorun Bekk", "bekk_banked")
n("03", "40 years", "Corvel for 40 years", 40, "duration", "years", "exact", "bekk_customer_years")
q("03", "I found out from my grandson's phone", "Jorun Bekk", "bekk_grandson")
n("03", "600", "about 600 people", 600, "count", "people", "approx", "harlby_callcentre_staff")
n("03", "24 months", "24 months of free", 24, "duration", "months", "exact", "credit_monitoring_months")
q("03", "Our customers trusted us and we let them down", VEY, "veyrholt_sorry")
n("03", "1,300", "more than 1,300 customers", 1300, "count", "customers", "lower", "class_action_claimants")
n("03", "dozens", "dozens of them from Harlby", None, "count", "customers", "vague", "harlby_claimants", 24, 99)
q("03", "They knew for six days and they said nothing", HAS, "hasse_knew")
n("03", "six days", "knew for six days and they", 6, "duration", "days", "exact", "disclosure_delay_days")
q("03", "Every one of those days was a day customers could have changed their details", HAS, "hasse_every_day")
n("03", "1,500 ducats", "want 1,500 ducats", 1500, "money", ESD, "exact", "compensation_per_claimant_esd")
d("03", "until Saturday", "until Saturday", "2026-12-05", "ransom_deadline")
q("03", "had every chance to do the right thing", GL, "lantern_chance")
q("03", "Corvel is part of this town's story, and it owes Harlby the truth", "Edvin Strom", "strom_story")
d("03", "next week", "town hall next week", None, None)
n("03", "14", "has 14 branches", 14, "count", "branches", "exact", "harlby_branches")

# ---- 04 trade press (Thursday 3 Dec)
d("04", "on Monday evening", "disclosure on Monday evening", "2026-11-30", "disclosure")
n("04", "4.2 million", "records on 4.2 million customers", 4.2 * M, "count", "customers", "exact", "customers_affected")
n("04", "two", "According to two people", 2, "count", "people", "exact", "investigation_sources")
d("04", "September 28", "as early as September 28", "2026-09-28", "breach_began")
n("04", "five days", "five days earlier", 5, "duration", "days", "exact", "breach_start_gap_days")
d("04", "October 3", "the October 3 date", "2026-10-03", "breach_began")
n("04", "310", "about 310 GB", 310, "measure", "GB", "approx", "data_taken_gb")
d("04", "on November 24", "alert on November 24", "2026-11-24", "discovery")
d("04", "since July", "public since July", "2026-07", "flaw_fix_issued")
n("04", "11", "at least 11 attacks", 11, "count", "attacks", "lower", "lantern_attacks")
d("04", "since 2024", "since 2024", "2024", None)
n("04", "$12 million", "demanded $12 million", 12 * M, "money", "USD", "exact", "ransom_usd")
q("04", "will not pay criminals", VEY, "veyrholt_not_pay")
d("04", "on Wednesday", "said on Wednesday it had opened", "2026-12-02", "edpa_investigation")
n("04", "4%", "can reach 4%", 4, "percent", "% of turnover", "upper", "max_fine_pct_turnover")
d("04", "2025", "Corvel's 2025 revenue", "2025", None)
n("04", "16.2 billion ducats", "revenue of 16.2 billion ducats", 16.2 * B, "money", ESD, "exact", "revenue_2025")
n("04", "650 million ducats", "roughly 650 million ducats", 650 * M, "money", ESD, "approx", "max_fine_esd")
n("04", "€58 million", "(€58 million)", 58 * M, "money", "EUR", "approx", "max_fine_eur")
q("04", "must protect their data with equal care", REN, "renzik_care")
n("04", "72 hours", "within 72 hours", 72, "duration", "hours", "upper", "notification_deadline_hours")
d("04", "on November 25", "did so on November 25", "2026-11-25", "regulator_notified")
n("04", "350", "added 350 call-centre", 350, "count", "call-centre staff", "exact", "extra_callcentre_staff")
n("04", "12 months", "offered 12 months", 12, "duration", "months", "exact", "credit_monitoring_months")
n("04", "40–55 million ducats", "cost 40–55 million ducats", None, "money", ESD, "range", "monitoring_helpline_cost_esd", 40 * M, 55 * M)
n("04", "180,000", "some 180,000 calls", 180000, "count", "calls", "approx", "calls_first_day")
q("04", "The real damage is to trust, not to the balance sheet", MAR, "marsk_trust")
q("04", "Corvel can afford a fine. What it cannot afford is customers moving their salaries elsewhere", MAR, "marsk_salaries")
n("04", "11.6%", "lost 11.6%", 11.6, "percent", "%", "exact", "share_fall_close_pct")
d("04", "on Tuesday", "11.6% on Tuesday", "2026-12-01", "share_fall")
n("04", "2.3%", "recovered 2.3%", 2.3, "percent", "%", "exact", "share_rebound_pct")
d("04", "on Wednesday", "2.3% on Wednesday", "2026-12-02", "share_rebound")
q("04", "Your perimeter is your weakest supplier's perimeter", "Tomasz Wilk", "wilk_perimeter")
n("04", "three weeks", "within three weeks", 3, "duration", "weeks", "upper", "forensic_review_weeks")

# ---- 05 foreign outlet (Friday 4 Dec)
n("05", "3.8 million", "count to 3.8 million", 3.8 * M, "count", "customers", "exact", "customers_affected")
d("05", "this year", "breaches this year", "2026", None)
d("05", "Thursday", "said Thursday", "2026-12-03", "count_revision")
n("05", "3.8 million", "confirmed 3.8 million", 3.8 * M, "count", "customers", "exact", "customers_affected")
n("05", "4.2 million", "fewer than the 4.2 million", 4.2 * M, "count", "customers", "exact", "customers_affected_first_reported")
n("05", f"$15{NB}million", f"demanded $15{NB}million", 15 * M, "money", "USD", "exact", "ransom_usd")
d("05", "today", "expires today", "2026-12-04", "ransom_deadline")
d("05", "On Monday", "On Monday it posted", "2026-11-30", "hackers_claim")
n("05", "20,000", "sample of 20,000", 20000, "count", "records", "exact", "sample_records_posted")
q("05", "We did not pay and we will not pay criminals", VEY, "veyrholt_not_pay")
q("05", "We let our customers down, and I am deeply sorry for that", VEY, "veyrholt_sorry")
d("05", "139 years ago", "founded 139 years ago", "1887", "corvel_founded")
d("05", "on October 3", "network on October 3", "2026-10-03", "breach_began")
d("05", "on November 24", "detected on November 24", "2026-11-24", "discovery")
d("05", "on Monday", "disclosed the breach on Monday", "2026-11-30", "disclosure")
n("05", "six days", "six days later", 6, "duration", "days", "exact", "disclosure_delay_days")
d("05", "Wednesday", "investigation Wednesday", "2026-12-02", "edpa_investigation")
n("05", "4%", "up to 4% of annual", 4, "percent", "% of turnover", "upper", "max_fine_pct_turnover")
n("05", "$60 million", "as much as $60 million", 60 * M, "money", "USD", "upper", "max_fine_usd")
n("05", "11%", "more than 11%", 11, "percent", "%", "lower", "share_fall_close_pct")
d("05", "on Tuesday", "11% on Tuesday", "2026-12-01", "share_fall")
n("05", "$180 million", "about $180 million", 180 * M, "money", "USD", "approx", "market_value_lost_usd")
n("05", "2,100", "drawn 2,100 claimants", 2100, "count", "claimants", "exact", "class_action_claimants")
n("05", "€130", "about €130", 130, "money", "EUR", "approx", "compensation_per_claimant_eur")
q("05", "The real damage is to trust and not to the balance sheet", MAR, "marsk_trust")
n("05", "6 million", "roughly 6 million customers", 6 * M, "count", "customers", "approx", "total_customers")
n("05", "9.4 million", "country of 9.4 million", 9.4 * M, "count", "people", "exact", "eskara_population")
n("05", "62%", "found that 62%", 62, "percent", "%", "exact", "breaches_via_third_party_pct")
d("05", "last year", "financial firms last year", "2025", None)
n("05", "12 months", "customers 12 months", 12, "duration", "months", "exact", "credit_monitoring_months")
n("05", "$90 million and $140 million", "between $90 million and $140 million", None, "money", "USD", "range", "total_cost_estimate_usd", 90 * M, 140 * M)

quantities = {
    "customers_affected": "customers whose data was stolen: 4.2 million (01, 02, 04; the bank's first figure) vs nearly five million (03) vs 3.8 million (05, after the forensic review, not presented as an update by 01-04) -- conflict",
    "customers_affected_first_reported": "the 4.2 million that 05 presents as the bank's superseded first figure ('fewer than the 4.2 million it first reported')",
    "harlby_customers_affected": "affected customers living in Harlby: thousands (03)",
    "total_customers": "Corvel's customers / account holders: about 6.1 million (01), 6.1 million (02) vs roughly 6 million (05) -- conflict by rounding",
    "share_of_customers_affected_pct": "share of Corvel's customers affected: roughly 70 per cent (02)",
    "disclosure_delay_days": "days between detection and disclosure: six (02, 03, 05; in Hasse's quote too)",
    "intrusion_duration_months": "how long the hackers had the data before disclosure: almost two months (02)",
    "breach_start_gap_days": "how much earlier than the bank's October 3 the access began: five days (04)",
    "data_taken_gb": "data taken: about 310 GB (04)",
    "sample_records_posted": "records Grey Lantern posted as a sample: 10,000 (01) vs 20,000 (05) -- conflict",
    "ransom_usd": "Grey Lantern's ransom demand in dollars: $12 million (01, 04) vs $15 million (05) -- conflict",
    "lantern_attacks": "attacks on European financial firms linked to Grey Lantern since 2024: at least 11 (04)",
    "share_fall_close_pct": "fall in Corvel's shares at Tuesday's close, %: 11.4 (01) vs 11 (02) vs 11.6 (04) vs more than 11 (05) -- conflict",
    "share_fall_intraday_pct": "the shares' deepest intraday fall on Tuesday: as much as 14% (01)",
    "share_price_close": "Corvel's closing share price on Tuesday: 48.20 ducats (01)",
    "share_rebound_pct": "the shares' rebound on Wednesday: 2.3% (04)",
    "market_value_lost_esd": "market value wiped off Corvel on Tuesday, ducats: about 1.9 billion (01, 02)",
    "market_value_lost_usd": "market value wiped off, dollars: $184 million (01) vs about $180 million (05) -- conflict by rounding",
    "price_target_cut_pct": "Marrow Securities' cut to its price target: 18 per cent (02)",
    "price_target_new": "Marrow Securities' new price target: 52 ducats (02)",
    "max_fine_pct_turnover": "the EDPA's maximum fine as a share of annual turnover: 4%",
    "revenue_2025": "Corvel's revenue last year (2025): 15.5 billion ducats (01) vs 16.2 billion (04) -- conflict",
    "max_fine_esd": "the largest fine the EDPA could impose on Corvel, ducats: 620 million (01, 02) vs roughly 650 million (04) -- conflict",
    "max_fine_eur": "the largest possible fine, euros: about €55 million (02) vs €58 million (04) -- conflict",
    "max_fine_usd": "the largest possible fine, dollars: about / as much as $60 million (01, 05)",
    "notification_deadline_hours": "the legal deadline to notify the regulator after discovering a breach: 72 hours",
    "credit_monitoring_months": "free credit monitoring offered to affected customers: 12 months (01, 02, 04, 05) vs 24 months (03) -- conflict",
    "extra_callcentre_staff": "call-centre staff Corvel added: 400 (01, 02) vs 350 (04) -- conflict",
    "calls_first_day": "calls to the helplines on the first day / in the first 24 hours: 180,000 (02, 04)",
    "calls_period_hours": "the period over which 180,000 calls came in: the first 24 hours (02)",
    "monitoring_helpline_cost_esd": "Ferrand Research's estimate of the cost of the extra staff, hours and credit monitoring: 40-55 million ducats (04)",
    "total_cost_estimate_usd": "analysts' estimate of the breach's total cost, dollars: $90 million to $140 million (05)",
    "class_action_claimants": "customers in the Hasse & Brun class action: 1,340 (02) vs more than 1,300 (03) vs 2,100 (05, not presented as an update) -- conflict",
    "harlby_claimants": "Harlby customers in the class action: dozens (03)",
    "compensation_per_claimant_esd": "compensation sought per claimant, ducats: 1,500 (02, 03)",
    "compensation_per_claimant_eur": "compensation sought per claimant, euros: about €130 (05)",
    "corvel_branches": "Corvel's branches: 212 (01)",
    "harlby_branches": "Corvel branches in the Harlby district: 14 (03)",
    "harlby_callcentre_staff": "people employed at the Marsh Road call centre: about 600 (03)",
    "bekk_age": "age of customer Jorun Bekk: 64 (03)",
    "bekk_queue_minutes": "how long Bekk queued: 40 minutes (03)",
    "bekk_customer_years": "how long Bekk has banked with Corvel: 40 years (03, in her quote)",
    "investigation_sources": "people familiar with the investigation cited by 04: two",
    "forensic_review_weeks": "time Cobalt Shield's forensic review is expected to take: within three weeks (04)",
    "eskara_population": "Eskara's population: 9.4 million (05)",
    "breaches_via_third_party_pct": "share of breaches at European financial firms last year that began at a third party: 62% (05)",
    "vestra_outage_days": "how long Vestra lost access to its payment systems in May: three days (02)",
}
events = {
    "disclosure": "Corvel discloses the breach: Mon 30 Nov after the market closed (01, 02, 04, 05) vs Tuesday 1 Dec (03) -- date conflict",
    "discovery": "Corvel's security team detects the intrusion: Tue 24 Nov (01, 02, 04, 05) vs 26 Nov (03) -- date conflict",
    "breach_began": "the intruders first get in: 3 Oct 2026 (01, 05; the bank's date in 04), early October (02) vs 28 Sep (04, people familiar with the investigation) -- date conflict",
    "hackers_claim": "Grey Lantern claims the attack and posts a sample of records, Mon 30 Nov",
    "ransom_deadline": "the deadline Grey Lantern set for payment: Fri 4 Dec (01, 05) vs Sat 5 Dec (03) -- date conflict",
    "share_fall": "Corvel's shares fall, Tue 1 Dec (the wire's dateline too)",
    "share_rebound": "the shares recover 2.3%, Wed 2 Dec (04)",
    "ceo_call": "Veyrholt's conference call with analysts and reporters, Tue 1 Dec (01)",
    "regulator_notified": "Corvel notifies the EDPA, 25 Nov (01, 04)",
    "edpa_investigation": "the EDPA opens a formal investigation, Wed 2 Dec (04, 05)",
    "count_revision": "Corvel revises the number affected to 3.8 million, Thu 3 Dec (05)",
    "corvel_founded": "Corvel Bank founded, 1887 (03 'in 1887', 05 '139 years ago')",
    "flaw_fix_issued": "the file-transfer software's vendor issues the fix, July 2026 (04)",
    "vestra_outage": "the cyberattack on the savings bank Vestra, May 2026 (02)",
}
utterances = {
    "veyrholt_not_pay": "Veyrholt: we have not paid / did not pay and we will not pay criminals -- variants (01, 04 partial, 05)",
    "veyrholt_sorry": "Veyrholt: I am deeply sorry; our customers trusted us with their information / data and we (have) let them down -- variants (01, 02, 03, 05)",
    "veyrholt_door": "Veyrholt: (the delay was needed) to close the door before we told the burglars we had seen them (02)",
    "hasse_knew": "Hasse: Corvel / they knew for six days and (they) said nothing; 03's headline 'They knew and said nothing' -- variants",
    "hasse_every_day": "Hasse: every one of those days was a day customers could have changed their details (03)",
    "renzik_care": "Renzik: a bank that holds people's savings must guard / protect their data with the same / equal care -- variant (02, 04)",
    "marsk_trust": "Marsk: the real damage is to trust, (and) not to the balance sheet -- variant (04, 05)",
    "marsk_salaries": "Marsk: Corvel can afford a fine; what it cannot afford is customers moving their salaries elsewhere (04)",
    "wilk_perimeter": "Wilk: your perimeter is your weakest supplier's perimeter (04)",
    "lantern_chance": "Grey Lantern's online message: the bank had every chance to do the right thing (03)",
    "bekk_banked": "Bekk: I've banked with Corvel for 40 years and nobody has told me a thing (03)",
    "bekk_grandson": "Bekk: I found out from my grandson's phone (03)",
    "strom_story": "Strom: Corvel is part of this town's story, and it owes Harlby the truth (03)",
}
aliases = {
    "Corvel Bank": ["Corvel Bank", "Corvel"],
    "Annika Veyrholt": ["Annika Veyrholt", "Ms Veyrholt"],
    "Dominik Hasse": ["Dominik Hasse", "Mr Hasse"],
    "Hasse & Brun": ["Hasse & Brun"],
    "Paolo Renzik": ["Paolo Renzik"],
    "Leena Marsk": ["Leena Marsk"],
    "Ferrand Research": ["Ferrand Research", "Ferrand"],
    "Grey Lantern": ["Grey Lantern"],
    "Eskaran Data Protection Authority": ["Eskaran Data Protection Authority", "EDPA"],
    "Cobalt Shield": ["Cobalt Shield"],
    "Jorun Bekk": ["Jorun Bekk"],
    "Edvin Strom": ["Edvin Strom"],
    "Tomasz Wilk": ["Tomasz Wilk"],
    "Marrow Securities": ["Marrow Securities"],
    "Eskaran ducat": ["ducats"],
    "Tessin": ["Tessin", "TESSIN"],
    "Harlby": ["Harlby"],
}
furniture = {
    "01": ["By Ilse Darrow, Nordpress", "(Reporting by Ilse Darrow; Editing by Paul Kerrane)"],
    "02": ["THE TESSIN CHRONICLE", "Business | Wednesday 2 December 2026", "By Teodor Alsing, Business Editor"],
    "03": ["HARLBY EVENING POST", "Wednesday, 2 December 2026", "By Sanna Lidt"],
    "04": ["FINSEC WEEKLY", "Breaches | Thursday 3 December 2026", "By Marta Quell"],
    "05": ["THE CARRAWAY TIMES", "World Business — Friday, December 4, 2026", "By Nathan Oyelaran"],
}
pub = {"01": "2026-12-01", "02": "2026-12-02", "03": "2026-12-02", "04": "2026-12-03", "05": "2026-12-04"}
outlet = {"01": "Nordpress (wire)", "02": "The Tessin Chronicle (national broadsheet)",
          "03": "Harlby Evening Post (local paper)", "04": "FinSec Weekly (trade press)",
          "05": "The Carraway Times (foreign outlet)"}
g.write(
    event="FICTIONAL: Eskara's Corvel Bank discloses on Mon 30 Nov 2026 (Tuesday in one outlet) that the hacking group Grey Lantern stole the data of 4.2 million customers (nearly five million in one outlet; revised to 3.8 million on Thu 3 Dec); the intrusion began on 3 Oct (28 Sep per one outlet) and was detected on 24 Nov (26 Nov in one outlet); a ransom of $12 million ($15 million) due Friday (Saturday); shares fall 11.4% (11%, 11.6%); a possible EDPA fine of up to 4% of turnover, 620 million ducats (650 million) / about €55 million (€58 million) / $60 million; a class action by 1,340 (more than 1,300; 2,100) customers; 400 (350) extra call-centre staff; 12 (24) months of credit monitoring; CEO Annika Veyrholt, lawyer Dominik Hasse, commissioner Paolo Renzik and analyst Leena Marsk quoted",
    reference_date="2026-12-04",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
