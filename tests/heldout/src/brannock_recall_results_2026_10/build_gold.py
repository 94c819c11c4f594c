import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "brannock_recall_results_2026_10")
texts = {d: open(f"{D}/{d}.txt", encoding="utf-8").read() for d in ["01","02","03","04","05"]}
B, M = 1e9, 1e6
# (doc, text, occ, value, kind, unit, qualifier, quantity, low, high)
N = []
def n(doc, text, occ, value, kind, unit, qual, q, low=None, high=None):
    N.append(dict(doc=doc, text=text, occurrence=occ, value=value, low=low, high=high,
                  kind=kind, unit=unit, qualifier=qual, quantity=q))
# ---- 01 wire
n("01","41%",0,41,"percent","%","exact","profit_drop_pct")
n("01","$1.1 billion",0,1.1*B,"money","USD","exact","recall_charge")
n("01","$180 million",0,180*M,"money","USD","exact","fine")
n("01","41%",1,41,"percent","%","exact","profit_drop_pct")
n("01","$1.1 billion",1,1.1*B,"money","USD","exact","recall_charge")
n("01","1.2 million",0,1.2*M,"count","vehicles","approx","recalled_vehicles")
n("01","$180 million",1,180*M,"money","USD","exact","fine")
n("01","$612 million",0,612*M,"money","USD","exact","net_income")
n("01","$1.38",0,1.38,"money","USD","exact","eps")
n("01","$1.04 billion",0,1.04*B,"money","USD","exact","net_income_prev")
n("01","$1.71",0,1.71,"money","USD","exact","eps_expected")
n("01","3.2%",0,3.2,"percent","%","exact","revenue_change_pct")
n("01","$14.6 billion",0,14.6*B,"money","USD","exact","revenue")
n("01","8.4%",0,8.4,"percent","%","exact","share_fall_intraday_pct")
n("01","$41.20",0,41.20,"money","USD","exact","share_price_intraday")
n("01","two years",0,2,"duration","years","lower","since_steepest_drop")
n("01","$56 billion to $58 billion",0,None,"money","USD","range","guidance_new",56*B,58*B)
n("01","$59 billion to $61 billion",0,None,"money","USD","range","guidance_old",59*B,61*B)
n("01","4,500",0,4500,"count","jobs","approx","job_cuts")
n("01","37",0,37,"count","injuries","exact","injuries")
n("01","14",1,14,"count","crashes","exact","crashes")
n("01","11 months",0,11,"duration","months","lower","report_delay")
n("01","$60 million",0,60*M,"money","USD","exact","fine_deferred")
n("01","three years",0,3,"duration","years","exact","consent_order_years")
n("01","4.1%",0,4.1,"percent","%","exact","op_margin")
n("01","7.3%",0,7.3,"percent","%","exact","op_margin_prev")
n("01","812,000",0,812000,"count","vehicles","exact","deliveries")
n("01","6%",0,6,"percent","%","exact","deliveries_change_pct")
n("01","22%",0,22,"percent","%","exact","ev_deliveries_change_pct")
# ---- 02 financial paper
n("02","4,500",0,4500,"count","jobs","exact","job_cuts")
n("02","$180m",0,180*M,"money","USD","exact","fine")
n("02","$1.1bn",0,1.1*B,"money","USD","exact","recall_charge")
n("02","$180m",1,180*M,"money","USD","exact","fine")
n("02","9.1 per cent",0,9.1,"percent","%","exact","share_fall_close_pct")
n("02","$40.86",0,40.86,"money","USD","exact","share_price_close")
n("02","$1.9bn",0,1.9*B,"money","USD","approx","market_value_lost")
n("02","41 per cent",0,41,"percent","%","exact","profit_drop_pct")
n("02","$612m",0,612*M,"money","USD","exact","net_income")
n("02","$14.6bn",0,14.6*B,"money","USD","exact","revenue")
n("02","3.2 per cent",0,3.2,"percent","%","exact","revenue_change_pct")
n("02","$56bn-$58bn",0,None,"money","USD","range","guidance_new",56*B,58*B)
n("02","$59bn-$61bn",0,None,"money","USD","range","guidance_old",59*B,61*B)
n("02","5.8 per cent",0,5.8,"percent","%","approx","op_margin_ex_recall")
n("02","7.3 per cent",0,7.3,"percent","%","exact","op_margin_prev")
n("02","$44",0,44,"money","USD","exact","price_target_new")
n("02","$52",0,52,"money","USD","exact","price_target_old")
n("02","€310m",0,310*M,"money","EUR","exact","europe_op_loss")
n("02","€45m",0,45*M,"money","EUR","exact","europe_op_profit_prev")
n("02","2,800",0,2800,"count","jobs","approx","job_cuts_europe")
n("02","4,500",1,4500,"count","jobs","exact","job_cuts")
n("02","1,900",0,1900,"count","people","exact","valencia_plant_staff")
n("02","$650m",0,650*M,"money","USD","approx","cuts_savings")
n("02","$420m",0,420*M,"money","USD","exact","cuts_cost")
n("02","1.25mn",0,1.25*M,"count","vehicles","exact","recalled_vehicles")
n("02","200",0,200,"count","complaints","lower","complaints_before_probe")
n("02","$3.1bn",0,3.1*B,"money","USD","exact","ev_spend_9m")
n("02","nine months",0,9,"duration","months","exact","ev_spend_period")
n("02","12 per cent",0,12,"percent","%","approx","ev_share_deliveries")
# ---- 03 trade blog
n("03","1.25M",0,1.25*M,"count","vehicles","exact","recalled_vehicles")
n("03","41%",0,41,"percent","%","exact","profit_drop_pct")
n("03","$612 million",0,612*M,"money","USD","exact","net_income")
n("03","$1.1B",0,1.1*B,"money","USD","exact","recall_charge")
n("03","$180M",0,180*M,"money","USD","exact","fine")
n("03","8.4%",0,8.4,"percent","%","exact","share_fall_intraday_pct")
n("03","$41.20",0,41.20,"money","USD","exact","share_price_intraday")
n("03","1.25 million",0,1.25*M,"count","units","approx","recalled_vehicles")
n("03","1.02 million",0,1.02*M,"count","vehicles","approx","recalled_us")
n("03","41",2,41,"count","injuries","lower","injuries")
n("03","14",0,14,"count","crashes","lower","crashes")
n("03","90 minutes",0,90,"duration","minutes","approx","repair_minutes")
n("03","1.25 million",1,1.25*M,"count","vehicles","exact","recalled_vehicles")
n("03","1.5 hours",0,1.5,"duration","hours","exact","repair_hours")
n("03","1.9 million",0,1.9*M,"count","labor hours","approx","labor_hours")
n("03","3,100",0,3100,"count","dealers","approx","dealers_na")
n("03","40,000",0,40000,"count","fittings","upper","fittings_per_week")
n("03","seven months",0,7,"duration","months","approx","parts_build_time")
n("03","$45",0,45,"money","USD","upper","rental_reimbursement")
n("03","$14.6B",0,14.6*B,"money","USD","exact","revenue")
n("03","3.2%",0,3.2,"percent","%","exact","revenue_change_pct")
n("03","$1.38",0,1.38,"money","USD","exact","eps")
n("03","$1.71",0,1.71,"money","USD","exact","eps_expected")
n("03","4.1%",0,4.1,"percent","%","exact","op_margin")
n("03","7.3%",0,7.3,"percent","%","exact","op_margin_prev")
n("03","$56B–$58B",0,None,"money","USD","range","guidance_new",56*B,58*B)
n("03","$59B–$61B",0,None,"money","USD","range","guidance_old",59*B,61*B)
n("03","4,500",0,4500,"count","jobs","approx","job_cuts")
n("03","$1.1B",1,1.1*B,"money","USD","exact","recall_charge")
n("03","$880",0,880,"money","USD","approx","recall_cost_per_vehicle")
n("03","$200 million",0,200*M,"money","USD","exact","warranty_topup")
n("03","12%",0,12,"percent","%","exact","vantrell_share_fall_pct")
n("03","18%",0,18,"percent","%","approx","vantrell_revenue_share")
# ---- 04 broadcaster
n("04","5,000",0,5000,"count","jobs","exact","job_cuts")
n("04","5,000",1,5000,"count","jobs","approx","job_cuts")
n("04","1.25 million",0,1.25*M,"count","vehicles","exact","recalled_vehicles")
n("04","three months",0,3,"duration","months","exact","quarter_length")
n("04","41%",0,41,"percent","%","exact","profit_drop_pct")
n("04","$612m",0,612*M,"money","USD","exact","net_income")
n("04","£470m",0,470*M,"money","GBP","exact","net_income_gbp")
n("04","8%",0,8,"percent","%","lower","share_fall_intraday_pct")
n("04","37",0,37,"count","injuries","exact","injuries")
n("04","$180m",0,180*M,"money","USD","exact","fine")
n("04","£138m",0,138*M,"money","GBP","exact","fine_gbp")
n("04","40,000",0,40000,"count","cars","approx","uk_sales_per_year")
n("04","$56bn and $58bn",0,None,"money","USD","range","guidance_new",56*B,58*B)
# ---- 05 regulator
n("05","$180 Million",0,180*M,"money","USD","exact","fine")
n("05","$180 million",0,180*M,"money","USD","exact","fine")
n("05","$120 million",0,120*M,"money","USD","exact","fine_upfront")
n("05","30 days",0,30,"duration","days","exact","payment_days")
n("05","$60 million",0,60*M,"money","USD","exact","fine_deferred")
n("05","three years",0,3,"duration","years","exact","consent_order_years")
n("05","1,248,630",0,1248630,"count","vehicles","approx","recalled_vehicles")
n("05","1,019,402",0,1019402,"count","vehicles","approx","recalled_us")
n("05","212",0,212,"count","complaints","exact","complaints_before_probe")
n("05","11 months",0,11,"duration","months","approx","report_delay")
n("05","five business days",0,5,"duration","business days","exact","report_deadline")
n("05","37",0,37,"count","injuries","exact","injuries")
n("05","14",1,14,"count","crashes","exact","crashes")

