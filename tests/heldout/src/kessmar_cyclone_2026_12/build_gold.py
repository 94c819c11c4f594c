"""Gold for the kessmar_cyclone_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "kessmar_cyclone_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6

B = 1e9
TEL, OST, BAS, DRA = "Amaru Telleck", "Hanne Ostrovar", "Joren Basquel", "Fenna Drayholm"

# ---- 01 wire (Tuesday 1 Dec; landfall late Monday 30 Nov)
n("01", "14", "kills at least 14 in", 14, "count", "people", "lower", "killed_total")
n("01", "30", "more than 30 missing\n", 30, "count", "people", "lower", "missing")
n("01", "4", "Category 4 storm", 4, "measure", "category", "exact", "category")
n("01", "14", "killing at least 14 people", 14, "count", "people", "lower", "killed_total")
n("01", "30", "leaving more than 30 missing", 30, "count", "people", "lower", "missing")
n("01", "185", "winds of 185 km/h", 185, "measure", "km/h", "exact", "wind_kmh")
n("01", "115", "(115 mph)", 115, "measure", "mph", "exact", "wind_mph")
n("01", "230", "up to 230 km/h", 230, "measure", "km/h", "upper", "gust_kmh")
n("01", "3.5", "up to 3.5 metres", 3.5, "measure", "m", "upper", "storm_surge_m")
n("01", "310", "310 millimetres", 310, "measure", "mm", "exact", "rain_mm_saltreach")
n("01", "24 hours", "in 24 hours", 24, "duration", "hours", "exact", "rain_window_hours")
n("01", "120,000", "More than 120,000", 120000, "count", "people", "lower", "evacuated")
n("01", "1.2 million", "About 1.2 million", 1.2e6, "count", "people", "approx", "people_without_power")
n("01", "four", "in four provinces", 4, "count", "provinces", "exact", "provinces_emergency")
n("01", "600", "more than 600 people", 600, "count", "people", "lower", "killed_1998")
d("01", "late on Monday", "late on Monday", "2026-11-30", "landfall")
d("01", "on Tuesday", "officials said on Tuesday", "2026-12-01", "toll_update_tue")
d("01", "on Tuesday", "electricity on Tuesday", "2026-12-01", "power_outage_tue")
d("01", "on Monday afternoon", "on Monday afternoon", "2026-11-30", "airport_closure")
d("01", "on Sunday", "on Sunday", "2026-11-29", "state_of_emergency")
d("01", "1998", "since 1998", "1998", "storm_1998")
q("01", "Irelle intensified faster than any storm we have recorded in this basin", OST, "ostrovar_intensified")
q("01", "extremely dangerous", OST, "ostrovar_dangerous")
q("01", "The numbers will rise as we reach the villages cut off by the floods", BAS, "basquel_numbers")
q("01", "We have lost neighbours, fishermen, children. Kessmar will grieve together and rebuild together.", TEL, ["telleck_lost", "telleck_grieve"])

# ---- 02 national broadsheet (Wednesday 2 Dec)
n("02", "27", "climbs to 27", 27, "count", "people", "exact", "killed_total")
n("02", "27", "rose to 27", 27, "count", "people", "exact", "killed_total")
n("02", "41", "with 41 people", 41, "count", "people", "exact", "missing")
n("02", "four", "category-four", 4, "measure", "category", "exact", "category")
n("02", "185", "winds of 185", 185, "measure", "km/h", "exact", "wind_kmh")
n("02", "230", "gusts of 230", 230, "measure", "km/h", "exact", "gust_kmh")
n("02", "3.5", "3.5-metre", 3.5, "measure", "m", "exact", "storm_surge_m")
n("02", "18,400", "18,400 homes", 18400, "count", "homes", "exact", "homes_damaged")
n("02", "3,150", "3,150 destroyed", 3150, "count", "homes", "exact", "homes_destroyed")
n("02", "five", "five provinces", 5, "count", "provinces", "exact", "provinces_homes_hit")
n("02", "120,000", "Over 120,000", 120000, "count", "people", "lower", "evacuated")
n("02", "86,000", "86,000 spent", 86000, "count", "people", "exact", "people_in_centres_tue_night")
n("02", "640", "640 evacuation", 640, "count", "evacuation centres", "exact", "evacuation_centres")
n("02", "three days", "three days of national", 3, "duration", "days", "exact", "mourning_days")
n("02", "52 billion thals", "52 billion thals", 52 * B, "money", "KMT", "exact", "damage_kmt")
n("02", "$1.3 billion", "$1.3 billion", 1.3 * B, "money", "USD", "approx", "damage_usd")
n("02", "€20 million", "€20 million", 20e6, "money", "EUR", "exact", "aldermere_pledge")
n("02", "$5 million", "$5 million", 5e6, "money", "USD", "exact", "orsund_pledge")
n("02", "72 hours", "72 hours before", 72, "duration", "hours", "exact", "warning_lead_time")
d("02", "on Wednesday", "27 on Wednesday", "2026-12-02", "toll_update_wed")
d("02", "in the early hours of Tuesday", "in the early hours of Tuesday", "2026-12-01", "landfall")
d("02", "Tuesday night", "Tuesday night", "2026-12-01", "centres_tue_night")
d("02", "yesterday", "yesterday", "2026-12-01", "telleck_visit")
d("02", "from Thursday", "from Thursday", "2026-12-03", "mourning_start")
q("02", "lost neighbours, fishermen and children", TEL, "telleck_lost")
q("02", "Kessmar will grieve together, and Kessmar will rebuild together", TEL, "telleck_grieve")
q("02", "No family will be left to face this alone.", TEL, "telleck_no_family")
q("02", "Kessmar is not alone", "Lucien Ferrand", "ferrand_not_alone")
q("02", "Our warnings went out early, and they saved lives", OST, "ostrovar_warnings")

# ---- 03 local paper live page (Wednesday 2 Dec)
for t in ["18:20\nAirport", "16:45", "14:10", "11:30", "09:05"]:
    d("03", t.split("\n")[0], t, "2026-12-02", None)
d("03", "tomorrow", "reopen tomorrow\n", "2026-12-03", "airport_reopening")
d("03", "tomorrow morning", "tomorrow morning", "2026-12-03", "airport_reopening")
n("03", "29", "Toll now 29", 29, "count", "people", "exact", "killed_total")
n("03", "29", "risen to 29", 29, "count", "people", "exact", "killed_total")
n("03", "41", "and 41 people", 41, "count", "people", "exact", "missing")
n("03", "3,000", "About 3,000 homes", 3000, "count", "homes", "approx", "orrin_homes_destroyed")
d("03", "yesterday", "warned yesterday", "2026-12-01", "basquel_warning")
q("03", "the numbers will rise as we reach the villages cut off by floods", BAS, "basquel_numbers")
q("03", "The sea came in like a wall", DRA, "drayholm_wall")
d("03", "on Monday night", "on Monday night", "2026-11-30", "landfall")
q("03", "The sea came into the town like a wall. People had minutes, not hours", DRA, "drayholm_wall")
n("03", "four", "about four metres", 4, "measure", "m", "approx", "storm_surge_m")
d("03", "11.40pm", "11.40pm", "2026-11-30", "landfall")
d("03", "on Monday", "local time on Monday", "2026-11-30", "landfall")
n("03", "3", "Category 3 storm", 3, "measure", "category", "exact", "category")
n("03", "115", "115mph", 115, "measure", "mph", "exact", "wind_mph")
n("03", "23", "23 shelters", 23, "count", "shelters", "exact", "saltreach_shelters")
n("03", "9,500", "some 9,500", 9500, "count", "people", "approx", "saltreach_shelter_people")
n("03", "400,000", "around 400,000 households", 400000, "count", "households", "approx", "orrin_households_without_power")
d("03", "on Tuesday", "market on Tuesday", "2026-12-01", "telleck_visit")
q("03", "No family will be left alone", TEL, "telleck_no_family")

# ---- 04 business / shipping outlet (Thursday 3 Dec)
d("04", "next week", "shut until next week", None, "port_reopening")
d("04", "next week", "closed until next week", None, "port_reopening")
d("04", "on Thursday", "said on Thursday", "2026-12-03", "caddow_statement")
d("04", "on Wednesday", "on Wednesday", "2026-12-02", "airport_reopening")
n("04", "two-day", "two-day closure", 2, "duration", "days", "exact", "airport_closure_days")
n("04", "1.3 million", "1.3 million containers", 1.3e6, "count", "containers", "approx", "port_containers_per_year")
d("04", "on Sunday", "on Sunday", "2026-11-29", "port_closure")
n("04", "two", "two of the terminal", 2, "count", "cranes", "exact", "cranes_derailed")
n("04", "eight", "eight ship-to-shore", 8, "count", "cranes", "exact", "cranes_total")
q("04", "We expect to handle the first vessels by the middle of next week", "Rosalind Okoye-Marr", "okoyemarr_first_vessels")
d("04", "the middle of next week", "the middle of next week", None, "port_reopening")
n("04", "240", "About 240 flights", 240, "count", "flights", "approx", "flights_cancelled")
n("04", "KMT52bn", "KMT52bn", 52 * B, "money", "KMT", "exact", "damage_kmt")
n("04", "$1.3bn", "$1.3bn", 1.3 * B, "money", "USD", "exact", "damage_usd")
n("04", "$400m to $600m", "$400m to $600m", None, "money", "USD", "range", "insured_losses", 400e6, 600e6)
d("04", "late on Monday", "late on Monday", "2026-11-30", "landfall")
n("04", "4", "Category 4 cyclone", 4, "measure", "category", "exact", "category")
n("04", "185", "185km/h", 185, "measure", "km/h", "exact", "wind_kmh")
n("04", "240", "240km/h", 240, "measure", "km/h", "upper", "gust_kmh")
q("04", "intensified faster than any storm we have recorded", OST, "ostrovar_intensified")
n("04", "12", "About 12 inches", 12, "measure", "inches", "approx", "rain_inches")
n("04", "60%", "some 60%", 60, "percent", "%", "approx", "orrin_rice_share")
n("04", "31", "At least 31", 31, "count", "people", "lower", "killed_total")
n("04", "120,000", "some 120,000", 120000, "count", "people", "approx", "evacuated")
n("04", "18,400", "18,400 houses", 18400, "count", "homes", "exact", "homes_damaged")
d("04", "next month", "next month", "2027-01", "reconstruction_plan")
n("04", "20 million euros", "20 million euros", 20e6, "money", "EUR", "exact", "aldermere_pledge")

# ---- 05 follow-up (Friday 4 Dec)
n("05", "Four days", "Four days after", 4, "duration", "days", "exact", "days_since_landfall")
n("05", "38", "risen to 38", 38, "count", "people", "exact", "killed_total")
n("05", "31", "up from 31", 31, "count", "people", "exact", "killed_total_thu_previous")
d("05", "on Thursday", "31 on Thursday", "2026-12-03", "toll_update_thu")
d("05", "on Friday", "said on Friday", "2026-12-04", "toll_update_fri")
n("05", "Nineteen", "Nineteen people", 19, "count", "people", "exact", "missing")
d("05", "last week", "last week", None, "storm_formation")
n("05", "three decades", "almost three decades", 3, "duration", "decades", "approx", "strongest_since")
n("05", "195", "at 195 km/h", 195, "measure", "km/h", "exact", "wind_kmh")
n("05", "185", "the 185 km/h", 185, "measure", "km/h", "exact", "wind_kmh_first_report")
d("05", "on Monday", "reported on Monday", "2026-11-30", "kmd_first_bulletin")
n("05", "342", "342mm", 342, "measure", "mm", "exact", "rain_mm_saltreach")
n("05", "24 hours", "in 24 hours", 24, "duration", "hours", "exact", "rain_window_hours")
q("05", "Our warnings went out 72 hours before landfall, and they saved lives", OST, "ostrovar_warnings")
n("05", "72 hours", "72 hours before", 72, "duration", "hours", "exact", "warning_lead_time")
n("05", "120,000", "Roughly 120,000", 120000, "count", "people", "approx", "evacuated")
d("05", "on 30 November", "on 30 November", "2026-11-30", "landfall")
n("05", "21,500", "Some 21,500", 21500, "count", "homes", "approx", "homes_damaged_or_destroyed")
n("05", "46,000", "about 46,000", 46000, "count", "people", "approx", "people_in_shelters_thu_night")
d("05", "on Thursday night", "on Thursday night", "2026-12-03", "shelters_thu_night")
n("05", "70 per cent", "70 per cent", 70, "percent", "%", "exact", "power_restored_pct")
n("05", "61 billion thals", "61 billion thals", 61 * B, "money", "KMT", "exact", "damage_kmt")
n("05", "$1.5 billion", "$1.5 billion", 1.5 * B, "money", "USD", "exact", "damage_usd")
n("05", "52 billion thals", "from 52 billion thals", 52 * B, "money", "KMT", "exact", "damage_kmt_initial")
d("05", "earlier in the week", "earlier in the week", None, "damage_estimate_initial")
n("05", "EUR 20m", "EUR 20m", 20e6, "money", "EUR", "exact", "aldermere_pledge")
d("05", "on Tuesday", "EUR 20m on Tuesday", "2026-12-01", "aldermere_pledge")
n("05", "€5 million", "€5 million", 5e6, "money", "EUR", "exact", "aldermere_topup")
d("05", "on Thursday", "€5 million on Thursday", "2026-12-03", "aldermere_topup")
d("05", "yesterday", "reopened yesterday", "2026-12-03", "airport_reopening")
d("05", "next week", "follow next week", None, "port_reopening")
q("05", "grieve together and rebuild together", TEL, "telleck_grieve")
n("05", "three days", "three days of national", 3, "duration", "days", "exact", "mourning_days")
d("05", "on Thursday", "began on Thursday", "2026-12-03", "mourning_start")
d("05", "on Saturday", "on Saturday", "2026-12-05", "mourning_end")

quantities = {
    "killed_total": "people killed by Cyclone Irelle nationwide (toll rising across reports: 14+ / 27 / 29 / 31+ / 38)",
    "killed_total_thu_previous": "Thursday's toll, presented by 05 as superseded ('up from 31 on Thursday')",
    "missing": "people missing nationwide (30+ / 41 / 19)",
    "category": "storm category at landfall (4 vs the Courier's 3)",
    "wind_kmh": "sustained wind speed at landfall, km/h (185; KMD review 195)",
    "wind_kmh_first_report": "KMD's first reported wind speed, presented by 05 as superseded",
    "wind_mph": "sustained wind speed at landfall, mph",
    "gust_kmh": "peak gusts, km/h (230 vs 240)",
    "storm_surge_m": "storm surge height, metres (3.5 vs about 4)",
    "rain_mm_saltreach": "rainfall at Saltreach in 24 hours, mm (310 vs 342)",
    "rain_window_hours": "window of the rainfall figure",
    "rain_inches": "rainfall, inches",
    "evacuated": "people evacuated before landfall",
    "people_without_power": "people without electricity on Tuesday (nationwide)",
    "orrin_households_without_power": "households in Orrin province still without power",
    "power_restored_pct": "share of customers with power restored",
    "provinces_emergency": "provinces under the state of emergency",
    "provinces_homes_hit": "provinces where homes were damaged",
    "killed_1998": "deaths in the 1998 cyclone",
    "homes_damaged": "homes damaged nationwide",
    "homes_destroyed": "homes destroyed nationwide",
    "orrin_homes_destroyed": "homes destroyed in Orrin province alone",
    "homes_damaged_or_destroyed": "homes damaged or destroyed (combined)",
    "people_in_centres_tue_night": "people in evacuation centres on Tuesday night",
    "people_in_shelters_thu_night": "people still in shelters on Thursday night",
    "evacuation_centres": "evacuation centres open nationwide",
    "saltreach_shelters": "shelters in Saltreach",
    "saltreach_shelter_people": "people in Saltreach's shelters",
    "mourning_days": "days of national mourning",
    "damage_kmt": "finance ministry damage estimate, thals (52bn; raised to 61bn)",
    "damage_kmt_initial": "the earlier damage estimate, presented by 05 as superseded",
    "damage_usd": "finance ministry damage estimate, US dollars ($1.3bn; $1.5bn)",
    "insured_losses": "insured losses, Brightline Risk",
    "aldermere_pledge": "Aldermere Union emergency aid pledge, euros",
    "aldermere_topup": "Aldermere Union's further aid",
    "orsund_pledge": "Orsund's aid pledge",
    "warning_lead_time": "how long before landfall KMD issued its first red warning",
    "airport_closure_days": "length of the airport closure",
    "port_containers_per_year": "containers the Port of Caddow handles a year",
    "cranes_derailed": "ship-to-shore cranes knocked off their rails",
    "cranes_total": "ship-to-shore cranes at the terminal",
    "flights_cancelled": "flights cancelled during the airport closure",
    "orrin_rice_share": "share of the country's rice grown in the Orrin rice belt",
    "days_since_landfall": "days since landfall (05 headline)",
    "strongest_since": "time since a storm as strong hit Kessmar",
}
events = {
    "landfall": "Irelle's landfall near Saltreach, 11.40pm Mon 30 Nov (02: early hours of Tue 1 Dec)",
    "toll_update_tue": "officials' toll statement, Tue 1 Dec",
    "power_outage_tue": "power outage on Tue 1 Dec",
    "airport_closure": "Port Caddow International Airport closing, Mon 30 Nov afternoon",
    "airport_reopening": "airport reopening to commercial flights (03 and 05: Thu 3 Dec; 04: Wed 2 Dec)",
    "state_of_emergency": "state of emergency declared, Sun 29 Nov",
    "storm_1998": "the 1998 cyclone",
    "toll_update_wed": "NDMA toll update, Wed 2 Dec",
    "toll_update_thu": "Thursday's toll (31), Thu 3 Dec",
    "toll_update_fri": "disaster authority toll update, Fri 4 Dec",
    "centres_tue_night": "the night of Tue 1 Dec in evacuation centres",
    "shelters_thu_night": "people in shelters, Thu 3 Dec night",
    "telleck_visit": "President Telleck's visit to Saltreach, Tue 1 Dec",
    "mourning_start": "start of three days of national mourning, Thu 3 Dec",
    "mourning_end": "end of national mourning, Sat 5 Dec",
    "basquel_warning": "Basquel's warning that the numbers will rise, Tue 1 Dec",
    "port_reopening": "the Port of Caddow reopening, next week (week of 7 Dec)",
    "port_closure": "the Port of Caddow stopping operations, Sun 29 Nov",
    "caddow_statement": "Caddow Terminals statement, Thu 3 Dec",
    "reconstruction_plan": "reconstruction plan to be presented in January 2027",
    "storm_formation": "Irelle forming over the Sorrel Sea, the week before 30 Nov",
    "kmd_first_bulletin": "KMD's first report of the wind speed, Mon 30 Nov",
    "damage_estimate_initial": "the finance ministry's initial estimate, earlier in the week",
    "aldermere_pledge": "Aldermere Union pledge, Tue 1 Dec",
    "aldermere_topup": "Aldermere Union further aid, Thu 3 Dec",
}
utterances = {
    "telleck_lost": "Telleck: we have lost neighbours, fishermen, children",
    "telleck_grieve": "Telleck: Kessmar will grieve together and rebuild together",
    "telleck_no_family": "Telleck: no family will be left (to face this) alone",
    "ostrovar_intensified": "Ostrovar: intensified faster than any storm we have recorded (in this basin)",
    "ostrovar_dangerous": "Ostrovar: extremely dangerous",
    "ostrovar_warnings": "Ostrovar: our warnings went out early / 72 hours before landfall, and they saved lives",
    "basquel_numbers": "Basquel: the numbers will rise as we reach the villages cut off by (the) floods",
    "drayholm_wall": "Drayholm: the sea came into the town like a wall",
    "ferrand_not_alone": "Ferrand: Kessmar is not alone",
    "okoyemarr_first_vessels": "Okoye-Marr: first vessels by the middle of next week",
}
aliases = {
    "Amaru Telleck": ["President Amaru Telleck", "Amaru Telleck", "Mr Telleck", "President Telleck"],
    "Hanne Ostrovar": ["Hanne Ostrovar", "KMD director-general Hanne Ostrovar", "Dr Ostrovar"],
    "Joren Basquel": ["Joren Basquel", "NDMA spokesman Joren Basquel"],
    "Fenna Drayholm": ["Fenna Drayholm", "Saltreach mayor Fenna Drayholm", "Drayholm"],
    "Lucien Ferrand": ["Lucien Ferrand"],
    "Rosalind Okoye-Marr": ["Rosalind Okoye-Marr"],
    "Dario Wenslow": ["Finance Minister Dario Wenslow"],
    "Kessmar Meteorological Department": ["Kessmar Meteorological Department", "KMD"],
    "National Disaster Management Authority": ["National Disaster Management Authority", "NDMA", "Kessmar’s disaster authority"],
    "Port Caddow International Airport": ["Port Caddow International Airport", "Port Caddow International", "Port Caddow’s airport"],
    "Port of Caddow": ["Port of Caddow"],
    "Aldermere Union": ["Aldermere Union"],
}
furniture = {
    "01": ["By Petra Lindqvist, Meridian Press Service", "(Reporting by Petra Lindqvist; Editing by Oskar Vane)"],
    "02": ["THE KESSMAR HERALD", "National | Cyclone Irelle", "By Miriam Astley, National Affairs Correspondent",
           "Related: Where to donate to cyclone relief"],
    "03": ["ORRIN COAST COURIER", "Updated 18:20, Wednesday 2 December"],
    "04": ["Tidewater Business Daily | Shipping & Insurance | 3 December 2026"],
    "05": ["The Halden Observer", "World | Asia-Pacific", "By Tomasz Reyk in Saltreach", "Friday 4 December 2026",
           "Share this article"],
}
pub = {"01": "2026-12-01", "02": "2026-12-02", "03": "2026-12-02", "04": "2026-12-03", "05": "2026-12-04"}
outlet = {"01": "Meridian Press Service (wire)", "02": "The Kessmar Herald (national broadsheet)",
          "03": "Orrin Coast Courier live page (local paper)", "04": "Tidewater Business Daily (shipping and insurance trade outlet)",
          "05": "The Halden Observer (foreign follow-up)"}
g.write(
    event="FICTIONAL: Cyclone Irelle makes landfall near Saltreach, Kessmar, late Mon 30 Nov 2026: winds, category, rain, surge, a rising death toll and missing, evacuations and shelters, damaged homes, a damage estimate in thals and dollars, the Port Caddow airport and port closed and reopened, an Aldermere Union aid pledge, President Telleck and the Kessmar Meteorological Department quoted",
    reference_date="2026-12-04",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
