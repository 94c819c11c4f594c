"""Gold for the marrak_hostage_deal_2026_11 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "marrak_hostage_deal_2026_11"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6


ARN, SAR, VAH, BRA = "Tobias Arneberg", "Emil Saranov", "Idris Vahrani", "Sofie Brandvik"

# ---- 01 wire (Tuesday 24 Nov)
n("01", "five-day", "begin five-day truce", 5, "duration", "days", "exact", "pause_days")
n("01", "five-day", "A five-day pause", 5, "duration", "days", "exact", "pause_days")
n("01", "34", "free 34 hostages", 34, "count", "hostages", "exact", "hostages_phase1")
n("01", "21", "21 civilians", 21, "count", "civilians", "exact", "civilians_phase1")
n("01", "nine", "nine soldiers", 9, "count", "soldiers", "exact", "soldiers_phase1")
n("01", "four", "four foreign nationals", 4, "count", "foreign nationals", "exact", "foreigners_phase1")
n("01", "312", "releases 312 prisoners", 312, "count", "prisoners", "exact", "prisoners_phase1")
n("01", "200", "Up to 200 aid trucks", 200, "count", "trucks", "upper", "trucks_per_day")
n("01", "Eleven", "Eleven hostages", 11, "count", "hostages", "exact", "hostages_released_tue")
n("01", "eight months", "opened in eight months", 8, "duration", "months", "exact", "conflict_duration_months")
n("01", "90", "About 90 hostages", 90, "count", "hostages", "approx", "hostages_remaining")
n("01", "4,100", "More than 4,100", 4100, "count", "people", "lower", "killed_total")
n("01", "212", "212 of its soldiers", 212, "count", "soldiers", "exact", "soldiers_killed")
n("01", "610,000", "Some 610,000", 610000, "count", "people", "approx", "displaced_total")
d("01", "6 a.m. on Tuesday", "6 a.m. on Tuesday", "2026-11-24", "ceasefire_start")
d("01", "late on Sunday", "late on Sunday", "2026-11-22", "deal_signed")
d("01", "on Tuesday afternoon", "on Tuesday afternoon", "2026-11-24", "first_release")
d("01", "on Monday", "reporters on Monday", "2026-11-23", "arneberg_monday")
d("01", "next week", "begin next week", None, "second_phase")
d("01", "in March", "began in March", "2026-03", "fighting_began")
d("01", "until Sunday", "until Sunday", "2026-11-29", "pause_end")
q("01", "Our units will hold their fire, but they will answer any attack", "Tomas Hadrik", "hadrik_hold_fire")
q("01", "This is not yet peace, but it is the first door that has opened in eight months", ARN, "arneberg_door")
q("01", "We will bring every one of them home", SAR, "saranov_home")

# ---- 02 national broadsheet (Wednesday 25 Nov)
n("02", "Eleven", "Eleven home", 11, "count", "hostages", "exact", "hostages_released_tue")
n("02", "23", "23 to go", 23, "count", "hostages", "exact", "phase1_outstanding_after_tue")
n("02", "eleven", "brought eleven hostages", 11, "count", "hostages", "exact", "hostages_released_tue")
n("02", "19 hours", "19 hours of talks", 19, "duration", "hours", "exact", "final_talks_hours")
n("02", "thirty-four", "thirty-four hostages", 34, "count", "hostages", "exact", "hostages_phase1")
n("02", "21", "21 civilians", 21, "count", "civilians", "exact", "civilians_phase1")
n("02", "9", "9 soldiers", 9, "count", "soldiers", "exact", "soldiers_phase1")
n("02", "four", "four foreign nationals", 4, "count", "foreign nationals", "exact", "foreigners_phase1")
n("02", "two", "two of them Belvardian", 2, "count", "Belvardian citizens", "exact", "belvardians_phase1")
n("02", "312", "free 312 Marrak", 312, "count", "prisoners", "exact", "prisoners_phase1")
n("02", "five days", "truce of five days", 5, "duration", "days", "exact", "pause_days")
n("02", "81", "Mira Anselt, 81", 81, "age", "years", "exact", "anselt_age")
n("02", "247 days", "held for 247 days", 247, "duration", "days", "exact", "anselt_captivity_days")
n("02", "eight months", "opened in eight months", 8, "duration", "months", "exact", "conflict_duration_months")
n("02", "200", "Up to 200 lorries", 200, "count", "trucks", "upper", "trucks_per_day")
n("02", "60,000", "60,000 litres", 60000, "measure", "litres", "exact", "fuel_litres_per_day")
n("02", "Two hundred", "Two hundred trucks", 200, "count", "trucks", "exact", "trucks_per_day")
n("02", "500", "about 500 trucks", 500, "count", "trucks", "approx", "prewar_trucks_per_day")
n("02", "4,180", "4,180 people", 4180, "count", "people", "exact", "killed_total")
n("02", "600,000", "more than 600,000", 600000, "count", "people", "lower", "displaced_total")
n("02", "212", "212 soldiers", 212, "count", "soldiers", "exact", "soldiers_killed")
n("02", "90", "An estimated 90", 90, "count", "hostages", "approx", "hostages_remaining")
n("02", "50 million dollars", "50 million dollars", 50 * M, "money", "USD", "exact", "belvard_pledge")
d("02", "on Tuesday", "crossing on Tuesday", "2026-11-24", "first_release")
d("02", "on Monday", "signed on Monday", "2026-11-23", "deal_signed")
d("02", "in March", "Dornec in March", "2026-03", "anselt_abducted")
d("02", "on Tuesday morning", "on Tuesday morning", "2026-11-24", "ceasefire_start")
d("02", "as of Tuesday", "as of Tuesday", "2026-11-24", None)
d("02", "next week", "start next week", None, "second_phase")
q("02", "She asked for tea and for news of her cat", "Viktor Anselt", "anselt_tea")
q("02", "painful but necessary", "Katya Veres", "veres_painful")
q("02", "Our prisoners will walk out of those jails with their heads held high", VAH, "vahrani_heads_high")
q("02", "This is not peace yet, but it is the first door that has opened in eight months", ARN, "arneberg_door")
q("02", "Two hundred trucks a day is a start, not a solution", BRA, "brandvik_start")

# ---- 03 local live page (Wednesday 25 Nov)
n("03", "Twelve", "Twelve more", 12, "count", "hostages", "exact", "hostages_released_wed")
n("03", "12", "handed over 12 more", 12, "count", "hostages", "exact", "hostages_released_wed")
n("03", "23", "total freed to 23", 23, "count", "hostages", "exact", "hostages_freed_by_wed")
n("03", "34", "of the 34 promised", 34, "count", "hostages", "exact", "hostages_phase1")
n("03", "two", "two of the four", 2, "count", "foreign nationals", "exact", "foreigners_released_wed")
n("03", "four", "of the four foreign", 4, "count", "foreign nationals", "exact", "foreigners_phase1")
n("03", "104", "as 104 men", 104, "count", "men and teenagers", "exact", "prisoners_arrived_wed")
n("03", "300", "more than 300", 300, "count", "prisoners", "lower", "prisoners_phase1")
n("03", "250", "Aid: 250 trucks", 250, "count", "trucks", "exact", "trucks_per_day")
n("03", "250", "promised 250 trucks", 250, "count", "trucks", "exact", "trucks_per_day")
n("03", "200", "not the 200", 200, "count", "trucks", "exact", "trucks_per_day")
n("03", "96", "Only 96 trucks", 96, "count", "trucks", "exact", "trucks_crossed_tue")
n("03", "4,200", "4,200 people", 4200, "count", "people", "exact", "killed_total")
n("03", "1,300", "more than 1,300", 1300, "count", "children", "lower", "children_killed")
n("03", "600,000", "About 600,000", 600000, "count", "people", "approx", "displaced_total")
n("03", "19", "Adem, 19", 19, "age", "years", "exact", "adem_harun_age")
n("03", "nine", "the nine soldiers", 9, "count", "soldiers", "exact", "soldiers_phase1")
for t in ["17:40\nTwelve", "15:15", "12:30", "10:00", "08:30", "07:15"]:
    d("03", t.split("\n")[0], t, "2026-11-25", None)
d("03", "this afternoon", "this afternoon", "2026-11-25", "second_release")
d("03", "3pm", "after 3pm", "2026-11-25", "prisoners_arrive_tal_harvo")
d("03", "on Tuesday", "crossed on Tuesday", "2026-11-24", "trucks_tue")
d("03", "late on Tuesday", "late on Tuesday", "2026-11-24", "shelling_tue")
d("03", "at dawn on Wednesday", "at dawn on Wednesday", "2026-11-25", "ceasefire_start")
d("03", "on Sunday night", "on Sunday night", "2026-11-22", "deal_signed")
d("03", "until Tuesday", "until Tuesday", "2026-11-24", "council_ratification")
d("03", "this morning", "this morning", "2026-11-25", None)
d("03", "since March", "since March", "2026-03", "fighting_began")
d("03", "on Tuesday", "repeated on Tuesday", "2026-11-24", "saranov_repeat")
q("03", "with their heads held high", VAH, "vahrani_heads_high")
q("03", "They count the empty ones too", "Samir Qadoun", "qadoun_empty")
q("03", "I will believe it when I hold him", "Layla Harun", "harun_hold")
q("03", "we will bring every single one of them home", SAR, "saranov_home")

# ---- 04 business review (Thursday 26 Nov)
n("04", "1.4%", "gained 1.4%", 1.4, "percent", "%", "exact", "dovar_gain_pct")
n("04", "four-day", "four-day pause", 4, "duration", "days", "exact", "pause_days")
n("04", "35", "frees 35 hostages", 35, "count", "hostages", "exact", "hostages_phase1")
n("04", "nine", "nine soldiers", 9, "count", "soldiers", "exact", "soldiers_phase1")
n("04", "312", "releases 312", 312, "count", "prisoners", "exact", "prisoners_phase1")
n("04", "140 km", "140 km", 140, "measure", "km", "exact", "pipeline_km_in_marrak")
n("04", "180,000", "180,000 barrels", 180000, "measure", "barrels/day", "exact", "pipeline_barrels_per_day")
n("04", "three weeks", "within three weeks", 3, "duration", "weeks", "upper", "pipeline_restart_weeks")
n("04", "6.2%", "jumped 6.2%", 6.2, "percent", "%", "exact", "dovarpetrol_share_rise_pct")
n("04", "418 dovars", "418 dovars", 418, "money", "DVR", "exact", "dovarpetrol_share_price")
n("04", "4,000", "over 4,000", 4000, "count", "people", "lower", "killed_total")
n("04", "610,000", "forced 610,000", 610000, "count", "people", "exact", "displaced_total")
n("04", "2.8%", "shrink 2.8%", 2.8, "percent", "%", "exact", "gdp_contraction_pct")
n("04", "200", "200 trucks daily", 200, "count", "trucks", "exact", "trucks_per_day")
n("04", "$50m", "$50m", 50 * M, "money", "USD", "exact", "belvard_pledge")
n("04", "$3.2 billion", "$3.2 billion", 3.2e9, "money", "USD", "exact", "reconstruction_need")
n("04", "90", "roughly 90 hostages", 90, "count", "hostages", "approx", "hostages_remaining")
d("04", "this week", "this week", None, None)
d("04", "on 24 November", "on 24 November", "2026-11-24", "ceasefire_start")
d("04", "on 22 November", "on 22 November", "2026-11-22", "deal_signed")
d("04", "on Saturday", "on Saturday", "2026-11-28", "pause_end")
d("04", "in March", "shut in March", "2026-03", "pipeline_shut")
d("04", "on Tuesday", "6.2% on Tuesday", "2026-11-24", "dovarpetrol_jump")
d("04", "this year", "this year", "2026", None)
d("04", "on 1 December", "on 1 December", "2026-12-01", "second_phase")
q("04", "within three weeks", "Dovarpetrol", "dovarpetrol_three_weeks")
q("04", "Markets are pricing in a durable truce, which may be premature", "Ilse Marten", "marten_premature")
q("04", "the first door that has opened", ARN, "arneberg_door", "deal \"the first door that has opened\"")
q("04", "not yet peace", ARN, "arneberg_door", "\"not yet peace\"")

# ---- 05 follow-up (Friday 27 Nov)
n("05", "33", "as 33 hostages", 33, "count", "hostages", "exact", "hostages_freed_by_thu")
n("05", "10", "released 10 more", 10, "count", "hostages", "exact", "hostages_released_thu")
n("05", "33", "bringing to 33", 33, "count", "hostages", "exact", "hostages_freed_by_thu")
n("05", "67", "Tessal, 67", 67, "age", "years", "exact", "tessal_age")
n("05", "34", "the 34 agreed", 34, "count", "hostages", "exact", "hostages_phase1")
n("05", "20", "20 civilians", 20, "count", "civilians", "exact", "civilians_freed_by_thu")
n("05", "nine", "nine soldiers are now free", 9, "count", "soldiers", "exact", "soldiers_freed_by_thu")
n("05", "228", "released 228", 228, "count", "prisoners", "exact", "prisoners_released_by_thu")
n("05", "312", "of the 312", 312, "count", "prisoners", "exact", "prisoners_phase1")
n("05", "90", "roughly 90 hostages", 90, "count", "hostages", "approx", "hostages_remaining")
n("05", "140", "Only 140 trucks", 140, "count", "trucks", "exact", "trucks_crossed_wed")
n("05", "200", "the 200 a day", 200, "count", "trucks", "exact", "trucks_per_day")
n("05", "Two hundred", "Two hundred trucks", 200, "count", "trucks", "exact", "trucks_per_day")
n("05", "650,000", "650,000 displaced", 650000, "count", "people", "exact", "displaced_total")
n("05", "40,000", "40,000 more", 40000, "count", "people", "exact", "displaced_increase_week")
n("05", "4,236", "stands at 4,236", 4236, "count", "people", "exact", "killed_total")
n("05", "4,100", "up from 4,100", 4100, "count", "people", "exact", "killed_total_20nov")
n("05", "81-year-old", "81-year-old", 81, "age", "years", "exact", "anselt_age")
n("05", "eight months", "nearly eight months", 8, "duration", "months", "approx", "anselt_captivity_months")
d("05", "Monday", "set for Monday", "2026-11-30", "second_phase")
d("05", "on Friday", "held on Friday", "2026-11-27", None)
d("05", "on Thursday", "hostages on Thursday", "2026-11-26", "third_release")
d("05", "since Tuesday", "since Tuesday", "2026-11-24", "first_release")
d("05", "on Thursday", "said on Thursday", "2026-11-26", "arneberg_thursday")
d("05", "on Monday", "begin on Monday", "2026-11-30", "second_phase")
d("05", "on Wednesday", "Serrin on Wednesday", "2026-11-25", "trucks_wed")
d("05", "last week", "estimate last week", None, None)
d("05", "on 20 November", "on 20 November", "2026-11-20", None)
d("05", "on Tuesday", "began on Tuesday", "2026-11-24", "ceasefire_start")
q("05", "The first phase has been kept, except for a loss we all mourn. Now the hard part begins", ARN, "arneberg_hard_part")
q("05", "Kastell is releasing our prisoners drop by drop", VAH, "vahrani_drop_by_drop")
q("05", "We are not asking for miracles. Two hundred trucks a day is a start, but it is not a solution", BRA, ["brandvik_miracles", "brandvik_start"])

quantities = {
    "pause_days": "length of the truce/pause in days (five vs the business review's four)",
    "hostages_phase1": "hostages the Front is to free in the first phase (34 vs 04's 35; 03: 'of the 34 promised')",
    "civilians_phase1": "civilians among the first-phase hostages",
    "soldiers_phase1": "soldiers among the first-phase hostages",
    "foreigners_phase1": "foreign nationals among the first-phase hostages",
    "belvardians_phase1": "Belvardian citizens among the foreign nationals",
    "prisoners_phase1": "prisoners Dovaria is to free in the first phase (312; 03: more than 300)",
    "trucks_per_day": "aid trucks a day allowed in under the deal (200; the Front says 250 were promised)",
    "prewar_trucks_per_day": "trucks that crossed every day before the war",
    "trucks_crossed_tue": "trucks that crossed on Tue 24 Nov (Front)",
    "trucks_crossed_wed": "trucks that crossed at Serrin on Wed 25 Nov (aid consortium)",
    "fuel_litres_per_day": "litres of fuel to enter (a day)",
    "hostages_released_tue": "hostages handed over on Tue 24 Nov",
    "hostages_released_wed": "hostages handed over on Wed 25 Nov",
    "hostages_released_thu": "hostages released on Thu 26 Nov",
    "hostages_freed_by_wed": "hostages freed in total by Wed 25 Nov evening",
    "hostages_freed_by_thu": "hostages freed in total by Thu 26 Nov",
    "phase1_outstanding_after_tue": "first-phase hostages still to be freed after Tuesday ('23 to go')",
    "civilians_freed_by_thu": "civilians freed by Thu 26 Nov",
    "soldiers_freed_by_thu": "soldiers freed by Thu 26 Nov",
    "foreigners_released_wed": "foreign nationals among Wednesday's released hostages",
    "prisoners_arrived_wed": "freed prisoners arriving in Tal Harvo on Wed 25 Nov",
    "prisoners_released_by_thu": "prisoners Dovaria has released so far (by Thu 26 Nov)",
    "hostages_remaining": "hostages who will still be held after the first phase (about 90)",
    "conflict_duration_months": "months since the fighting began (envoy's 'eight months')",
    "killed_total": "people killed in Marrak since the fighting began, per the health authority (toll rising: 4,100+ / 4,180 / 4,200 / 4,000+ / 4,236)",
    "killed_total_20nov": "the toll as of 20 Nov, presented by 05 as the earlier figure",
    "children_killed": "children among the dead",
    "soldiers_killed": "Dovarian soldiers killed",
    "displaced_total": "people displaced by the conflict (610,000 / 600,000+ / about 600,000 / 610,000 / 650,000)",
    "displaced_increase_week": "rise in the displaced count since the consortium's estimate last week",
    "final_talks_hours": "hours of the final round of talks in Port Aurel",
    "anselt_age": "age of Mira Anselt, the oldest hostage freed",
    "anselt_captivity_days": "days Mira Anselt was held",
    "anselt_captivity_months": "months Mira Anselt was held (a different unit from the days)",
    "adem_harun_age": "age of the conscript Adem Harun",
    "tessal_age": "age of Ruben Tessal, the hostage who died in captivity",
    "belvard_pledge": "Belvard's pledge for reconstruction",
    "reconstruction_need": "reconstruction need estimated by the Kastell Institute",
    "dovar_gain_pct": "dovar's rise against the US dollar this week",
    "pipeline_km_in_marrak": "length of the Sennet pipeline across Marrak territory",
    "pipeline_barrels_per_day": "pre-shutdown flow of the Sennet pipeline",
    "pipeline_restart_weeks": "time Dovarpetrol needs to restart flows",
    "dovarpetrol_share_rise_pct": "Dovarpetrol's share price jump on Tuesday",
    "dovarpetrol_share_price": "Dovarpetrol's share price after the jump",
    "gdp_contraction_pct": "central bank's forecast of this year's economic contraction",
}
events = {
    "deal_signed": "the deal signed in Port Aurel, late Sun 22 Nov (02: Monday 23 Nov)",
    "ceasefire_start": "the truce taking effect, 6 a.m. Tue 24 Nov (the Front / 03: dawn Wed 25 Nov)",
    "pause_end": "the pause's expiry: Sun 29 Nov for a five-day pause (04: Saturday 28 Nov for four days)",
    "first_release": "the first hostages handed over, Tue 24 Nov",
    "second_release": "the second handover of hostages, Wed 25 Nov afternoon",
    "third_release": "the third handover of hostages, Thu 26 Nov",
    "second_phase": "start of the second phase: next week (Mon 30 Nov per 05; 1 Dec per 04)",
    "arneberg_monday": "Arneberg's remarks to reporters, Mon 23 Nov",
    "arneberg_thursday": "Arneberg's statement on the second phase, Thu 26 Nov",
    "fighting_began": "the start of the fighting in Marrak, March 2026",
    "anselt_abducted": "Mira Anselt taken from her home, March 2026",
    "pipeline_shut": "the Sennet pipeline shut, March 2026",
    "prisoners_arrive_tal_harvo": "buses with freed prisoners reaching Tal Harvo, Wed 25 Nov just after 3pm",
    "trucks_tue": "aid trucks crossing on Tue 24 Nov",
    "trucks_wed": "aid trucks crossing on Wed 25 Nov",
    "shelling_tue": "shelling reported until late Tue 24 Nov",
    "council_ratification": "the Front's leadership council ratifying the deal, Tue 24 Nov",
    "saranov_repeat": "Saranov repeating his pledge, Tue 24 Nov",
    "dovarpetrol_jump": "Dovarpetrol shares jumping, Tue 24 Nov",
}
utterances = {
    "arneberg_door": "Arneberg: not yet peace, but the first door that has opened in eight months",
    "arneberg_hard_part": "Arneberg: the first phase has been kept; now the hard part begins",
    "hadrik_hold_fire": "Hadrik: our units will hold their fire but answer any attack",
    "saranov_home": "Saranov: we will bring every (single) one of them home",
    "anselt_tea": "Viktor Anselt: she asked for tea and news of her cat",
    "veres_painful": "Veres: painful but necessary (concessions)",
    "vahrani_heads_high": "Vahrani: our prisoners will walk out with their heads held high",
    "vahrani_drop_by_drop": "Vahrani: Kastell is releasing our prisoners drop by drop",
    "brandvik_start": "Brandvik: two hundred trucks a day is a start, (but it is) not a solution",
    "brandvik_miracles": "Brandvik: we are not asking for miracles",
    "qadoun_empty": "Qadoun: they count the empty ones too",
    "harun_hold": "Layla Harun: I will believe it when I hold him",
    "dovarpetrol_three_weeks": "Dovarpetrol: restart flows within three weeks",
    "marten_premature": "Marten: markets pricing in a durable truce, which may be premature",
}
aliases = {
    "Tel Harvo": ["Tel Harvo", "Tal Harvo"],
    "Marrak People's Front": ["Marrak People's Front", "Marrak People’s Front", "the Front", "MPF"],
    "Tobias Arneberg": ["Tobias Arneberg", "Arneberg", "Belvardian envoy Arneberg", "Belvard's special envoy Tobias Arneberg"],
    "Emil Saranov": ["Emil Saranov", "President Emil Saranov", "Saranov", "Dovarian President Saranov"],
    "Idris Vahrani": ["Idris Vahrani", "Idris al-Vahrani", "Vahrani"],
    "Sofie Brandvik": ["Sofie Brandvik"],
    "Halden Aid Consortium": ["Halden Aid Consortium", "the consortium"],
    "Tomas Hadrik": ["Tomas Hadrik", "Colonel Tomas Hadrik"],
    "Katya Veres": ["Katya Veres", "Deputy Prime Minister Katya Veres"],
    "Mira Anselt": ["Mira Anselt"],
    "Dovaria": ["Dovaria", "Kastell"],
    "Dovarpetrol": ["Dovarpetrol"],
}
furniture = {
    "01": ["By Elin Sorvald, Meridian Press Service",
           "(Reporting by Elin Sorvald in Tel Harvo; additional reporting by Piet Amsel in Port Aurel; Editing by Hana Roos)"],
    "02": ["THE KASTELL HERALD", "News | Marrak conflict", "Read more: The families still waiting in Dornec"],
    "03": ["MARRAK VOICE", "Live | Tal Harvo", "Updated 25/11/2026 17:40"],
    "04": ["Dovar Business Review", "Markets | Energy | Dovaria", "Related: Dovarpetrol third-quarter results"],
    "05": ["Northline News", "World | Dovaria", "By Jonas Ekwall", "Published 27 November 2026", "Share this article"],
}
pub = {"01": "2026-11-24", "02": "2026-11-25", "03": "2026-11-25", "04": "2026-11-26", "05": "2026-11-27"}
outlet = {"01": "Meridian Press Service (wire)", "02": "The Kastell Herald (national broadsheet)",
          "03": "Marrak Voice live page (local)", "04": "Dovar Business Review (business/regional)",
          "05": "Northline News (follow-up)"}
g.write(
    event="FICTIONAL: hostage-for-prisoner exchange and truce between Dovaria and the Marrak People's Front, brokered by Belvard: deal signed in Port Aurel late Sun 22 Nov 2026 (or Mon 23), five-day pause from 6 a.m. Tue 24 Nov (the Front: dawn Wed 25), 34 hostages for 312 prisoners in a first phase, 200 aid trucks a day, tolls and displacement, second phase from next week",
    reference_date="2026-11-27",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