DT = []
def d(doc, text, occ, resolved, event):
    DT.append(dict(doc=doc, text=text, occurrence=occ, resolved=resolved, event=event))
d("01","Oct 29",0,"2026-10-29","results_day")
d("01","Thursday",0,"2026-10-29","results_day")
d("01","third-quarter",0,None,"q3_2026")
d("01","July-September",0,None,"q3_2026")
d("01","midday",0,"2026-10-29",None)
d("01","July",1,"2026-07","guidance_previous")   # occ0 is inside July-September
d("01","2022",0,"2022","model_year_first")
d("01","2025",0,"2025","model_year_last")
d("01","third quarter",0,None,"q3_2026")
d("01","last month",0,"2026-09","sales_halted")
d("01","Dec. 14",0,"2026-12-14","owner_letters")
d("02","2024",0,"2024",None)
d("02","yesterday",0,"2026-10-29","results_day")
d("02","third quarter",0,None,"q3_2026")
d("02","January",0,"2027-01","single_shift")
d("02","2028",0,"2028","savings_from")
d("02","fourth quarter",0,None,"q4_2026")
d("02","2022",0,"2022","model_year_first")
d("02","2025",0,"2025","model_year_last")
d("02","March last year",0,"2025-03","probe_opened")
d("02","fourth quarter",1,None,"q4_2026")
d("02","November 18",0,"2026-11-18","investor_day")
d("03","Thursday",0,"2026-10-29","results_day")
d("03","Q3",0,None,"q3_2026")
d("03","lunchtime",0,"2026-10-29",None)
d("03","Monday",0,"2026-10-26","recall_filed")
d("03","2021",0,"2021","build_start")
d("03","early 2025",0,"2025","build_end")
d("03","next year",0,"2027",None)
d("03","December 14",0,"2026-12-14","owner_letters")
d("03","Q3",1,None,"q3_2026")
d("03","Q3 2025",0,None,"q3_2025")
d("03","Thursday",1,"2026-10-29","vantrell_fall")
d("04","Thursday",0,"2026-10-29","results_day")
d("04","the end of September",0,"2026-09","q3_2026")
d("04","Tuesday",0,"2026-10-27","recall_filed")
d("04","2022",0,"2022","model_year_first")
d("04","2025",0,"2025","model_year_last")
d("04","next week",0,"2026-11","union_protest")
d("04","this year",0,"2026",None)
d("05","October 29, 2026",0,"2026-10-29",None)
d("05","today",0,"2026-10-29","fine_announced")
d("05","October 27, 2026",0,"2026-10-27","recall_filed")
d("05","2022",0,"2022","model_year_first")
d("05","2025",0,"2025","model_year_last")
d("05","March 12, 2025",0,"2025-03-12","probe_opened")
d("05","November 2025",0,"2025-11","cause_identified")
d("05","December 14, 2026",0,"2026-12-14","owner_letters")

