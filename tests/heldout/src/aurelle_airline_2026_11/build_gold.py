"""Gold for the aurelle_airline_2026_11 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md before the tool was run on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "aurelle_airline_2026_11"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
B, M = 1e9, 1e6


ROQ, AUD, STR, MAT = "Bastien Roquelaure", "Clémence Audrain", "Yannick Strohm", "Sigrun Mattsdotter"

# ---- 01 wire (Tuesday 24 Nov)
n("01", "38,000", "strands 38,000 travellers", 38000, "count", "travellers", "exact", "stranded_abroad")
n("01", "212", "all 212 flights", 212, "count", "flights", "exact", "flights_cancelled_tue")
n("01", "38,000", "some 38,000 passengers", 38000, "count", "passengers", "approx", "stranded_abroad")
n("01", "€4.2 billion", "€4.2 billion", 4.2 * B, "money", "EUR", "exact", "liabilities")
n("01", "$4.6 billion", "$4.6 billion", 4.6 * B, "money", "USD", "exact", "liabilities_usd")
n("01", "€2.9 billion", "€2.9 billion", 2.9 * B, "money", "EUR", "exact", "assets")
n("01", "1,800", "more than 1,800 creditors", 1800, "count", "creditors", "lower", "creditors")
n("01", "three", "three state-owned banks", 3, "count", "banks", "exact", "state_bank_creditors")
n("01", "58-year", "58-year history", 58, "duration", "years", "exact", "airline_age")
n("01", "11,400", "employs 11,400 people", 11400, "count", "people", "exact", "employees")
n("01", "64", "fleet of 64 aircraft", 64, "count", "aircraft", "exact", "fleet_size")
n("01", "2,300", "about 2,300 jobs", 2300, "count", "jobs", "approx", "job_cuts")
n("01", "38%", "as much as 38%", 38, "percent", "%", "upper", "share_fall_intraday_tue")
n("01", "€350 million", "€350 million", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("01", "six months", "for six months", 6, "duration", "months", "exact", "loan_duration")
n("01", "€412 million", "€412 million", 412 * M, "money", "EUR", "exact", "q3_net_loss")
n("01", "€96 million", "€96 million", 96 * M, "money", "EUR", "exact", "q3_net_loss_prev_year")
n("01", "two", "two people familiar", 2, "count", "people", "exact", "sources_01_halvard")
d("01", "late on Monday", "late on Monday", "2026-11-23", "filing")
d("01", "Tuesday", "scheduled for Tuesday", "2026-11-24", "grounding")
d("01", "December 9", "set for December 9", "2026-12-09", "hearing")
d("01", "on Tuesday", "parliament on Tuesday", "2026-11-24", "audrain_parliament")
d("01", "Last Thursday", "Last Thursday", "2026-11-19", "q3_results")
d("01", "third-quarter", "third-quarter net loss", None, "q3_2026")
d("01", "Christmas", "before Christmas", "2026-12-25", None)
q("01", "This is the hardest decision in Aurelle's 58-year history, but it is the only way to keep the airline flying", ROQ, "roq_hardest")
q("01", "Fuel, the strong dollar and the strikes have cost us more than we could carry", ROQ, "roq_fuel")
q("01", "not a blank cheque", AUD, "aud_blank_cheque")

# ---- 02 national broadsheet (Wednesday 25 Nov)
n("02", "58 years", "After 58 years", 58, "duration", "years", "exact", "airline_age")
n("02", "€350m", "with €350m", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("02", "tens of thousands", "tens of thousands of travellers", None, "count", "travellers", "vague", "stranded_abroad", 20000, 99999)
n("02", "€4.2bn", "debts of €4.2bn", 4.2 * B, "money", "EUR", "exact", "liabilities")
n("02", "€2.9bn", "assets of €2.9bn", 2.9 * B, "money", "EUR", "exact", "assets")
n("02", "64", "its 64 planes", 64, "count", "planes", "exact", "fleet_size")
n("02", "41", "41 of them leased", 41, "count", "planes", "exact", "leased_aircraft")
n("02", "400", "More than 400 flights", 400, "count", "flights", "lower", "flights_cancelled_since_tue")
n("02", "52,000", "around 52,000 Aurelle", 52000, "count", "passengers", "approx", "stranded_abroad")
n("02", "41 per cent", "closed 41 per cent lower", 41, "percent", "%", "exact", "share_fall_close_tue")
n("02", "€1.04", "at €1.04", 1.04, "money", "EUR", "exact", "share_price_close_tue")
n("02", "58-year", "our 58-year history", 58, "duration", "years", "exact", "airline_age")
n("02", "2,300", "cut 2,300 of", 2300, "count", "jobs", "exact", "job_cuts")
n("02", "11,400", "Aurelle’s 11,400 jobs", 11400, "count", "jobs", "exact", "employees")
n("02", "a fifth", "roughly a fifth", 20, "percent", "%", "approx", "job_cuts_share")
n("02", "€412m", "lost €412m", 412 * M, "money", "EUR", "exact", "q3_net_loss")
n("02", "€96m", "the €96m it lost", 96 * M, "money", "EUR", "exact", "q3_net_loss_prev_year")
n("02", "350 million euros", "350 million euros", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("02", "two", "two people close", 2, "count", "people", "exact", "sources_02_halvard")
d("02", "1968", "founded in 1968", "1968", "founding")
d("02", "on Monday night", "on Monday night", "2026-11-23", "filing")
d("02", "on Tuesday", "and on Tuesday its 64", "2026-11-24", "grounding")
d("02", "since Tuesday", "cancelled since Tuesday", "2026-11-24", "grounding")
d("02", "yesterday", "ministry said yesterday", "2026-11-24", "ministry_stranded_update")
d("02", "on Tuesday", "lower on Tuesday at", "2026-11-24", "share_fall_tue")
d("02", "on 9 December", "examine on 9 December", "2026-12-09", "hearing")
d("02", "the third quarter", "in the third quarter", None, "q3_2026")
d("02", "on 19 November", "said on 19 November", "2026-11-19", "q3_results")
d("02", "the end of May", "until the end of May", "2027-05", "loan_end")
q("02", "the hardest decision in our 58-year history", ROQ, "roq_hardest")
q("02", "the only way to keep this airline flying", ROQ, "roq_hardest")
q("02", "This is not a blank cheque. Every euro is there to bring passengers home and to keep the planes safe", AUD, ["aud_blank_cheque", "aud_every_euro"])
q("02", "Our members found out from the radio that their company was bankrupt", STR, "strohm_radio")

# ---- 03 local evening paper, live page (Tuesday 24 Nov)
n("03", "€350m", "a €350m state loan", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("03", "45,000", "abroad at 45,000", 45000, "count", "passengers", "exact", "stranded_abroad")
n("03", "2,500", "up to 2,500 jobs", 2500, "count", "jobs", "upper", "job_cuts")
n("03", "2,500", "up to 2,500 posts", 2500, "count", "posts", "upper", "job_cuts")
n("03", "2,300", "not the 2,300", 2300, "count", "posts", "exact", "job_cuts")
n("03", "600", "About 600 people", 600, "count", "people", "approx", "queuing_people")
n("03", "214", "214 Aurelle departures", 214, "count", "departures and arrivals", "exact", "flights_cancelled_tue")
n("03", "3,800", "Around 3,800", 3800, "count", "staff", "approx", "vireux_staff")
n("03", "€4.2 billion", "owes €4.2 billion", 4.2 * B, "money", "EUR", "exact", "liabilities")
for t in ["19:10\nMinister", "17:25", "15:40", "13:05", "10:20"]:
    d("03", t.split("\n")[0], t, "2026-11-24", None)
d("03", "tonight", "stranded tonight", "2026-11-24", None)
d("03", "this afternoon", "this afternoon", "2026-11-24", None)
d("03", "today", "cancelled today", "2026-11-24", "grounding")
d("03", "yesterday evening", "yesterday evening", "2026-11-23", "filing")
d("03", "next month", "hearing next month", "2026-12", "hearing")
q("03", "No passenger will be left behind", AUD, "aud_no_passenger", 'Minister: "No passenger will be left behind')
q("03", "No passenger will be left behind", AUD, "aud_no_passenger", '"No passenger will be left behind," the minister')
q("03", "found out from the radio", STR, "strohm_radio")
q("03", "compulsory redundancies", STR, "strohm_compulsory", 'accept "compulsory redundancies"')
q("03", "We will not accept compulsory redundancies, full stop", STR, "strohm_compulsory")
q("03", "It is the hardest decision in Aurelle's history", ROQ, "roq_hardest")
q("03", "To everyone who is stranded tonight: I am sorry, and we will get you home", ROQ, "roq_sorry")

# ---- 04 aviation trade outlet (Thursday 26 Nov)
n("04", "€180m", "tables €180m bid", 180 * M, "money", "EUR", "exact", "halvard_bid")
n("04", "€180m", "offered €180m", 180 * M, "money", "EUR", "exact", "halvard_bid")
n("04", "30", "for 30 of", 30, "count", "aircraft", "exact", "bid_aircraft")
n("04", "64", "Aurelle Air’s 64 aircraft", 64, "count", "aircraft", "exact", "fleet_size")
n("04", "6,500", "about 6,500", 6500, "count", "employees", "approx", "jobs_kept_by_bid")
n("04", "11,400", "11,400 employees", 11400, "count", "employees", "exact", "employees")
n("04", "€4.3bn", "€4.3bn", 4.3 * B, "money", "EUR", "exact", "liabilities")
n("04", "€2.9bn", "€2.9bn", 2.9 * B, "money", "EUR", "exact", "assets")
n("04", "1,800", "Roughly 1,800", 1800, "count", "creditors", "approx", "creditors")
n("04", "€610m", "€610m", 610 * M, "money", "EUR", "exact", "kestrel_owed")
n("04", "€412m", "€412m", 412 * M, "money", "EUR", "exact", "q3_net_loss")
n("04", "€96m", "€96m loss", 96 * M, "money", "EUR", "exact", "q3_net_loss_prev_year")
n("04", "€1.31bn", "€1.31bn", 1.31 * B, "money", "EUR", "exact", "q3_revenue")
n("04", "9%", "down 9%", 9, "percent", "%", "exact", "q3_revenue_change_pct")
n("04", "22%", "up 22%", 22, "percent", "%", "exact", "fuel_bill_change_pct")
n("04", "€350m", "€350m bridging", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("04", "8.5%", "8.5%", 8.5, "percent", "%", "exact", "loan_interest_rate")
n("04", "71%", "lost 71%", 71, "percent", "%", "exact", "share_fall_since_january")
n("04", "9.6 million", "9.6 million passengers", 9.6 * M, "count", "passengers", "exact", "halvard_passengers_2025")
d("04", "on Wednesday", "AeroLedger on Wednesday", "2026-11-25", "mattsdotter_interview")
d("04", "on Tuesday", "court protection on Tuesday", "2026-11-24", "filing")
d("04", "on December 10", "on December 10", "2026-12-10", "hearing")
d("04", "Q3", "a Q3 net loss", None, "q3_2026")
d("04", "Q3 2025", "Q3 2025", None, "q3_2025")
d("04", "since January", "since January", "2026-01", None)
d("04", "last year", "passengers last year", "2025", None)
d("04", "December 4", "by December 4", "2026-12-04", "bid_answer_deadline")
d("04", "Monday", "meeting for Monday", "2026-11-30", "pilots_meeting")
q("04", "Aurelle has the best slots in Vireux and a brand people love. We can build on both", MAT, "mattsdotter_brand")
q("04", "cost us more than we could carry", ROQ, "roq_fuel")
q("04", "The bridging loan buys time, not a future", "Renata Oslund", "oslund_time")

# ---- 05 follow-up, public broadcaster's news site (Friday 27 Nov)
n("05", "€220 million", "€220 million", 220 * M, "money", "EUR", "exact", "halvard_bid")
n("05", "€180 million", "from €180 million", 180 * M, "money", "EUR", "exact", "halvard_bid_initial")
n("05", "7,000", "about 7,000 jobs", 7000, "count", "jobs", "approx", "jobs_kept_by_bid")
n("05", "212", "voted 212 to 87", 212, "count", "votes", "exact", "loan_votes_for")
n("05", "87", "212 to 87", 87, "count", "votes", "exact", "loan_votes_against")
n("05", "€350m", "€350m bridging", 350 * M, "money", "EUR", "exact", "bridging_loan")
n("05", "31,000", "Some 31,000", 31000, "count", "passengers", "approx", "repatriated_by_fri")
n("05", "21,000", "about 21,000", 21000, "count", "passengers", "approx", "still_stranded_fri")
n("05", "four", "from four parties", 4, "count", "parties", "exact", "interested_parties")
n("05", "11%", "a further 11%", 11, "percent", "%", "exact", "share_fall_wed")
n("05", "€412m", "lost €412m", 412 * M, "money", "EUR", "exact", "q3_net_loss")
n("05", "three months", "the three months", 3, "duration", "months", "exact", "quarter_length")
n("05", "2,000", "about 2,000", 2000, "count", "people", "approx", "vigil_crowd")
d("05", "on Thursday", "Group on Thursday raised", "2026-11-26", "bid_raised")
d("05", "late on Thursday", "late on Thursday", "2026-11-26", "loan_vote")
d("05", "since Tuesday", "flights since Tuesday", "2026-11-24", "repatriation_start")
d("05", "next Wednesday", "next Wednesday", "2026-12-02", "repatriation_end")
d("05", "on 9 December", "hearing on 9 December", "2026-12-09", "hearing")
d("05", "on Wednesday", "appointed on Wednesday", "2026-11-25", "administrators_appointed")
d("05", "on Wednesday", "11% on Wednesday", "2026-11-25", "share_fall_wed")
d("05", "2023", "helm in 2023", "2023", "roquelaure_took_helm")
d("05", "the same day", "the same day", "2026-11-25", "senate_committee")
d("05", "September", "to September", "2026-09", "q3_2026")
q("05", "every euro is there to bring passengers home", AUD, "aud_every_euro")
q("05", "expressions of interest from four parties", "Paul-Henri Vasseur", "vasseur_interest")
q("05", "We simply ran out of road", ROQ, "roq_road")
q("05", "We will not accept compulsory redundancies", STR, "strohm_compulsory")
q("05", "a brand people love", MAT, "mattsdotter_brand", 'remained "a brand people love')

quantities = {
    "stranded_abroad": "Aurelle passengers stranded abroad after the grounding (38,000 Tue morning / 45,000 Tue evening / about 52,000 Wed / 'tens of thousands')",
    "flights_cancelled_tue": "Aurelle flights cancelled on Tuesday 24 Nov (212 by the wire vs 214 departures and arrivals by the airport)",
    "flights_cancelled_since_tue": "flights cancelled over Tuesday and Wednesday (more than 400), a different framing",
    "liabilities": "liabilities / debts listed in the filing, euros (4.2bn vs AeroLedger's 4.3bn)",
    "liabilities_usd": "liabilities converted into dollars",
    "assets": "assets listed in the filing, euros",
    "creditors": "number of creditors",
    "state_bank_creditors": "state-owned banks among the leading creditors",
    "airline_age": "age of the airline in years (founded 1968)",
    "employees": "Aurelle's workforce",
    "fleet_size": "Aurelle's fleet",
    "leased_aircraft": "aircraft of the fleet that are leased",
    "job_cuts": "jobs to be cut under the restructuring plan (management 2,300 vs the union's up to 2,500)",
    "job_cuts_share": "job cuts as a share of the workforce",
    "share_fall_intraday_tue": "share price fall in early trading on Tuesday before suspension",
    "share_fall_close_tue": "share price fall at Tuesday's close",
    "share_price_close_tue": "closing share price on Tuesday",
    "share_fall_wed": "further share fall on Wednesday",
    "share_fall_since_january": "share fall since January",
    "bridging_loan": "the state's bridging loan, euros",
    "loan_duration": "term of the bridging loan",
    "loan_interest_rate": "interest rate of the bridging loan",
    "loan_votes_for": "votes in parliament for the loan",
    "loan_votes_against": "votes in parliament against the loan",
    "q3_net_loss": "third-quarter 2026 net loss",
    "q3_net_loss_prev_year": "net loss in the third quarter of 2025",
    "q3_revenue": "third-quarter revenue",
    "q3_revenue_change_pct": "revenue change year on year, percent",
    "fuel_bill_change_pct": "fuel bill change, percent",
    "quarter_length": "length of the period of the quarterly loss",
    "sources_01_halvard": "people familiar with the matter (wire, Halvard interest)",
    "sources_02_halvard": "people close to the talks (Chronicle, Halvard offer)",
    "queuing_people": "people queuing at Aurelle's desks at Vireux on Tuesday afternoon",
    "vireux_staff": "Aurelle staff working at Vireux airport",
    "halvard_bid": "Halvard's offer for parts of Aurelle (180m on 26 Nov, raised to 220m by 27 Nov)",
    "halvard_bid_initial": "Halvard's first offer, presented by 05 as superseded",
    "bid_aircraft": "aircraft included in Halvard's bid",
    "jobs_kept_by_bid": "Aurelle jobs Halvard's offer would keep (about 6,500 vs about 7,000)",
    "kestrel_owed": "amount owed to the largest creditor, Kestrel Aviation Leasing",
    "halvard_passengers_2025": "passengers Halvard carried last year",
    "repatriated_by_fri": "passengers flown home since Tuesday, by Friday",
    "still_stranded_fri": "passengers still waiting to be flown home, Friday",
    "interested_parties": "parties expressing interest to the administrator",
    "vigil_crowd": "crowd at the staff vigil in Saint-Evre",
}
events = {
    "filing": "Aurelle's filing for bankruptcy protection, late Monday 23 Nov (AeroLedger: Tuesday 24 Nov)",
    "grounding": "the fleet grounded and flights cancelled on Tuesday 24 Nov",
    "hearing": "first court hearing, Wed 9 Dec (AeroLedger: 10 Dec)",
    "audrain_parliament": "the minister telling parliament about the loan, Tue 24 Nov",
    "q3_results": "Aurelle's third-quarter results, Thu 19 Nov",
    "q3_2026": "the third quarter of 2026 (July-September)",
    "q3_2025": "the third quarter of 2025",
    "founding": "founding of the airline, 1968",
    "ministry_stranded_update": "transport ministry's stranded-passenger figure, Tue 24 Nov",
    "share_fall_tue": "share fall on Tuesday 24 Nov",
    "loan_end": "end of the bridging loan, May 2027",
    "mattsdotter_interview": "Mattsdotter speaking to AeroLedger, Wed 25 Nov",
    "bid_answer_deadline": "Halvard's deadline for an answer, 4 Dec",
    "pilots_meeting": "pilots' union meeting, Mon 30 Nov",
    "bid_raised": "Halvard raising its offer, Thu 26 Nov",
    "loan_vote": "parliament's vote on the loan, Thu 26 Nov",
    "repatriation_start": "repatriation flights since Tue 24 Nov",
    "repatriation_end": "planned end of repatriation, Wed 2 Dec",
    "administrators_appointed": "administrators appointed, Wed 25 Nov",
    "share_fall_wed": "further share fall, Wed 25 Nov",
    "roquelaure_took_helm": "Roquelaure becoming chief executive, 2023",
    "senate_committee": "Roquelaure before a Senate committee, Wed 25 Nov",
}
utterances = {
    "roq_hardest": "Roquelaure: the hardest decision in the airline's (58-year) history, the only way to keep the airline flying",
    "roq_fuel": "Roquelaure: fuel, the dollar and the strikes cost us more than we could carry",
    "roq_sorry": "Roquelaure to stranded passengers: I am sorry, we will get you home",
    "roq_road": "Roquelaure: we simply ran out of road",
    "aud_blank_cheque": "Audrain: (this is) not a blank cheque",
    "aud_every_euro": "Audrain: every euro is there to bring passengers home (and keep the planes safe)",
    "aud_no_passenger": "Audrain: no passenger will be left behind",
    "strohm_radio": "Strohm: members found out from the radio",
    "strohm_compulsory": "Strohm: we will not accept compulsory redundancies",
    "mattsdotter_brand": "Mattsdotter: best slots in Vireux and a brand people love",
    "oslund_time": "Oslund: the loan buys time, not a future",
    "vasseur_interest": "Vasseur: expressions of interest from four parties",
}
aliases = {
    "Aurelle Air": ["Aurelle Air", "Aurelle"],
    "Bastien Roquelaure": ["Bastien Roquelaure", "Roquelaure", "CEO Roquelaure"],
    "Clémence Audrain": ["Clémence Audrain", "Clemence Audrain", "Ms Audrain", "Transport Minister Audrain", "Transport Minister Clémence Audrain"],
    "Yannick Strohm": ["Yannick Strohm", "Strohm"],
    "Sigrun Mattsdotter": ["Sigrun Mattsdotter"],
    "Halvard Group": ["Halvard Group", "Halvard"],
    "Castelmont Commercial Court": ["Castelmont Commercial Court", "the commercial court", "The Castelmont court"],
    "Vireux airport": ["Vireux airport", "Castelmont-Vireux", "Vireux"],
    "Renata Oslund": ["Renata Oslund"],
    "Paul-Henri Vasseur": ["Paul-Henri Vasseur"],
}
furniture = {
    "01": ["By Katrin Ilves, Northgate Press", "(Reporting by Katrin Ilves; Editing by Tomas Berg)"],
    "02": ["THE LORVENIAN CHRONICLE", "Business | Aviation", "By Mathis Ferrand, Business Editor",
           "Related: What Aurelle’s collapse means for your holiday booking",
           "Sign up for the Chronicle’s Business Briefing"],
    "03": ["CASTELMONT EVENING POST", "Updated 19:10, Tuesday 24 November", "Share this page",
           "Most read: Saint-Evre Christmas market opens this weekend"],
    "04": ["AEROLEDGER", "Airlines | Restructuring | 26 Nov 2026",
           "Subscribe to AeroLedger Pro for fleet and slot data"],
    "05": ["RLI NEWS | Economy", "Friday 27 November 2026", "Listen: RLI Business Hour, 18:00"],
}
pub = {"01": "2026-11-24", "02": "2026-11-25", "03": "2026-11-24", "04": "2026-11-26", "05": "2026-11-27"}
outlet = {"01": "Northgate Press (wire)", "02": "The Lorvenian Chronicle (national broadsheet)",
          "03": "Castelmont Evening Post live page (local)", "04": "AeroLedger (aviation trade)",
          "05": "RLI News (public broadcaster, follow-up)"}
g.write(
    event="FICTIONAL: Lorvenia's national airline Aurelle Air files for bankruptcy protection late Mon 23 Nov 2026 and grounds its fleet on Tue 24 Nov; a €350m state bridging loan (approved by parliament Thu 26 Nov); job cuts; stranded passengers; Halvard Group's bid (€180m, raised to €220m); a first court hearing on 9 Dec",
    reference_date="2026-11-27",
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
