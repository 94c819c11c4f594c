"""Gold for the harvik_border_clash_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). Soldiers killed are counted per army: the Telurian dead and the
Arvennese dead are two quantities, and each side's figure for its own losses, its claim about
the other side's ("their count vs ours") and the monitors' verified count are estimates of one
thing by different sources, so the same quantity (GUIDELINES section 4, police vs organisers);
the toll both sides together is a third quantity. Teluria's own toll reported at different
hours (nine on Monday, 12 later) is one quantity; the "up from nine" the article itself gives
as superseded is its own. Captured (Arvenna's claim) and missing (Teluria's list) are
different framings, so different quantities. km and miles are different quantities, so are a
truce in hours and one in days. A measure spelled out with its unit is the number alone
("the 340 km border", "about 60 km"), as the dravik gold's "5 km"; a duration keeps its unit
("72 hours", "seven days", "40 years"), as the dravik gold's "14 hours"; basis points keep
theirs, as the ostrel and selvane gold; a hyphenated compound keeps its unit ("340-km", "210-mile",
"45-strong", "72-hour", "three-day", "67-year-old"); money keeps its sign, scale word and
currency word ("50,000 vesks", "$1.1 billion"). Times of day ("23:50", "2150 GMT", "11.50pm",
"6 a.m.", "18:00") are date mentions resolved to their day. Article 03 (a local paper's web
page) carries no date of its own: its `published` is null and its relative dates are resolved
to the days they mean. Sabina Orlo's "Our soldiers held every position and answered every
shot" is a look-alike of the Telurian spokesman's words by the other side, so its own
utterance; a partial "held every position" that an article gives to Teluria belongs to the
spokesman's. A quote's text excludes its marks and the sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "harvik_border_clash_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9
NB = "\u00a0"

TMOD, AMOD = "Telurian Defence Ministry", "Arvennese Defence Ministry"
DRONN, ORLO, HAUG, BRENN = "Ivar Dronn", "Sabina Orlo", "Lene Haugstad", "Olga Brenn"
MISSION = "Regional Security Council monitoring mission"
VSK = "VSK"  # the Telurian vesk
SAT, SUN, MON, TUE, WED, THU, FRI, SAT2 = ("2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08",
                                          "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12")

# ---- 01 wire (Monday 7 Dec)
d("01", "Dec 7", "Teluria, Dec 7", MON, None)
n("01", "15", "at least 15 soldiers", 15, "count", "soldiers", "lower", "soldiers_killed_total")
n("01", "seven years", "in seven years", 7, "duration", "years", "exact", "worst_fighting_in_years")
d("01", "on Monday", "both sides said on Monday", MON, None)
n("01", "nine", "said nine of its soldiers", 9, "count", "soldiers", "exact", "telurian_soldiers_killed")
n("01", "27", "and 27 wounded", 27, "count", "soldiers", "exact", "telurian_soldiers_wounded")
n("01", "30", "\"more than 30\"", 30, "count", "men", "lower", "arvennese_soldiers_killed")
q("01", "more than 30", TMOD, "tmod_more_than_30")
n("01", "six", "said six of its soldiers", 6, "count", "soldiers", "exact", "arvennese_soldiers_killed")
n("01", "15", "and 15 were wounded", 15, "count", "soldiers", "exact", "arvennese_soldiers_wounded")
n("01", "40", "about 40 Telurian troops", 40, "count", "troops", "approx", "telurian_soldiers_killed")
n("01", "four", "and captured four", 4, "count", "troops", "exact", "telurian_soldiers_captured")
d("01", "23:50", "at 23:50 on Sunday", SUN, "first_shots")
d("01", "on Sunday", "23:50 on Sunday", SUN, "first_shots")
d("01", "2150 GMT", "(2150 GMT)", SUN, "first_shots")
d("01", "02:15", "at 02:15 on Monday", MON, "first_shots")
d("01", "on Monday", "02:15 on Monday", MON, "first_shots")
q("01", "Our soldiers answered an unprovoked attack and held every position", DRONN, "dronn_held")
q("01", "Telurian units crossed the line of control and were driven back with heavy losses", AMOD, "amod_driven_back")
n("01", "Three", "Three civilians were killed", 3, "count", "civilians", "exact", "civilians_killed_morsk")
n("01", "14", "and 14 wounded", 14, "count", "civilians", "exact", "civilians_wounded_morsk")
n("01", "two", "said two civilians", 2, "count", "civilians", "exact", "civilians_killed_tolvi")
n("01", "400", "more than 400 artillery", 400, "count", "shells", "lower", "shells_fired_by_arvenna")
n("01", "60", "about 60 drones", 60, "count", "drones", "approx", "drones_launched_by_arvenna")
n("01", "14", "evacuating 14 villages", 14, "count", "villages", "exact", "villages_evacuated_teluria")
d("01", "on Monday morning", "on Monday morning", MON, "evacuation_ordered")
n("01", "340-km", "The 340-km", 340, "measure", "km", "exact", "border_length_km")
n("01", "210-mile", "(210-mile)", 210, "measure", "miles", "exact", "border_length_miles")
d("01", "since 2020", "watched since 2020", "2020", "accord_2020")
n("01", "45-strong", "a 45-strong", 45, "count", "monitors", "exact", "monitors")
q("01", "deeply alarmed", MISSION, "mission_alarmed")
d("01", "2020", "the 2020 accord", "2020", "accord_2020")

# ---- 02 national daily (Wednesday 9 Dec)
n("02", "12", "Harvik toll rises to 12", 12, "count", "soldiers", "exact", "telurian_soldiers_killed")
d("02", "Monday", "killed in Monday", MON, "fighting")
n("02", "12", "has risen to 12", 12, "count", "soldiers", "exact", "telurian_soldiers_killed")
n("02", "nine", "up from nine", 9, "count", "soldiers", "exact", "telurian_soldiers_killed_previous_figure")
n("02", "three", "after three men died", 3, "count", "men", "exact", "telurian_soldiers_died_of_wounds")
d("02", "yesterday", "said yesterday", TUE, "toll_update")
n("02", "31", "Another 31 soldiers", 31, "count", "soldiers", "exact", "telurian_soldiers_wounded")
n("02", "Three", "Three soldiers remain", 3, "count", "soldiers", "exact", "telurian_soldiers_missing")
n("02", "four", "holding four Telurian", 4, "count", "prisoners", "exact", "telurian_soldiers_captured")
n("02", "two", "captured two Arvennese", 2, "count", "soldiers", "exact", "arvennese_soldiers_captured")
d("02", "6pm", "effect at 6pm", TUE, "ceasefire_start")
d("02", "on Tuesday", "6pm on Tuesday", TUE, "ceasefire_start")
q("02", "isolated shots", MISSION, "mission_isolated_shots")
n("02", "72 hours", "last 72 hours", 72, "duration", "hours", "exact", "ceasefire_length_hours")
n("02", "seven days", "a further seven days", 7, "duration", "days", "exact", "ceasefire_extension_days")
q("02", "The guns are silent tonight. Now the words must do the work", HAUG, "haugstad_guns")
d("02", "tonight", "silent tonight", TUE, None)
q("02", "Our soldiers responded to an unprovoked attack. They held every position", DRONN, "dronn_held")
d("02", "11.50pm", "at 11.50pm", SUN, "first_shots")
d("02", "on Sunday", "11.50pm on Sunday", SUN, "first_shots")
n("02", "400", "more than 400 shells", 400, "count", "shells", "lower", "shells_fired_by_arvenna")
n("02", "60", "and 60 drones", 60, "count", "drones", "exact", "drones_launched_by_arvenna")
q("02", "Our soldiers held every position and answered every shot", ORLO, "orlo_held")
n("02", "six", "at six dead", 6, "count", "soldiers", "exact", "arvennese_soldiers_killed")
n("02", "9,000", "More than 9,000 people", 9000, "count", "people", "lower", "displaced_teluria")
n("02", "14", "have left 14 villages", 14, "count", "villages", "exact", "villages_evacuated_teluria")
n("02", "50,000 vesks", "pay 50,000 vesks", 50000, "money", VSK, "exact", "payment_per_displaced_family_vsk")
n("02", "2 million vesks", "aside 2 million vesks", 2 * M, "money", VSK, "exact", "morsk_school_rebuild_vsk")
n("02", "340", "the 340 km border", 340, "measure", "km", "exact", "border_length_km")
d("02", "since 2019", "border since 2019", "2019", "clash_2019")
n("02", "23", "when 23 soldiers died", 23, "count", "soldiers", "exact", "clash_2019_deaths")
d("02", "on Thursday", "fighting on Thursday", THU, "un_meeting")

# ---- 03 local paper (undated web page; written Wednesday 9 Dec)
q("03", "We came up and the school had no roof", BRENN, "brenn_cellar")
d("03", "since 1962", "a school since 1962", "1962", "morsk_school_built")
n("03", "four", "has four walls", 4, "count", "walls", "exact", "school_walls_standing")
d("03", "just after midnight", "just after midnight", MON, "first_shots")
d("03", "on Monday", "midnight on Monday", MON, "first_shots")
n("03", "Three", "Three people in the village", 3, "count", "people", "exact", "civilians_killed_morsk")
n("03", "72", "Veld, 72", 72, "age", "years", "exact", "veld_age")
n("03", "45", "Mira Tamm, 45", 45, "age", "years", "exact", "tamm_age")
n("03", "19-year-old", "a 19-year-old farmhand", 19, "age", "years", "exact", "farmhand_age")
n("03", "Sixteen", "Sixteen people were wounded", 16, "count", "people", "exact", "civilians_wounded_morsk")
q("03", "We slept in the cellar with the goats. When we came up, the school had no roof", BRENN, "brenn_cellar")
n("03", "67", "Olga Brenn, 67", 67, "age", "years", "exact", "brenn_age")
n("03", "40 years", "more than 40 years", 40, "duration", "years", "lower", "brenn_years_in_morsk")
d("03", "By Monday afternoon", "By Monday afternoon", MON, "evacuation_ordered")
n("03", "a dozen", "a dozen villages", 12, "count", "villages", "exact", "villages_evacuated_teluria")
n("03", "8,500", "Nearly 8,500 people", 8500, "count", "people", "approx", "displaced_teluria")
n("03", "600", "sleeping 600", 600, "count", "people", "exact", "vessen_hall_sleeping")
n("03", "two hours", "back for two hours", 2, "duration", "hours", "exact", "farmers_return_hours")
d("03", "on Wednesday", "two hours on Wednesday", WED, "farmers_allowed_back")
n("03", "2,000", "some 2,000 sheep", 2000, "count", "sheep and cattle", "approx", "livestock_left_behind")
n("03", "three-day", "The three-day ceasefire", 3, "duration", "days", "exact", "ceasefire_length_days")
d("03", "6 a.m.", "began at 6 a.m.", WED, "ceasefire_start")
d("03", "on Wednesday", "6 a.m. on Wednesday", WED, "ceasefire_start")
q("03", "You listen all the time", BRENN, "brenn_listen")
q("03", "Even the dogs are listening", BRENN, "brenn_listen")
n("03", "140", "said 140 children", 140, "count", "children", "exact", "morsk_children_without_school")
q("03", "We have buried our neighbours. Now we need glass, roofs and teachers, not speeches", "Teo Lanik", "lanik_glass")
q("03", "the guns are silent", HAUG, "haugstad_guns")
q("03", "now the words have to do the work", HAUG, "haugstad_guns")
n("03", "12", "army says 12 soldiers", 12, "count", "soldiers", "exact", "telurian_soldiers_killed")
n("03", "three", "and three are missing", 3, "count", "soldiers", "exact", "telurian_soldiers_missing")
n("03", "four", "holds four Telurian", 4, "count", "soldiers", "exact", "telurian_soldiers_captured")
n("03", "two", "say two civilians", 2, "count", "civilians", "exact", "civilians_killed_tolvi")
n("03", "3,200", "about 3,200 people", 3200, "count", "people", "approx", "displaced_arvenna")
n("03", "six", "left six villages", 6, "count", "villages", "exact", "villages_evacuated_arvenna")
d("03", "on Thursday", "meet on Thursday", THU, "un_meeting")

# ---- 04 business outlet (09.12.2026, 08:10 GMT)
d("04", "this week", "sold off this week", None, None)
d("04", "since 2019", "countries since 2019", "2019", "clash_2019")
d("04", "on Tuesday evening", "took effect on Tuesday evening", TUE, "ceasefire_start")
n("04", "2.4%", "fell 2.4%", 2.4, "percent", "%", "exact", "vesk_fall_pct")
d("04", "on Monday", "dollar on Monday", MON, "market_selloff")
n("04", "41.7", "to 41.7", 41.7, "money", VSK, "exact", "vesks_per_usd")
d("04", "since March", "since March", "2026-03", None)
n("04", "0.9%", "regained 0.9%", 0.9, "percent", "%", "exact", "vesk_rebound_pct")
d("04", "on Tuesday", "0.9% on Tuesday", TUE, None)
n("04", "10-year", "Teluria's 10-year", 10, "duration", "years", "exact", "bond_tenor")
n("04", f"38{NB}basis points", f"rose 38{NB}basis points", 38, "percent", "basis points", "exact", "bond_yield_rise_bp")
n("04", "9.1%", "to 9.1%", 9.1, "percent", "%", "exact", "bond_yield")
n("04", "4.6%", "lost 4.6%", 4.6, "percent", "%", "exact", "samoret_index_fall_pct")
d("04", "on Monday", "4.6% on Monday", MON, "market_selloff")
n("04", "1.8%", "weakened 1.8%", 1.8, "percent", "%", "exact", "ardin_fall_pct")
n("04", f"14{NB}million", f"about 14{NB}million", 14 * M, "measure", "cubic metres a day", "approx", "pipeline_flow_m3_per_day")
n("04", "30%", "roughly 30%", 30, "percent", "%", "approx", "pipeline_share_of_teluria_gas_pct")
n("04", f"36{NB}hours", f"for 36{NB}hours", 36, "duration", "hours", "exact", "pipeline_shutdown_hours")
d("04", "on Monday", "hours on Monday and", MON, None)
d("04", "Tuesday", "Monday and Tuesday after", TUE, None)
n("04", "11%", "rose 11%", 11, "percent", "%", "exact", "gas_price_rise_pct")
d("04", "on Monday", "11% on Monday", MON, "market_selloff")
n("04", f"$1.1{NB}billion", f"about $1.1{NB}billion", 1.1 * B, "money", "USD", "approx", "arvenna_pipeline_fees_usd")
d("04", "in the early hours of Monday", "in the early hours of Monday", MON, "first_shots")
n("04", "18", "at least 18 soldiers", 18, "count", "soldiers", "lower", "soldiers_killed_total")
n("04", "12", "sides: 12 Telurian", 12, "count", "soldiers", "exact", "telurian_soldiers_killed")
n("04", "six", "and six Arvennese", 6, "count", "soldiers", "exact", "arvennese_soldiers_killed")
n("04", "five", "captured five Telurian", 5, "count", "soldiers", "exact", "telurian_soldiers_captured")
n("04", "41", "shot down 41", 41, "count", "drones", "exact", "drones_shot_down")
n("04", "58", "the 58 Arvennese drones", 58, "count", "drones", "exact", "drones_launched_by_arvenna")
q("04", "were pushed back with heavy losses", AMOD, "amod_driven_back")
q("04", "held every position", TMOD, "dronn_held")
d("04", "18:00", "began at 18:00", TUE, "ceasefire_start")
d("04", "1600 GMT", "(1600 GMT)", TUE, "ceasefire_start")
d("04", "on Tuesday", "GMT) on Tuesday", TUE, "ceasefire_start")
n("04", f"72{NB}hours", f"run for 72{NB}hours", 72, "duration", "hours", "exact", "ceasefire_length_hours")
d("04", "on Thursday", "meets on Thursday", THU, "un_meeting")
q("04", "Markets are pricing a short war, not a long one. If the truce fails, that bet gets expensive very quickly", "Nadia Ferro", "ferro_short_war")
d("04", "2020", "the 2020 accord", "2020", "accord_2020")
n("04", "2.9%", "spends 2.9%", 2.9, "percent", "% of GDP", "exact", "teluria_defence_spending_pct_gdp")
n("04", "3.4%", "Arvenna 3.4%", 3.4, "percent", "% of GDP", "exact", "arvenna_defence_spending_pct_gdp")
n("04", "38,000", "about 38,000 troops", 38000, "count", "troops", "approx", "teluria_army_troops")
n("04", "31,000", "about 31,000", 31000, "count", "troops", "approx", "arvenna_army_troops")
n("04", f"90{NB}days", f"within 90{NB}days", 90, "duration", "days", "exact", "rating_review_days")

# ---- 05 foreign weekly (Saturday 12 Dec)
d("05", "late on Saturday night", "late on Saturday night", SAT, "first_shots")
n("05", "12", "it lost 12 soldiers", 12, "count", "soldiers", "exact", "telurian_soldiers_killed")
n("05", "30", "more than 30 Arvennese", 30, "count", "soldiers", "lower", "arvennese_soldiers_killed")
n("05", "six", "admits to six dead", 6, "count", "soldiers", "exact", "arvennese_soldiers_killed")
n("05", "40", "about 40 Telurians", 40, "count", "soldiers", "approx", "telurian_soldiers_killed")
n("05", "19", "military toll at 19", 19, "count", "soldiers", "exact", "soldiers_killed_total")
n("05", "11", "at least 11 Telurians", 11, "count", "soldiers", "lower", "telurian_soldiers_killed")
n("05", "eight", "at least eight Arvennese", 8, "count", "soldiers", "lower", "arvennese_soldiers_killed")
n("05", "Five", "Five civilians were killed", 5, "count", "civilians", "exact", "civilians_killed_total")
n("05", "three", "three of them in", 3, "count", "civilians", "exact", "civilians_killed_morsk")
q("05", "Both sides fired heavy weapons close to homes, and both sides know it", "Kasper Lind", "lind_heavy_weapons")
n("05", "45", "His 45 monitors", 45, "count", "monitors", "exact", "monitors")
n("05", "210-mile", "a 210-mile frontier", 210, "measure", "miles", "exact", "border_length_miles")
n("05", "11,000", "Some 11,000 people", 11000, "count", "people", "approx", "displaced_total")
n("05", "67-year-old", "a 67-year-old widow", 67, "age", "years", "exact", "brenn_age")
q("05", "We slept in the cellar with the goats", BRENN, "brenn_cellar")
q("05", "When we came up, the school had no roof", BRENN, "brenn_cellar")
n("05", "48-hour", "The 48-hour ceasefire", 48, "duration", "hours", "exact", "ceasefire_length_hours")
d("05", "on Tuesday evening", "brokered on Tuesday evening", TUE, "ceasefire_start")
q("05", "The guns are silent. Now words must do the work", HAUG, "haugstad_guns")
d("05", "on Friday", "met on Friday", FRI, "un_meeting")
q("05", "refrain from any further escalation", "UN Security Council", "unsc_refrain")
d("05", "in 2019", "a skirmish in 2019", "2019", "clash_2019")
n("05", "21", "killed 21 soldiers", 21, "count", "soldiers", "exact", "clash_2019_deaths")
d("05", "in 2020", "signed in 2020", "2020", "accord_2020")
n("05", "60", "about 60 km", 60, "measure", "km", "approx", "undrawn_line_km")
n("05", "6.1m", "a country of 6.1m", 6.1 * M, "count", "people", "exact", "teluria_population")
n("05", "4.4m", "with 4.4m people", 4.4 * M, "count", "people", "exact", "arvenna_population")
d("05", "in 2027", "elections in 2027", "2027", "elections_2027")
q("05", "crossed the line of control", AMOD, "amod_driven_back")
q("05", "an unprovoked attack", TMOD, "dronn_held")
d("05", "that night", "ridge that night", SAT, "fighting")

quantities = {
    "telurian_soldiers_killed": "Telurian soldiers killed: Teluria's own count nine (01, Monday) then 12 (02, 03, 04, 05); Arvenna's claim about 40 (01, 05); the monitors' verified at least 11 (05) -- conflict",
    "telurian_soldiers_killed_previous_figure": "Teluria's toll the article gives as superseded: 'up from nine' (02, its own quantity)",
    "telurian_soldiers_died_of_wounds": "Telurian soldiers who died of their wounds in hospital: three (02)",
    "arvennese_soldiers_killed": "Arvennese soldiers killed: Arvenna's own count six (01, 02, 04, 05); Teluria's claim more than 30 (01 in its quote, 05); the monitors' verified at least eight (05) -- conflict",
    "soldiers_killed_total": "soldiers killed on both sides: at least 15 (01, Monday's official figures), at least 18 (04, official figures) vs 19 (05, the monitors) -- conflict",
    "worst_fighting_in_years": "the worst fighting between the neighbours in: seven years (01)",
    "telurian_soldiers_wounded": "Telurian soldiers wounded: 27 (01) vs 31 (02) -- conflict",
    "arvennese_soldiers_wounded": "Arvennese soldiers wounded: 15 (01)",
    "telurian_soldiers_captured": "Telurian soldiers Arvenna says it captured / holds: four (01, 02, 03) vs five (04) -- conflict",
    "telurian_soldiers_missing": "Telurian soldiers Teluria lists as unaccounted for: three (02, 03)",
    "arvennese_soldiers_captured": "Arvennese soldiers Teluria says it captured: two (02)",
    "civilians_killed_morsk": "civilians killed in Morsk: three (01, 03, 05)",
    "civilians_wounded_morsk": "civilians wounded in Morsk: 14 (01) vs sixteen (03) -- conflict",
    "civilians_killed_tolvi": "civilians killed in Tolvi, per Arvenna: two (01, 03)",
    "civilians_killed_total": "civilians killed on both sides: five (05)",
    "shells_fired_by_arvenna": "artillery shells Arvenna fired, per Teluria: more than 400 (01, 02)",
    "drones_launched_by_arvenna": "drones Arvenna launched, per Teluria: about 60 (01), 60 (02) vs 58 (04) -- conflict by rounding",
    "drones_shot_down": "Arvennese drones Teluria says it shot down: 41 (04)",
    "villages_evacuated_teluria": "villages evacuated on the Telurian side: 14 (01, 02) vs a dozen (03) -- conflict",
    "villages_evacuated_arvenna": "villages left on the Arvennese side: six (03)",
    "displaced_teluria": "people displaced on the Telurian side: more than 9,000 (02, Emergencies Ministry) vs nearly 8,500 (03, district office) -- conflict",
    "displaced_arvenna": "people displaced on the Arvennese side: about 3,200 (03)",
    "displaced_total": "people displaced on both sides: some 11,000 (05, UN)",
    "border_length_km": "the border's length in km: 340 (01, 02)",
    "border_length_miles": "the border's length in miles: 210 (01, 05)",
    "undrawn_line_km": "the length of the line the 2020 accord left undrawn: about 60 km (05)",
    "monitors": "monitors in the Regional Security Council mission: 45 (01 '45-strong', 05)",
    "ceasefire_length_hours": "the ceasefire's length in hours: 72 (02, 04) vs 48 (05) -- conflict",
    "ceasefire_length_days": "the ceasefire's length in days: three (03)",
    "ceasefire_extension_days": "the possible extension of the ceasefire: a further seven days (02)",
    "clash_2019_deaths": "soldiers killed in the 2019 skirmishes: 23 (02) vs 21 (05) -- conflict",
    "payment_per_displaced_family_vsk": "the government's payment to each displaced family: 50,000 vesks (02)",
    "morsk_school_rebuild_vsk": "money set aside to rebuild Morsk's school: 2 million vesks (02)",
    "school_walls_standing": "walls of Morsk's school still standing: four (03)",
    "veld_age": "Jan Oskar Veld's age: 72 (03)",
    "tamm_age": "Mira Tamm's age: 45 (03)",
    "farmhand_age": "the unnamed farmhand's age: 19 (03)",
    "brenn_age": "Olga Brenn's age: 67 (03, 05)",
    "brenn_years_in_morsk": "how long Brenn has lived on Morsk's main street: more than 40 years (03)",
    "vessen_hall_sleeping": "people sleeping in the Vessen sports hall: 600 (03)",
    "farmers_return_hours": "how long farmers were allowed back: two hours (03)",
    "livestock_left_behind": "sheep and cattle left behind: some 2,000 (03)",
    "morsk_children_without_school": "Morsk children without a school: 140 (03)",
    "vesk_fall_pct": "the vesk's fall against the dollar on Monday: 2.4% (04)",
    "vesks_per_usd": "the vesk's rate after the fall: 41.7 per dollar (04)",
    "vesk_rebound_pct": "the vesk's rebound on Tuesday: 0.9% (04)",
    "bond_tenor": "the Telurian benchmark bond's term: 10 years (04)",
    "bond_yield_rise_bp": "the rise in Teluria's 10-year yield: 38 basis points (04)",
    "bond_yield": "Teluria's 10-year yield after the rise: 9.1% (04)",
    "samoret_index_fall_pct": "the Samoret stock index's fall on Monday: 4.6% (04)",
    "ardin_fall_pct": "the Arvennese ardin's fall: 1.8% (04)",
    "pipeline_flow_m3_per_day": "gas the Harvik pipeline carries a day: about 14 million cubic metres (04)",
    "pipeline_share_of_teluria_gas_pct": "the pipeline's share of Teluria's gas supply: roughly 30% (04)",
    "pipeline_shutdown_hours": "how long the pipeline was shut: 36 hours (04)",
    "gas_price_rise_pct": "the rise in wholesale gas prices in Veleny on Monday: 11% (04)",
    "arvenna_pipeline_fees_usd": "what Arvenna earns a year from the pipeline: about $1.1 billion (04)",
    "teluria_defence_spending_pct_gdp": "Teluria's defence spending: 2.9% of GDP (04)",
    "arvenna_defence_spending_pct_gdp": "Arvenna's defence spending: 3.4% of GDP (04)",
    "teluria_army_troops": "Teluria's army: about 38,000 troops (04)",
    "arvenna_army_troops": "Arvenna's army: about 31,000 troops (04)",
    "rating_review_days": "when Corvus will decide on Teluria's rating: within 90 days (04)",
    "teluria_population": "Teluria's population: 6.1m (05)",
    "arvenna_population": "Arvenna's population: 4.4m (05)",
}
events = {
    "first_shots": "the first shots of the clash: 23:50 Sun 6 Dec (2150 GMT; 01 and 02 per Teluria) vs 02:15 Mon 7 Dec (01 per Arvenna), just after midnight Mon (03), the early hours of Mon (04) vs late on Saturday night, 5 Dec (05) -- date conflict",
    "fighting": "the night's fighting: 'Monday's fighting' (02) vs 'that night', Saturday night in 05's account (05) -- date conflict",
    "evacuation_ordered": "the evacuation of the Telurian villages ordered: Mon 7 Dec morning (01), by Monday afternoon (03)",
    "toll_update": "the Defence Ministry raises its toll to 12: Tue 8 Dec (02)",
    "ceasefire_start": "the ceasefire takes effect: 6pm / 18:00 (1600 GMT) Tue 8 Dec (02, 04), Tuesday evening (04, 05) vs 6 a.m. Wed 9 Dec (03) -- date conflict",
    "un_meeting": "the UN Security Council meets on the clash: Thu 10 Dec (02, 03, 04) vs Fri 11 Dec (05) -- date conflict",
    "farmers_allowed_back": "farmers allowed back to feed their animals: Wed 9 Dec (03)",
    "market_selloff": "the vesk, the Samoret index and gas prices move on Mon 7 Dec (04)",
    "accord_2020": "the 2020 accord that created the monitoring mission: 2020 (01, 04, 05)",
    "clash_2019": "the previous deadly clash: 2019 (02, 04, 05)",
    "morsk_school_built": "Morsk's school built: 1962 (03)",
    "elections_2027": "both countries' elections: 2027 (05)",
}
utterances = {
    "dronn_held": "Dronn / Teluria: our soldiers answered / responded to an unprovoked attack and held every position -- variants (01, 02, 04 partial, 05 partial)",
    "orlo_held": "Orlo, a look-alike by the other side: our soldiers held every position and answered every shot (02)",
    "amod_driven_back": "the Arvennese ministry: Telurian units crossed the line of control and were driven back / pushed back with heavy losses -- variants (01, 04 partial, 05 partial)",
    "tmod_more_than_30": "the Telurian ministry on Arvennese losses: 'more than 30' (01)",
    "mission_alarmed": "the monitoring mission: deeply alarmed (01)",
    "mission_isolated_shots": "the monitors: isolated shots (02)",
    "haugstad_guns": "Haugstad: the guns are silent (tonight); now (the) words must / have to do the work -- variants (02, 03 two partials, 05)",
    "brenn_cellar": "Brenn: we slept in the cellar with the goats; when we came up, the school had no roof -- variants (03 headline 'We came up and the school had no roof', 03, 05 in two parts)",
    "brenn_listen": "Brenn: you listen all the time ... even the dogs are listening (03)",
    "lanik_glass": "Lanik: we have buried our neighbours; now we need glass, roofs and teachers, not speeches (03)",
    "ferro_short_war": "Ferro: markets are pricing a short war, not a long one ... (04)",
    "lind_heavy_weapons": "Lind: both sides fired heavy weapons close to homes, and both sides know it (05)",
    "unsc_refrain": "the Security Council: refrain from any further escalation (05)",
}
aliases = {
    "Teluria": ["Teluria", "Telurian"],
    "Arvenna": ["Arvenna", "Arvennese"],
    "Telurian Defence Ministry": ["Teluria's defence ministry", "Defence Ministry", "Telurian ministry"],
    "Arvennese Defence Ministry": ["Arvenna's defence ministry", "Arvennese ministry"],
    "Ivar Dronn": ["Colonel Ivar Dronn", "Ivar Dronn"],
    "Sabina Orlo": ["Sabina Orlo"],
    "Lene Haugstad": ["Lene Haugstad", "Ms Haugstad"],
    "Olga Brenn": ["Olga Brenn", "Brenn"],
    "Kasper Lind": ["Kasper Lind", "Mr Lind"],
    "Teo Lanik": ["Teo Lanik"],
    "Nadia Ferro": ["Nadia Ferro"],
    "Regional Security Council": ["Regional Security Council"],
    "UN Security Council": ["UN Security Council"],
    "Harvik valley": ["Harvik valley", "Harvik Valley", "HARVIK VALLEY"],
    "Telurian vesk": ["vesks", "vesk"],
    "Arvennese ardin": ["ardin"],
    "Morsk": ["Morsk"],
    "Tolvi": ["Tolvi"],
    "Veleny": ["Veleny"],
    "Samoret": ["Samoret"],
    "Norvaal": ["Norvaal"],
}
furniture = {
    "01": ["By Jonas Varn, Nordwire", "(Reporting by Jonas Varn in Harvik Valley and Aino Pell in Samoret; Editing by Rui Calder)"],
    "02": ["VELENY TRIBUNE", "Wednesday, 9 December 2026 — Nation", "By Marta Sodal and Piet Rovan"],
    "03": ["HARVIK VALLEY VOICE", "Local news", "Words and pictures: Eda Marsh"],
    "04": ["EASTERN MARKETS DAILY", "09.12.2026 | 08:10 GMT", "Emerging markets / Frontier"],
    "05": ["THE CONTINENTAL REVIEW", "Europe | December 12th 2026", "Teluria and Arvenna", "A valley of old grudges"],
}
pub = {"01": MON, "02": WED, "03": None, "04": WED, "05": SAT2}
outlet = {"01": "Nordwire (wire)", "02": "Veleny Tribune (national daily)",
          "03": "Harvik Valley Voice (local paper, web page without a date)",
          "04": "Eastern Markets Daily (business outlet)", "05": "The Continental Review (foreign weekly)"}
g.write(
    event="FICTIONAL: a border clash between Teluria and Arvenna in the Harvik valley, overnight Sun 6 - Mon 7 Dec 2026 (first shots 23:50 Sunday per Teluria, 02:15 Monday per Arvenna, late Saturday in one outlet): Telurian dead nine then 12 by Teluria's count, about 40 by Arvenna's, at least 11 by the monitors'; Arvennese dead six by Arvenna's count, more than 30 by Teluria's, at least eight by the monitors'; in all at least 15 / 18 / 19; wounded 27 (31) and 15; four (five) Telurians captured, three missing; civilians three dead and 14 (16) wounded in Morsk, two dead in Tolvi; more than 400 shells and about 60 (58) drones; 14 (a dozen) villages and 9,000 (8,500) people displaced on the Telurian side; a Norvaal-brokered ceasefire from 6pm Tuesday (6 a.m. Wednesday in one outlet) for 72 (48) hours; a UN Security Council meeting Thursday (Friday); quotes by both defence ministries, the mediator Lene Haugstad, a villager and a look-alike by the Arvennese minister",
    reference_date=SAT2,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