Q = []
def q(doc, text, occ, speaker, utt):
    Q.append(dict(doc=doc, text=text, occurrence=occ, speaker=speaker, utterance=utt if isinstance(utt, list) else [utt]))
MAR, SOL = "Ilse Marović", "Renata Solberg"
q("01","We let our customers down, and we are going to make it right",0,MAR,"marovic_let_down")
q("01","Every affected owner will get the repair free of charge",0,MAR,"marovic_free_repair")
q("01","safety is not a cost to be managed",0,SOL,"solberg_safety")
q("01","tougher than we expected",0,"Tobias Wrenfield","wrenfield_tougher")
q("02","let our customers down",0,MAR,"marovic_let_down")
q("02","make it right",0,MAR,"marovic_let_down")
q("02","The recall is a one-off; the margin erosion is not",0,"Priya Sandhu","sandhu_one_off")
q("02","the real story",0,"Marcus Ott","ott_real_story")
q("02","They are guiding to a flat fourth quarter at best",0,"Marcus Ott","ott_flat_q4")
q("03","We let our customers down. We are going to make it right",0,MAR,"marovic_let_down")
q("03","in discussions",0,"Vantrell Fluid Systems","vantrell_discussions")
q("04","We let our customers down and we will make it right",0,MAR,"marovic_let_down")
q("04","Safety is not a cost to be managed. It is an obligation",0,SOL,"solberg_safety")
q("04","This is the workers paying for the mistakes of managers",0,"Lucía Ferrer","ferrer_workers")
q("04","The recall is a one-off. The margin erosion is not",0,"Priya Sandhu","sandhu_one_off")
q("05","Safety is not a cost to be managed down when margins get tight. It is an obligation to every family on the road",0,SOL,"solberg_safety")
q("05","Companies that sit on safety information will pay for it",0,SOL,"solberg_pay")

