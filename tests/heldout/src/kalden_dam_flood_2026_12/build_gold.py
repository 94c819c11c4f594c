"""Gold for the kalden_dam_flood_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). The death toll reported at different hours (at least 14 on
Thursday, 23 on Friday, 31 on Saturday, 38 on Monday, 44 a week later) is one quantity, a
conflict; the "up from 14" the article itself gives as superseded is its own. Missing likewise
(about 60, 41, 27, 19, a dozen). Homes "destroyed or damaged" (hundreds) is a different framing
from homes destroyed and from homes damaged. Kalden's own four bridges are a different scope
from the bridges on the Vell (seven vs nine). Metres and feet, hectares and acres, sarks and
dollars, hours and days, days and months are different quantities (GUIDELINES section 4). The
river's crest in feet (22 on the Kalden gauge vs almost 23 at the old mill) is taken as one
quantity, a conflict by rounding. A measure spelled out with its unit is the number alone
("62 m", "310 mm", "6.8 metres", "12,000 hectares"), as the harvik gold's "the 340 km border";
a duration keeps its unit ("two hours", "72 hours", "31 years"); a hyphenated compound keeps its
unit ("62-metre", "30-day", "58-year-old", "thousand-year"); money keeps its sign, scale word and
currency word ("500 million sarks", "$65 million", "2.1bn sarks", "€5m"). Times of day ("4.40
a.m.", "04:10", "just before 11pm") are date mentions resolved to their day. The dam gave way
in the early hours of Thursday 3 Dec per the officials (01, 02, 04) but on Wednesday night per
the residents (03) and the weekly (05): a date conflict; so are the state of emergency
(Thursday vs Friday), the State Audit Office report (2021 vs 2020), the dam's completion (1968 vs
1971) and the first funerals (Tuesday vs Monday). Article 03 (a local paper's web page) carries
no date of its own: its `published` is null and its relative dates are resolved to the days
they mean (it was written on Saturday 5 Dec). Governor Sarle's "This is the darkest day our
valley has ever known" is a look-alike of the prime minister's words by another speaker, so its
own utterance. Kest's "We are still finding people on roofs" (02) is a variant of his "on
rooftops" (01). A quote's text excludes its marks and the sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "kalden_dam_flood_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9

ROSLIN, KEST, MOREN, VARGA = "Annika Roslin", "Joran Kest", "Ilka Moren", "Helena Varga"
SARLE, HOLM, DREES, VK = "Matteo Sarle", "Benedikt Holm", "Aron Drees", "Vellkraft"
SRK = "SRK"  # the Marvessan sark
TUE1, WED, THU, FRI, SAT, SUN, MON, TUE, SAT12 = (
    "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06",
    "2026-12-07", "2026-12-08", "2026-12-12")

# ---- 01 wire (Thursday 3 Dec)
n("01", "14", "at least 14 dead", 14, "count", "people", "lower", "killed")
n("01", "dozens", "dozens missing", None, "count", "people", "vague", "missing", low=24, high=99)
d("01", "Dec 3", "Marvessa, Dec 3", THU, None)
d("01", "in the early hours of Thursday", "gave way in the early hours of Thursday", THU, "dam_failure")
n("01", "14", "killing at least 14 people", 14, "count", "people", "lower", "killed")
n("01", "60", "About 60 people", 60, "count", "people", "approx", "missing")
n("01", "62-metre", "a 62-metre concrete", 62, "measure", "metres", "exact", "dam_height_m")
d("01", "4.40 a.m.", "at around 4.40 a.m.", THU, "dam_failure")
n("01", "two hours", "Within two hours", 2, "duration", "hours", "upper", "river_rise_time_hours")
n("01", "four", "more than four metres", 4, "measure", "metres", "lower", "river_rise_kalden_m")
q("01", "We are still finding people on rooftops", KEST, "kest_rooftops")
q("01", "Every hour counts now", KEST, "kest_every_hour")
n("01", "25,000", "About 25,000 people", 25000, "count", "people", "approx", "evacuated")
n("01", "a dozen", "and a dozen villages", 12, "count", "villages", "exact", "villages_evacuated")
n("01", "30-day", "a 30-day state", 30, "duration", "days", "exact", "emergency_length_days")
d("01", "on Thursday", "Hesper province on Thursday", THU, "emergency_declared")
n("01", "1,200", "ordered 1,200 soldiers", 1200, "count", "soldiers", "exact", "soldiers_deployed")
q("01", "This is one of the darkest days our country has known", ROSLIN, "roslin_darkest")
n("01", "310", "said 310 mm", 310, "measure", "mm", "exact", "rainfall_mm")
n("01", "72 hours", "in the 72 hours before", 72, "duration", "hours", "exact", "rainfall_period_hours")
d("01", "December", "the whole of December", None, None)
n("01", "95", "December is 95 mm", 95, "measure", "mm", "exact", "december_average_rainfall_mm")
n("01", "58", "Ilka Moren, 58", 58, "age", "years", "exact", "moren_age")
q("01", "I heard a roar like a train, and then the water was at the windows", MOREN, "moren_roar")
d("01", "on Tuesday", "spillway gates on Tuesday", TUE1, "gates_opened")
d("01", "in 2023", "inspected in 2023", "2023", "last_inspection")
n("01", "Hundreds", "Hundreds of homes", None, "count", "homes", "vague", "homes_destroyed_or_damaged", low=200, high=999)
n("01", "500 million sarks", "aside 500 million sarks", 500 * M, "money", SRK, "exact", "relief_fund_srk")
n("01", "$65 million", "($65 million)", 65 * M, "money", "USD", "exact", "relief_fund_usd")
d("01", "in 1968", "completed in 1968", "1968", "dam_completed")
n("01", "48 million", "reservoir of 48 million", 48 * M, "measure", "cubic metres", "exact", "reservoir_volume_m3")
n("01", "140,000", "about 140,000 households", 140000, "count", "households", "approx", "households_supplied")

# ---- 02 national daily (Friday 4 Dec)
n("02", "23", "climbs to 23", 23, "count", "people", "exact", "killed")
n("02", "23", "has risen to 23", 23, "count", "people", "exact", "killed")
n("02", "14", "up from 14", 14, "count", "people", "exact", "killed_previous_figure")
d("02", "on Thursday morning", "14 on Thursday morning", THU, None)
d("02", "last night", "agency said last night", THU, None)
n("02", "41", "Another 41 people", 41, "count", "people", "exact", "missing")
n("02", "48 million", "held back 48 million", 48 * M, "measure", "cubic metres", "exact", "reservoir_volume_m3")
d("02", "4.40am", "gave way at 4.40am", THU, "dam_failure")
d("02", "on Thursday", "4.40am on Thursday", THU, "dam_failure")
n("02", "20 minutes", "in under 20 minutes", 20, "duration", "minutes", "upper", "surge_travel_time_minutes")
n("02", "6.8", "stood at 6.8 metres", 6.8, "measure", "metres", "exact", "river_peak_m")
n("02", "22", "(22 feet)", 22, "measure", "feet", "exact", "river_peak_ft")
n("02", "1.5", "about 1.5 metres", 1.5, "measure", "metres", "approx", "river_normal_level_m")
n("02", "31,000", "Some 31,000 people", 31000, "count", "people", "approx", "evacuated")
n("02", "8,400", "and 8,400 of them", 8400, "count", "people", "exact", "in_shelters")
d("02", "last night", "spent last night in", THU, None)
n("02", "46", "in 46 shelters", 46, "count", "shelters", "exact", "shelters")
n("02", "Fourteen", "Fourteen army helicopters", 14, "count", "helicopters", "exact", "helicopters")
n("02", "1,500", "and 1,500 soldiers", 1500, "count", "soldiers", "exact", "soldiers_deployed")
n("02", "1,240", "show 1,240 homes", 1240, "count", "homes", "exact", "homes_destroyed")
n("02", "3,500", "about 3,500 damaged", 3500, "count", "homes", "approx", "homes_damaged")
n("02", "seven", "while seven bridges", 7, "count", "bridges", "exact", "bridges_destroyed")
n("02", "12,000", "Roughly 12,000 hectares", 12000, "measure", "hectares", "approx", "farmland_flooded_ha")
d("02", "on Thursday evening", "emergency on Thursday evening", THU, "emergency_declared")
q("02", "This is one of the darkest days our country has ever known", ROSLIN, "roslin_darkest")
q("02", "We are still finding people on roofs. We will not stop until everyone is accounted for", KEST, "kest_rooftops")
n("02", "2.4 billion sarks", "damage at 2.4 billion sarks", 2.4 * B, "money", SRK, "exact", "damage_srk")
n("02", "$310 million", "($310 million)", 310 * M, "money", "USD", "exact", "damage_usd")
n("02", "500 million sarks", "release 500 million sarks", 500 * M, "money", SRK, "exact", "relief_fund_srk")
n("02", "€5 million", "pledged €5 million", 5 * M, "money", "EUR", "exact", "northern_union_aid_eur")
n("02", "30", "sent 30 rescue boats", 30, "count", "rescue boats", "exact", "kestovia_boats")
n("02", "120", "and 120 firefighters", 120, "count", "firefighters", "exact", "kestovia_firefighters")
q("02", "inspected in 2023 and found to be in sound condition", VK, "vellkraft_sound")
d("02", "in 2023", "“inspected in 2023", "2023", "last_inspection")
d("02", "2021", "a 2021 report", "2021", "audit_report")
d("02", "in 2014", "recommended in 2014", "2014", "repairs_recommended")
q("02", "Somebody signed off on that dam. The families deserve to know who", HOLM, "holm_signed_off")
n("02", "90 days", "within 90 days", 90, "duration", "days", "exact", "inquiry_deadline_days")

# ---- 03 local paper (undated web page; written Saturday 5 Dec)
q("03", "A roar like a train", MOREN, "moren_roar", "‘A roar like a train’")
n("03", "58", "Ilka Moren, 58", 58, "age", "years", "exact", "moren_age")
n("03", "31 years", "for 31 years", 31, "duration", "years", "exact", "moren_bakery_years")
d("03", "just before 11pm", "just before 11pm", WED, "dam_failure")
d("03", "on Wednesday", "11pm on Wednesday", WED, "dam_failure")
q("03", "I heard a roar like a train. By the time I got to the stairs, the water was at the windows", MOREN, "moren_roar")
d("03", "on Wednesday night", "on Wednesday night", WED, "dam_failure")
d("03", "in the early hours of Thursday", "in the early hours of Thursday", THU, "dam_failure")
n("03", "23", "almost 23 feet", 23, "measure", "feet", "approx", "river_peak_ft")
n("03", "two", "more than two metres", 2, "measure", "metres", "lower", "church_water_depth_m")
n("03", "four", "All four of Kalden", 4, "count", "bridges", "exact", "kalden_bridges_destroyed")
d("03", "By Saturday morning", "By Saturday morning", SAT, None)
n("03", "31", "31 people had been confirmed dead", 31, "count", "people", "exact", "killed")
n("03", "nine", "nine of them from Kalden", 9, "count", "people", "exact", "killed_in_kalden")
n("03", "27", "Of the 27 still", 27, "count", "people", "exact", "missing")
n("03", "9,000", "Some 9,000 people", 9000, "count", "people", "approx", "in_shelters")
n("03", "700", "about 700 of them", 700, "count", "people", "approx", "ardis_hall_sheltering")
n("03", "three", "cooking three meals", 3, "count", "meals", "exact", "ardis_meals_a_day")
d("03", "since Thursday", "a day there since Thursday", THU, None)
n("03", "34", "Aron Drees, 34", 34, "age", "years", "exact", "drees_age")
n("03", "40", "farms 40 hectares", 40, "measure", "hectares", "exact", "drees_farm_ha")
n("03", "200", "and 200 sheep", 200, "count", "sheep", "exact", "drees_sheep_lost")
q("03", "Everything my father built is in the river", DREES, "drees_river")
q("03", "I don’t even know where to start", DREES, "drees_river")
n("03", "A dozen", "A dozen army helicopters", 12, "count", "helicopters", "exact", "helicopters")
d("03", "since first light on Thursday", "since first light on Thursday", THU, None)
d("03", "on Friday", "town hall on Friday", FRI, "sarle_meeting")
q("03", "This is the darkest day our valley has ever known", SARLE, "sarle_darkest")
q("03", "But this valley has rebuilt before, and it will rebuild again", SARLE, "sarle_rebuild")
d("03", "on Friday morning", "declared on Friday morning", FRI, "emergency_declared")
n("03", "600 million sarks", "the 600 million sarks", 600 * M, "money", SRK, "exact", "relief_fund_srk")
q("03", "a start, not an answer", SARLE, "sarle_start")
n("03", "two hours", "less than two hours", 2, "duration", "hours", "upper", "reservoir_drain_hours")
n("03", "22 years", "for 22 years", 22, "duration", "years", "exact", "retired_engineer_years")
q("03", "again and again", "a retired engineer", "retired_engineer_cracks")
d("03", "on Tuesday", "Kalden on Tuesday", TUE, "first_funerals")

# ---- 04 trade outlet (Monday 7 Dec)
n("04", "58-year-old", "the 58-year-old structure", 58, "age", "years", "exact", "dam_age_years")
d("04", "04:10", "breached at 04:10", THU, "dam_failure")
d("04", "3 December", "time on 3 December", THU, "dam_failure")
n("04", "half an hour", "about half an hour", 0.5, "duration", "hours", "approx", "breach_time_revision_hours")
n("04", "three hours", "in about three hours", 3, "duration", "hours", "approx", "reservoir_drain_hours")
n("04", "80", "estimated at 80 m", 80, "measure", "m", "approx", "breach_width_m")
d("04", "1968", "completed 1968", "1968", "dam_completed")
n("04", "62", "Height: 62 m", 62, "measure", "m", "exact", "dam_height_m")
n("04", "203", "(203 ft)", 203, "measure", "ft", "exact", "dam_height_ft")
n("04", "410", "crest length 410", 410, "measure", "m", "exact", "crest_length_m")
n("04", "48 million", "Reservoir: 48 million", 48 * M, "measure", "m³", "exact", "reservoir_volume_m3")
n("04", "1,100", "capacity: 1,100", 1100, "measure", "m³/s", "exact", "spillway_capacity_m3s")
n("04", "1,650", "(est.): 1,650", 1650, "measure", "m³/s", "approx", "peak_inflow_m3s")
n("04", "72 hours", "Rainfall in the 72 hours", 72, "duration", "hours", "exact", "rainfall_period_hours")
n("04", "287", "to failure: 287", 287, "measure", "mm", "exact", "rainfall_mm")
n("04", "38", "Deaths: 38", 38, "count", "deaths", "exact", "killed")
n("04", "19", "missing: 19", 19, "count", "people", "exact", "missing")
d("04", "6 Dec", "civil protection, 6 Dec", SUN, None)
n("04", "1,180", "destroyed: 1,180", 1180, "count", "homes", "exact", "homes_destroyed")
n("04", "14,500", "flooded: 14,500", 14500, "measure", "ha", "exact", "farmland_flooded_ha")
n("04", "36,000", "(36,000 acres)", 36000, "measure", "acres", "exact", "farmland_flooded_acres")
n("04", "2.1bn sarks", "estimate: 2.1bn sarks", 2.1 * B, "money", SRK, "exact", "damage_srk")
n("04", "$270m", "($270m)", 270 * M, "money", "USD", "exact", "damage_usd")
n("04", "four", "spillway's four radial", 4, "count", "gates", "exact", "spillway_gates")
d("04", "1 December", "open since 1 December", TUE1, "gates_opened")
n("04", "30", "within 30 cm", 30, "measure", "cm", "upper", "freeboard_cm")
d("04", "the evening of 2 December", "by the evening of 2 December", WED, None)
n("04", "1,000 years", "period of 1,000 years", 1000, "duration", "years", "exact", "spillway_design_return_period_years")
q("04", "The spillway was designed for a thousand-year flood. We have now had two in ten years", VARGA, "varga_thousand_year")
n("04", "thousand-year", "for a thousand-year flood. We", 1000, "duration", "years", "exact", "spillway_design_return_period_years")
n("04", "two", "had two in ten years", 2, "count", "floods", "exact", "thousand_year_floods_recent")
n("04", "ten years", "two in ten years", 10, "duration", "years", "exact", "recent_floods_window_years")
d("04", "in 2017", "the Vell, in 2017", "2017", "flood_2017")
n("04", "1,300", "estimated 1,300", 1300, "measure", "m³/s", "approx", "peak_inflow_2017_m3s")
q("04", "inspected in 2023 and found to be sound", VK, "vellkraft_sound")
d("04", "in 2023", "\"inspected in 2023", "2023", "last_inspection")
d("04", "from 2021", "report from 2021", "2021", "audit_report")
n("04", "40%", "capacity by 40%", 40, "percent", "%", "exact", "spillway_upgrade_pct")
n("04", "180 million sarks", "costed at 180 million sarks", 180 * M, "money", SRK, "exact", "spillway_upgrade_cost_srk")
n("04", "Nine", "Nine bridges", 9, "count", "bridges", "exact", "bridges_destroyed")
n("04", "18 months", "at least 18 months", 18, "duration", "months", "lower", "bridge_replacement_months")
d("04", "on 4 December", "province on 4 December", FRI, "emergency_declared")
n("04", "30 days", "for 30 days", 30, "duration", "days", "exact", "emergency_length_days")
n("04", "$50 million", "a $50 million", 50 * M, "money", "USD", "exact", "rdb_loan_usd")
n("04", "€5m", "Union €5m", 5 * M, "money", "EUR", "exact", "northern_union_aid_eur")
n("04", "14", "14 km upstream", 14, "measure", "km", "exact", "upper_dam_distance_km")
n("04", "35", "a 35 m earthfill", 35, "measure", "m", "exact", "upper_dam_height_m")
d("04", "in 1974", "completed in 1974", "1974", "upper_dam_completed")
n("04", "4", "drawn down by 4 m", 4, "measure", "m", "exact", "upper_dam_drawdown_m")
n("04", "212", "has 212 large", 212, "count", "large dams", "exact", "large_dams")
n("04", "40%", "some 40% of them", 40, "percent", "%", "approx", "large_dams_over_50_pct")
n("04", "50 years", "more than 50 years old", 50, "age", "years", "lower", "large_dams_age_threshold")
n("04", "90 days", "within 90 days", 90, "duration", "days", "exact", "inquiry_deadline_days")

# ---- 05 weekly magazine (Saturday 12 Dec)
n("05", "three days", "for three days", 3, "duration", "days", "exact", "rain_duration_days")
d("05", "the night of December 2nd", "the night of December 2nd", WED, "dam_failure")
n("05", "11,000", "some 11,000 souls", 11000, "count", "people", "approx", "kalden_population")
n("05", "Ten days", "Ten days on", 10, "duration", "days", "exact", "days_since_failure")
n("05", "44", "stands at 44", 44, "count", "people", "exact", "killed")
n("05", "a dozen", "with a dozen people", 12, "count", "people", "exact", "missing")
n("05", "30,000", "More than 30,000 were", 30000, "count", "people", "lower", "evacuated")
n("05", "1,200", "Some 1,200 houses", 1200, "count", "houses", "approx", "homes_destroyed")
n("05", "30,000", "about 30,000 acres", 30000, "measure", "acres", "approx", "farmland_flooded_acres")
n("05", "$300m", "more than $300m", 300 * M, "money", "USD", "lower", "damage_usd")
q("05", "one of the darkest days", ROSLIN, "roslin_darkest")
d("05", "the next day", "Kalden the next day", THU, "roslin_visit")
d("05", "on Monday", "held there on Monday", MON, "first_funerals")
q("05", "a roar like a train", MOREN, "moren_roar")
d("05", "in 1971", "completed in 1971", "1971", "dam_completed")
n("05", "a thousand years", "once in a thousand years", 1000, "duration", "years", "exact", "spillway_design_return_period_years")
q("05", "The spillway was designed for a thousand-year flood, and we have now had two in a decade", VARGA, "varga_thousand_year")
n("05", "thousand-year", "a thousand-year flood, and", 1000, "duration", "years", "exact", "spillway_design_return_period_years")
n("05", "two", "had two in a decade", 2, "count", "floods", "exact", "thousand_year_floods_recent")
n("05", "a decade", "two in a decade", 10, "duration", "years", "exact", "recent_floods_window_years")
q("05", "sound", VK, "vellkraft_sound", "found “sound”")
d("05", "2020", "A 2020 audit", "2020", "audit_report")
n("05", "8.3m", "a country of 8.3m", 8.3 * M, "count", "people", "exact", "marvessa_population")
n("05", "45%", "about 45%", 45, "percent", "%", "approx", "hydropower_share_pct")
d("05", "before 1980", "built before 1980", "1980", None)
n("05", "a quarter", "by a quarter", 25, "percent", "%", "exact", "dam_upkeep_spending_fall_pct")
d("05", "since 2015", "since 2015", "2015", None)
n("05", "three months", "within three months", 3, "duration", "months", "exact", "inquiry_deadline_months")
q("05", "somebody signed off on that dam", HOLM, "holm_signed_off")
n("05", "31%", "polls at 31%", 31, "percent", "%", "exact", "coalition_poll_pct")
d("05", "in 2027", "election in 2027", "2027", "election_2027")

quantities = {
    "killed": "people killed by the flood: at least 14 (01, Thursday), 23 (02, Friday), 31 (03, Saturday), 38 (04, as of 6 Dec), 44 (05, ten days on) -- conflict (a rising toll, not presented as superseded)",
    "killed_previous_figure": "the toll the article gives as superseded: 'up from 14' on Thursday morning (02, its own quantity)",
    "killed_in_kalden": "dead from the town of Kalden itself: nine (03)",
    "missing": "people missing: dozens / about 60 (01), 41 (02), 27 (03), 19 (04), a dozen (05) -- conflict",
    "evacuated": "people evacuated from the valley: about 25,000 (01), some 31,000 (02) vs more than 30,000 (05) -- conflict",
    "villages_evacuated": "villages downstream evacuated with Kalden: a dozen (01)",
    "in_shelters": "evacuees sleeping in shelters: 8,400 (02, Thursday night) vs some 9,000 (03) -- conflict",
    "shelters": "shelters set up in schools and sports halls: 46 (02)",
    "ardis_hall_sheltering": "people sleeping in the Ardis sports hall: about 700 (03)",
    "ardis_meals_a_day": "meals a day the volunteers cook at Ardis: three (03)",
    "helicopters": "army helicopters in the rescue: fourteen (02) vs a dozen (03) -- conflict",
    "soldiers_deployed": "soldiers sent to the valley: 1,200 (01) vs 1,500 (02) -- conflict",
    "homes_destroyed_or_damaged": "homes destroyed or damaged: hundreds (01)",
    "homes_destroyed": "homes destroyed: 1,240 (02) vs 1,180 (04) vs some 1,200 (05) -- conflict",
    "homes_damaged": "homes damaged: about 3,500 (02)",
    "bridges_destroyed": "bridges on the Vell destroyed or unsafe: seven (02) vs nine (04) -- conflict",
    "kalden_bridges_destroyed": "Kalden's own bridges gone: all four (03)",
    "farmland_flooded_ha": "farmland flooded in hectares: roughly 12,000 (02) vs 14,500 (04) -- conflict",
    "farmland_flooded_acres": "farmland flooded in acres: 36,000 (04) vs about 30,000 (05) -- conflict",
    "damage_srk": "the damage estimate in sarks: 2.4 billion (02, preliminary) vs 2.1bn (04) -- conflict",
    "damage_usd": "the damage estimate in dollars: $310 million (02) vs $270m (04) vs more than $300m (05) -- conflict",
    "relief_fund_srk": "the government's emergency relief money in sarks: 500 million (01, 02) vs 600 million (03) -- conflict",
    "relief_fund_usd": "the emergency relief money in dollars: $65 million (01)",
    "northern_union_aid_eur": "the Northern Union's emergency aid: €5 million (02), €5m (04)",
    "rdb_loan_usd": "the Regional Development Bank's emergency loan: $50 million (04)",
    "kestovia_boats": "rescue boats Kestovia sent: 30 (02)",
    "kestovia_firefighters": "firefighters Kestovia sent: 120 (02)",
    "emergency_length_days": "the state of emergency's length: 30 days (01 '30-day', 04)",
    "dam_height_m": "the dam's height in metres: 62 (01 '62-metre', 04)",
    "dam_height_ft": "the dam's height in feet: 203 (04)",
    "crest_length_m": "the dam's crest length: 410 m (04)",
    "dam_age_years": "the dam's age: 58 years (04)",
    "reservoir_volume_m3": "the reservoir's volume: 48 million cubic metres (01, 02, 04)",
    "households_supplied": "households the dam supplied with electricity: about 140,000 (01)",
    "river_rise_time_hours": "the time in which the river at Kalden rose: within two hours (01)",
    "river_rise_kalden_m": "how far the river at Kalden rose: more than four metres (01)",
    "river_peak_m": "the river's peak on the Kalden gauge in metres: 6.8 (02)",
    "river_peak_ft": "the river's crest at Kalden in feet: 22 (02) vs almost 23 (03) -- conflict by rounding",
    "river_normal_level_m": "the river's normal winter level: about 1.5 metres (02)",
    "church_water_depth_m": "the water line in St Brigid's church: more than two metres (03)",
    "surge_travel_time_minutes": "how long the surge took to reach Kalden: under 20 minutes (02)",
    "reservoir_drain_hours": "how long the reservoir took to empty: less than two hours (03) vs about three hours (04) -- conflict",
    "breach_width_m": "the breach's width: about 80 m (04)",
    "breach_time_revision_hours": "how much earlier the log puts the breach than the first time given: about half an hour (04)",
    "rainfall_mm": "rain on the upper Vell in the 72 hours before the failure: 310 mm (01) vs 287 mm (04) -- conflict",
    "rainfall_period_hours": "the period the rainfall figure covers: 72 hours (01, 04)",
    "rain_duration_days": "how long it had been raining on the night of the failure: three days (05)",
    "december_average_rainfall_mm": "the average rainfall for the whole of December: 95 mm (01)",
    "spillway_gates": "the spillway's radial gates: four (04)",
    "spillway_capacity_m3s": "the spillway's capacity: 1,100 m³/s (04)",
    "peak_inflow_m3s": "the estimated peak inflow: 1,650 m³/s (04)",
    "peak_inflow_2017_m3s": "the 2017 flood's estimated peak: 1,300 m³/s (04)",
    "freeboard_cm": "how close to the crest the water rose by the evening of 2 Dec: within 30 cm (04)",
    "spillway_design_return_period_years": "the flood the spillway was designed for: a return period of 1,000 years (04 '1,000 years' and 'thousand-year', 05 'a thousand years' and 'thousand-year')",
    "thousand_year_floods_recent": "thousand-year floods in the recent window: two (04, 05, in Varga's quote)",
    "recent_floods_window_years": "the window of Varga's two floods: ten years (04) / a decade (05)",
    "spillway_upgrade_pct": "the spillway capacity rise the 2021 audit recommended: 40% (04)",
    "spillway_upgrade_cost_srk": "the cost of that upgrade: 180 million sarks (04)",
    "bridge_replacement_months": "how long the Kalden crossing will take to replace: at least 18 months (04)",
    "upper_dam_distance_km": "the Upper Vell dam's distance upstream: 14 km (04)",
    "upper_dam_height_m": "the Upper Vell dam's height: 35 m (04)",
    "upper_dam_drawdown_m": "how far the Upper Vell dam was drawn down: 4 m (04)",
    "large_dams": "Marvessa's large dams: 212 (04)",
    "large_dams_over_50_pct": "the share of them more than 50 years old: some 40% (04)",
    "large_dams_age_threshold": "the age threshold of that share: more than 50 years (04)",
    "inquiry_deadline_days": "the inquiry's deadline in days: within 90 days (02, 04)",
    "inquiry_deadline_months": "the inquiry's deadline in months: within three months (05)",
    "moren_age": "Ilka Moren's age: 58 (01, 03)",
    "moren_bakery_years": "how long Moren has run the bakery: 31 years (03)",
    "drees_age": "Aron Drees's age: 34 (03)",
    "drees_farm_ha": "Drees's farm: 40 hectares (03)",
    "drees_sheep_lost": "sheep Drees lost: 200 (03)",
    "retired_engineer_years": "how long the retired engineer worked at the dam: 22 years (03)",
    "kalden_population": "Kalden's population: some 11,000 (05)",
    "days_since_failure": "the time since the failure at the weekly's writing: ten days (05)",
    "marvessa_population": "Marvessa's population: 8.3m (05)",
    "hydropower_share_pct": "hydropower's share of Marvessa's electricity: about 45% (05)",
    "dam_upkeep_spending_fall_pct": "the fall in spending on dam upkeep since 2015: a quarter (05)",
    "coalition_poll_pct": "Roslin's coalition in the polls: 31% (05)",
}
events = {
    "dam_failure": "the dam gives way: the early hours of Thu 3 Dec, 4.40 a.m. (01, 02; 03 citing the officials), 04:10 on 3 December (04) vs just before 11pm on Wednesday 2 Dec (03, the residents) and the night of December 2nd (05) -- date conflict",
    "emergency_declared": "the state of emergency declared: Thu 3 Dec (01), Thursday evening (02) vs Friday morning, 4 Dec (03), 4 December (04) -- date conflict",
    "gates_opened": "Vellkraft opens the spillway gates fully: Tue 1 Dec (01 'on Tuesday', 04 'since 1 December')",
    "last_inspection": "the dam's last inspection: 2023 (01, 02, 04)",
    "audit_report": "the State Audit Office report warning about the spillway: 2021 (02, 04) vs 2020 (05) -- date conflict",
    "repairs_recommended": "the repairs recommended but never carried out: 2014 (02)",
    "dam_completed": "the dam completed: 1968 (01, 04) vs 1971 (05) -- date conflict",
    "first_funerals": "the first funerals in Kalden: Tue 8 Dec (03, to come) vs Mon 7 Dec (05) -- date conflict",
    "sarle_meeting": "Governor Sarle speaks at the town-hall meeting: Fri 4 Dec (03)",
    "roslin_visit": "Roslin goes to Kalden: the next day, Thu 3 Dec (05)",
    "flood_2017": "the last major flood on the Vell: 2017 (04)",
    "upper_dam_completed": "the Upper Vell dam completed: 1974 (04)",
    "election_2027": "Marvessa's next election: 2027 (05)",
}
utterances = {
    "roslin_darkest": "Roslin: this is one of the darkest days our country has (ever) known -- variants (01, 02, 05 partial)",
    "sarle_darkest": "Sarle, a look-alike by another speaker: this is the darkest day our valley has ever known (03)",
    "sarle_rebuild": "Sarle: but this valley has rebuilt before, and it will rebuild again (03)",
    "sarle_start": "Sarle on the relief money: a start, not an answer (03)",
    "kest_rooftops": "Kest: we are still finding people on rooftops / on roofs (02 adds: we will not stop until everyone is accounted for) -- variants (01, 02)",
    "kest_every_hour": "Kest: every hour counts now (01)",
    "moren_roar": "Moren: I heard a roar like a train, and then / by the time I got to the stairs, the water was at the windows -- variants (01, 03 headline partial and full, 05 partial)",
    "drees_river": "Drees: everything my father built is in the river; I don't even know where to start (03)",
    "varga_thousand_year": "Varga: the spillway was designed for a thousand-year flood; we have now had two in ten years / in a decade -- variants (04, 05)",
    "vellkraft_sound": "Vellkraft: the dam was inspected in 2023 and found to be (in) sound (condition) -- variants (02, 04, 05 one word)",
    "holm_signed_off": "Holm: somebody signed off on that dam; the families deserve to know who (02, 05 partial)",
    "retired_engineer_cracks": "the retired engineer on the cracks: reported 'again and again' (03)",
}
aliases = {
    "Marvessa": ["Marvessa"],
    "Annika Roslin": ["Prime Minister Annika Roslin", "Annika Roslin", "Roslin", "Ms Roslin"],
    "Joran Kest": ["Joran Kest", "Kest"],
    "Ilka Moren": ["Ilka Moren"],
    "Helena Varga": ["Dr Helena Varga", "Helena Varga"],
    "Matteo Sarle": ["Matteo Sarle", "Governor Matteo Sarle", "Sarle"],
    "Benedikt Holm": ["Benedikt Holm"],
    "Aron Drees": ["Aron Drees"],
    "Vellkraft": ["Vellkraft"],
    "State Audit Office": ["State Audit Office"],
    "Northern Union": ["Northern Union"],
    "Regional Development Bank": ["Regional Development Bank"],
    "Kalden dam": ["Kalden dam", "the dam"],
    "Vell": ["Vell river", "the Vell"],
    "Hesper province": ["Hesper province"],
    "Teravel": ["Teravel"],
    "Kestovia": ["Kestovia"],
    "Marvessan sark": ["sarks"],
}
furniture = {
    "01": ["By Elin Sarova, Continental Press Agency", "(Reporting by Elin Sarova in Kalden and Piet Amsel in Teravel; Editing by Hana Rolf)"],
    "02": ["THE MARVESSAN HERALD", "Friday, 4 December 2026 | National", "By Dora Velt and Anton Ries"],
    "03": ["VELL VALLEY COURIER", "Community | Flood special", "By Tomas Grell"],
    "04": ["HYDRO & DAM ENGINEERING REVIEW", "07.12.2026 · Incident report", "Dam safety / Europe", "Key numbers"],
    "05": ["THE HALCYON WEEKLY", "Europe | December 12th 2026", "Marvessa", "After the flood"],
}
pub = {"01": THU, "02": FRI, "03": None, "04": MON, "05": SAT12}
outlet = {"01": "Continental Press Agency (wire)", "02": "The Marvessan Herald (national daily)",
          "03": "Vell Valley Courier (local paper, web page without a date)",
          "04": "Hydro & Dam Engineering Review (trade outlet)", "05": "The Halcyon Weekly (weekly magazine)"}
g.write(
    event="FICTIONAL: the Kalden dam on the Vell river in northern Marvessa gives way in the early hours of Thu 3 Dec 2026 (4.40 a.m. per the officials, 04:10 per the control-room log; Wednesday night per the residents and one weekly) after 310 (287) mm of rain in 72 hours: a toll rising from at least 14 to 23, 31, 38 and 44 with missing from about 60 down to a dozen; 25,000 / 31,000 / more than 30,000 evacuated, 8,400 (9,000) in shelters; the river at 6.8 m (22 ft; almost 23 ft); 1,240 (1,180; some 1,200) homes and seven (nine) bridges destroyed; 12,000 (14,500) hectares, 36,000 (30,000) acres flooded; damage 2.4 (2.1) billion sarks, $310m ($270m; more than $300m); a state of emergency on Thursday (Friday); relief of 500 (600) million sarks, Northern Union €5m, a $50m loan; the dam completed in 1968 (1971), an audit in 2021 (2020); the first funerals Tuesday (Monday); quotes by the prime minister, the civil-protection chief, a baker, a farmer, an engineer, the operator and the opposition leader with wording variants, and a look-alike by the governor",
    reference_date=SAT12,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
