"""Gold for the sarvel_protests_2026_11 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "sarvel_protests_2026_11"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9


DRA, KOS, TOM, LIN = "Anton Drazhev", "Mirela Kostova", "Vera Tomsic", "Amara Lindqvist"
MON, TUE, WED, THU, FRI = "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
SAT = "2026-11-14"

# ---- 01 wire (Tuesday 17 Nov)
n("01", "nine", "At least nine killed", 9, "count", "people", "lower", "killed")
n("01", "nine", "killing at least nine people", 9, "count", "people", "lower", "killed")
n("01", "45%", "a 45% rise", 45, "percent", "%", "exact", "petrol_rise_pct")
n("01", "four", "death toll at four", 4, "count", "people", "exact", "killed")
n("01", "1,200", "more than 1,200 people", 1200, "count", "people", "lower", "arrested")
n("01", "11", "said 11 people", 11, "count", "people", "exact", "killed")
n("01", "200", "More than 200", 200, "count", "people", "lower", "injured")
n("01", "63", "63 police officers", 63, "count", "police officers", "exact", "police_injured")
n("01", "Tens of thousands", "Tens of thousands", None, "count", "people", "vague", "crowd_monday", 20000, 99999)
n("01", "three days", "three days of protests", 3, "duration", "days", "exact", "protest_days_to_monday")
n("01", "15,000", "crowd at 15,000", 15000, "count", "people", "exact", "crowd_monday")
n("01", "80,000", "said 80,000", 80000, "count", "people", "exact", "crowd_monday")
n("01", "1,200 kestars", "from 1,200 kestars", 1200, "money", "KST", "exact", "petrol_price_before")
n("01", "1,740 kestars", "to 1,740 kestars", 1740, "money", "KST", "exact", "petrol_price_after_rise")
n("01", "$1.30", "about $1.30", 1.30, "money", "USD", "approx", "petrol_price_after_rise_usd")
d("01", "2011", "since 2011", "2011", "previous_unrest")
d("01", "on Monday", "protesters on Monday", MON, "crackdown")
d("01", "on Monday afternoon", "on Monday afternoon", MON, "crackdown")
d("01", "on Saturday", "took effect on Saturday", SAT, "price_rise_effective")
d("01", "late on Monday", "late on Monday", MON, "drazhev_tv")
d("01", "9 p.m.", "from 9 p.m.", None, "curfew_start")
d("01", "6 a.m.", "to 6 a.m.", None, "curfew_end")
d("01", "7 p.m. on Monday", "after 7 p.m. on Monday", MON, "internet_cut")
q("01", "The state will not be held hostage by violent mobs", DRA, "drazhev_hostage")
q("01", "Order will be restored", DRA, "drazhev_order")
q("01", "acted within the law", "Sarvel police", "police_within_law")
q("01", "declaring war on its own people", KOS, "kostova_war")
q("01", "Nobody in this country voted for hunger", KOS, "kostova_hunger")

# ---- 02 national broadsheet (Wednesday 18 Nov)
n("02", "nine", "at least nine people", 9, "count", "people", "lower", "killed")
n("02", "nine", "Doctors said nine", 9, "count", "people", "exact", "killed")
n("02", "11", "toll at 11", 11, "count", "people", "exact", "killed")
n("02", "four", "only four deaths", 4, "count", "people", "exact", "killed")
n("02", "16", "16-year-old", 16, "age", "years", "exact", "youngest_victim_age")
n("02", "250", "about 250 people", 250, "count", "people", "approx", "injured")
n("02", "1,243", "1,243 people", 1243, "count", "people", "exact", "arrested")
n("02", "sixty-three", "sixty-three officers", 63, "count", "police officers", "exact", "police_injured")
n("02", "6,000", "Some 6,000", 6000, "count", "riot police", "approx", "police_deployed")
n("02", "nine-hour", "nine-hour curfew", 9, "duration", "hours", "exact", "curfew_length")
n("02", "45 per cent", "45 per cent", 45, "percent", "%", "exact", "petrol_rise_pct")
n("02", "30 per cent", "30 per cent", 30, "percent", "%", "exact", "diesel_rise_pct")
n("02", "$3.2bn", "$3.2bn", 3.2 * B, "money", "USD", "exact", "cmf_loan")
n("02", "80,000", "some 80,000", 80000, "count", "people", "approx", "crowd_monday")
n("02", "15,000", "said 15,000", 15000, "count", "people", "exact", "crowd_monday")
n("02", "15 per cent", "about 15 per cent", 15, "percent", "%", "approx", "mobile_traffic_pct")
d("02", "yesterday", "pressure yesterday", TUE, None)
d("02", "Monday’s", "broke up Monday’s", MON, "crackdown")
d("02", "on Saturday", "began on Saturday", SAT, "protests_begin")
d("02", "on Monday", "capital on Monday", MON, "crackdown")
d("02", "on Monday night", "on Monday night", MON, "drazhev_tv")
d("02", "from Saturday", "from Saturday", SAT, "price_rise_effective")
d("02", "Monday’s", "put Monday’s crowd", MON, "crackdown")
d("02", "on Tuesday", "said on Tuesday", TUE, "lindqvist_statement")
d("02", "on Monday", "who said on Monday", MON, "kostova_monday")
d("02", "next week", "no confidence next week", None, "motion_tabled")
q("02", "We have never had so many gunshot wounds in a single night", "Hana Belic", "belic_wounds")
q("02", "The state will not be held hostage by violent gangs and looters", DRA, "drazhev_hostage")
q("02", "for as long as necessary", DRA, "drazhev_as_long")
q("02", "We call on the authorities to exercise maximum restraint and to restore internet access immediately", LIN, "lindqvist_restraint")
q("02", "declared war on its own people", KOS, "kostova_war")

# ---- 03 local paper live page (Wednesday 18 Nov)
n("03", "1,500 kestars", "down to 1,500 kestars", 1500, "money", "KST", "exact", "petrol_price_after_cut")
n("03", "1,500 kestars", "cut to 1,500 kestars", 1500, "money", "KST", "exact", "petrol_price_after_cut")
n("03", "2,000", "nearly 2,000 detained", 2000, "count", "people", "approx", "arrested")
n("03", "2,000", "nearly 2,000 people", 2000, "count", "people", "approx", "arrested")
n("03", "11", "It says 11", 11, "count", "people", "exact", "killed")
n("03", "two", "two of them teenagers", 2, "count", "teenagers", "exact", "teenagers_killed")
n("03", "40 hours", "more than 40 hours", 40, "duration", "hours", "lower", "blackout_hours_so_far")
n("03", "Sixty-two", "Sixty-two people", 62, "count", "people", "exact", "curfew_arrests_tue_night")
n("03", "50,000", "more than 50,000", 50000, "count", "people", "lower", "crowd_monday")
for t in ["17:05\nPrice", "15:20", "13:45", "11:30", "09:10"]:
    d("03", t.split("\n")[0], t, WED, None)
d("03", "midnight", "from midnight", THU, "price_cut_effective")
d("03", "since Saturday", "since Saturday", SAT, "protests_begin")
d("03", "on Monday", "killed on Monday", MON, "crackdown")
d("03", "on Monday", "words on Monday", MON, "kostova_monday")
d("03", "next week", "general strike next week", None, "general_strike")
d("03", "9pm", "from 9pm", None, "curfew_start")
d("03", "6am", "to 6am", None, "curfew_end")
d("03", "last night", "last night", TUE, "curfew_night_tue")
d("03", "Monday's", "line on Monday's", MON, "crackdown")
d("03", "on Monday", "Square on Monday", MON, "crackdown")
d("03", "4.30pm", "4.30pm", MON, "crackdown")
q("03", "We have heard the people, and we have listened. But the reform of subsidies will continue", TOM, ["tomsic_heard", "tomsic_reform"])
q("03", "nobody in this country voted for hunger", KOS, "kostova_hunger")
q("03", "We will not go home", KOS, "kostova_home")
q("03", "Officers used only non-lethal means", "Damir Rusev", "rusev_nonlethal")

# ---- 04 trade / markets outlet (Thursday 19 Nov)
n("04", "five days", "five days of deadly", 5, "duration", "days", "exact", "protest_days_to_wednesday")
n("04", "KST 1,500", "KST 1,500", 1500, "money", "KST", "exact", "petrol_price_after_cut")
n("04", "KST 1,740", "KST 1,740", 1740, "money", "KST", "exact", "petrol_price_after_rise")
n("04", "45 percent", "45 percent", 45, "percent", "%", "exact", "petrol_rise_pct")
n("04", "US$3.2 billion", "US$3.2 billion", 3.2 * B, "money", "USD", "exact", "cmf_loan")
n("04", "25 percent", "25 percent", 25, "percent", "%", "exact", "petrol_rise_pct_after_cut")
n("04", "KST 1,200", "KST 1,200", 1200, "money", "KST", "exact", "petrol_price_before")
n("04", "30 percent", "30 percent", 30, "percent", "%", "exact", "diesel_rise_pct")
n("04", "KST 95 billion", "KST 95 billion", 95 * B, "money", "KST", "approx", "reversal_cost_kst")
n("04", "$71 million", "$71 million", 71 * M, "money", "USD", "approx", "reversal_cost_usd")
n("04", "3.8%", "3.8%", 3.8, "percent", "% of GDP", "exact", "subsidies_share_gdp")
n("04", "60 basis points", "60 basis points", 60, "measure", "basis points", "approx", "bond_yield_rise")
n("04", "63-hour", "63-hour", 63, "duration", "hours", "exact", "blackout_hours_total")
n("04", "$14 million", "$14 million", 14 * M, "money", "USD", "approx", "blackout_cost_per_day")
n("04", "15%", "15% of normal", 15, "percent", "%", "exact", "mobile_traffic_pct")
n("04", "11", "at least 11", 11, "count", "people", "lower", "killed")
n("04", "four", "acknowledges four", 4, "count", "people", "exact", "killed")
d("04", "Thursday", "effect from Thursday", THU, "price_cut_effective")
d("04", "on Friday 13 November", "on Friday 13 November", "2026-11-13", "price_rise_effective")
d("04", "in June", "in June", "2026-06", "cmf_programme_agreed")
d("04", "the remainder of the fiscal year", "the remainder of the fiscal year", None, None)
d("04", "last year", "last year", "2025", None)
d("04", "on Wednesday", "said on Wednesday", WED, "tomsic_announcement")
d("04", "yesterday", "yesterday", WED, "bond_selloff")
d("04", "next month", "next month", "2026-12", "cmf_review")
d("04", "on Thursday morning", "on Thursday morning", THU, "internet_restored")
d("04", "Monday’s", "Monday’s crackdown", MON, "crackdown")
q("04", "We have heard the people and we have listened", TOM, "tomsic_heard")
q("04", "closely monitoring", "Continental Monetary Fund", "cmf_monitoring")

# ---- 05 regional follow-up (Friday 20 Nov)
n("05", "three days", "nearly three days", 3, "duration", "days", "approx", "blackout_days_total")
n("05", "14", "says 14 people", 14, "count", "people", "exact", "killed")
n("05", "11", "up from the 11", 11, "count", "people", "exact", "killed_rights_group_earlier")
n("05", "310", "at least 310", 310, "count", "people", "lower", "injured")
n("05", "seven", "to seven", 7, "count", "people", "exact", "killed")
n("05", "four", "from four", 4, "count", "people", "exact", "killed_ministry_earlier")
n("05", "16", "was 16", 16, "age", "years", "exact", "youngest_victim_age")
n("05", "1,243", "1,243 people", 1243, "count", "people", "exact", "arrested")
n("05", "900", "about 900", 900, "count", "people", "approx", "detainees_released")
n("05", "1,500 kestars", "1,500 kestars", 1500, "money", "KST", "exact", "petrol_price_after_cut")
n("05", "a quarter", "a quarter more", 25, "percent", "%", "exact", "petrol_rise_pct_after_cut")
n("05", "two weeks", "two weeks", 2, "duration", "weeks", "exact", "curfew_lifting_period")
d("05", "on Thursday", "calmer on Thursday", THU, "capital_calmer")
d("05", "midnight", "from midnight", None, "curfew_shortened_start")
d("05", "5 a.m.", "5 a.m.", None, "curfew_shortened_end")
d("05", "Monday's", "toll of Monday's", MON, "crackdown")
d("05", "on Tuesday", "reported on Tuesday", TUE, "rights_group_tuesday_count")
d("05", "on Thursday", "ministry on Thursday", THU, "ministry_toll_revision")
d("05", "last week", "announced last week", None, "price_rise_announced")
d("05", "on Wednesday", "said on Wednesday", WED, "tomsic_announcement")
d("05", "yesterday", "Geneva yesterday", THU, "lindqvist_geneva_thursday")
d("05", "next Monday", "next Monday", "2026-11-23", "general_strike")
d("05", "on 26 November", "on 26 November", "2026-11-26", "no_confidence_debate")
d("05", "on Monday", "who on Monday", MON, "drazhev_tv")
q("05", "the reform of subsidies will continue", TOM, "tomsic_reform")
q("05", "maximum restraint", LIN, "lindqvist_restraint")
q("05", "Those responsible for unlawful killings must be held to account", LIN, "lindqvist_account")
q("05", "If they think a discount silences the dead, they are wrong", KOS, "kostova_discount")
q("05", "held hostage by violent mobs", DRA, "drazhev_hostage")

quantities = {
    "killed": "people killed in the Mon 16 Nov crackdown in Sarvel, by any source (hospitals 9+, ministry 4 then 7, rights group 11 then 14)",
    "killed_rights_group_earlier": "the rights group's earlier toll, presented by 05 as superseded ('up from the 11')",
    "killed_ministry_earlier": "the ministry's earlier toll, presented by 05 as superseded ('from four')",
    "teenagers_killed": "teenagers among the dead (rights group)",
    "youngest_victim_age": "age of the youngest victim / the student killed",
    "injured": "people injured in the crackdown (200+ hospital sources / about 250 treated / 310+ rights group)",
    "police_injured": "police officers injured",
    "arrested": "people arrested/detained since the protests began (police 1,200+ / 1,243; rights group nearly 2,000)",
    "detainees_released": "detainees since released",
    "curfew_arrests_tue_night": "people arrested for breaking the curfew on the night of Tue 17 Nov",
    "crowd_monday": "size of Monday's march/crowd at Varosh Square (police 15,000; organisers 80,000; Evening Post 50,000+)",
    "police_deployed": "riot police deployed in Sarvel on Monday",
    "protest_days_to_monday": "days of protest Sat-Mon (01)",
    "protest_days_to_wednesday": "days of protest Sat-Wed (04)",
    "petrol_rise_pct": "the original petrol (fuel) price rise, per cent",
    "diesel_rise_pct": "diesel price rise, per cent",
    "petrol_rise_pct_after_cut": "petrol rise over the pre-reform price after the partial reversal, per cent",
    "petrol_price_before": "petrol price per litre before the rise, kestars",
    "petrol_price_after_rise": "petrol price per litre after the rise, kestars",
    "petrol_price_after_rise_usd": "petrol price per litre after the rise, in dollars",
    "petrol_price_after_cut": "petrol price per litre after the partial reversal, kestars",
    "cmf_loan": "Continental Monetary Fund loan/programme",
    "reversal_cost_kst": "budget cost of the partial reversal, kestars",
    "reversal_cost_usd": "budget cost of the partial reversal, dollars",
    "subsidies_share_gdp": "fuel subsidies as share of GDP last year",
    "bond_yield_rise": "rise in dollar bond yields",
    "curfew_length": "length of the nightly curfew, hours",
    "curfew_lifting_period": "period over which the curfew will be lifted",
    "mobile_traffic_pct": "mobile data traffic at the height of the blackout, per cent of normal",
    "blackout_hours_so_far": "mobile internet outage so far, as of Wed 11:30 (03)",
    "blackout_hours_total": "total length of the mobile internet shutdown, hours",
    "blackout_days_total": "total length of the mobile internet shutdown, days",
    "blackout_cost_per_day": "estimated cost of the shutdown per day",
}
events = {
    "crackdown": "Monday 16 Nov march on Varosh Square and the crackdown",
    "previous_unrest": "the previous comparable unrest, 2011",
    "price_rise_effective": "the fuel price rise taking effect (Sat 14 Nov; 04 says Fri 13 Nov)",
    "price_rise_announced": "announcement of the price rise, last week",
    "protests_begin": "protests (and arrests) beginning, Sat 14 Nov",
    "drazhev_tv": "Drazhev's state television remarks, Monday night 16 Nov",
    "internet_cut": "mobile internet cut, Mon 16 Nov shortly after 7 p.m.",
    "internet_restored": "mobile internet restored, Thu 19 Nov morning",
    "curfew_start": "nightly curfew start hour (9 p.m.)",
    "curfew_end": "nightly curfew end hour (6 a.m.)",
    "curfew_night_tue": "curfew night of Tue 17 Nov",
    "curfew_shortened_start": "shortened curfew start hour (midnight)",
    "curfew_shortened_end": "shortened curfew end hour (5 a.m.)",
    "lindqvist_statement": "UN spokesperson's Geneva statement, Tue 17 Nov",
    "lindqvist_geneva_thursday": "UN spokesperson repeating the call, Thu 19 Nov",
    "kostova_monday": "Kostova's Monday remarks",
    "motion_tabled": "tabling of the no-confidence motion, next week (from Wed 18 Nov)",
    "general_strike": "the general strike called by Kostova (next week / Mon 23 Nov)",
    "no_confidence_debate": "parliament's no-confidence debate, 26 Nov",
    "price_cut_effective": "the partial price cut taking effect, Thu 19 Nov (midnight Wed/Thu)",
    "tomsic_announcement": "Tomsic announcing the price cut, Wed 18 Nov",
    "bond_selloff": "bond yields rising, Wed 18 Nov",
    "cmf_programme_agreed": "CMF programme agreed, June 2026",
    "cmf_review": "CMF mission for the second review, December 2026",
    "capital_calmer": "capital calmer, Thu 19 Nov",
    "rights_group_tuesday_count": "rights group's Tuesday toll",
    "ministry_toll_revision": "ministry raising its toll, Thu 19 Nov",
}
utterances = {
    "drazhev_hostage": "Drazhev: the state will not be held hostage by violent mobs / gangs and looters",
    "drazhev_order": "Drazhev: order will be restored",
    "drazhev_as_long": "Drazhev: curfew for as long as necessary",
    "police_within_law": "police statement: acted within the law",
    "kostova_war": "Kostova: the government declared war on its own people",
    "kostova_hunger": "Kostova: nobody in this country voted for hunger",
    "kostova_home": "Kostova: we will not go home",
    "kostova_discount": "Kostova: a discount does not silence the dead",
    "belic_wounds": "Belic: never so many gunshot wounds in a single night",
    "lindqvist_restraint": "Lindqvist: exercise maximum restraint (and restore internet access)",
    "lindqvist_account": "Lindqvist: those responsible must be held to account",
    "tomsic_heard": "Tomsic: we have heard the people and we have listened",
    "tomsic_reform": "Tomsic: the reform of subsidies will continue",
    "rusev_nonlethal": "Rusev: officers used only non-lethal means",
    "cmf_monitoring": "CMF spokesperson: closely monitoring",
}
aliases = {
    "Anton Drazhev": ["Anton Drazhev", "Interior Minister Anton Drazhev", "Drazhev"],
    "Mirela Kostova": ["Mirela Kostova", "Kostova", "Civic Union leader Mirela Kostova", "Opposition leader Mirela Kostova"],
    "Vera Tomsic": ["Vera Tomsic", "Finance Minister Vera Tomsic", "Tomsic"],
    "Amara Lindqvist": ["Amara Lindqvist"],
    "Hana Belic": ["Dr Hana Belic"],
    "Damir Rusev": ["Col. Damir Rusev", "Rusev"],
    "Meskavian Rights Observatory": ["Meskavian Rights Observatory"],
    "Continental Monetary Fund": ["Continental Monetary Fund", "CMF", "Fund"],
    "Sarvel Central Hospital": ["Sarvel Central Hospital", "Sarvel Central"],
    "United Nations": ["UN"],
    "kestar": ["kestars", "KST"],
}
furniture = {
    "01": ["By Tomas Aaberg, Meridian Press Agency", "(Reporting by Tomas Aaberg; Editing by Ines Valdrup)"],
    "02": ["THE NATIONAL COURIER", "News | Unrest", "By Ilona Varga, Political Correspondent",
           "Related: Fuel prices – what changes at the pump"],
    "03": ["SARVEL EVENING POST", "Updated 18 November 2026, 17:05"],
    "04": ["PETROLINE MARKETS DAILY", "Meskavia | Downstream | Policy",
           "Subscribe to Petroline Markets Daily for daily downstream pricing"],
    "05": ["THE NORTHERN LEDGER", "Regional | Meskavia", "By Jana Holm"],
}
pub = {"01": TUE, "02": WED, "03": WED, "04": THU, "05": FRI}
outlet = {"01": "Meridian Press Agency (wire)", "02": "The National Courier (national broadsheet)",
          "03": "Sarvel Evening Post live page (local paper)", "04": "Petroline Markets Daily (trade / markets)",
          "05": "The Northern Ledger (regional follow-up)"}
g.write(
    event="FICTIONAL: protests in Sarvel, capital of Meskavia, over a 45% petrol price rise (effective Sat 14 Nov 2026); crackdown on Varosh Square Mon 16 Nov with disputed tolls (killed, injured, arrested), curfew and mobile internet blackout; the government cuts the petrol price back to 1,500 kestars from Thu 19 Nov",
    reference_date=FRI,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
