"""Gold for the brodnitsa_strike_2026_11 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "brodnitsa_strike_2026_11"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6


HRY, ZHE, MAT = "Teodor Hrynevych", "Arkady Zhelnin", "Yurii Matsko"
MOD = "Marovian Defence Ministry"

# ---- 01 wire (Tuesday 10 Nov)
n("01", "12", "killing at least 12\n", 12, "count", "people", "lower", "killed_total")
n("01", "12", "killing at least 12 people", 12, "count", "people", "lower", "killed_total")
n("01", "three", "including three children", 3, "count", "children", "exact", "children_killed")
n("01", "40", "More than 40", 40, "count", "people", "lower", "wounded")
n("01", "45", "launched 45 drones", 45, "count", "drones", "exact", "drones_launched")
n("01", "seven", "and seven missiles", 7, "count", "missiles", "exact", "missiles_launched")
n("01", "38", "shot down 38", 38, "count", "drones", "exact", "drones_shot_down")
n("01", "four", "and four of the missiles", 4, "count", "missiles", "exact", "missiles_shot_down")
n("01", "300,000", "around 300,000 households", 300000, "count", "households", "approx", "plant_households_supplied")
n("01", "410,000", "city of 410,000", 410000, "count", "people", "exact", "brodnitsa_population")
n("01", "two months", "in two months", 2, "duration", "months", "exact", "grid_attacks_window")
d("01", "overnight into Tuesday", "overnight into Tuesday", "2026-11-10", "strike")
d("01", "on Tuesday afternoon", "on Tuesday afternoon", "2026-11-10", "rescue_search")
d("01", "3 a.m.", "shortly before 3 a.m.", "2026-11-10", "strike")
d("01", "last week", "hit last week", None, "substation_strike")
q("01", "heavily damaged", "Kessarian Energy Ministry", "energy_heavily_damaged")
q("01", "This was a deliberate strike on sleeping families and on the light and heat of a whole city", HRY, "hry_deliberate")
q("01", "The answer will come", HRY, "hry_answer")
q("01", "massive strike with high-precision weapons", MOD, "mod_massive_strike")
q("01", "all designated targets have been hit", MOD, "mod_all_targets")
q("01", "deeply alarmed", "United Nations", "un_alarmed")

# ---- 02 Kessarian paper (Wednesday 11 Nov)
n("02", "19", "rises to 19", 19, "count", "people", "exact", "killed_total")
n("02", "19", "has risen to 19", 19, "count", "people", "exact", "killed_total")
n("02", "four", "four children", 4, "count", "children", "exact", "children_killed")
n("02", "two", "two rescuers", 2, "count", "rescuers", "exact", "rescuers_killed")
n("02", "64", "Another 64", 64, "count", "people", "exact", "wounded")
n("02", "11", "11 of them in serious", 11, "count", "people", "exact", "serious_condition")
n("02", "Fourteen", "Fourteen apartment", 14, "count", "buildings", "exact", "buildings_damaged")
n("02", "45", "launched 45 attack", 45, "count", "drones", "exact", "drones_launched")
n("02", "7", "and 7 cruise", 7, "count", "missiles", "exact", "missiles_launched")
n("02", "38", "said 38 drones", 38, "count", "drones", "exact", "drones_shot_down")
n("02", "four", "and four missiles", 4, "count", "missiles", "exact", "missiles_shot_down")
n("02", "$450 million", "$450 million", 450 * M, "money", "USD", "exact", "plant_rebuild_cost")
n("02", "six months", "at least six months", 6, "duration", "months", "lower", "plant_repair_duration")
n("02", "320,000", "About 320,000", 320000, "count", "households", "approx", "households_no_heating")
n("02", "90", "about 90 kilometres", 90, "measure", "km", "approx", "yelsk_border_km")
d("02", "Tuesday", "in Tuesday’s Marovian", "2026-11-10", "strike")
d("02", "on Wednesday", "Service said on Wednesday", "2026-11-11", "ses_update_wed")
d("02", "2:47 a.m.", "starting at 2:47 a.m.", "2026-11-10", "strike")
d("02", "on Tuesday evening", "on Tuesday evening", "2026-11-10", "hry_address")
d("02", "Early on Wednesday", "Early on Wednesday", "2026-11-11", "retaliation")
d("02", "on Tuesday", "said on Tuesday:", "2026-11-10", "un_statement")
q("02", "We are pulling people out of the rubble with our bare hands", "Larysa Demko", "demko_bare_hands")
q("02", "Every family in Sadovyi knows someone who was under those walls", "Larysa Demko", "demko_every_family")
q("02", "The ones that got through were aimed at the plant and at homes, not at any military target", MAT, "matsko_got_through")
q("02", "a deliberate strike on sleeping families, on the light and the heat of an entire city", HRY, "hry_deliberate")
q("02", "the answer will come, and it will be felt", HRY, "hry_answer")
q("02", "Attacks on civilian infrastructure are prohibited under international humanitarian law. Civilians are paying the price for this war", "Mireille Okonjo", ["okonjo_ihl", "okonjo_price"])

# ---- 03 Marovian state media (Thursday 12 Nov)
n("03", "sixty", "sixty precision", 60, "count", "weapons", "exact", "weapons_used_mar_claim")
n("03", "six", "only six of them", 6, "count", "weapons", "exact", "weapons_intercepted_mar_claim")
n("03", "22", "destroyed 22", 22, "count", "drones", "exact", "yelsk_drones_downed")
n("03", "two", "two private houses", 2, "count", "houses", "exact", "yelsk_houses_damaged")
n("03", "four hours", "within four hours", 4, "duration", "hours", "upper", "yelsk_fire_duration")
n("03", "115", "115 Marovian", 115, "count", "servicemen", "exact", "prisoners_per_side")
d("03", "on Monday night", "on Monday night", "2026-11-09", "strike")
d("03", "The next day", "The next day", "2026-11-10", "retaliation")
q("03", "All designated targets have been hit. The objectives of the strike have been achieved", ZHE, "mod_all_targets")
q("03", "The Marovian Armed Forces do not strike civilian objects", ZHE, "zhelnin_no_civilian")
q("03", "This is a humanitarian gesture, and we thank our Sundhavnian partners", "Olga Bratchikova", "bratchikova_gesture")
q("03", "repeat Kessarian propaganda", "Marovian Foreign Ministry", "mfa_propaganda")

# ---- 04 foreign broadcaster live page (Thursday 12 Nov)
n("04", "120", "exchange 120 prisoners", 120, "count", "prisoners", "exact", "prisoners_per_side")
n("04", "21", "rises to 21", 21, "count", "people", "exact", "killed_total")
n("04", "21", "has risen to 21", 21, "count", "people", "exact", "killed_total")
n("04", "four", "four children", 4, "count", "children", "exact", "children_killed")
n("04", "two", "two emergency workers", 2, "count", "rescuers", "exact", "rescuers_killed")
n("04", "Sixty-eight", "Sixty-eight", 68, "count", "people", "exact", "wounded")
n("04", "47", "Kessaria: 47 drones", 47, "count", "drones", "exact", "drones_launched")
n("04", "45", "not 45", 45, "count", "drones", "exact", "drones_launched_first_count")
n("04", "47", "launched 47 drones", 47, "count", "drones", "exact", "drones_launched")
n("04", "seven", "and seven missiles", 7, "count", "missiles", "exact", "missiles_launched")
n("04", "38", "shot down 38", 38, "count", "drones", "exact", "drones_shot_down")
n("04", "four", "and four missiles", 4, "count", "missiles", "exact", "missiles_shot_down")
n("04", "dozens", "“dozens”", None, "count", "drones", "vague", "yelsk_drones_launched", 24, 99)
n("04", "22", "shot down 22", 22, "count", "drones", "exact", "yelsk_drones_downed")
n("04", "$18 million", "$18 million", 18 * M, "money", "USD", "exact", "un_flash_appeal")
n("04", "$450m", "$450m", 450 * M, "money", "USD", "exact", "plant_rebuild_cost")
for t in ["16:05 GMT\nSundhavn", "14:30 GMT", "12:10 GMT", "10:45 GMT", "09:20 GMT"]:
    d("04", t.split("\n")[0], t, "2026-11-12", None)
d("04", "on Saturday", "prisoners on Saturday", "2026-11-14", "prisoner_exchange")
d("04", "since June", "since June", "2026-06", "previous_exchange")
d("04", "Tuesday", "Toll from Tuesday", "2026-11-10", "strike")
d("04", "in the early hours of Tuesday", "in the early hours of Tuesday", "2026-11-10", "strike")
d("04", "Tuesday", "count of Tuesday", "2026-11-10", "strike")
d("04", "on Wednesday", "said on Wednesday", "2026-11-11", "zhelnin_briefing")
d("04", "early on Wednesday", "early on Wednesday", "2026-11-11", "retaliation")
d("04", "on Thursday", "repeated on Thursday", "2026-11-12", "un_statement_repeat")
d("04", "on Tuesday", "he said on Tuesday", "2026-11-10", "hry_address")
q("04", "Both sides have agreed to exchange 120 prisoners each. We hope this will be the first step towards something larger", "Ingrid Solvang", "solvang_exchange")
q("04", "all targets were hit", MOD, "mod_all_targets")
q("04", "our armed forces do not strike civilian targets", ZHE, "zhelnin_no_civilian")
q("04", "dozens", "Kessarian General Staff", "gs_dozens")
q("04", "Civilians are paying the price", "Mireille Okonjo", "okonjo_price")
q("04", "attacks against civilian infrastructure are prohibited under international humanitarian law", "Mireille Okonjo", "okonjo_ihl")
q("04", "It was a deliberate strike on sleeping families", HRY, "hry_deliberate")

# ---- 05 humanitarian situation report (Friday 13 Nov)
n("05", "23", "At least 23", 23, "count", "people", "lower", "killed_total")
n("05", "4", "4 children", 4, "count", "children", "exact", "children_killed")
n("05", "2", "2 rescuers", 2, "count", "rescuers", "exact", "rescuers_killed")
n("05", "71", "71 injured", 71, "count", "people", "exact", "wounded")
n("05", "310,000", "310,000 households", 310000, "count", "households", "approx", "households_no_heating")
n("05", "-9", "-9°C", -9, "measure", "C", "exact", "night_temperature")
n("05", "16", "16 residential", 16, "count", "buildings", "exact", "buildings_damaged")
n("05", "3", "3 considered", 3, "count", "buildings", "exact", "buildings_unsafe")
n("05", "1,850", "1,850 people", 1850, "count", "people", "exact", "people_in_shelters")
n("05", "12", "12 collective", 12, "count", "shelters", "exact", "collective_shelters")
n("05", "120", "120 per side", 120, "count", "prisoners", "exact", "prisoners_per_side")
n("05", "40 minutes", "about 40 minutes", 40, "duration", "minutes", "approx", "second_strike_delay")
n("05", "two", "killing two rescuers", 2, "count", "rescuers", "exact", "rescuers_killed")
n("05", "35", "opened 35", 35, "count", "heating points", "exact", "heating_points")
n("05", "250 kW", "250 kW", 250, "measure", "kW", "exact", "generator_power")
n("05", "two", "two hospitals", 2, "count", "hospitals", "exact", "brodnitsa_hospitals")
n("05", "4,200", "4,200 windows", 4200, "count", "windows", "exact", "windows_to_replace")
n("05", "2,600", "2,600 sheets", 2600, "count", "sheets", "exact", "plastic_sheets")
n("05", "47", "treated 47", 47, "count", "people", "exact", "hospital_treated")
n("05", "9", "9 remain", 9, "count", "people", "exact", "intensive_care")
n("05", "US$18 million", "US$18 million", 18 * M, "money", "USD", "exact", "un_flash_appeal")
n("05", "22%", "22% funded", 22, "percent", "%", "exact", "appeal_funded_pct")
n("05", "€25 million", "€25 million", 25 * M, "money", "EUR", "exact", "eu_pledge")
d("05", "on 10 November", "Brodnitsa on 10 November", "2026-11-10", "strike")
d("05", "on 12 November", "announced on 12 November", "2026-11-12", "prisoner_swap_announced")
d("05", "on 14 November", "expected on 14 November", "2026-11-14", "prisoner_exchange")
d("05", "02:45", "Between 02:45", "2026-11-10", "strike")
d("05", "04:10", "and 04:10", "2026-11-10", "strike")
d("05", "on 10 November", "local time on 10 November", "2026-11-10", "strike")
d("05", "On 11 November", "On 11 November", "2026-11-11", "retaliation")
d("05", "the day after the strike", "the day after the strike", "2026-11-11", "retaliation")
d("05", "on 10 November", "said on 10 November", "2026-11-10", "un_statement")
d("05", "the end of the month", "the end of the month", "2026-11", "windows_deadline")
d("05", "the start of winter", "the start of winter", None, None)
q("05", "attacks on civilian infrastructure are prohibited under international humanitarian law", "Mireille Okonjo", "okonjo_ihl")
q("05", "We have never seen so many people in the shelters at the start of winter", "Dana Ferreira", "ferreira_shelters")

quantities = {
    "killed_total": "people killed in the 10 Nov strike on Brodnitsa (toll rising across reports: 12+ / 19 / 21 / 23+)",
    "children_killed": "children among the dead (3 vs 4)",
    "rescuers_killed": "rescuers/emergency workers killed by the second strike",
    "wounded": "people wounded in the strike (40+ / 64 / 68 / 71)",
    "serious_condition": "wounded in serious condition (02)",
    "drones_launched": "drones Marovia launched, by Kessaria's air force (45, revised to 47)",
    "drones_launched_first_count": "the air force's first count of drones, presented by 04 as superseded",
    "missiles_launched": "missiles launched, by Kessaria's air force",
    "drones_shot_down": "drones shot down, by Kessaria's air force",
    "missiles_shot_down": "missiles shot down, by Kessaria's air force",
    "weapons_used_mar_claim": "precision weapons used, by Marovia's defence ministry",
    "weapons_intercepted_mar_claim": "weapons intercepted, by Marovia's defence ministry",
    "plant_households_supplied": "households the plant supplies",
    "households_no_heating": "households without heating after the strike (320,000 vs 310,000)",
    "brodnitsa_population": "population of Brodnitsa",
    "grid_attacks_window": "period in which three attacks hit the grid",
    "buildings_damaged": "residential buildings damaged in Sadovyi (14 vs 16)",
    "buildings_unsafe": "buildings considered unsafe",
    "plant_rebuild_cost": "cost of restoring/rebuilding the plant",
    "plant_repair_duration": "time repairs will take",
    "yelsk_border_km": "distance of Yelsk from the border",
    "yelsk_drones_downed": "Kessarian drones Marovia says it destroyed over Yelsk",
    "yelsk_drones_launched": "drones Kessaria used against Yelsk",
    "yelsk_houses_damaged": "private houses damaged in Yelsk",
    "yelsk_fire_duration": "time to put out the depot fire",
    "prisoners_per_side": "prisoners each side returns in the exchange (120 vs Marovia's 115)",
    "un_flash_appeal": "UN flash appeal",
    "appeal_funded_pct": "share of the appeal funded",
    "eu_pledge": "EU pledge for reconstruction",
    "night_temperature": "night temperature, Celsius",
    "people_in_shelters": "people in collective shelters",
    "collective_shelters": "collective shelters",
    "second_strike_delay": "delay before the second strike",
    "heating_points": "heating points opened",
    "generator_power": "mobile generator power",
    "brodnitsa_hospitals": "hospitals in Brodnitsa",
    "windows_to_replace": "windows needing replacement",
    "plastic_sheets": "plastic sheets distributed",
    "hospital_treated": "injured treated at the regional hospital",
    "intensive_care": "injured in intensive care",
}
events = {
    "strike": "the missile and drone strike on Brodnitsa, overnight into Tue 10 Nov (Marovia: Monday night 9 Nov)",
    "rescue_search": "rescuers searching the rubble, Tue 10 Nov afternoon",
    "substation_strike": "strike on a substation last week",
    "ses_update_wed": "State Emergency Service toll update, Wed 11 Nov",
    "hry_address": "President's address, Tue 10 Nov evening",
    "retaliation": "Kessarian drone strike on the Yelsk fuel depot, Wed 11 Nov (Marovia: 'the next day' after Monday = Tue 10 Nov)",
    "un_statement": "UN humanitarian coordinator's statement, Tue 10 Nov",
    "un_statement_repeat": "UN coordinator repeating the statement, Thu 12 Nov",
    "zhelnin_briefing": "Zhelnin's briefing, Wed 11 Nov",
    "prisoner_swap_announced": "Sundhavn announcing the prisoner exchange, Thu 12 Nov",
    "prisoner_exchange": "the prisoner exchange, Sat 14 Nov",
    "previous_exchange": "the previous exchange, June 2026",
    "windows_deadline": "windows to be replaced by the end of November",
}
utterances = {
    "hry_deliberate": "Hrynevych: a deliberate strike on sleeping families (and on the light and heat of a city)",
    "hry_answer": "Hrynevych: the answer will come",
    "energy_heavily_damaged": "energy ministry: heavily damaged",
    "mod_massive_strike": "Marovian MoD: massive strike with high-precision weapons",
    "mod_all_targets": "Marovian MoD / Zhelnin: all (designated) targets have been hit",
    "un_alarmed": "UN: deeply alarmed",
    "demko_bare_hands": "Demko: pulling people out of the rubble with bare hands",
    "demko_every_family": "Demko: every family knows someone",
    "matsko_got_through": "Matsko: those that got through were aimed at plant and homes",
    "okonjo_ihl": "Okonjo: attacks on civilian infrastructure prohibited under IHL",
    "okonjo_price": "Okonjo: civilians are paying the price",
    "zhelnin_no_civilian": "Zhelnin: armed forces do not strike civilian objects/targets",
    "bratchikova_gesture": "Bratchikova: a humanitarian gesture",
    "mfa_propaganda": "Marovian MFA: repeat Kessarian propaganda",
    "solvang_exchange": "Solvang: exchange 120 prisoners each, first step",
    "gs_dozens": "General Staff: dozens (of drones)",
    "ferreira_shelters": "Ferreira: never so many people in shelters",
}
aliases = {
    "Brodnitsa": ["Brodnitsa", "Brodnica", "Brodnytsia"],
    "Sadovyi": ["Sadovyi", "Sadovy"],
    "Teodor Hrynevych": ["Teodor Hrynevych", "Teodor Hrinevich", "Teodor Hrynevich", "President Teodor Hrynevych", "Kessarian President Teodor Hrinevich"],
    "Arkady Zhelnin": ["Arkady Zhelnin", "Arkadiy Zhelnin", "Zhelnin", "Major General Arkady Zhelnin", "General Arkady Zhelnin"],
    "Yurii Matsko": ["Yurii Matsko", "Yuri Matsko", "Col. Yurii Matsko"],
    "Larysa Demko": ["Larysa Demko", "Mayor Larysa Demko"],
    "Mireille Okonjo": ["Mireille Okonjo"],
    "Ingrid Solvang": ["Ingrid Solvang"],
    "Olga Bratchikova": ["Olga Bratchikova"],
    "Dana Ferreira": ["Dana Ferreira"],
    "United Nations": ["United Nations", "UN"],
    "Aldermere Humanitarian Alliance": ["Aldermere Humanitarian Alliance", "AHA"],
    "Marovian Defence Ministry": ["Marovia's defence ministry", "the Ministry of Defence", "Defence Ministry"],
}
furniture = {
    "01": ["By Aino Lehtisaari and Marko Pelin, Continental News Agency",
           "(Reporting by Aino Lehtisaari in Brodnica; Editing by Marko Pelin)"],
    "02": ["THE KESSARIAN TRIBUNE", "Home | War | Brodnitsa",
           "Related: How to find emergency heating points in Brodnitsa",
           "Subscribe to the Tribune’s war briefing"],
    "03": ["MSNA - Marovian State News Agency", "Defence | 12.11.2026 | 10:20", "Share this story",
           "Most read: Grain harvest reaches record 142 million tonnes"],
    "04": ["NordWave World", "Live | Europe", "Last updated 16:05 GMT, Thursday 12 November", "Share",
           "Related: What we know about the Brodnitsa strike"],
    "05": ["Aldermere Humanitarian Alliance (AHA)", "KESSARIA: Brodnitsa strike – Situation Report No. 2",
           "As of 13 November 2026, 12:00 local time",
           "Contact: info@aha.example.org | Next report: 16 November 2026"],
}
pub = {"01": "2026-11-10", "02": "2026-11-11", "03": "2026-11-12", "04": "2026-11-12", "05": "2026-11-13"}
outlet = {"01": "Continental News Agency (wire)", "02": "The Kessarian Tribune",
          "03": "Marovian State News Agency (state media)", "04": "NordWave World live page",
          "05": "Aldermere Humanitarian Alliance situation report"}
g.write(
    event="FICTIONAL: Marovian missile and drone strike on the Kessarian city of Brodnitsa (power plant CHP-2 and the Sadovyi district) overnight into Tue 10 Nov 2026; Kessarian drone strike on Yelsk Wed 11 Nov; prisoner exchange announced by Sundhavn Thu 12 Nov for Sat 14 Nov; UN statement",
    reference_date="2026-11-13",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
