"""Gold for the lenmark_ferry_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was ever run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). Measures with a unit word or symbol (km, km/h, knots,
nautical miles, metres, degrees) are annotated as the number alone, as in the
kessmar gold; durations, ages and hyphenated compounds keep their unit ("90-minute",
"37-year-old", "four-metre")."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "lenmark_ferry_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6

ENG, DEL, TES, NWF = "Halvard Enge", "Oskar Delvin", "Mira Teskova", "Northway Ferries"

# ---- 01 wire (Sunday 6 Dec, the morning after the capsizing)
n("01", "17", "at least 17 dead and", 17, "count", "people", "lower", "dead")
n("01", "54", "and 54 missing\n", 54, "count", "people", "exact", "missing")
d("01", "Dec 6", "Lenmark, Dec 6", "2026-12-06", "cg_briefing_sun")
n("01", "312", "carrying 312 people", 312, "count", "people", "exact", "people_aboard")
d("01", "late on Saturday", "late on Saturday", "2026-12-05", "capsizing")
n("01", "17", "killing at least 17", 17, "count", "people", "lower", "dead")
n("01", "54", "leaving 54 missing", 54, "count", "people", "exact", "missing")
d("01", "on Sunday", "said on Sunday", "2026-12-06", "cg_briefing_sun")
d("01", "9:40 p.m.", "around 9:40 p.m.", "2026-12-05", "capsizing")
n("01", "8", "about 8 km", 8, "measure", "km", "approx", "distance_offshore_km")
n("01", "90-minute", "90-minute crossing", 90, "duration", "minutes", "exact", "crossing_duration")
n("01", "241", "pulled 241 people", 241, "count", "people", "exact", "rescued")
d("01", "by Sunday morning", "by Sunday morning", "2026-12-06", "cg_briefing_sun")
n("01", "Fourteen", "Fourteen vessels", 14, "count", "vessels", "exact", "search_vessels")
n("01", "three", "three helicopters", 3, "count", "helicopters", "exact", "search_helicopters")
q("01", "Conditions were extremely difficult, but our crews will not stop while there is any hope", ENG, "enge_hope")
n("01", "298", "298 passengers", 298, "count", "passengers", "exact", "passengers_aboard")
n("01", "14", "14 crew", 14, "count", "crew", "exact", "crew_aboard")
n("01", "37-year-old", "The 37-year-old vessel", 37, "age", "years", "exact", "vessel_age")
n("01", "250", "carry 250 passengers", 250, "count", "passengers", "exact", "licensed_capacity")
n("01", "70", "gusting to 70 km/h", 70, "measure", "km/h", "exact", "wind_gust_kmh")
n("01", "4", "up to 4 metres", 4, "measure", "m", "upper", "wave_height_m")
n("01", "9", "about 9 degrees", 9, "measure", "degrees Celsius", "approx", "sea_temperature_c")
q("01", "We are cooperating fully with the authorities and our thoughts are with the families of those on board", NWF, "northway_cooperating")
q("01", "no question will go unanswered", DEL, "delvin_unanswered")
d("01", "since 2004", "since 2004", "2004", "morna_sinking")
n("01", "23", "loss of 23 lives", 23, "count", "lives", "exact", "morna_dead")

# ---- 02 national broadsheet (Monday 7 Dec)
n("02", "44", "rises to 44 as", 44, "count", "people", "exact", "dead")
n("02", "340", "ferry carried 340", 340, "count", "people", "exact", "people_aboard")
n("02", "250", "licensed for 250 passengers", 250, "count", "passengers", "exact", "licensed_capacity")
n("02", "44", "rose to 44 yesterday", 44, "count", "people", "exact", "dead")
d("02", "yesterday", "44 yesterday", "2026-12-06", "toll_reaches_44")
n("02", "33", "with 33 still", 33, "count", "people", "exact", "missing")
q("02", "We now believe there were 340 people on board, not 312", ENG, "enge_340")
n("02", "340", "there were 340 people", 340, "count", "people", "exact", "people_aboard")
n("02", "312", "not 312", 312, "count", "people", "exact", "people_aboard")
n("02", "263", "total of 263", 263, "count", "people", "exact", "rescued")
d("02", "in 1989", "built in 1989", "1989", "vessel_built")
d("02", "a decade ago", "a decade ago", "2016", "northway_bought_vessel")
d("02", "21.50", "at 21.50 on", "2026-12-05", "capsizing")
d("02", "on Saturday", "21.50 on Saturday", "2026-12-05", "capsizing")
n("02", "4.3", "4.3 nautical miles", 4.3, "measure", "nautical miles", "exact", "distance_offshore_nm")
n("02", "38", "gusts of 38 knots", 38, "measure", "knots", "exact", "wind_gust_knots")
n("02", "four-metre", "a four-metre swell", 4, "measure", "m", "exact", "wave_height_m")
n("02", "20", "involving 20 vessels", 20, "count", "vessels", "exact", "search_vessels")
n("02", "four", "four helicopters", 4, "count", "helicopters", "exact", "search_helicopters")
n("02", "40", "and 40 divers", 40, "count", "divers", "exact", "search_divers")
q("02", "Conditions are extremely difficult, but we will not stop while there is hope", ENG, "enge_hope")
n("02", "30 days", "within 30 days", 30, "duration", "days", "upper", "preliminary_findings_deadline")
q("02", "If this ferry was overloaded, those responsible will answer for it", DEL, "delvin_overloaded")
q("02", "No question will go unanswered", DEL, "delvin_unanswered")
n("02", "three days", "three days of national mourning", 3, "duration", "days", "exact", "mourning_days")
d("02", "today", "beginning today", "2026-12-07", "mourning_start")
n("02", "six", "operates six vessels", 6, "count", "vessels", "exact", "northway_fleet")
q("02", "A ferry that does not know how many people it is carrying cannot know whether it is safe", "Ingrid Solberg", "solberg_ferry")

# ---- 03 tabloid (Monday 7 Dec)
q("03", "FLOATING COFFIN", "Ana Brask", "brask_coffin")
n("03", "300", "MORE THAN 300", 300, "count", "souls", "lower", "people_aboard")
n("03", "40", "– 40 dead", 40, "count", "people", "exact", "dead")
n("03", "300", "more than 300 people", 300, "count", "people", "lower", "people_aboard")
d("03", "in the early hours of Sunday", "in the early hours of Sunday", "2026-12-06", "capsizing")
n("03", "40", "At least 40 people", 40, "count", "people", "lower", "dead")
n("03", "dozens", "dozens more are missing", None, "count", "people", "vague", "missing", 24, 99)
n("03", "40-year-old", "nearly 40-year-old", 40, "age", "years", "approx", "vessel_age")
n("03", "250", "just 250 passengers", 250, "count", "passengers", "exact", "licensed_capacity")
n("03", "FIVE-METRE", "FIVE-METRE waves", 5, "measure", "m", "exact", "wave_height_m")
n("03", "26", "Teskova, 26", 26, "age", "years", "exact", "teskova_age")
n("03", "three hours", "nearly three hours", 3, "duration", "hours", "approx", "teskova_time_in_water")
q("03", "It leaned and kept leaning — people were screaming in the dark", TES, "teskova_leaned")
n("03", "68", "Ruud, 68", 68, "age", "years", "exact", "ruud_age")
q("03", "packed like a cattle truck", "Elsa Ruud", "ruud_cattle_truck")
q("03", "We couldn't find a seat. People were standing everywhere", "Elsa Ruud", "ruud_no_seat")
n("03", "19", "Tomas, 19", 19, "age", "years", "exact", "tomas_brask_age")
q("03", "Nobody will tell us anything. It's a floating coffin and everyone knew it", "Ana Brask", "brask_coffin")
q("03", "not stop while there is any hope", ENG, "enge_hope")
n("03", "Dozens", "Dozens of divers", None, "count", "divers", "vague", "search_divers", 24, 99)
q("03", "If this ferry was overloaded, those responsible will answer for it", DEL, "delvin_overloaded")
d("03", "last summer", "last summer", "2026", "northway_overcrowding_warning")
n("03", "two days", "two days of mourning", 2, "duration", "days", "exact", "mourning_days")
d("03", "today", "from today", "2026-12-07", "mourning_start")

# ---- 04 island paper (Sunday 6 Dec, evening)
n("04", "31", "rises to 31", 31, "count", "people", "exact", "dead")
d("04", "tonight", "and tonight almost", "2026-12-06", None)
d("04", "8.55pm", "at 8.55pm", "2026-12-05", "departure")
d("04", "on Saturday", "8.55pm on Saturday", "2026-12-05", "departure")
d("04", "9.40pm", "about 9.40pm", "2026-12-05", "capsizing")
n("04", "12", "roughly 12 km", 12, "measure", "km", "approx", "distance_offshore_km")
d("04", "this evening", "By this evening", "2026-12-06", None)
n("04", "31", "confirmed 31 dead", 31, "count", "people", "exact", "dead")
n("04", "34", "and 34 missing", 34, "count", "people", "exact", "missing")
n("04", "247", "247 people", 247, "count", "people", "exact", "rescued")
n("04", "312", "says 312 people", 312, "count", "people", "exact", "people_aboard")
n("04", "250", "certified for 250", 250, "count", "passengers", "exact", "licensed_capacity")
d("04", "the early hours", "waited since the early hours", "2026-12-06", None)
n("04", "1,500", "more than 1,500 cups", 1500, "count", "cups", "lower", "cups_served_vey_hall")
n("04", "nine", "At least nine of the dead", 9, "count", "people", "lower", "vey_dead")
n("04", "27", "Teskova, 27", 27, "age", "years", "exact", "teskova_age")
n("04", "three hours", "almost three hours", 3, "duration", "hours", "approx", "teskova_time_in_water")
q("04", "The ship leaned and then it just kept leaning. People were screaming in the dark", TES, "teskova_leaned")
q("04", "I don’t know how I’m alive", TES, "teskova_alive")
n("04", "60", "said 60 divers", 60, "count", "divers", "exact", "search_divers")
q("04", "while there is any hope", ENG, "enge_hope")
n("04", "70", "gusting to 70km/h", 70, "measure", "km/h", "exact", "wind_gust_kmh")
q("04", "The Arlen Crest should never have sailed last night", "Jon Asker", "asker_never_sailed")
d("04", "last night", "sailed last night", "2026-12-05", "departure")
n("04", "90 minutes", "takes 90 minutes", 90, "duration", "minutes", "exact", "crossing_duration")
d("04", "since 2016", "since 2016", "2016", "northway_route_start")
d("04", "on Tuesday evening", "on Tuesday evening", "2026-12-08", "vey_vigil")
q("04", "We are a community of 2,300 people. We will carry this together", "Karin Holt", "holt_community")
n("04", "2,300", "community of 2,300", 2300, "count", "people", "exact", "vey_population")
d("04", "tomorrow", "closed tomorrow", "2026-12-07", "vey_schools_closed")

# ---- 05 foreign shipping journal (Tuesday 8 Dec)
n("05", "52", "toll reaches 52", 52, "count", "people", "exact", "dead")
n("05", "52", "rose to 52", 52, "count", "people", "exact", "dead")
d("05", "on Tuesday", "52 on Tuesday", "2026-12-08", "toll_update_tue")
n("05", "44", "up from 44", 44, "count", "people", "exact", "dead_previous_figure")
d("05", "a day earlier", "a day earlier", "2026-12-07", "toll_reaches_44")
n("05", "20", "with 20 people", 20, "count", "people", "exact", "missing")
n("05", "268", "saved 268", 268, "count", "people", "exact", "rescued")
n("05", "340", "about 340", 340, "count", "people", "approx", "people_aboard")
n("05", "326", "326 passengers", 326, "count", "passengers", "exact", "passengers_aboard")
n("05", "14", "14 crew", 14, "count", "crew", "exact", "crew_aboard")
n("05", "312", "the 312 declared", 312, "count", "people", "exact", "people_aboard")
n("05", "35-year-old", "35-year-old", 35, "age", "years", "exact", "vessel_age")
n("05", "4,200", "4,200 gross tonnes", 4200, "measure", "gross tonnes", "exact", "vessel_tonnage")
n("05", "250", "licensed for 250", 250, "count", "passengers", "exact", "licensed_capacity")
d("05", "on Saturday evening", "on Saturday evening", "2026-12-05", "capsizing")
n("05", "eight", "around eight kilometres", 8, "measure", "km", "approx", "distance_offshore_km")
n("05", "4.3", "(4.3 nautical miles)", 4.3, "measure", "nautical miles", "exact", "distance_offshore_nm")
n("05", "80", "up to 80 km/h", 80, "measure", "km/h", "upper", "wind_gust_kmh")
n("05", "4-metre", "4-metre waves", 4, "measure", "m", "exact", "wave_height_m")
n("05", "90-minute", "90-minute crossing", 90, "duration", "minutes", "exact", "crossing_duration")
n("05", "22", "deploying 22 vessels", 22, "count", "vessels", "exact", "search_vessels")
n("05", "five", "five helicopters", 5, "count", "helicopters", "exact", "search_helicopters")
n("05", "40", "and 40 divers", 40, "count", "divers", "exact", "search_divers")
d("05", "yesterday", "40 divers yesterday", "2026-12-07", None)
d("05", "on Monday", "said on Monday it had ordered", "2026-12-07", "inspections_ordered")
n("05", "41", "all 41 passenger ferries", 41, "count", "ferries", "exact", "ferries_to_inspect")
n("05", "30 days", "within 30 days", 30, "duration", "days", "upper", "preliminary_findings_deadline")
q("05", "If this ferry was overloaded, those responsible will answer for it", DEL, "delvin_overloaded")
q("05", "cooperating fully with the authorities", NWF, "northway_cooperating")
d("05", "in June", "in June", "2026-06", "last_safety_inspection")
n("05", "22%", "fell 22%", 22, "percent", "%", "exact", "halsten_share_fall_pct")
d("05", "on Monday", "exchange on Monday", "2026-12-07", "halsten_shares_fall")
n("05", "640 million skillings", "about 640 million skillings", 640 * M, "money", "LMS", "approx", "halsten_value_wiped_lms")
n("05", "$58 million", "($58 million)", 58 * M, "money", "USD", "approx", "halsten_value_wiped_usd")
n("05", "$14 million", "insured for $14 million", 14 * M, "money", "USD", "exact", "vessel_insured_value")
q("05", "people were screaming in the dark", TES, "teskova_leaned")
d("05", "2004", "the 2004 sinking", "2004", "morna_sinking")
n("05", "23", "in which 23 died", 23, "count", "people", "exact", "morna_dead")

quantities = {
    "people_aboard": "people aboard the Arlen Crest (passengers and crew): 312 (01, 04; the operator's manifest, cited in 02 and 05) vs 340 (02, 05 coast guard) vs more than 300 (03) -- conflict (estimates of one number by different sources)",
    "passengers_aboard": "passengers aboard: 298 (01, manifest) vs 326 (05, coast guard) -- conflict",
    "crew_aboard": "crew aboard: 14",
    "licensed_capacity": "passengers the ferry was licensed / certified to carry: 250",
    "dead": "confirmed dead, a toll reported at different hours: at least 17 (01) / 31 (04) / 44 (02) / 40, at least 40 (03) / 52 (05) -- conflict",
    "dead_previous_figure": "the toll that 05 presents as the earlier figure ('up from 44 a day earlier')",
    "missing": "people missing: 54 (01) / 34 (04) / 33 (02) / dozens (03) / 20 (05) -- conflict",
    "rescued": "people rescued: 241 (01) / 247 (04) / 263 (02) / 268 (05) -- conflict",
    "vessel_age": "age of the Arlen Crest: 37 (01) vs nearly 40 (03) vs 35 (05) -- conflict",
    "vessel_tonnage": "the ferry's gross tonnage: 4,200 (05)",
    "distance_offshore_km": "distance from shore / Cape Holl when it capsized, km: about 8 (01), around eight (05) vs roughly 12 (04) -- conflict",
    "distance_offshore_nm": "distance offshore in nautical miles: 4.3 (02, 05); a different unit from km, so a different quantity",
    "crossing_duration": "duration of the Holmsund-Vey crossing: 90 minutes",
    "wind_gust_kmh": "wind gusts at the time, km/h: 70 (01, 04) vs up to 80 (05) -- conflict",
    "wind_gust_knots": "wind gusts in knots: 38 (02)",
    "wave_height_m": "wave height, metres: up to 4 / four-metre / 4-metre vs FIVE-METRE (03) -- conflict",
    "sea_temperature_c": "sea temperature: about 9 degrees Celsius (01)",
    "search_vessels": "vessels in the search, reported at different times: 14 (01) / 20 (02) / 22 (05) -- conflict",
    "search_helicopters": "helicopters in the search: 3 (01) / 4 (02) / 5 (05) -- conflict",
    "search_divers": "divers in the search: 40 (02, 05) vs 60 (04) vs dozens (03) -- conflict",
    "preliminary_findings_deadline": "the Maritime Safety Board's preliminary findings due within 30 days",
    "mourning_days": "days of national mourning: three (02) vs two (03) -- conflict",
    "northway_fleet": "vessels Northway Ferries operates: six (02)",
    "teskova_age": "age of survivor Mira Teskova: 26 (03) vs 27 (04) -- conflict",
    "teskova_time_in_water": "how long Teskova was in the water: nearly / almost three hours",
    "tomas_brask_age": "age of Tomas Brask, a missing crew member: 19 (03)",
    "ruud_age": "age of survivor Elsa Ruud: 68 (03)",
    "cups_served_vey_hall": "cups of coffee and soup served at the Vey community hall: more than 1,500 (04)",
    "vey_dead": "dead who were from Vey: at least nine (04)",
    "vey_population": "Vey's population: 2,300 (04, in Holt's quote)",
    "ferries_to_inspect": "passenger ferries registered in Lenmark that are to be inspected: 41 (05)",
    "halsten_share_fall_pct": "fall in Halsten Maritime's shares on Monday: 22% (05)",
    "halsten_value_wiped_lms": "market value wiped off Halsten Maritime, skillings: about 640 million (05)",
    "halsten_value_wiped_usd": "market value wiped off Halsten Maritime, dollars: $58 million (05)",
    "vessel_insured_value": "what the Arlen Crest was insured for: $14 million (05)",
    "morna_dead": "dead in the 2004 sinking of the trawler Morna: 23",
}
events = {
    "capsizing": "the Arlen Crest capsizes off Cape Holl: Sat 5 Dec 2026, about 21:40 (21:50 in 02) vs the early hours of Sun 6 Dec (03) -- date conflict",
    "departure": "the ferry leaves Holmsund, 8.55pm Sat 5 Dec (04)",
    "cg_briefing_sun": "the coast guard's Sunday-morning briefing and figures, Sun 6 Dec (01)",
    "toll_reaches_44": "the toll reaching 44: Sun 6 Dec (02 'yesterday') vs Mon 7 Dec (05 'a day earlier' than Tuesday) -- date conflict",
    "toll_update_tue": "the coast guard's Tuesday toll of 52, Tue 8 Dec (05)",
    "mourning_start": "start of national mourning, Mon 7 Dec ('today' in 02 and 03)",
    "vessel_built": "the Arlen Crest built, 1989 (02)",
    "northway_bought_vessel": "Northway Ferries buys the vessel second-hand, a decade ago (~2016) (02)",
    "northway_route_start": "Northway starts running the Vey route, 2016 (04)",
    "northway_overcrowding_warning": "Northway warned about overcrowding on the route, last summer (03)",
    "morna_sinking": "the 2004 sinking of the trawler Morna",
    "vey_vigil": "the vigil on Vey, Tue 8 Dec evening (04)",
    "vey_schools_closed": "Vey's schools closed, Mon 7 Dec (04)",
    "inspections_ordered": "the Transport Ministry orders inspections of all passenger ferries, Mon 7 Dec (05)",
    "last_safety_inspection": "the vessel's most recent safety inspection, June 2026 (05)",
    "halsten_shares_fall": "Halsten Maritime's shares fall, Mon 7 Dec (05)",
}
utterances = {
    "enge_hope": "Enge: conditions were / are extremely difficult, but our crews / we will not stop while there is (any) hope -- variants",
    "enge_340": "Enge: we now believe there were 340 people on board, not 312 (02)",
    "delvin_unanswered": "Delvin: no question will go unanswered",
    "delvin_overloaded": "Delvin: if this ferry was overloaded, those responsible will answer for it",
    "northway_cooperating": "Northway Ferries statement: we are cooperating fully with the authorities and our thoughts are with the families",
    "teskova_leaned": "Teskova: the ship leaned and then it just kept leaning; people were screaming in the dark -- variant in 03",
    "teskova_alive": "Teskova: I don't know how I'm alive (04)",
    "brask_coffin": "Ana Brask: nobody will tell us anything; it's a floating coffin and everyone knew it (03, and the headline's 'FLOATING COFFIN')",
    "ruud_cattle_truck": "Elsa Ruud: the lounge was packed like a cattle truck (03)",
    "ruud_no_seat": "Elsa Ruud: we couldn't find a seat; people were standing everywhere (03)",
    "solberg_ferry": "Solberg: a ferry that does not know how many people it is carrying cannot know whether it is safe (02)",
    "asker_never_sailed": "Asker: the Arlen Crest should never have sailed last night (04)",
    "holt_community": "Holt: we are a community of 2,300 people; we will carry this together (04)",
}
aliases = {
    "Halvard Enge": ["Commander Halvard J. Enge", "Halvard J. Enge", "Commander Halvard Enge", "Cmdr Halvard Enge", "Captain Halvard Enge", "Enge"],
    "Oskar Delvin": ["Oskar Delvin", "Transport Minister Oskar Delvin"],
    "Mira Teskova": ["Mira Teskova"],
    "Northway Ferries": ["Northway Ferries", "Northway"],
    "Halsten Maritime": ["Halsten Maritime"],
    "Arlen Crest": ["MV Arlen Crest", "Arlen Crest"],
    "Lenmark Coast Guard": ["Lenmark Coast Guard", "coast guard"],
    "Maritime Safety Board": ["Maritime Safety Board"],
    "Cape Holl": ["Cape Holl"],
    "Holmsund": ["Holmsund", "HOLMSUND"],
    "Vey": ["Vey"],
    "Ana Brask": ["Ana Brask"],
    "Elsa Ruud": ["Elsa Ruud"],
    "Jon Asker": ["Jon Asker"],
    "Karin Holt": ["Karin Holt"],
    "Ingrid Solberg": ["Ingrid Solberg"],
}
furniture = {
    "01": ["By Petra Voss, Meridian Wire Service", "(Reporting by Petra Voss; Editing by Tomas Feld)"],
    "02": ["THE LENMARK TIMES", "National | Monday 7 December 2026", "By Sigrun Falk, Chief Reporter"],
    "03": ["THE DAILY BEACON", "By Rob Tennant", "HAVE YOUR SAY: Text BEACON to 60060"],
    "04": ["VEY ISLAND GAZETTE", "Sunday 6 December 2026 | Updated 19:30", "By Edda Lunn",
           "Updates to this story will follow."],
    "05": ["NORTHERN SHIPPING JOURNAL", "Casualties | Tuesday 8 December 2026", "By Hugo Marren"],
}
pub = {"01": "2026-12-06", "02": "2026-12-07", "03": "2026-12-07", "04": "2026-12-06", "05": "2026-12-08"}
outlet = {"01": "Meridian Wire Service (wire)", "02": "The Lenmark Times (national broadsheet)",
          "03": "The Daily Beacon (tabloid)", "04": "Vey Island Gazette (regional paper)",
          "05": "Northern Shipping Journal (foreign trade outlet)"}
g.write(
    event="FICTIONAL: the passenger ferry Arlen Crest capsizes off Cape Holl, Lenmark, about 9.40pm Sat 5 Dec 2026 (the early hours of Sunday in one outlet) on the Holmsund-Vey crossing: 312 aboard per the manifest vs 340 per the coast guard (more than 300), licensed for 250; a toll rising from at least 17 to 31, 44 and 52, missing and rescued figures changing; 70 vs 80 km/h gusts, 4 vs 5 m waves; 8 km (12 km) / 4.3 nautical miles offshore; a 37/35/nearly-40-year-old vessel; search vessels, helicopters and divers; an investigation; Commander Halvard Enge, survivor Mira Teskova, Transport Minister Oskar Delvin and Northway Ferries quoted",
    reference_date="2026-12-08",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
