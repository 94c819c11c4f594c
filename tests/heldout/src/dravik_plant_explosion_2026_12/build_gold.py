"""Gold for the dravik_plant_explosion_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). As in the kessmar, lenmark and corvel gold, a measure with a
unit ("5 km", "two kilometres", "3.2 parts per million") is annotated as the number alone; a hyphenated
compound keeps its unit ("52-year-old", "three-mile", "5-kilometre", as lenmark's
"four-metre"); money keeps its sign and scale word. Times of day ("11:40 p.m.", "2240 GMT",
"23.40", "11.45pm") and a live page's entry times are date mentions resolved to their day.
km and miles are different quantities (GUIDELINES section 4). A toll the article itself
presents as earlier ("up from nine", "stood at five this morning") is its own quantity, one
per time frame. The union's "at least 12" and the company's 11 in 05 are estimates of one
thing by different sources, so the same quantity. A quote's text excludes its marks and the
sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "dravik_plant_explosion_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6
NB = "\u00a0"

HX, OSK, RAU, DRO = "Halvex Chemicals", "Marten Oskeby", "Lidia Rauszka", "Pavel Drozd"
ORF = "ORF"  # the Orsenian florin
TUE, WED, THU, FRI = "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"

# ---- 01 wire (Wednesday 9 Dec)
n("01", "seven", "At least seven killed", 7, "count", "people", "lower", "deaths")
d("01", "Dec 9", "DRAVIK, Dec 9", WED, None)
d("01", "late on Tuesday", "Dravik late on Tuesday", TUE, "blast")
n("01", "seven", "killing at least seven workers", 7, "count", "workers", "lower", "deaths")
n("01", "23", "injuring 23", 23, "count", "people", "exact", "injured")
n("01", "12,000", "about 12,000 residents", 12000, "count", "residents", "approx", "residents_evacuated")
d("01", "11:40 p.m.", "about 11:40 p.m.", TUE, "blast")
d("01", "2240 GMT", "(2240 GMT)", TUE, "blast")
n("01", "120", "About 120 workers", 120, "count", "workers", "approx", "workers_on_shift")
n("01", "5", "within 5 km", 5, "measure", "km", "exact", "evacuation_radius_km")
n("01", "200", "Some 200 firefighters", 200, "count", "firefighters", "approx", "firefighters")
d("01", "on Wednesday morning", "on Wednesday morning", WED, None)
n("01", "four", "four of them with severe burns", 4, "count", "people", "exact", "injured_severe_burns")
q("01", "We are devastated by this tragedy and our thoughts are with the families of our colleagues", HX, "halvex_devastated")
q("01", "We will cooperate fully with the authorities to establish what happened", HX, "halvex_cooperate")
q("01", "Our first duty is to the injured and to the people who had to leave their homes in the middle of the night", RAU, "rauszka_duty")
d("01", "in 1974", "opened in 1974", "1974", "plant_opened")
n("01", "400,000", "around 400,000 tonnes", 400000, "measure", "tonnes a year", "approx", "plant_output_tonnes")
d("01", "in 2023", "fined Halvex in 2023", "2023", "isi_fine")
d("01", "in 2022", "inspection in 2022", "2022", "isi_inspection")
d("01", "on Wednesday", "before the open on Wednesday", WED, "share_suspension")

# ---- 02 national broadsheet (Thursday 10 Dec)
n("02", "Nine", "Nine dead at Dravik", 9, "count", "people", "exact", "deaths")
d("02", "Tuesday night", "from Tuesday night", TUE, "blast")
n("02", "nine", "rose to nine yesterday", 9, "count", "people", "exact", "deaths")
d("02", "yesterday", "nine yesterday", WED, None)
n("02", "41", "with 41 people injured", 41, "count", "people", "exact", "injured")
n("02", "two", "two workers still unaccounted", 2, "count", "workers", "exact", "missing")
n("02", "52-year-old", "the 52-year-old site", 52, "age", "years", "exact", "plant_age_years")
d("02", "23.40", "at 23.40 on Tuesday", TUE, "blast")
d("02", "on Tuesday", "23.40 on Tuesday", TUE, "blast")
n("02", "120", "when 120 people", 120, "count", "people", "exact", "workers_on_shift")
n("02", "Five", "Five of the injured", 5, "count", "people", "exact", "critically_injured")
n("02", "250", "More than 250 firefighters", 250, "count", "firefighters", "lower", "firefighters")
n("02", "14 hours", "for 14 hours", 14, "duration", "hours", "exact", "fire_duration_hours")
d("02", "on Wednesday", "early afternoon on Wednesday", WED, "fire_controlled")
n("02", "14,500", "About 14,500 people", 14500, "count", "people", "approx", "residents_evacuated")
n("02", "5", f"a 5{NB}km", 5, "measure", "km", "exact", "evacuation_radius_km")
n("02", "three-mile", "(three-mile)", 3, "measure", "miles", "exact", "evacuation_radius_miles")
n("02", "3.2", "chlorine at 3.2", 3.2, "measure", "ppm", "exact", "chlorine_reading_ppm")
n("02", "two", "3.2 parts per million two kilometres", 2, "measure", "km", "exact", "reading_distance_km")
n("02", "0.5", "the 0.5 ppm", 0.5, "measure", "ppm", "exact", "chlorine_exposure_limit_ppm")
d("02", "on Wednesday", "levels fell on Wednesday", WED, None)
q("02", "devastated by this tragedy", HX, "halvex_devastated")
q("02", "cooperate fully with the investigation", HX, "halvex_cooperate")
q("02", "Our safety systems were working as they should. We do not yet know why this happened", OSK, "oskeby_safety")
n("02", "1.2 million florins", "company 1.2 million florins", 1.2 * M, "money", ORF, "exact", "isi_fine_orf")
d("02", "in 2023", "florins in 2023", "2023", "isi_fine")
d("02", "in 2022", "inspection in 2022", "2022", "isi_inspection")
q("02", "We warned them about that tank two years ago. Nobody listened", DRO, "drozd_warned")
d("02", "two years ago", "tank two years ago. Nobody", "2024", "union_warning")
n("02", "1,100", "employs 1,100 people", 1100, "count", "people", "exact", "plant_employees")
n("02", "400,000", "produces 400,000 tonnes", 400000, "measure", "tonnes a year", "exact", "plant_output_tonnes")
n("02", "30 per cent", "roughly 30 per cent", 30, "percent", "%", "approx", "share_of_national_chlorine_pct")
n("02", "250,000 florins", "promised 250,000 florins", 250000, "money", ORF, "exact", "compensation_per_family_orf")
d("02", "on Wednesday", "visited the site on Wednesday", WED, "pm_visit")
q("02", "answers, not excuses", "Anton Kessler", "kessler_answers")

# ---- 03 local live page (Wednesday 9 Dec, last entry 19:05)
for t in ["19:05\nThe regional", "17:30", "15:10", "13:45", "11:20", "10:00", "08:15", "07:40", "07:10", "06:55"]:
    d("03", t.split("\n")[0], t, WED, None)
n("03", "eight", "now says eight people", 8, "count", "people", "exact", "deaths")
n("03", "five", "stood at five this morning", 5, "count", "people", "exact", "deaths_wed_morning_figure")
d("03", "this morning", "five this morning", WED, None)
n("03", "30", "More than 30 people", 30, "count", "people", "lower", "injured")
n("03", "four", "four other sites", 4, "count", "sites", "exact", "evacuation_centres_other")
n("03", "six", "six in total", 6, "count", "evacuation centres", "exact", "evacuation_centres")
n("03", "four", "within four kilometres", 4, "measure", "km", "exact", "evacuation_radius_km")
n("03", "15,000", "Nearly 15,000 people", 15000, "count", "people", "approx", "residents_evacuated")
n("03", "48 hours", "closed for 48 hours", 48, "duration", "hours", "exact", "windows_closed_hours")
d("03", "Thursday", "shut on Thursday and Friday", THU, None)
d("03", "Friday", "Thursday and Friday", FRI, None)
d("03", "shortly after midnight", "shortly after midnight", WED, "blast")
q("03", "We told them about that tank two years ago and nobody listened. Now look", DRO, "drozd_warned")
d("03", "two years ago", "two years ago and nobody", "2024", "union_warning")
q("03", "We are devastated by this tragedy. Our thoughts are with the families of our colleagues", HX, "halvex_devastated")
n("03", "130", "about 130 staff", 130, "count", "staff", "approx", "workers_on_shift")
n("03", "71", "Agnes Pell, 71", 71, "age", "years", "exact", "pell_age")
q("03", "The windows shook and then the sky went orange. My neighbour drove me out in his van in his pyjamas", "Agnes Pell", "pell_windows")
d("03", "in 1974", "opened in 1974", "1974", "plant_opened")
n("03", "a quarter of a million florins", "a quarter of a million florins", 250000, "money", ORF, "exact", "compensation_per_family_orf")
q("03", "Our first duty is to the injured", RAU, "rauszka_duty", ctx="\"Our first duty is to the injured,\"")
n("03", "30", "up to 30 km", 30, "measure", "km", "upper", "blast_heard_km")

# ---- 04 broadcaster website (Thursday 10 Dec, 16:20)
n("04", "11", "rises to 11 as", 11, "count", "people", "exact", "deaths")
d("04", "Tuesday night", "in Tuesday night's", TUE, "blast")
n("04", "11", "has risen to 11", 11, "count", "people", "exact", "deaths")
n("04", "nine", "up from nine", 9, "count", "people", "exact", "deaths_previous_figure_04")
d("04", "on Thursday", "governor's office said on Thursday", THU, None)
n("04", "46", "Another 46 people", 46, "count", "people", "exact", "injured")
n("04", "six", "six of them critically", 6, "count", "people", "exact", "critically_injured")
n("04", "three", "three workers are still missing", 3, "count", "workers", "exact", "missing")
n("04", "58-year-old", "58-year-old manager", 58, "age", "years", "exact", "manager_age")
d("04", "on Thursday morning", "on Thursday morning", THU, "manager_detained")
d("04", "11.45pm", "11.45pm on Tuesday", TUE, "blast")
d("04", "on Tuesday", "11.45pm on Tuesday", TUE, "blast")
n("04", "126", "said 126 employees", 126, "count", "employees", "exact", "workers_on_shift")
n("04", "12,000", "Around 12,000 residents", 12000, "count", "residents", "approx", "residents_evacuated")
n("04", "5-kilometre", "a 5-kilometre zone", 5, "measure", "km", "exact", "evacuation_radius_km")
d("04", "from Friday", "home from Friday", FRI, "residents_return")
n("04", "3.5", "A reading of 3.5", 3.5, "measure", "ppm", "exact", "chlorine_reading_ppm")
n("04", "two", "recorded two kilometres downwind", 2, "measure", "km", "exact", "reading_distance_km")
d("04", "early on Wednesday", "early on Wednesday", WED, None)
n("04", "15 hours", "Nearly 15 hours", 15, "duration", "hours", "approx", "fire_duration_hours")
n("04", "260", "some 260 firefighters", 260, "count", "firefighters", "approx", "firefighters")
d("04", "on Wednesday afternoon", "on Wednesday afternoon", WED, "fire_controlled")
q("04", "We are devastated by this tragedy. Our thoughts are with the families of those we lost", HX, "halvex_devastated")
q("04", "safety systems worked as designed", OSK, "oskeby_safety")
n("04", "1.4 million florins", "Halvex 1.4 million florins", 1.4 * M, "money", ORF, "exact", "isi_fine_orf")
d("04", "in 2023", "florins in 2023", "2023", "isi_fine")
d("04", "in 2021", "inspection in 2021", "2021", "isi_inspection")
n("04", "51-year-old", "The 51-year-old plant", 51, "age", "years", "exact", "plant_age_years")
n("04", "420,000", "produces 420,000 tonnes", 420000, "measure", "tonnes a year", "exact", "plant_output_tonnes")
n("04", "30%", "about 30%", 30, "percent", "%", "approx", "share_of_national_chlorine_pct")
n("04", "200,000 florins", "pledged 200,000 florins", 200000, "money", ORF, "exact", "compensation_per_family_orf")
n("04", "20 million florin", "a 20 million florin", 20 * M, "money", ORF, "exact", "government_fund_orf")
d("04", "next Tuesday", "next Tuesday", "2026-12-15", "committee_hearing")
q("04", "Our first duty is to the injured and to the people who had to leave their homes in the night", RAU, "rauszka_duty")

# ---- 05 foreign outlet (Friday 11 Dec)
n("05", "12", "killed at least 12 people", 12, "count", "people", "lower", "deaths")
n("05", "11", "death toll at 11", 11, "count", "people", "exact", "deaths")
n("05", "45", "About 45 people", 45, "count", "people", "approx", "injured")
d("05", "late Monday", "late Monday", "2026-12-07", "blast")
d("05", "in 1975", "built in 1975", "1975", "plant_opened")
n("05", "400,000", "roughly 400,000 metric tons", 400000, "measure", "tonnes a year", "approx", "plant_output_tonnes")
n("05", "150", "some 150 people", 150, "count", "people", "approx", "workers_on_shift")
n("05", "14,000", "More than 14,000 residents", 14000, "count", "residents", "lower", "residents_evacuated")
n("05", "three-mile", "a three-mile radius", 3, "measure", "miles", "exact", "evacuation_radius_miles")
d("05", "on Thursday", "allowed home on Thursday", THU, "residents_return")
n("05", "3.2", "reached 3.2", 3.2, "measure", "ppm", "exact", "chlorine_reading_ppm")
n("05", "1.2", "about 1.2 miles", 1.2, "measure", "miles", "approx", "reading_distance_miles")
q("05", "We are devastated by the tragedy", HX, "halvex_devastated")
q("05", "cooperate fully", HX, "halvex_cooperate")
n("05", "20", "nearly 20 miles", 20, "measure", "miles", "approx", "blast_heard_miles")
n("05", "€110,000", "about €110,000", 110000, "money", "EUR", "approx", "isi_fine_eur")
d("05", "in 2023", "€110,000 in 2023", "2023", "isi_fine")
n("05", "€90 million", "about €90 million", 90 * M, "money", "EUR", "approx", "halvex_profit_eur")
d("05", "last year", "€90 million last year", "2025", None)
q("05", "We warned them about that tank two years ago", DRO, "drozd_warned")
d("05", "two years ago", "tank two years ago,", "2024", "union_warning")
n("05", "€23,000", "about €23,000", 23000, "money", "EUR", "approx", "compensation_per_family_eur")
n("05", "$2 million", "about $2 million", 2 * M, "money", "USD", "approx", "government_fund_usd")
n("05", "1,000", "about 1,000 people", 1000, "count", "people", "approx", "plant_employees")
n("05", "three", "has had three serious", 3, "count", "accidents", "exact", "orsenia_accidents_since_2020")
d("05", "since 2020", "since 2020", "2020", None)
q("05", "These plants were built for another century", "Ruth Albers", "albers_century")
q("05", "Fines of this size are a rounding error for them", "Ruth Albers", "albers_rounding")

quantities = {
    "deaths": "people killed by the blast: at least seven (01), nine (02), eight (03, live page Wed evening), 11 (04; 05 per Halvex) vs at least 12 (05, per the union, counting a missing contractor) -- a toll rising across reports, conflict",
    "deaths_wed_morning_figure": "the toll 03 gives as Wednesday morning's: five (earlier figure, its own quantity)",
    "deaths_previous_figure_04": "the toll 04 presents as superseded: 'up from nine' (its own quantity)",
    "injured": "people injured: 23 (01), 41 (02), more than 30 (03), 46 (04), about 45 (05) -- conflict",
    "injured_severe_burns": "injured with severe burns: four (01)",
    "critically_injured": "injured in a critical condition: five (02) vs six (04) -- conflict",
    "missing": "workers missing: two (02) vs three (04) -- conflict",
    "workers_on_shift": "workers on the night shift: about 120 (01), 120 (02), about 130 (03, per Halvex), 126 (04, per Halvex), some 150 (05, per the union) -- conflict",
    "plant_employees": "people the plant employs: 1,100 (02) vs about 1,000 (05) -- conflict by rounding",
    "residents_evacuated": "residents evacuated: about 12,000 (01, 04), about 14,500 (02), nearly 15,000 (03), more than 14,000 (05) -- conflict",
    "evacuation_radius_km": "the evacuation zone's radius in km: 5 (01, 02, 04) vs four (03) -- conflict",
    "evacuation_radius_miles": "the evacuation zone's radius in miles: three (02, 05)",
    "evacuation_centres": "evacuation centres open: six in total (03)",
    "evacuation_centres_other": "evacuation centres besides the school and the sports hall: four (03)",
    "windows_closed_hours": "how long residents outside the zone should keep windows closed: 48 hours (03)",
    "firefighters": "firefighters at the blaze: some 200 (01, Wednesday morning), more than 250 (02), some 260 (04) -- conflict",
    "fire_duration_hours": "how long the fire burned before it was under control: 14 hours (02) vs nearly 15 hours (04) -- conflict",
    "chlorine_reading_ppm": "chlorine measured two km (1.2 miles) downwind in the first hours: 3.2 ppm (02, 05) vs 3.5 ppm (04) -- conflict",
    "chlorine_exposure_limit_ppm": "the chlorine exposure limit: 0.5 ppm (02)",
    "reading_distance_km": "distance downwind of the chlorine reading in km: two (02, 04)",
    "reading_distance_miles": "distance downwind of the chlorine reading in miles: about 1.2 (05)",
    "blast_heard_km": "how far away the blast was heard, km: up to 30 (03)",
    "blast_heard_miles": "how far away the blast was heard, miles: nearly 20 (05)",
    "plant_age_years": "the plant's age: 52 years (02) vs 51 years (04) -- conflict",
    "plant_output_tonnes": "the plant's chlorine output a year, tonnes: around 400,000 (01), 400,000 (02), roughly 400,000 metric tons (05) vs 420,000 (04) -- conflict",
    "share_of_national_chlorine_pct": "the plant's share of the country's chlorine: roughly / about 30% (02, 04)",
    "isi_fine_orf": "the Industrial Safety Inspectorate's 2023 fine, florins: 1.2 million (02) vs 1.4 million (04) -- conflict",
    "isi_fine_eur": "the same fine, euros: about €110,000 (05)",
    "halvex_profit_eur": "Halvex's profit last year, euros: about €90 million (05)",
    "compensation_per_family_orf": "compensation Halvex promised each bereaved family, florins: 250,000 (02), a quarter of a million (03) vs 200,000 (04) -- conflict",
    "compensation_per_family_eur": "the same compensation, euros: about €23,000 (05)",
    "government_fund_orf": "the government's emergency fund for evacuated households, florins: 20 million (04)",
    "government_fund_usd": "the same fund, dollars: about $2 million (05)",
    "manager_age": "the detained plant manager's age: 58 (04)",
    "pell_age": "resident Agnes Pell's age: 71 (03)",
    "orsenia_accidents_since_2020": "serious industrial accidents in Orsenia since 2020: three (05)",
}
events = {
    "blast": "the explosion: late Tue 8 Dec, about 23:40 (01, 02, 04) vs shortly after midnight, i.e. Wed 9 Dec (03) vs late Monday 7 Dec (05) -- date conflict",
    "fire_controlled": "the fire brought under control, Wed 9 Dec early afternoon (02, 04)",
    "residents_return": "evacuated residents allowed home: from Fri 11 Dec (04, expected) vs Thu 10 Dec (05) -- date conflict",
    "plant_opened": "the plant opened: 1974 (01, 03) vs 1975 (05) -- date conflict",
    "isi_fine": "the Inspectorate fines Halvex, 2023 (01, 02, 04, 05)",
    "isi_inspection": "the inspection that found the failings: 2022 (01, 02) vs 2021 (04) -- date conflict",
    "union_warning": "the union warned Halvex about the tank, 'two years ago' (2024; 02, 03, 05, in Drozd's quote)",
    "share_suspension": "Halvex shares suspended, Wed 9 Dec (01)",
    "pm_visit": "Prime Minister Kessler visits the site, Wed 9 Dec (02)",
    "manager_detained": "the plant manager detained, Thu 10 Dec morning (04)",
    "committee_hearing": "parliament's industry committee questions Halvex executives, next Tuesday, 15 Dec (04)",
}
utterances = {
    "halvex_devastated": "Halvex statement: we are devastated by this / the tragedy; our thoughts are with the families of our colleagues / those we lost -- variants (01, 02 partial, 03, 04, 05 partial)",
    "halvex_cooperate": "Halvex statement: we will cooperate fully with the authorities / the investigation -- variants (01, 02, 05 partial)",
    "oskeby_safety": "Oskeby: our safety systems were working as they should / worked as designed -- variants (02, 04)",
    "rauszka_duty": "Rauszka: our first duty is to the injured and to the people who had to leave their homes in the middle of the night / in the night -- variants (01, 03 partial, 04)",
    "drozd_warned": "Drozd: we warned / told them about that tank two years ago; nobody listened -- variants (02, 03, 05)",
    "kessler_answers": "Kessler: answers, not excuses (02)",
    "pell_windows": "Pell: the windows shook and then the sky went orange ... (03)",
    "albers_century": "Albers: these plants were built for another century (05)",
    "albers_rounding": "Albers: fines of this size are a rounding error for them (05)",
}
aliases = {
    "Halvex Chemicals": ["Halvex Chemicals", "Halvex"],
    "Marten Oskeby": ["Marten Oskeby"],
    "Lidia Rauszka": ["Lidia Rauszka"],
    "Pavel Drozd": ["Pavel Drozd"],
    "Chemical Workers' Union": ["Chemical Workers' Union", "Chemical Workers’ Union"],
    "Industrial Safety Inspectorate": ["Industrial Safety Inspectorate"],
    "Anton Kessler": ["Anton Kessler"],
    "Agnes Pell": ["Agnes Pell"],
    "Ruth Albers": ["Ruth Albers"],
    "Orsenian florin": ["florins", "florin"],
    "Dravik": ["Dravik", "DRAVIK"],
    "Olm": ["Olm"],
    "Vessburg": ["Vessburg"],
}
furniture = {
    "01": ["By Mira Tollan, Continental Press Agency", "(Reporting by Mira Tollan; Editing by Aron Kell)"],
    "02": ["THE VESSBURG HERALD", "National | Thursday 10 December 2026", "By Kasia Morvane, Chief Reporter"],
    "03": ["DRAVIK COURIER – LIVE", "Wednesday 9 December 2026", "Updated 19:05", "Halvex plant explosion: latest updates"],
    "04": ["OBN NEWS", "Thursday 10 December 2026, 16:20"],
    "05": ["THE ATLANTIC COURIER", "Europe — Friday, December 11, 2026", "By Helen Marchetti"],
}
pub = {"01": WED, "02": THU, "03": WED, "04": THU, "05": FRI}
outlet = {"01": "Continental Press Agency (wire)", "02": "The Vessburg Herald (national broadsheet)",
          "03": "Dravik Courier live page (local paper)", "04": "OBN News (broadcaster website)",
          "05": "The Atlantic Courier (foreign outlet)"}
g.write(
    event="FICTIONAL: an explosion and fire at Halvex Chemicals' chlorine plant in Dravik, Orsenia, late on Tue 8 Dec 2026 (shortly after midnight in one outlet, late Monday in another): a toll rising from at least seven to 11 (12 per the union), 23 to 46 injured, 120-150 workers on shift, 12,000-15,000 residents evacuated from a 5 km (three-mile; four km in one outlet) zone, chlorine at 3.2 (3.5) ppm, the company's 'devastated' statement and CEO Marten Oskeby's safety claim in variants, a 2023 Inspectorate fine of 1.2 (1.4) million florins after a 2022 (2021) inspection, a 52 (51)-year-old plant making 400,000 (420,000) tonnes a year, compensation of 250,000 (200,000) florins per family",
    reference_date=FRI,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
