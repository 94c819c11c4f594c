"""Gold for the hallorn_corruption_trial_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). "between 2017 and 2021" / "from 2016 to 2021" are two date
mentions each (the start and the end of a span of years, each its own event); money keeps its
sign and scale word, durations their unit; "a dozen" is 12 (as in the ostrel gold);
"nearly 15 million", "more than 600 million", "at least 12 months" are the number with the
qualifier. "14 days" and "two weeks" to appeal are different units of one measure, so
different quantities (GUIDELINES section 4). "71st" is an ordinal, not a number. A quote's
text excludes its marks and the sentence's final punctuation."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "hallorn_corruption_trial_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M = 1e6
NB = "\u00a0"

HAL, SOB, GRE, VEL = "Viktor Hallorn", "Irena Sobotka", "Mattias Grell", "Dana Velis"
VTL = "VTL"  # the Varsenian taler

# ---- 01 wire (Wednesday 2 Dec, the day of sentencing)
n("01", "seven years", "jailed for seven years for bribery", 7, "duration", "years", "exact", "sentence_years")
d("01", "Dec 2", "KORVENA, Dec 2", "2026-12-02", "sentencing")
d("01", "on Wednesday", "court on Wednesday sentenced", "2026-12-02", "sentencing")
n("01", "seven years", "Hallorn to seven years in prison", 7, "duration", "years", "exact", "sentence_years")
n("01", "14.8 million talers", "worth 14.8 million talers", 14.8 * M, "money", VTL, "exact", "bribes_total_vtl")
n("01", "€2 million", "(about €2 million)", 2 * M, "money", "EUR", "approx", "bribes_total_eur")
n("01", "61", "Hallorn, 61,", 61, "age", "years", "exact", "hallorn_age")
d("01", "on Monday", "found guilty on Monday", "2026-11-30", "verdict")
d("01", "in October 2025", "opened in October 2025", "2025-10", "trial_opened")
n("01", "2.5 million talers", "fined him 2.5 million talers", 2.5 * M, "money", VTL, "exact", "fine_vtl")
n("01", "10 years", "public office for 10 years", 10, "duration", "years", "exact", "office_ban_years")
n("01", "9.2 million talers", "assets worth 9.2 million talers", 9.2 * M, "money", VTL, "exact", "confiscated_assets_vtl")
d("01", "2017", "between 2017 and 2021", "2017", "offences_began")
d("01", "2021", "between 2017 and 2021", "2021", "offences_ended")
n("01", "11", "steered 11 road", 11, "count", "contracts", "exact", "contracts_count")
n("01", "640 million talers", "worth 640 million talers", 640 * M, "money", VTL, "exact", "contracts_value_vtl")
q("01", "The defendant treated the ministry as his private till", SOB, "sobotka_till")
n("01", "nine years", "asked for nine years", 9, "duration", "years", "exact", "prosecution_sought_years")
n("01", "Four", "Four of Hallorn's six", 4, "count", "co-defendants", "exact", "codefendants_convicted")
n("01", "six", "Hallorn's six co-defendants", 6, "count", "co-defendants", "exact", "codefendants_total")
n("01", "four years", "received four years", 4, "duration", "years", "exact", "stellan_sentence_years")
n("01", "Two", "Two former ministry officials", 2, "count", "officials", "exact", "codefendants_acquitted")
q("01", "I am innocent and history will show it", HAL, "hallorn_innocent")
n("01", "14 days", "within the 14 days", 14, "duration", "days", "upper", "appeal_window_days")
q("01", "This is a political verdict, written long before the trial began, and we will appeal it", GRE, "grell_political")
n("01", "several hundred", "several hundred anti-corruption", None, "count", "protesters", "vague", "protest_crowd", 300, 900)
d("01", "since the morning", "since the morning", "2026-12-02", "protest")
d("01", "2016", "from 2016 to 2021 in a government", "2016", "minister_term_began")
d("01", "2021", "from 2016 to 2021 in a government", "2021", "minister_term_ended")
d("01", "2022", "the 2022 election", "2022", "civic_renewal_lost_power")
d("01", "in January 2026", "arrested in January 2026", "2026-01", "arrest")
n("01", "three months", "three months into the trial", 3, "duration", "months", "exact", "arrest_months_into_trial")
d("01", "in 2007", "Continental Union in 2007", "2007", "union_accession")

# ---- 02 national broadsheet (Thursday 3 Dec)
n("02", "Seven years", "Seven years for Hallorn", 7, "duration", "years", "exact", "sentence_years")
q("02", "as a private cash till", SOB, "sobotka_till", "ministry ‘as a private cash till’")
n("02", "2.5 million talers", "fined 2.5 million talers and banned", 2.5 * M, "money", VTL, "exact", "fine_vtl")
n("02", "five years", "for five years the most powerful", 5, "duration", "years", "exact", "hallorn_minister_tenure_years")
d("02", "yesterday", "sentenced yesterday", "2026-12-02", "sentencing")
n("02", "seven years", "yesterday to seven years", 7, "duration", "years", "exact", "sentence_years")
d("02", "on Monday", "guilty on Monday", "2026-11-30", "verdict")
n("02", "15 million talers", "nearly 15 million talers", 15 * M, "money", VTL, "approx", "bribes_total_vtl")
q("02", "treated his ministry as a private cash till", SOB, "sobotka_till")
q("02", "no office places a person above the law", SOB, "sobotka_above_law")
d("02", "2017", "from 2017 to 2021", "2017", "offences_began")
d("02", "2021", "from 2017 to 2021", "2021", "offences_ended")
n("02", "600 million talers", "more than 600 million talers", 600 * M, "money", VTL, "lower", "contracts_value_vtl")
n("02", "21 million talers", "bribes at 21 million talers", 21 * M, "money", VTL, "exact", "bribes_alleged_vtl")
n("02", f"14.8{NB}million", f"only 14.8{NB}million", 14.8 * M, "money", VTL, "exact", "bribes_total_vtl")
n("02", "nine years", "sought nine years", 9, "duration", "years", "exact", "prosecution_sought_years")
q("02", "Today the court showed that power does not buy impunity", VEL, "velis_impunity")
n("02", "2.5 million talers", "a fine of 2.5 million talers", 2.5 * M, "money", VTL, "exact", "fine_vtl")
n("02", "€340,000", "roughly €340,000", 340000, "money", "EUR", "approx", "fine_eur")
n("02", "ten years", "office for ten years", 10, "duration", "years", "exact", "office_ban_years")
n("02", "six", "Of the six people", 6, "count", "people", "exact", "codefendants_total")
n("02", "four", "four were convicted", 4, "count", "people", "exact", "codefendants_convicted")
n("02", "two and four years", "between two and four years", None, "duration", "years", "range", "codefendant_sentences_years", 2, 4)
n("02", "two", "while two former ministry", 2, "count", "officials", "exact", "codefendants_acquitted")
n("02", "four years", "Stellan received four years", 4, "duration", "years", "exact", "stellan_sentence_years")
q("02", "a political verdict", GRE, "grell_political")
q("02", "was written before the trial began", GRE, "grell_political")
n("02", "14 days", "has 14 days to lodge", 14, "duration", "days", "exact", "appeal_window_days")
d("02", "by 16 December", "filed by 16 December", "2026-12-16", "appeal_deadline")
n("02", "800", "About 800 people", 800, "count", "people", "approx", "protest_crowd")
n("02", "3,000", "more than 3,000", 3000, "count", "people", "lower", "protest_crowd")
d("02", "in October 2025", "opened in October 2025", "2025-10", "trial_opened")
n("02", "104", "ran to 104 hearings", 104, "count", "hearings", "exact", "trial_hearings")
n("02", "140", "heard 140 witnesses", 140, "count", "witnesses", "exact", "trial_witnesses")
n("02", "61", "Hallorn, 61,", 61, "age", "years", "exact", "hallorn_age")
n("02", "11 months", "spent 11 months in custody", 11, "duration", "months", "exact", "custody_months")
n("02", f"9{NB}per cent", f"polling at 9{NB}per cent", 9, "percent", "%", "exact", "civic_renewal_poll_pct")
q("02", "still subject to appeal", "Civic Renewal Party", "civic_renewal_appeal")

# ---- 03 local paper (Friday 4 Dec)
n("03", "six and a half years", "Hallorn gets six and a half years", 6.5, "duration", "years", "exact", "sentence_years")
n("03", "eight years", "served eight years as mayor", 8, "duration", "years", "exact", "hallorn_mayor_years")
d("03", "on Thursday", "sentenced on Thursday", "2026-12-03", "sentencing")
n("03", "six and a half years", "Thursday to six and a half years", 6.5, "duration", "years", "exact", "sentence_years")
n("03", "62-year-old", "the 62-year-old", 62, "age", "years", "exact", "hallorn_age")
n("03", "17 million talers", "pocketed 17 million talers", 17 * M, "money", VTL, "exact", "bribes_total_vtl")
d("03", "2018", "between 2018 and 2021", "2018", "offences_began")
d("03", "2021", "between 2018 and 2021", "2021", "offences_ended")
n("03", "Three", "Three of his co-defendants", 3, "count", "co-defendants", "exact", "codefendants_convicted")
n("03", "two million talers", "fined Hallorn two million talers", 2 * M, "money", VTL, "exact", "fine_vtl")
n("03", "thousands", "thousands of people chanted", None, "count", "people", "vague", "protest_crowd", 2000, 9999)
n("03", "52", "carrying 52 members", 52, "count", "members", "exact", "brenz_coach_members")
q("03", "We came because this is where it started", "Petra Lind", "lind_started")
q("03", "He built his career on this valley, and he sold it", "Petra Lind", "lind_valley")
n("03", "70", "Josef Marek, 70", 70, "age", "years", "exact", "marek_age")
q("03", "more for Brenz than anyone in my lifetime", "Josef Marek", "marek_more")
q("03", "He got us the bridge and the bypass. Now they tell me the bridge cost us twice what it should have", "Josef Marek", "marek_bridge")
d("03", "in 2019", "opened in 2019", "2019", "ossa_bridge_opened")
n("03", "85 million talers", "cost of 85 million talers", 85 * M, "money", VTL, "exact", "ossa_bridge_cost_vtl")
n("03", "11", "one of the 11 contracts", 11, "count", "contracts", "exact", "contracts_count")
q("03", "power does not buy impunity", VEL, "velis_impunity")
q("03", "I am innocent, and history will prove it", HAL, "hallorn_innocent")
d("03", "on Monday", "debate on Monday", "2026-12-07", "brenz_council_debate")
d("03", "in 2018", "gave him in 2018", "2018", "honorary_citizenship")
n("03", "12", "at least 12 of the 21", 12, "count", "councillors", "lower", "councillors_backing_strip")
n("03", "21", "12 of the 21 councillors", 21, "count", "councillors", "exact", "brenz_councillors")
n("03", "11 months", "in custody for 11 months", 11, "duration", "months", "exact", "custody_months")
d("03", "on Thursday", "the door on Thursday", "2026-12-03", None)

# ---- 04 broadcaster's website (Wednesday 2 Dec, evening)
n("04", "seven years", "sentenced to seven years; defence", 7, "duration", "years", "exact", "sentence_years")
n("04", "seven years", "has been sentenced to seven years in prison", 7, "duration", "years", "exact", "sentence_years")
d("04", "on 30 November", "convicted him on 30 November", "2026-11-30", "verdict")
n("04", "€2 million", "about €2 million", 2 * M, "money", "EUR", "approx", "bribes_total_eur")
n("04", "a dozen", "a dozen motorway", 12, "count", "contracts", "exact", "contracts_count")
q("04", "No office puts anyone above the law", SOB, "sobotka_above_law")
d("04", "this afternoon", "this afternoon", "2026-12-02", "sentencing")
n("04", "€340,000", "equivalent to €340,000", 340000, "money", "EUR", "exact", "fine_eur")
d("04", "on 23 November", "final statement on 23 November", "2026-11-23", "hallorn_final_statement")
q("04", "never taken a bribe from anyone", HAL, "hallorn_never_bribe")
n("04", "seven years", "Sentence: seven years", 7, "duration", "years", "exact", "sentence_years")
n("04", "four years", "over four years, starting", 4, "duration", "years", "exact", "offences_span_years")
d("04", "in 2017", "starting in 2017", "2017", "offences_began")
n("04", "four", "Co-defendants: four convicted", 4, "count", "co-defendants", "exact", "codefendants_convicted")
n("04", "two", "four convicted, two acquitted", 2, "count", "co-defendants", "exact", "codefendants_acquitted")
n("04", "10 years", "public office: 10 years", 10, "duration", "years", "exact", "office_ban_years")
n("04", "two weeks", "within two weeks", 2, "duration", "weeks", "upper", "appeal_window_weeks")
q("04", "Today the court has shown that power cannot buy impunity", VEL, "velis_impunity")
q("04", "a political verdict", GRE, "grell_political")
n("04", "800", "at about 800", 800, "count", "people", "approx", "protest_crowd")
n("04", "5,000", "put it at 5,000", 5000, "count", "people", "exact", "protest_crowd")
n("04", "four years", "sentenced to four years. The company", 4, "duration", "years", "exact", "stellan_sentence_years")
n("04", "40 million talers", "fined 40 million talers", 40 * M, "money", VTL, "exact", "stellan_group_fine_vtl")
n("04", "five years", "tenders for five years", 5, "duration", "years", "exact", "stellan_group_tender_ban_years")
d("04", "in October 2025", "opened in October 2025", "2025-10", "trial_opened")
n("04", "100", "more than 100 hearings", 100, "count", "hearings", "lower", "trial_hearings")
n("04", "140", "from 140 witnesses", 140, "count", "witnesses", "exact", "trial_witnesses")
n("04", "12 months", "at least 12 months", 12, "duration", "months", "lower", "appeal_duration_months")
q("04", "The Court of Appeal rarely overturns a verdict this detailed. The defence will have to find a procedural error", "Marta Kos", "kos_appeal")
d("04", "2016", "from 2016 to 2021", "2016", "minister_term_began")
d("04", "2021", "from 2016 to 2021", "2021", "minister_term_ended")
d("04", "since January", "since January", "2026-01", "arrest")

# ---- 05 foreign outlet (Friday 4 Dec)
n("05", "seven years", "Hallorn to seven years", 7, "duration", "years", "exact", "sentence_years")
n("05", "$2.2 million", "about $2.2 million", 2.2 * M, "money", "USD", "approx", "bribes_total_usd")
n("05", "61", "Hallorn, 61,", 61, "age", "years", "exact", "hallorn_age")
d("05", "on Tuesday", "convicted on Tuesday", "2026-12-01", "verdict")
d("05", "on Wednesday", "sentenced on Wednesday", "2026-12-02", "sentencing")
n("05", "$370,000", "fined him $370,000", 370000, "money", "USD", "exact", "fine_usd")
n("05", "10 years", "public office for 10 years", 10, "duration", "years", "exact", "office_ban_years")
n("05", "10 years", "sought 10 years in prison", 10, "duration", "years", "exact", "prosecution_sought_years")
n("05", "five years", "over five years", 5, "duration", "years", "exact", "offences_span_years")
n("05", "11", "won 11 road", 11, "count", "contracts", "exact", "contracts_count")
n("05", "$94 million", "worth $94 million", 94 * M, "money", "USD", "exact", "contracts_value_usd")
n("05", "31%", "Roughly 31%", 31, "percent", "%", "approx", "contracts_union_cofinanced_pct")
q("05", "The defendant treated the ministry like a private till", SOB, "sobotka_till")
n("05", "Four", "Four of the six", 4, "count", "co-defendants", "exact", "codefendants_convicted")
n("05", "six", "Four of the six", 6, "count", "co-defendants", "exact", "codefendants_total")
n("05", "two", "two were cleared", 2, "count", "co-defendants", "exact", "codefendants_acquitted")
n("05", "four years", "received four years", 4, "duration", "years", "exact", "stellan_sentence_years")
q("05", "This is a political verdict and we will appeal", GRE, "grell_political")
n("05", "15 days", "has 15 days", 15, "duration", "days", "exact", "appeal_window_days")
q("05", "power does not buy impunity", VEL, "velis_impunity")
n("05", "Hundreds", "Hundreds of anti-corruption", None, "count", "protesters", "vague", "protest_crowd", 200, 999)
d("05", "on Wednesday", "courthouse on Wednesday", "2026-12-02", "protest")
q("05", "taken note of the verdict", "Continental Commission", "commission_note")
d("05", "in 2007", "joined the Union in 2007", "2007", "union_accession")
n("05", "180", "71st of 180 countries", 180, "count", "countries", "exact", "integrity_index_countries")
d("05", "2015", "from 2015 until 2022", "2015", "civic_renewal_took_power")
d("05", "until 2022", "until 2022", "2022", "civic_renewal_lost_power")
n("05", "9%", "about 9%", 9, "percent", "%", "approx", "civic_renewal_poll_pct")
d("05", "the spring of 2027", "the spring of 2027", "2027", "next_election")
n("05", "60", "with 60 investigators", 60, "count", "investigators", "exact", "anticorruption_office_investigators")
q("05", "This verdict tells investors that the rules are starting to apply to everyone", "Katarina Novak", "novak_investors")

quantities = {
    "sentence_years": "Hallorn's prison sentence: seven years (01, 02, 04, 05) vs six and a half years (03) -- conflict",
    "prosecution_sought_years": "the prison term prosecutors asked for: nine years (01, 02) vs 10 years (05) -- conflict",
    "fine_vtl": "Hallorn's fine in talers: 2.5 million (01, 02) vs two million (03) -- conflict",
    "fine_eur": "the fine in euros: €340,000 (02 roughly, 04)",
    "fine_usd": "the fine in dollars: $370,000 (05)",
    "bribes_total_vtl": "bribes the court found Hallorn took, talers: 14.8 million (01, 02) / nearly 15 million (02) vs 17 million (03) -- conflict",
    "bribes_total_eur": "the bribes in euros: about €2 million (01, 04)",
    "bribes_total_usd": "the bribes in dollars: about $2.2 million (05)",
    "bribes_alleged_vtl": "the bribes the indictment alleged: 21 million talers (02); a different framing from what the court found",
    "confiscated_assets_vtl": "assets ordered confiscated: 9.2 million talers (01)",
    "contracts_count": "road and bridge contracts steered to the Stellan Group: 11 (01, 03, 05) vs a dozen (04) -- conflict",
    "contracts_value_vtl": "value of the contracts, talers: 640 million (01) vs more than 600 million (02) -- conflict by rounding",
    "contracts_value_usd": "value of the contracts, dollars: $94 million (05)",
    "contracts_union_cofinanced_pct": "share of the contracts' value co-financed by Union cohesion funds: roughly 31% (05)",
    "offences_span_years": "how long the offences went on: over four years (04) vs over five years (05) -- conflict",
    "codefendants_total": "people tried alongside Hallorn: six (01, 02, 05)",
    "codefendants_convicted": "co-defendants convicted: four (01, 02, 04, 05) vs three (03) -- conflict",
    "codefendants_acquitted": "co-defendants acquitted / cleared: two (01, 02, 04, 05)",
    "codefendant_sentences_years": "sentences given to the convicted co-defendants: between two and four years (02)",
    "stellan_sentence_years": "Ruben Stellan's prison sentence: four years (01, 02, 04, 05)",
    "stellan_group_fine_vtl": "the Stellan Group's corporate fine: 40 million talers (04)",
    "stellan_group_tender_ban_years": "the Stellan Group's ban from public tenders: five years (04)",
    "office_ban_years": "Hallorn's ban from public office: 10 / ten years (01, 02, 04, 05)",
    "appeal_window_days": "days the defence has to appeal: 14 (01, 02) vs 15 (05) -- conflict",
    "appeal_window_weeks": "the appeal window in weeks: within two weeks (04); another unit than days, so another quantity",
    "appeal_duration_months": "how long an appeal would take: at least 12 months (04, Kos)",
    "hallorn_age": "Hallorn's age: 61 (01, 02, 05) vs 62 (03) -- conflict",
    "hallorn_minister_tenure_years": "how long Hallorn was the power in road-building (transport minister): five years (02)",
    "hallorn_mayor_years": "how long Hallorn was mayor of Brenz: eight years (03)",
    "custody_months": "time Hallorn has spent in custody: 11 months (02, 03)",
    "arrest_months_into_trial": "how far into the trial Hallorn was arrested: three months (01)",
    "protest_crowd": "anti-corruption protesters outside the court on sentencing day: police about 800 (02, 04) vs organisers more than 3,000 (02) / 5,000 (04); several hundred (01), thousands (03), hundreds (05) -- conflict (estimates of one crowd)",
    "trial_hearings": "hearings in the trial: 104 (02) vs more than 100 (04) -- conflict by rounding",
    "trial_witnesses": "witnesses heard: 140 (02, 04)",
    "civic_renewal_poll_pct": "the Civic Renewal Party's poll rating: 9 per cent (02), about 9% (05)",
    "brenz_coach_members": "Clean Hands members who travelled from Brenz by coach: 52 (03)",
    "marek_age": "age of cafe owner Josef Marek: 70 (03)",
    "ossa_bridge_cost_vtl": "cost of the Ossa bridge: 85 million talers (03)",
    "councillors_backing_strip": "Brenz councillors backing stripping Hallorn's honorary citizenship: at least 12 (03)",
    "brenz_councillors": "members of Brenz council: 21 (03)",
    "integrity_index_countries": "countries on Integrity Watch's corruption index: 180 (05)",
    "anticorruption_office_investigators": "investigators for the planned anti-corruption prosecutor's office: 60 (05)",
}
events = {
    "verdict": "the Korvena Regional Court finds Hallorn guilty: Mon 30 Nov 2026 (01, 02, 04) vs Tue 1 Dec (05) -- date conflict",
    "sentencing": "Hallorn is sentenced: Wed 2 Dec (01, 02, 04, 05) vs Thu 3 Dec (03) -- date conflict",
    "protest": "the anti-corruption protest outside the court, Wed 2 Dec (01 'since the morning', 05)",
    "appeal_deadline": "the last day to file the appeal, 16 Dec (02)",
    "trial_opened": "the trial opens, October 2025 (01, 02, 04)",
    "arrest": "Hallorn arrested, January 2026 (01, 04)",
    "offences_began": "the first year of the offences: 2017 (01, 02, 04) vs 2018 (03) (years, so not a scored date conflict)",
    "offences_ended": "the last year of the offences: 2021 (01, 02, 03)",
    "minister_term_began": "Hallorn becomes transport minister, 2016 (01, 04)",
    "minister_term_ended": "Hallorn's term as transport minister ends, 2021 (01, 04)",
    "hallorn_final_statement": "Hallorn's final statement to the court, 23 Nov (04)",
    "civic_renewal_took_power": "the Civic Renewal Party takes power, 2015 (05)",
    "civic_renewal_lost_power": "the Civic Renewal Party loses power in the 2022 election (01, 05)",
    "union_accession": "Varsenia joins the Continental Union, 2007 (01, 05)",
    "next_election": "the next election, spring 2027 (05)",
    "brenz_council_debate": "Brenz council's debate on the honorary citizenship, Mon 7 Dec (03)",
    "honorary_citizenship": "Brenz makes Hallorn an honorary citizen, 2018 (03)",
    "ossa_bridge_opened": "the Ossa bridge opens, 2019 (03)",
}
utterances = {
    "sobotka_till": "Sobotka: the defendant treated the ministry as his private till / his ministry as a private cash till / the ministry like a private till -- variants (01, 02 twice, 05)",
    "sobotka_above_law": "Sobotka: no office places a person / puts anyone above the law -- variant (02, 04)",
    "velis_impunity": "Velis: today the court showed / has shown that power does not / cannot buy impunity -- variants (02, 03, 04, 05)",
    "grell_political": "Grell: this is a political verdict, written (long) before the trial began, and we will appeal (it) -- variants and partials (01, 02 two partials, 04, 05)",
    "hallorn_innocent": "Hallorn in court: I am innocent (,) and history will show / prove it -- variant (01, 03)",
    "hallorn_never_bribe": "Hallorn's final statement: he had never taken a bribe from anyone (04)",
    "civic_renewal_appeal": "Civic Renewal Party: a judgment still subject to appeal (02)",
    "lind_started": "Lind: we came because this is where it started (03)",
    "lind_valley": "Lind: he built his career on this valley, and he sold it (03)",
    "marek_more": "Marek: (Hallorn did) more for Brenz than anyone in my lifetime (03)",
    "marek_bridge": "Marek: he got us the bridge and the bypass; now they tell me the bridge cost us twice what it should have (03)",
    "kos_appeal": "Kos: the Court of Appeal rarely overturns a verdict this detailed; the defence will have to find a procedural error (04)",
    "commission_note": "Continental Commission spokesperson: (Aldermark had) taken note of the verdict (05)",
    "novak_investors": "Novak: this verdict tells investors that the rules are starting to apply to everyone (05)",
}
aliases = {
    "Viktor Hallorn": ["Viktor Hallorn", "Hallorn"],
    "Irena Sobotka": ["Irena Sobotka", "Sobotka"],
    "Mattias Grell": ["Mattias Grell", "Grell"],
    "Dana Velis": ["Dana Velis"],
    "Ruben Stellan": ["Ruben Stellan"],
    "Stellan Group": ["Stellan Group"],
    "Korvena Regional Court": ["Korvena Regional Court"],
    "Clean Hands": ["Clean Hands"],
    "Civic Renewal Party": ["Civic Renewal Party"],
    "Continental Anti-Fraud Office": ["Continental Anti-Fraud Office"],
    "Continental Union": ["Continental Union", "Union"],
    "Petra Lind": ["Petra Lind"],
    "Josef Marek": ["Josef Marek"],
    "Marta Kos": ["Marta Kos"],
    "Katarina Novak": ["Katarina Novak"],
    "Varsenian taler": ["talers"],
    "Korvena": ["Korvena", "KORVENA"],
    "Brenz": ["Brenz"],
}
furniture = {
    "01": ["By Oana Petric, Continental Press Agency", "(Writing by Oana Petric; Editing by Karl Hemming)"],
    "02": ["THE KORVENA OBSERVER", "Courts | Thursday 3 December 2026", "By Lucia Varga, Legal Affairs Correspondent"],
    "03": ["BRENZ VALLEY MESSENGER", "Friday 4 December 2026", "By Tomas Reiter"],
    "04": ["VTV NEWS", "Wednesday 2 December 2026, 18:40 | Updated 19:15", "KEY FACTS",
           "Watch: Hallorn led from court in handcuffs (2:14)"],
    "05": ["THE ATLANTIC COURIER", "Europe — Friday, December 4, 2026", "By Henrik Aalto"],
}
pub = {"01": "2026-12-02", "02": "2026-12-03", "03": "2026-12-04", "04": "2026-12-02", "05": "2026-12-04"}
outlet = {"01": "Continental Press Agency (wire)", "02": "The Korvena Observer (national broadsheet)",
          "03": "Brenz Valley Messenger (local paper)", "04": "VTV News (broadcaster's website)",
          "05": "The Atlantic Courier (foreign outlet)"}
g.write(
    event="FICTIONAL: Varsenia's former transport minister Viktor Hallorn, found guilty of bribery on Mon 30 Nov 2026 (Tuesday in one outlet), is sentenced on Wed 2 Dec (Thursday in one outlet) to seven years (six and a half in one outlet; prosecutors sought nine, or 10) and fined 2.5 million talers (two million) / €340,000 / $370,000 for bribes of 14.8 million talers (nearly 15 million; 17 million) / about €2 million / $2.2 million from the Stellan Group for 11 (a dozen) contracts between 2017 (2018) and 2021; four (three) of six co-defendants convicted, two acquitted; 14 (15) days to appeal; police 800 vs organisers 3,000 / 5,000 protesters; Judge Irena Sobotka, defence lawyer Mattias Grell, prosecutor Dana Velis and Hallorn quoted",
    reference_date="2026-12-04",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