quantities = {
 "profit_drop_pct": "fall in Brannock's Q3 2026 net income, per cent (41)",
 "recall_charge": "charge for the brake-hose recall ($1.1bn)",
 "fine": "FVSC civil penalty on Brannock ($180m)",
 "fine_gbp": "the FVSC penalty converted to pounds (£138m)",
 "fine_upfront": "part of the penalty payable within 30 days ($120m)",
 "fine_deferred": "deferred/suspended part of the penalty ($60m)",
 "payment_days": "days to pay the non-deferred penalty (30)",
 "consent_order_years": "years the consent order conditions run (three)",
 "recalled_vehicles": "vehicles covered by the recall worldwide: about 1.2 million (wire) vs 1.25 million vs 1,248,630 (FVSC)",
 "recalled_us": "recalled vehicles in the US: about 1.02 million / 1,019,402",
 "net_income": "Q3 2026 net income ($612m)",
 "net_income_gbp": "Q3 2026 net income in pounds (£470m)",
 "net_income_prev": "Q3 2025 net income ($1.04bn)",
 "eps": "Q3 2026 earnings per share ($1.38)",
 "eps_expected": "analysts' expected Q3 EPS ($1.71)",
 "revenue": "Q3 2026 revenue ($14.6bn)",
 "revenue_change_pct": "Q3 revenue change year on year, per cent (3.2)",
 "share_fall_intraday_pct": "Brannock share fall on results day during trading: 8.4% vs more than 8%",
 "share_price_intraday": "Brannock share price during trading on results day ($41.20)",
 "share_fall_close_pct": "Brannock share fall at the close on results day (9.1%)",
 "share_price_close": "Brannock closing share price on results day ($40.86)",
 "market_value_lost": "market value wiped off on results day (about $1.9bn)",
 "since_steepest_drop": "time since a steeper one-day drop (more than two years)",
 "guidance_new": "new full-year 2026 revenue guidance ($56bn-$58bn)",
 "guidance_old": "previous full-year 2026 revenue guidance ($59bn-$61bn)",
 "job_cuts": "jobs Brannock will cut: about 4,500 vs about 5,000 (HBC)",
 "job_cuts_europe": "job cuts falling in Germany and Spain (about 2,800)",
 "injuries": "injuries linked to the brake defect: 37 vs at least 41 (blog)",
 "crashes": "crashes linked to the brake defect (14)",
 "report_delay": "how long Brannock knew before reporting: at least / nearly 11 months",
 "report_deadline": "legal deadline to report a defect (five business days)",
 "op_margin": "Q3 2026 operating margin (4.1%)",
 "op_margin_prev": "Q3 2025 operating margin (7.3%)",
 "op_margin_ex_recall": "Q3 2026 operating margin excluding the recall (about 5.8%)",
 "deliveries": "vehicles delivered in Q3 2026 (812,000)",
 "deliveries_change_pct": "change in Q3 deliveries, per cent (6)",
 "ev_deliveries_change_pct": "growth in electric-model deliveries, per cent (22)",
 "ev_share_deliveries": "electric models' share of Q3 deliveries (about 12%)",
 "ev_spend_9m": "EV programme spending in first nine months ($3.1bn)",
 "ev_spend_period": "the period of that spending (nine months)",
 "price_target_new": "Sandhu's new price target ($44)",
 "price_target_old": "Sandhu's old price target ($52)",
 "europe_op_loss": "European arm's Q3 operating loss (€310m)",
 "europe_op_profit_prev": "European arm's Q3 2025 operating profit (€45m)",
 "valencia_plant_staff": "employees at the plant near Valencia (1,900)",
 "cuts_savings": "annual savings from the job cuts from 2028 (about $650m)",
 "cuts_cost": "cost of the job cuts ($420m)",
 "complaints_before_probe": "owner complaints received before the FVSC probe: 212 vs more than 200",
 "repair_minutes": "time to fix one vehicle, minutes (about 90)",
 "repair_hours": "time to fix one vehicle, hours (1.5)",
 "labor_hours": "total labour hours for the recall (close to 1.9 million)",
 "dealers_na": "Brannock dealers in North America (roughly 3,100)",
 "fittings_per_week": "replacement fittings Vantrell can make per week (up to 40,000)",
 "parts_build_time": "time to build enough parts (around seven months)",
 "rental_reimbursement": "rental reimbursement per day (up to $45)",
 "recall_cost_per_vehicle": "recall charge per vehicle (roughly $880)",
 "warranty_topup": "extra warranty reserve ($200m)",
 "vantrell_share_fall_pct": "Vantrell share fall on Thursday (12%)",
 "vantrell_revenue_share": "share of Vantrell revenue from Brannock (about 18%)",
 "quarter_length": "length of the reporting period (three months)",
 "uk_sales_per_year": "Brannock cars sold in the UK a year (about 40,000)",
}
events = {
 "results_day": "Brannock reports Q3 results (and shares fall), Thursday 29 Oct 2026",
 "q3_2026": "the third quarter (July-September) of 2026",
 "q3_2025": "the third quarter of 2025",
 "q4_2026": "the fourth quarter of 2026",
 "guidance_previous": "the earlier guidance given in July 2026",
 "model_year_first": "first model year of the recalled vehicles (2022)",
 "model_year_last": "last model year of the recalled vehicles (2025)",
 "sales_halted": "Brannock halting sales of the affected models (September 2026)",
 "owner_letters": "owner letters from 14 Dec 2026",
 "single_shift": "Valencia plant to single shift from January 2027",
 "savings_from": "savings from 2028",
 "probe_opened": "FVSC opens its investigation, 12 March 2025",
 "investor_day": "investor day 18 Nov 2026",
 "recall_filed": "Brannock files the defect/recall notice: Tuesday 27 Oct (FVSC, HBC) vs Monday 26 Oct (blog)",
 "build_start": "recalled vehicles built from 2021",
 "build_end": "recalled vehicles built until early 2025",
 "vantrell_fall": "Vantrell shares fall on Thursday 29 Oct",
 "union_protest": "Spanish unions' protest next week (November 2026)",
 "fine_announced": "FVSC announces the consent order and penalty, 29 Oct 2026",
 "cause_identified": "Brannock engineers identify the cause, November 2025",
}
utterances = {
 "marovic_let_down": "Marović: we let our customers down and (are going to / will) make it right",
 "marovic_free_repair": "Marović: every affected owner will get the repair free of charge",
 "solberg_safety": "Solberg: safety is not a cost to be managed (down ...); it is an obligation",
 "solberg_pay": "Solberg: companies that sit on safety information will pay for it",
 "wrenfield_tougher": "Wrenfield: the quarter was tougher than we expected",
 "sandhu_one_off": "Sandhu: the recall is a one-off, the margin erosion is not",
 "ott_real_story": "Ott: the guidance cut is the real story",
 "ott_flat_q4": "Ott: guiding to a flat fourth quarter at best",
 "vantrell_discussions": "Vantrell: in discussions with Brannock on the cost",
 "ferrer_workers": "Ferrer: the workers paying for the mistakes of managers",
}
aliases = {
 "Ilse Marović": ["Ilse Marović", "Ilse Marovic", "Ilse Marovich", "Chief Executive Ilse Marovic", "CEO Ilse Marovich"],
 "Brannock Motors Company": ["Brannock Motors Co", "Brannock Motors", "Brannock Motors Company", "Brannock"],
 "Federal Vehicle Safety Commission": ["Federal Vehicle Safety Commission", "FVSC", "the commission", "the Commission"],
 "Renata Solberg": ["Renata Solberg", "Commission Administrator Renata Solberg", "FVSC Administrator Renata Solberg"],
 "Tobias Wrenfield": ["Tobias Wrenfield", "Chief Financial Officer Tobias Wrenfield"],
 "Priya Sandhu": ["Priya Sandhu"],
 "Marcus Ott": ["Marcus Ott"],
 "Vantrell Fluid Systems": ["Vantrell Fluid Systems", "Vantrell"],
}
furniture = {
 "01": ["By Helena Vasquez and Tom Ekwueme, Northgate Wire",
        "(Reporting by Helena Vasquez in Detroit and Tom Ekwueme in Washington; Editing by Paul Mercer)"],
 "02": ["THE LEDGER", "Companies & Markets | Autos", "Sofia Lindqvist in Frankfurt and Ravi Menon in New York"],
 "03": ["DRIVETRAIN INSIDER", "Industry · Recalls · Earnings",
        "Posted by Kyle Marchetti | October 30, 2026 | 6 min read",
        "Related posts:", "Why brake-line recalls take so long to fix",
        "Dealer survey: service backlogs hit a three-year high"],
 "04": ["HBC News", "Business", "By Amira Castell, Business reporter",
        "Published 29 October 2026, 18:42 GMT", "Share this", "Advertisement",
        "Related: What to do if your car is recalled", "More on this story",
        "Brannock halts sales of Tarrow SUV over brake fault",
        "Carmakers brace for tariffs on European parts"],
 "05": ["FEDERAL VEHICLE SAFETY COMMISSION", "Office of Public Affairs", "FOR IMMEDIATE RELEASE",
        "FVSC 26-114",
        "About the FVSC: The Federal Vehicle Safety Commission sets and enforces safety standards for motor vehicles and equipment sold in the United States.",
        "Media contact: press@fvsc.example.gov"],
}
# ids and validation
for i, m in enumerate(N): m["id"] = f"n{i+1}"
for i, m in enumerate(DT): m["id"] = f"d{i+1}"
for i, m in enumerate(Q): m["id"] = f"q{i+1}"
def locate(t, s, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = t.find(s, pos + 1)
        if pos < 0: raise SystemExit(f"not found {s!r} occ {occ}")
    return pos
spans = {}
for kind, L in (("numbers", N), ("dates", DT), ("quotes", Q)):
    for m in L:
        p = locate(texts[m["doc"]], m["text"], m["occurrence"])
        for (a, b, k2, t2) in spans.get(m["doc"], []):
            if a < p + len(m["text"]) and p < b and not (kind == "dates" and k2 == "quotes") and not (kind=="quotes" and k2=="dates"):
                print("OVERLAP", m["doc"], m["text"], "<->", t2)
        spans.setdefault(m["doc"], []).append((p, p + len(m["text"]), kind, m["text"]))
        assert m.get("quantity", "x") in quantities or kind != "numbers", m
        assert kind != "dates" or m["event"] is None or m["event"] in events, m
        assert kind != "quotes" or all(u in utterances for u in m["utterance"]), m
for doc, lines in furniture.items():
    for l in lines: assert l in texts[doc], (doc, l)
def reorder(m, keys): return {k: m[k] for k in keys}
gold = {
 "cluster": "brannock_recall_results_2026_10",
 "meta": {
  "event": "FICTIONAL: Brannock Motors' Q3 2026 results (Thu 29 Oct 2026), its 1.25m-vehicle brake-hose recall filed Tue 27 Oct, a record $180m FVSC penalty and about 4,500 job cuts",
  "reference_date": "2026-10-30",
  "docs": {
   "01": {"published": "2026-10-29", "file": "01.txt", "outlet": "Northgate Wire (wire)"},
   "02": {"published": "2026-10-30", "file": "02.txt", "outlet": "The Ledger (financial paper)"},
   "03": {"published": "2026-10-30", "file": "03.txt", "outlet": "Drivetrain Insider (trade blog)"},
   "04": {"published": "2026-10-29", "file": "04.txt", "outlet": "HBC News (broadcaster web page)"},
   "05": {"published": "2026-10-29", "file": "05.txt", "outlet": "Federal Vehicle Safety Commission press release"},
  }},
 "numbers": [reorder(m, ["id","doc","text","occurrence","value","low","high","kind","unit","qualifier","quantity"]) for m in N],
 "dates": [reorder(m, ["id","doc","text","occurrence","resolved","event"]) for m in DT],
 "quotes": [reorder(m, ["id","doc","text","occurrence","speaker","utterance"]) for m in Q],
 "quantities": quantities, "events": events, "utterances": utterances,
 "aliases": aliases, "furniture": furniture,
}
unused = set(quantities) - {m["quantity"] for m in N}
print("unused quantities", unused)
json.dump(gold, open(D + ".gold.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
open(D + ".gold.json", "a").write("\n")
print(len(N), len(DT), len(Q))
