"""Gold for the virelo_ipo_2026_12 held-out cluster, annotated by hand per
../../../shared/eval/GUIDELINES.md by a helper that never ran the tool on the texts.
Each span is given by its text and a longer context that contains it once; the
occurrence index is computed from the context's position (a raw substring count,
as score.py's locate() does). Money keeps its sign, scale word and currency word
("21 dalens", "840 million dalens", "$640m", "half a billion dollars", as the dravik gold's
"1.2 million florins"); a price given without its currency ("a high of 27.80") is the number
alone. A hyphenated compound keeps its unit ("41-year-old", "one-year"). A multiple stated
with a numeral ("more than 12 times", "13 times covered", "4.3 times last year's revenue")
is a measure in "times", as the meridell gold's "3.1 times"; "a dozen times" likewise. A lock-up
in days and one in years are different quantities (different units, GUIDELINES section 4), so
are the amount raised in dalens, dollars and euros, and the value at the offer price vs at the
close. The raise including the over-allotment ("966 million") is its own quantity, apart from
the base deal's 840 million. Article 05 (a weekly's web page) carries no date of its own:
its `published` is null and its relative dates are resolved to the days they mean (the week
of the listing; "last year" 2025); Marand's "Today" in its quote is the day the article says
trading began (Wednesday), so a member of the trading_start date conflict. A quote's text excludes its marks and the sentence's final
punctuation. Petr Vasko's "the starting gun (for a new season of listings)" is a look-alike of
Marand's words by another speaker, so its own utterance."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldlib  # noqa: E402  (the folder above)

C = "virelo_ipo_2026_12"
g = goldlib.Gold(C)
n, d, q = g.n, g.d, g.q
M, B = 1e6, 1e9
NB = "\u00a0"

MAR, FELD, SERK, VAS = "Ilse Marand", "Jonas Feld", "Halina Serk", "Petr Vasko"
EDL = "EDL"  # the Estravan dalen
MON, TUE, WED, THU, FRI = "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"

# ---- 01 wire (Tuesday 8 Dec)
n("01", "28%", "jump 28% in", 28, "percent", "%", "exact", "first_day_rise_pct")
d("01", "Dec 8", "CASTELL, Dec 8", TUE, None)
n("01", "28.3%", "jumped 28.3%", 28.3, "percent", "%", "exact", "first_day_rise_pct")
d("01", "on Tuesday", "trading on Tuesday", TUE, "trading_start")
n("01", "26.95 dalens", "closing at 26.95 dalens", 26.95, "money", EDL, "exact", "first_day_close_price")
n("01", "21 dalens", "offering at 21 dalens", 21, "money", EDL, "exact", "offer_price")
n("01", "25.40 dalens", "opened at 25.40 dalens", 25.40, "money", EDL, "exact", "opening_price")
n("01", "27.80", "a high of 27.80", 27.80, "money", EDL, "exact", "intraday_high")
n("01", "5.4 billion dalens", "about 5.4 billion dalens", 5.4 * B, "money", EDL, "approx", "market_value_close_edl")
n("01", "40 million", "Virelo sold 40 million", 40 * M, "count", "shares", "exact", "shares_sold")
n("01", "840 million dalens", "raising 840 million dalens", 840 * M, "money", EDL, "exact", "raised_edl")
n("01", "$100 million", "about $100 million", 100 * M, "money", "USD", "approx", "raised_usd")
n("01", "25 million", "25 million were new", 25 * M, "count", "shares", "exact", "new_shares")
n("01", "15 million", "15 million were sold", 15 * M, "count", "shares", "exact", "existing_shares_sold")
n("01", "4.2 billion dalens", "valued at 4.2 billion dalens", 4.2 * B, "money", EDL, "exact", "valuation_offer_edl")
n("01", "12 times", "more than 12 times", 12, "measure", "times covered", "lower", "oversubscription_times")
n("01", "18 to 21 dalens", "range of 18 to 21 dalens", None, "money", EDL, "range", "price_range", low=18, high=21)
d("01", "Nov. 23", "on Nov. 23", "2026-11-23", "price_range_set")
q("01", "Today is not the finish line, it is the starting gun", MAR, "marand_starting_gun")
d("01", "Today", "\"Today is not", TUE, "trading_start")
q("01", "We built Virelo for people the banks ignored, and now those people own a piece of it", MAR, "marand_banks_ignored")
n("01", "41", "Marand, 41,", 41, "age", "years", "exact", "marand_age")
n("01", "31%", "hold 31% of", 31, "percent", "%", "exact", "founders_stake_pct")
n("01", "38%", "down from 38%", 38, "percent", "%", "exact", "founders_stake_before_pct")
n("01", "365 days", "for 365 days", 365, "duration", "days", "exact", "founders_lockup_days")
d("01", "in 2017", "Founded in 2017", "2017", "virelo_founded")
n("01", "2.3 million", "has 2.3 million users", 2.3 * M, "count", "users", "exact", "users")
n("01", "1,450", "1,450 employees", 1450, "count", "employees", "exact", "employees")
n("01", "34%", "rose 34% last year", 34, "percent", "%", "exact", "revenue_growth_pct")
d("01", "last year", "34% last year", "2025", None)
n("01", "1.26 billion dalens", "to 1.26 billion dalens", 1.26 * B, "money", EDL, "exact", "revenue_2025_edl")
n("01", "58 million dalens", "narrowed to 58 million dalens", 58 * M, "money", EDL, "exact", "net_loss_2025_edl")
n("01", "112 million dalens", "from 112 million dalens", 112 * M, "money", EDL, "exact", "net_loss_2024_edl")
d("01", "in 2024", "dalens in 2024", "2024", None)
d("01", "since 2019", "in Castell since 2019", "2019", None)
n("01", "a year and a half", "a year and a half after", 1.5, "duration", "years", "exact", "paxen_listing_ago_years")
n("01", "14 dalens", "floated at 14 dalens", 14, "money", EDL, "exact", "paxen_ipo_price")
n("01", "9%", "rose 9% on its debut", 9, "percent", "%", "exact", "paxen_debut_rise_pct")
n("01", "11.20 dalens", "around 11.20 dalens", 11.20, "money", EDL, "approx", "paxen_price_now")
q("01", "A listing is a promise to investors, not a prize for founders", SERK, "serk_promise")
n("01", "12 U.S. cents", "about 12 U.S. cents", 0.12, "money", "USD", "approx", "dalen_in_usd")

# ---- 02 national daily (Wednesday 9 Dec)
n("02", "5.4 billion dalens", "almost 5.4 billion dalens", 5.4 * B, "money", EDL, "approx", "market_value_close_edl")
d("02", "yesterday", "dalens yesterday", TUE, "trading_start")
n("02", "28 per cent", "leapt 28 per cent", 28, "percent", "%", "exact", "first_day_rise_pct")
n("02", "26.95 dalens", "closed at 26.95 dalens", 26.95, "money", EDL, "exact", "first_day_close_price")
n("02", "21 dalens", "offer price of 21 dalens", 21, "money", EDL, "exact", "offer_price")
n("02", "six dalens", "nearly six dalens", 6, "money", EDL, "approx", "first_day_gain_per_share")
n("02", "840 million dalens", "raised 840 million dalens", 840 * M, "money", EDL, "exact", "raised_edl")
n("02", "€92 million", "about €92 million", 92 * M, "money", "EUR", "approx", "raised_eur")
n("02", "40 million", "selling 40 million shares", 40 * M, "count", "shares", "exact", "shares_sold")
n("02", "4.2 billion dalens", "business at 4.2 billion dalens", 4.2 * B, "money", EDL, "exact", "valuation_offer_edl")
n("02", "12 times", "more than 12 times", 12, "measure", "times covered", "lower", "oversubscription_times")
n("02", "20 times", "covered 20 times", 20, "measure", "times covered", "exact", "retail_tranche_times")
d("02", "9am", "opening bell at 9am", TUE, "trading_start")
q("02", "Today isn’t the finish line. It’s the starting gun", MAR, "marand_starting_gun")
d("02", "Today", "“Today isn’t", TUE, "trading_start")
q("02", "We built Virelo for people the banks ignored. Now those people are shareholders too", MAR, "marand_banks_ignored")
q("02", "They left money on the table, but a pop like this is the best advert the Castell market could ask for", FELD, "feld_money_table")
n("02", "three", "Only three companies", 3, "count", "companies", "exact", "castell_listings_2025")
d("02", "in 2025", "in Castell in 2025", "2025", None)
n("02", "112", "now has 112 listed", 112, "count", "companies", "exact", "cse_listed_companies")
n("02", "140", "more than 140", 140, "count", "companies", "lower", "cse_listed_companies_decade_ago")
d("02", "a decade ago", "a decade ago", "2016", None)
q("02", "the starting gun for a new season of listings in Castell", VAS, "vasko_starting_gun")
q("02", "A listing is a promise to investors. It is not a prize for founders", SERK, "serk_promise")
n("02", "a third", "more than a third", 33.3, "percent", "%", "lower", "revenue_growth_pct")
d("02", "last year", "a third last year", "2025", None)
n("02", "1.3 billion dalens", "to 1.3 billion dalens", 1.3 * B, "money", EDL, "exact", "revenue_2025_edl")
n("02", "58 million dalens", "shrank to 58 million dalens", 58 * M, "money", EDL, "exact", "net_loss_2025_edl")
n("02", "9 million dalens", "9 million dalens", 9 * M, "money", EDL, "exact", "h1_2026_profit_edl")
d("02", "this year", "first half of this year", "2026", None)
d("02", "in June last year", "listed in June last year", "2025-06", "paxen_listing")
n("02", "600 million dalens", "raised 600 million dalens", 600 * M, "money", EDL, "exact", "paxen_raised_edl")
n("02", "14 dalens", "at 14 dalens", 14, "money", EDL, "exact", "paxen_ipo_price")
n("02", "20 per cent", "fallen 20 per cent", 20, "percent", "%", "exact", "paxen_fall_since_ipo_pct")
n("02", "41", "Ms Marand, 41,", 41, "age", "years", "exact", "marand_age")
n("02", "31 per cent", "about 31 per cent", 31, "percent", "%", "approx", "founders_stake_pct")

# ---- 03 local paper (09/12/2026, Wednesday 9 Dec)
d("03", "Tuesday", "Tuesday was a day", TUE, "trading_start")
d("03", "9am", "Shortly after 9am", TUE, "trading_start")
n("03", "three", "three streets away", 3, "count", "streets", "exact", "marand_childhood_streets_away")
n("03", "28 per cent", "more than 28 per cent", 28, "percent", "%", "lower", "first_day_rise_pct")
n("03", "1,500", "about 1,500 people", 1500, "count", "people", "approx", "employees")
n("03", "600", "around 600 of them", 600, "count", "people", "approx", "employees_dunmere")
n("03", "four per cent", "holds four per cent", 4, "percent", "%", "exact", "employee_scheme_stake_pct")
q("03", "My mum rang to ask if I’m rich now. I told her I still take the bus", "Maren Joss", "joss_bus")
n("03", "29", "Maren Joss, 29", 29, "age", "years", "exact", "joss_age")
d("03", "six years ago", "six years ago", "2020", "joss_joined")
n("03", "40", "had 40 staff", 40, "count", "staff", "exact", "staff_when_joss_joined")
n("03", "forty million", "sold forty million shares", 40 * M, "count", "shares", "exact", "shares_sold")
n("03", "21 dalens", "at 21 dalens each", 21, "money", EDL, "exact", "offer_price")
q("03", "not the finish line", MAR, "marand_starting_gun")
q("03", "the starting gun", MAR, "marand_starting_gun")
q("03", "We built Virelo for people the banks ignored, and a lot of those people live in this town", MAR, "marand_banks_ignored")
n("03", "180 days", "shares for 180 days", 180, "duration", "days", "exact", "founders_lockup_days")
q("03", "proof you don’t have to move to Castell to build something big", "Ada Brisk", "brisk_proof")
n("03", "3.5 million dalens", "for 3.5 million dalens", 3.5 * M, "money", EDL, "exact", "hq_building_price_edl")
d("03", "in 2021", "dalens in 2021", "2021", "hq_sale")
n("03", "36 per cent", "grew 36 per cent", 36, "percent", "%", "exact", "revenue_growth_pct")
d("03", "last year", "36 per cent last year", "2025", None)
n("03", "200", "another 200 people", 200, "count", "people", "exact", "planned_hires_dunmere")
n("03", "two years", "the next two years", 2, "duration", "years", "exact", "planned_hires_period_years")
d("03", "in May last year", "floated in May last year", "2025-05", "paxen_listing")
n("03", "58", "Ivo Dask, 58", 58, "age", "years", "exact", "dask_age")
q("03", "Good luck to them. I just hope they don’t forget us now they’ve got shareholders to please", "Ivo Dask", "dask_good_luck")

# ---- 04 business outlet (Thursday 10 Dec, 07:30)
n("04", "3.2%", "slipped 3.2%", 3.2, "percent", "%", "exact", "day2_fall_pct")
n("04", f"26.09{NB}dalens", f"to 26.09{NB}dalens", 26.09, "money", EDL, "exact", "day2_close_price")
d("04", "on Wednesday", "dalens on Wednesday, its second", WED, "day2_trading")
d("04", "Tuesday", "after Tuesday's 28.33%", TUE, "trading_start")
n("04", "28.33%", "Tuesday's 28.33% jump", 28.33, "percent", "%", "exact", "first_day_rise_pct")
n("04", f"26.95{NB}dalens", f"session at 26.95{NB}dalens", 26.95, "money", EDL, "exact", "first_day_close_price")
n("04", f"21{NB}dalens", f"IPO price of 21{NB}dalens", 21, "money", EDL, "exact", "offer_price")
d("04", "Tuesday", "At Tuesday's close Virelo", TUE, "trading_start")
n("04", f"5.39{NB}billion dalens", f"worth 5.39{NB}billion dalens", 5.39 * B, "money", EDL, "exact", "market_value_close_edl")
n("04", "$642 million", "($642 million)", 642 * M, "money", "USD", "exact", "market_value_close_usd")
n("04", f"4.2{NB}billion dalens", f"from 4.2{NB}billion dalens", 4.2 * B, "money", EDL, "exact", "valuation_offer_edl")
d("04", "Late on Wednesday", "Late on Wednesday", WED, "greenshoe_exercised")
n("04", f"6{NB}million", f"a further 6{NB}million", 6 * M, "count", "shares", "exact", "overallotment_shares")
n("04", f"966{NB}million dalens", f"total raised to 966{NB}million dalens", 966 * M, "money", EDL, "exact", "raised_incl_overallotment_edl")
n("04", f"840{NB}million dalens", f"from 840{NB}million dalens", 840 * M, "money", EDL, "exact", "raised_edl")
n("04", f"525{NB}million dalens", f"receives 525{NB}million dalens", 525 * M, "money", EDL, "exact", "company_proceeds_edl")
n("04", f"25{NB}million", f"the 25{NB}million new", 25 * M, "count", "shares", "exact", "new_shares")
n("04", "14.5%", "stake to 14.5%", 14.5, "percent", "%", "exact", "norrland_stake_after_pct")
n("04", "19%", "from 19%", 19, "percent", "%", "exact", "norrland_stake_before_pct")
d("04", "Friday, Dec. 4", "on Friday, Dec. 4", "2026-12-04", "books_closed")
n("04", f"18–21{NB}dalens", f"range of 18–21{NB}dalens", None, "money", EDL, "range", "price_range", low=18, high=21)
d("04", "23 November", "set on 23 November", "2026-11-23", "price_range_set")
n("04", "13 times", "13 times covered", 13, "measure", "times covered", "exact", "oversubscription_times")
n("04", "300", "more than 300 institutional", 300, "count", "institutional investors", "lower", "institutional_investors")
d("04", "on Monday evening", "on Monday evening", MON, "pricing")
n("04", "31.4%", "hold 31.4%", 31.4, "percent", "%", "exact", "founders_stake_pct")
n("04", "one-year", "a one-year lock-up", 1, "duration", "years", "exact", "founders_lockup_years")
n("04", f"180{NB}days", f"locked up for 180{NB}days", 180, "duration", "days", "exact", "investor_lockup_days")
d("04", "2025", "- 2025 revenue", "2025", None)
n("04", f"1.26{NB}billion dalens", f"revenue: 1.26{NB}billion dalens", 1.26 * B, "money", EDL, "exact", "revenue_2025_edl")
n("04", "34%", "+34%", 34, "percent", "%", "exact", "revenue_growth_pct")
d("04", "2025", "- 2025 net loss", "2025", None)
n("04", f"58.4{NB}million dalens", f"loss: 58.4{NB}million dalens", 58.4 * M, "money", EDL, "exact", "net_loss_2025_edl")
d("04", "2024", "(2024:", "2024", None)
n("04", f"112.0{NB}million", f"2024: 112.0{NB}million", 112 * M, "money", EDL, "exact", "net_loss_2024_edl")
d("04", "H1 2026", "- H1 2026", "2026", None)
n("04", f"9.1{NB}million dalens", f"profit: 9.1{NB}million dalens", 9.1 * M, "money", EDL, "exact", "h1_2026_profit_edl")
n("04", f"2.3{NB}million", f"Users: 2.3{NB}million", 2.3 * M, "count", "users", "exact", "users")
n("04", "1,450", "staff: 1,450", 1450, "count", "staff", "exact", "employees")
n("04", "20%", "Free float: 20%", 20, "percent", "%", "exact", "free_float_pct")
d("04", "Tuesday", "At Tuesday's close the shares", TUE, "trading_start")
n("04", "4.3 times", "about 4.3 times", 4.3, "measure", "times revenue", "approx", "virelo_price_to_sales")
d("04", "last year", "times last year's revenue", "2025", None)
n("04", "2.1 times", "2.1 times for Paxen", 2.1, "measure", "times revenue", "exact", "paxen_price_to_sales")
d("04", "17 June 2025", "on 17 June 2025", "2025-06-17", "paxen_listing")
n("04", f"14{NB}dalens", f"at 14{NB}dalens", 14, "money", EDL, "exact", "paxen_ipo_price")
n("04", "20%", "fallen 20% since", 20, "percent", "%", "exact", "paxen_fall_since_ipo_pct")
q("04", "Virelo left money on the table, but a pop like this is the best advertisement the market could ask for", FELD, "feld_money_table")
d("04", "20 November", "on 20 November", "2026-11-20", "prospectus_approved")
d("04", "on Tuesday", "statement on Tuesday", TUE, "serk_statement")
q("04", "a promise to investors, not a prize for founders", SERK, "serk_promise")
n("04", "8.40", "traded at 8.40", 8.40, "money", EDL, "exact", "dalens_per_usd")
d("04", "on Wednesday", "per dollar on Wednesday", WED, None)

# ---- 05 foreign weekly (undated web page; reference Friday 11 Dec)
d("05", "on Wednesday", "began trading on Wednesday", WED, "trading_start")
n("05", "30%", "nearly 30%", 30, "percent", "%", "approx", "first_day_rise_pct")
n("05", "$640m", "about $640m", 640 * M, "money", "USD", "approx", "market_value_close_usd")
n("05", "40m", "sold 40m shares", 40 * M, "count", "shares", "exact", "shares_sold")
n("05", "21 dalens", "at 21 dalens apiece", 21, "money", EDL, "exact", "offer_price")
n("05", "$100m", "roughly $100m", 100 * M, "money", "USD", "approx", "raised_usd")
n("05", "half a billion dollars", "half a billion dollars", 500 * M, "money", "USD", "approx", "valuation_offer_usd")
d("05", "in 2017", "began life in 2017", "2017", "virelo_founded")
n("05", "2.3m", "has 2.3m users", 2.3 * M, "count", "users", "exact", "users")
n("05", "9m", "country of 9m", 9 * M, "count", "people", "exact", "estrava_population")
n("05", "a fifth", "nearly a fifth of adults", 20, "percent", "%", "approx", "estrava_unbanked_adults_pct")
n("05", "1,400", "a staff of 1,400", 1400, "count", "staff", "exact", "employees")
d("05", "Last year", "Last year it had", "2025", None)
n("05", "$150m", "revenue of $150m", 150 * M, "money", "USD", "exact", "revenue_2025_usd")
n("05", "$7m", "about $7m", 7 * M, "money", "USD", "approx", "net_loss_2025_usd")
d("05", "the year before", "the year before", "2024", None)
n("05", "a dozen times", "a dozen times", 12, "measure", "times covered", "exact", "oversubscription_times")
q("05", "Virelo left money on the table", FELD, "feld_money_table")
n("05", "$28m", "around $28m", 28 * M, "money", "USD", "approx", "money_left_on_table_usd")
n("05", "41-year-old", "41-year-old boss", 41, "age", "years", "exact", "marand_age")
q("05", "Today is not the finish line; it is the starting gun", MAR, "marand_starting_gun")
d("05", "Today", "“Today is not", WED, "trading_start")
n("05", "30%", "about 30% of the firm", 30, "percent", "%", "approx", "founders_stake_pct")
n("05", "a year", "not sell for a year", 1, "duration", "years", "exact", "founders_lockup_years")
d("05", "last summer", "floated last summer", "2025", "paxen_listing")
n("05", "a fifth", "lost a fifth of their", 20, "percent", "%", "approx", "paxen_fall_since_ipo_pct")
q("05", "a listing is a promise to investors, not a prize for founders", SERK, "serk_promise")
d("05", "this week", "all this week", None, None)
n("05", "three", "Only three firms", 3, "count", "companies", "exact", "castell_listings_2025")
d("05", "last year", "in Castell last year", "2025", None)
n("05", "11", "against 11 in Velsund", 11, "count", "companies", "exact", "velsund_listings_2025")
n("05", "38%", "worth 38% of GDP", 38, "percent", "% of GDP", "exact", "pension_assets_pct_gdp")
q("05", "the starting gun", VAS, "vasko_starting_gun", ctx="Virelo is “the starting gun”")

quantities = {
    "first_day_rise_pct": "the shares' rise on the first day, offer price to close: 28% (01 headline, 02), 28.3% (01), more than 28% (03), 28.33% (04) vs nearly 30% (05) -- conflict by rounding",
    "offer_price": "the IPO price per share: 21 dalens (01, 02, 03, 04, 05)",
    "price_range": "the indicative price range set on 23 Nov: 18 to 21 dalens (01, 04)",
    "first_day_close_price": "the first-day closing price: 26.95 dalens (01, 02, 04)",
    "opening_price": "the first trade / opening price: 25.40 dalens (01)",
    "intraday_high": "the first day's high: 27.80 dalens (01)",
    "first_day_gain_per_share": "the first-day gain on each allotted share: nearly six dalens (02)",
    "day2_fall_pct": "the fall on the second day, Wednesday: 3.2% (04)",
    "day2_close_price": "the close on the second day: 26.09 dalens (04)",
    "shares_sold": "shares sold in the base offer: 40 million (01, 02, 04 none, 05 40m), forty million (03)",
    "new_shares": "new shares issued by the company: 25 million (01, 04)",
    "existing_shares_sold": "existing shares sold by early investors: 15 million (01)",
    "overallotment_shares": "extra shares sold when the over-allotment option was exercised: 6 million (04)",
    "raised_edl": "money raised in the base offer, dalens: 840 million (01, 02, 04)",
    "raised_usd": "the same, dollars: about $100 million (01), roughly $100m (05)",
    "raised_eur": "the same, euros: about €92 million (02)",
    "raised_incl_overallotment_edl": "money raised including the over-allotment: 966 million dalens (04, its own framing)",
    "company_proceeds_edl": "what Virelo itself receives from the new shares: 525 million dalens (04)",
    "valuation_offer_edl": "the company's value at the offer price, dalens: 4.2 billion (01, 02, 04)",
    "valuation_offer_usd": "the same, dollars: half a billion (05)",
    "market_value_close_edl": "the company's market value at the first day's close, dalens: about 5.4 billion (01), almost 5.4 billion (02), 5.39 billion (04)",
    "market_value_close_usd": "the same, dollars: $642 million (04), about $640m (05)",
    "oversubscription_times": "how many times the order book was covered: more than 12 (01, 02), a dozen (05) vs 13 (04) -- conflict",
    "retail_tranche_times": "how many times the retail tranche was covered: 20 (02)",
    "institutional_investors": "institutional investors placing orders: more than 300 (04)",
    "founders_stake_pct": "the two founders' combined stake after the listing: 31% (01), about 31% (02), 31.4% (04), about 30% (05) -- conflict by rounding",
    "founders_stake_before_pct": "the founders' stake before the listing: 38% (01)",
    "founders_lockup_days": "the founders' lock-up in days: 365 (01) vs 180 (03) -- conflict",
    "founders_lockup_years": "the founders' lock-up in years: one (04, 'one-year'; 05, 'a year')",
    "investor_lockup_days": "the lock-up of the other pre-IPO investors: 180 days (04)",
    "norrland_stake_after_pct": "Norrland Capital's stake after selling: 14.5% (04)",
    "norrland_stake_before_pct": "Norrland Capital's stake before: 19% (04)",
    "free_float_pct": "the free float: 20% (04)",
    "employees": "Virelo's employees: 1,450 (01, 04), about 1,500 (03) vs 1,400 (05) -- conflict",
    "employees_dunmere": "Virelo's employees in Dunmere: around 600 (03)",
    "employee_scheme_stake_pct": "the employee share scheme's stake: four per cent (03)",
    "users": "Virelo's users: 2.3 million (01, 04, 05)",
    "revenue_growth_pct": "revenue growth in 2025: 34% (01, 04), more than a third (02) vs 36% (03) -- conflict",
    "revenue_2025_edl": "2025 revenue, dalens: 1.26 billion (01, 04) vs 1.3 billion (02) -- conflict by rounding",
    "revenue_2025_usd": "2025 revenue, dollars: $150m (05)",
    "net_loss_2025_edl": "2025 net loss, dalens: 58 million (01, 02) vs 58.4 million (04) -- conflict by rounding",
    "net_loss_2025_usd": "2025 net loss, dollars: about $7m (05)",
    "net_loss_2024_edl": "2024 net loss, dalens: 112 million (01), 112.0 million (04)",
    "h1_2026_profit_edl": "net profit in the first half of 2026: 9 million dalens (02) vs 9.1 million (04) -- conflict by rounding",
    "virelo_price_to_sales": "Virelo's value at the close as a multiple of last year's revenue: about 4.3 times (04)",
    "paxen_price_to_sales": "Paxen's value as a multiple of revenue: 2.1 times (04)",
    "money_left_on_table_usd": "what the company and early backers would have got more at the closing price: around $28m (05)",
    "marand_age": "Ilse Marand's age: 41 (01, 02, 05)",
    "joss_age": "Maren Joss's age: 29 (03)",
    "dask_age": "Ivo Dask's age: 58 (03)",
    "staff_when_joss_joined": "Virelo's staff when Joss joined six years ago: 40 (03)",
    "marand_childhood_streets_away": "how many streets away from the headquarters Marand grew up: three (03)",
    "hq_building_price_edl": "what the council sold Virelo its headquarters for: 3.5 million dalens (03)",
    "planned_hires_dunmere": "people Virelo will hire in Dunmere: another 200 (03)",
    "planned_hires_period_years": "the period of the planned hiring: two years (03)",
    "paxen_ipo_price": "Paxen's IPO price: 14 dalens (01, 02, 04)",
    "paxen_debut_rise_pct": "Paxen's first-day rise: 9% (01)",
    "paxen_price_now": "Paxen's share price now: around 11.20 dalens (01)",
    "paxen_raised_edl": "money Paxen raised in its IPO: 600 million dalens (02)",
    "paxen_fall_since_ipo_pct": "Paxen's fall since its IPO: 20% (02, 04), a fifth (05)",
    "paxen_listing_ago_years": "how long ago Paxen floated: a year and a half (01)",
    "castell_listings_2025": "companies that listed in Castell in 2025: three (02, 05)",
    "velsund_listings_2025": "companies that listed in Velsund last year: 11 (05)",
    "cse_listed_companies": "companies listed on the Castell exchange now: 112 (02)",
    "cse_listed_companies_decade_ago": "companies listed a decade ago: more than 140 (02)",
    "estrava_population": "Estrava's population: 9m (05)",
    "estrava_unbanked_adults_pct": "adults in Estrava without a bank account: nearly a fifth (05)",
    "pension_assets_pct_gdp": "Estravan pension funds' assets as a share of GDP: 38% (05)",
    "dalens_per_usd": "the dalen's rate on Wednesday: 8.40 per dollar (04)",
    "dalen_in_usd": "the dalen's worth in US money: about 12 cents (01)",
}
events = {
    "trading_start": "Virelo's first day of trading, the opening bell at 9am, Marand's 'Today': Tue 8 Dec (01, 02 'yesterday', 03, 04 'Tuesday's') vs Wed 9 Dec (05, 'on Wednesday' and 'Today' in the quote) -- date conflict",
    "price_range_set": "the price range set: 23 Nov (01, 04)",
    "prospectus_approved": "the Securities and Markets Commission approves the prospectus: 20 Nov (04)",
    "books_closed": "the order book closes: Fri 4 Dec (04)",
    "pricing": "the shares priced: Mon 7 Dec evening (04)",
    "day2_trading": "the second day of trading: Wed 9 Dec (04)",
    "greenshoe_exercised": "the over-allotment option exercised: late Wed 9 Dec (04)",
    "serk_statement": "Serk's statement on the listing: Tue 8 Dec (04)",
    "virelo_founded": "Virelo founded: 2017 (01, 05)",
    "paxen_listing": "rival Paxen's listing: June 2025 (02), 17 June 2025 (04), last summer (05) vs May 2025 (03) -- date conflict",
    "hq_sale": "the council sells Virelo its headquarters: 2021 (03)",
    "joss_joined": "Maren Joss joins Virelo: six years ago, 2020 (03)",
}
utterances = {
    "marand_starting_gun": "Marand: today is not / isn't the finish line, it is / it's the starting gun -- variants (01, 02, 03 two partials, 05)",
    "marand_banks_ignored": "Marand: we built Virelo for people the banks ignored, and now those people own a piece of it / are shareholders too / a lot of those people live in this town -- variants (01, 02, 03)",
    "feld_money_table": "Feld: they / Virelo left money on the table, but a pop like this is the best advert / advertisement the (Castell) market could ask for -- variants (02, 04, 05 partial)",
    "serk_promise": "Serk: a listing is a promise to investors, not a prize for founders / it is not a prize for founders -- variants (01, 02, 04 partial, 05)",
    "vasko_starting_gun": "Vasko, a look-alike of Marand's words: (Virelo's debut is) the starting gun for a new season of listings in Castell / for a wave of listings (02, 05 partial)",
    "joss_bus": "Joss: my mum rang to ask if I'm rich now; I told her I still take the bus (03)",
    "brisk_proof": "Brisk: proof you don't have to move to Castell to build something big (03)",
    "dask_good_luck": "Dask: good luck to them; I just hope they don't forget us ... (03)",
}
aliases = {
    "Virelo Payments": ["Virelo Payments", "Virelo"],
    "Ilse Marand": ["Ilse Marand", "Marand", "Ms Marand"],
    "Tobiah Reck": ["Tobiah Reck"],
    "Jonas Feld": ["Jonas Feld"],
    "Halina Serk": ["Halina Serk"],
    "Petr Vasko": ["Petr Vasko"],
    "Maren Joss": ["Maren Joss"],
    "Ada Brisk": ["Ada Brisk"],
    "Ivo Dask": ["Ivo Dask"],
    "Castell Stock Exchange": ["Castell Stock Exchange", "CSE"],
    "Securities and Markets Commission": ["Securities and Markets Commission"],
    "Harlow Securities": ["Harlow Securities", "Harlow"],
    "Paxen": ["Paxen"],
    "Norrland Capital": ["Norrland Capital"],
    "Estravan dalen": ["dalens", "dalen"],
    "Castell": ["Castell", "CASTELL"],
    "Dunmere": ["Dunmere"],
}
furniture = {
    "01": ["By Sanne Holt, Meridian News Service", "(Reporting by Sanne Holt; Editing by Piet Varga)"],
    "02": ["THE CASTELL OBSERVER", "Business | Wednesday 9 December 2026", "By Ruth Anselm, Business Editor"],
    "03": ["DUNMERE EVENING POST", "09/12/2026", "By Colm Ferris"],
    "04": ["ESTRAVA MARKETS LEDGER", "Thu 10 Dec 2026 · 07:30 CET", "Equities / New issues", "Key numbers:"],
    "05": ["THE NORTHERN REVIEW", "Finance & economics", "Estrava’s stockmarket"],
}
pub = {"01": TUE, "02": WED, "03": WED, "04": THU, "05": None}
outlet = {"01": "Meridian News Service (wire)", "02": "The Castell Observer (national daily)",
          "03": "Dunmere Evening Post (local paper)", "04": "Estrava Markets Ledger (business outlet)",
          "05": "The Northern Review (foreign weekly, web page without a date)"}
g.write(
    event="FICTIONAL: payments app Virelo Payments floats on the Castell Stock Exchange, Tue 8 Dec 2026 (Wednesday in one outlet): priced at 21 dalens, the top of an 18-21 range set on 23 Nov, it closes at 26.95, up 28.3% (28%, 28.33%, nearly 30%); 40 million shares raise 840 million dalens (about $100 million, €92 million; 966 million with the over-allotment), valuing it at 4.2 billion dalens at the offer and 5.39 billion at the close; the book covered more than 12 (13) times; founders keep 31% (31.4%, about 30%) with a lock-up of 365 (180) days; 1,450 (1,500; 1,400) staff; 2025 revenue 1.26 (1.3) billion dalens, up 34% (36%), a loss of 58 (58.4) million; rival Paxen listed in June (May) 2025; quotes by CEO Ilse Marand, analyst Jonas Feld, regulator Halina Serk with wording variants, and a look-alike by the exchange chief",
    reference_date=FRI,
    published=pub,
    outlets=outlet,
    quantities=quantities,
    events=events,
    utterances=utterances,
    aliases=aliases,
    furniture=furniture,
)
