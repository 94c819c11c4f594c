# Marked-up sources of the fictional Velmora election cluster (see make_velmora.py).
# Everything here is invented: country, people, parties, outlets, figures.

QUANTITIES = {
    "kes_share_r1": "Kestrov's share of the first-round presidential vote (preliminary final count)",
    "kes_share_62": "Kestrov's share with 62% counted (earlier live figure, superseded on the page)",
    "kes_share_exit": "Kestrov's share in the exit poll (range)",
    "ily_share_r1": "Ilyenko's share of the first-round presidential vote",
    "osk_share_r1": "Oskol's share of the first-round presidential vote",
    "margin_pts": "Kestrov's lead over Ilyenko in percentage points",
    "win_threshold": "share of the vote needed to win in the first round",
    "other_candidates": "number of other candidates besides the top three",
    "candidates_total": "number of presidential candidates on the ballot",
    "turnout_2026": "turnout in the 2026 election",
    "turnout_2021": "turnout in the previous (2021) election",
    "total_ballots": "ballots cast in the 2026 presidential vote",
    "registered_voters": "registered voters",
    "kes_votes": "votes for Kestrov in the first round",
    "ily_votes": "votes for Ilyenko in the first round",
    "population": "Velmora's population",
    "kes_age": "Kestrov's age",
    "ily_age": "Ilyenko's age",
    "kes_years_in_power": "years Kestrov has governed",
    "assembly_size": "seats in the National Assembly",
    "majority_seats": "seats needed for a majority",
    "nup_seats": "seats won by the National Unity Party",
    "nup_seats_exit": "exit-poll projection of NUP seats (range)",
    "nup_seats_2021": "NUP seats won in 2021",
    "nup_seat_loss": "seats NUP lost compared with 2021",
    "fv_seats": "seats won by Forward Velmora",
    "al_seats": "seats won by the Agrarian League",
    "other_seats": "seats won by smaller parties and independents",
    "seats_short": "seats NUP is short of a majority",
    "nup_list_share": "NUP share of the party-list vote",
    "fv_list_share": "Forward Velmora share of the party-list vote",
    "al_list_share": "Agrarian League share of the party-list vote",
    "list_threshold": "party-list threshold for entering parliament",
    "counted_01": "share of ballots counted (wire, early Monday)",
    "counted_02": "share of protocols processed by 6am (Herald)",
    "counted_04_late": "share of ballots counted at 23:52 (live page)",
    "counted_04_early": "share of ballots counted at 21:30 (live page)",
    "polling_stations": "number of polling stations",
    "observers": "observers in the international mission",
    "complaints": "complaints received by the electoral commission",
    "growth": "annual economic growth under Kestrov",
    "inflation_oct": "inflation in October",
    "pension_rise": "promised pension rise",
    "homes_pledge": "homes NUP promised to build",
    "runoff_gap": "time until the runoff",
    "dorn_turnout": "turnout in Dorn province",
    "dorn_kes_share": "Kestrov's share in Dorn province",
    "dorn3_margin": "winning margin in the Dorn-3 constituency (votes)",
    "dorn_buses": "buses seen by the Courier's reporter at one polling station",
    "voter_age": "age of the Courier's quoted voter",
    "bridge_cost": "cost of the promised Kessa bridge",
    "bridge_years_waiting": "years Dorn has waited for the bridge",
    "dorn_stations_complaints": "Dorn polling stations named in complaints",
    "ily_years_mayor": "years Ilyenko was mayor of Sarnov",
    "kes_drop_pts": "drop in Kestrov's share since 2020, in points",
    "kes_share_2020": "Kestrov's share in the 2020 presidential election",
    "al_votes_needed": "share of Oskol's voters Ilyenko would need",
    "other_candidates_share": "combined share of the minor candidates",
    "al_gain_districts": "rural districts where the AL gained ground",
    "rural_districts": "number of rural districts",
    "commute_km": "commute distance of Brask voters",
    "al_second_dorn": "Dorn districts where the AL came second",
    "dorn_districts": "districts in Dorn",
    "ily_share_exit": "Ilyenko's share in the exit poll",
    "turnout_6pm": "turnout at 6pm on polling day",
    "turnout_6pm_2021": "turnout at 6pm in 2021",
    "years_since_last": "time since the previous election",
    "runoff_gap_05": "time from the analysis to the runoff",
    "ily_daughters": "Ilyenko's daughters",
    "ily_change_claim": "share of the country Ilyenko says voted for change",
    "complaints_midday": "complaints logged by mid-afternoon on polling day",
    "arrests": "people detained in Sarnov for photographing ballots",
    "queue_wait": "longest queues at Talvik polling stations",
    "talvik_late_stations": "Talvik polling stations that opened late",
    "big_cities": "largest cities",
    "talvik_kes_share": "Kestrov's share in Talvik",
    "growth_2026": "economic growth this year",
    "youth_unemployment": "unemployment among under-25s",
    "kes_volunteers_n": "volunteers who worked for Kestrov's campaign",
    "sarnov_crowd": "size of Ilyenko's crowd in Sarnov",
}

ALIASES = {
    "Aleksandr Kestrov": ["Aleksandr Kestrov", "Alexander Kestrov", "Kestrov", "Mr Kestrov",
                          "Aleksandr Viktorovich Kestrov", "President Kestrov"],
    "Marta Ilyenko": ["Marta Ilyenko", "Marta Ilienko", "Ilyenko", "Ms Ilienko", "Ilienko"],
    "Olga Berezina": ["Olga Berezina", "Olha Berezina", "Berezina"],
    "Dragan Oskol": ["Dragan Oskol", "Oskol", "Mr Oskol"],
    "National Unity Party": ["National Unity Party", "NUP", "the ruling party"],
    "Forward Velmora": ["Forward Velmora", "FV", "Forward Velmora alliance"],
    "Agrarian League": ["Agrarian League", "AL", "the Agrarians"],
    "Central Electoral Commission": ["Central Electoral Commission", "CEC", "the commission", "electoral commission"],
}

DOC01 = """\
Kestrov forced into runoff as Velmora opposition surges
TALVIK, Velmora (CP) — Velmora’s long-serving leader Aleksandr Kestrov fell just short of an outright victory in ⟦d:Sunday|2026-11-29|polling_day⟧’s presidential election and will face opposition challenger Marta Ilyenko in a runoff on ⟦d:Dec. 13|2026-12-13|runoff⟧, according to preliminary results released ⟦d:early Monday|2026-11-30|prelim_results⟧.

With ⟦n:99.6%|99.6|percent|ballots counted|exact|counted_01⟧ of ballots counted, Kestrov, ⟦n:58|58|age|years|exact|kes_age⟧, had ⟦n:47.8%|47.8|percent|vote|exact|kes_share_r1⟧ of the vote, the Central Electoral Commission said. Ilyenko, a ⟦n:44-year-old|44|age|years|exact|ily_age⟧ former mayor of the port city of Sarnov, took ⟦n:31.2%|31.2|percent|vote|exact|ily_share_r1⟧, while Agrarian League leader Dragan Oskol came third with ⟦n:11.4%|11.4|percent|vote|exact|osk_share_r1⟧. ⟦n:Four|4|count|candidates|exact|other_candidates⟧ other candidates shared the rest.

A candidate needs ⟦n:more than half|50|percent|votes cast|lower|win_threshold⟧ of the votes cast to win in the first round.

Kestrov, who has governed the country of ⟦n:9 million|9000000|count|people|approx|population⟧ people since ⟦d:2014|2014|kestrov_takes_power⟧, first as prime minister and then as president, told supporters at his campaign headquarters ⟦d:shortly after 10 p.m.|2026-11-29|kestrov_speech⟧ that the result was a clear mandate.

“⟦q:Velmora has chosen stability, and we will not waste this trust,|Aleksandr Kestrov|kes_stability⟧” he said. “⟦q:The second round will be a formality.|Aleksandr Kestrov|kes_formality⟧”

Ilyenko struck a defiant tone. “⟦q:This race is not over. ⟦n:Half|50|percent|country|approx|ily_change_claim⟧ the country voted for change,|Marta Ilyenko|ily_not_over,ily_half_country⟧” she told cheering supporters in Sarnov ⟦d:late Sunday|2026-11-29|ilyenko_speech⟧.

Turnout was ⟦n:61.4%|61.4|percent|turnout|exact|turnout_2026⟧, up from ⟦n:57.9%|57.9|percent|turnout|exact|turnout_2021⟧ in ⟦d:2021|2021|previous_election⟧, the commission said. About ⟦n:4.4 million|4400000|count|ballots|approx|total_ballots⟧ ballots were cast out of ⟦n:7.2 million|7200000|count|registered voters|exact|registered_voters⟧ registered voters.

In the parliamentary election held ⟦d:the same day|2026-11-29|polling_day⟧, Kestrov’s National Unity Party won ⟦n:71|71|count|seats|exact|nup_seats⟧ of the ⟦n:150|150|count|seats|exact|assembly_size⟧ seats in the National Assembly, ⟦n:five|5|count|seats|exact|seats_short⟧ short of a majority, according to the commission’s seat projection. Ilyenko’s Forward Velmora alliance won ⟦n:52|52|count|seats|exact|fv_seats⟧ seats and the Agrarian League ⟦n:17|17|count|seats|exact|al_seats⟧. Smaller parties and independents took the remaining ⟦n:10|10|count|seats|exact|other_seats⟧.

That leaves the Agrarians, whose rural voters are courted by both camps, as likely kingmakers in the assembly and in the presidential runoff. Oskol said on ⟦d:Monday|2026-11-30|oskol_statement⟧ he would “⟦q:talk to everyone|Dragan Oskol|osk_talk⟧” but gave no indication of which candidate he would back.

International observers said voting had been orderly but that state media coverage had heavily favoured the incumbent. “⟦q:Voting was well organised, but the campaign was not a level playing field,|Jonas Reiter|reiter_level⟧” said Jonas Reiter, who led a mission of ⟦n:340|340|count|observers|exact|observers⟧ observers from the Council of Regional Democracies.

Ilyenko’s campaign alleged that voters had been bused to polling stations in the eastern province of Dorn, a Kestrov stronghold. The commission’s chair, Olga Berezina, said it had received ⟦n:212|212|count|complaints|exact|complaints⟧ complaints and would review each of them before certifying the count.

“⟦q:The vote was conducted calmly and in line with the law,|Olga Berezina|berezina_calm⟧” Berezina said.

Kestrov, a former engineer, built his appeal on steady growth of around ⟦n:3%|3|percent|growth|approx|growth⟧ a year and on large infrastructure projects, but his government has faced protests over corruption and the cost of living, with inflation reaching ⟦n:9.8%|9.8|percent|inflation|exact|inflation_oct⟧ in ⟦d:October|2026-10|inflation_report⟧. Ilyenko, who ran Sarnov for ⟦n:six years|6|duration|years|exact|ily_years_mayor⟧, campaigned on an anti-graft platform and promised to halve the number of ministries.

Analysts said the runoff would hinge on Oskol’s voters, many of them farmers angered by the government’s decision to end fuel subsidies ⟦d:last year|2025|subsidy_cut⟧.

Police said polling day passed peacefully, although ⟦n:two|2|count|people|exact|arrests⟧ people were detained in Sarnov for photographing their ballots, which is illegal in Velmora.

Final results are due by ⟦d:Friday|2026-12-04|final_results⟧.
"""

DOC02 = """\
Kestrov heads for run-off as ruling party loses its majority
§ By Tomas Hradek, Political Editor
§ Subscribe to the Herald’s election newsletter
President Alexander Kestrov will have to fight a second round for the first time in his political career after winning ⟦n:47.8 per cent|47.8|percent|vote|exact|kes_share_r1⟧ of the vote on ⟦d:Sunday|2026-11-29|polling_day⟧, results published on ⟦d:Monday morning|2026-11-30|prelim_results⟧ showed.

Mr Kestrov finished almost ⟦n:17 percentage points|17|percent|percentage points|approx|margin_pts⟧ ahead of Marta Ilienko of Forward Velmora (FV), who took ⟦n:31.2 per cent|31.2|percent|vote|exact|ily_share_r1⟧, but short of the ⟦n:50 per cent|50|percent|vote|exact|win_threshold⟧ needed to avoid a run-off. The two will meet again on ⟦d:13 December|2026-12-13|runoff⟧.

The count was slower than at previous elections. The Central Electoral Commission (CEC) published its first figures ⟦d:shortly after midnight|2026-11-30|first_figures⟧ and by ⟦d:6am|2026-11-30|prelim_results⟧ had processed more than ⟦n:99 per cent|99|percent|protocols processed|lower|counted_02⟧ of protocols from the country’s ⟦n:5,812|5812|count|polling stations|exact|polling_stations⟧ polling stations. Turnout stood at ⟦n:61.4 per cent|61.4|percent|turnout|exact|turnout_2026⟧ — the highest since ⟦d:2009|2009|null⟧.

According to the CEC, Mr Kestrov received ⟦n:2,118,400|2118400|count|votes|exact|kes_votes⟧ votes and Ms Ilienko ⟦n:1,382,900|1382900|count|votes|exact|ily_votes⟧. Agrarian League (AL) leader Dragan Oskol was third on ⟦n:11.4 per cent|11.4|percent|vote|exact|osk_share_r1⟧, ahead of ⟦n:four|4|count|candidates|exact|other_candidates⟧ minor candidates who together polled less than ⟦n:10 per cent|10|percent|vote|upper|other_candidates_share⟧.

In the parliamentary vote, Mr Kestrov’s National Unity Party (NUP) took ⟦n:38.9 per cent|38.9|percent|list vote|exact|nup_list_share⟧ of the list vote and ⟦n:71 seats|71|count|seats|exact|nup_seats⟧, leaving it ⟦n:five seats|5|count|seats|exact|seats_short⟧ short of the ⟦n:76|76|count|seats|exact|majority_seats⟧ it needs to govern alone. FV won ⟦n:29.5 per cent|29.5|percent|list vote|exact|fv_list_share⟧ and ⟦n:52 seats|52|count|seats|exact|fv_seats⟧. The AL crossed the ⟦n:5 per cent|5|percent|list vote|exact|list_threshold⟧ threshold comfortably with ⟦n:10.8 per cent|10.8|percent|list vote|exact|al_list_share⟧ and ⟦n:17 seats|17|count|seats|exact|al_seats⟧.

Speaking to supporters at the NUP’s headquarters on ⟦d:Sunday night|2026-11-29|kestrov_speech⟧, Mr Kestrov said: “⟦q:Velmora has chosen stability. We will not waste that trust.|Aleksandr Kestrov|kes_stability⟧”

He added that the run-off would be “⟦q:a formality|Aleksandr Kestrov|kes_formality⟧”, a remark that drew jeers from opposition supporters gathered outside the party building on Republic Square.

Ms Ilienko, addressing a rally in Sarnov, said the result showed the government’s weakness. “⟦q:This race is far from over,|Marta Ilyenko|ily_not_over⟧” she said. “⟦q:⟦n:Half|50|percent|country|approx|ily_change_claim⟧ of this country voted for change, and in ⟦n:two weeks|2|duration|weeks|exact|runoff_gap⟧ the other half will listen.|Marta Ilyenko|ily_half_country⟧”

She also described the contest as a “⟦q:managed election|Marta Ilyenko|ily_managed⟧” and said FV lawyers were collecting evidence of irregularities.

The CEC chair, Olha Berezina, told reporters on ⟦d:Monday|2026-11-30|berezina_briefing⟧ that ⟦n:212|212|count|complaints|exact|complaints⟧ complaints had been received, “⟦q:none of which, so far, would change the outcome|Olga Berezina|berezina_none_change⟧”.

Mr Oskol, whose party holds the balance of power in both contests, was non-committal. Asked whom he would endorse, he said he would “⟦q:talk to everyone|Dragan Oskol|osk_talk⟧” before the AL’s national council meets ⟦d:next week|null|al_council⟧.

The NUP fought the campaign on promises to raise pensions by ⟦n:15 per cent|15|percent|pensions|exact|pension_rise⟧ and to build ⟦n:40,000|40000|count|homes|exact|homes_pledge⟧ homes by ⟦d:2030|2030|null⟧. FV promised a special prosecutor for corruption and a freeze on utility prices.

Mr Kestrov’s share fell in all ⟦n:five|5|count|cities|exact|big_cities⟧ of the largest cities, including the capital, Talvik, where he took only ⟦n:39 per cent|39|percent|vote|exact|talvik_kes_share⟧ — a warning, party strategists concede, for the second round.

The result is the weakest for the NUP since it first came to power ⟦n:12 years|12|duration|years|exact|kes_years_in_power⟧ ago. In ⟦d:2021|2021|previous_election⟧ it won ⟦n:85 seats|85|count|seats|exact|nup_seats_2021⟧ on its own.

Several ministers privately blamed the fuel subsidy row for the losses in the countryside, where the AL gained ground in ⟦n:nine|9|count|districts|exact|al_gain_districts⟧ of the ⟦n:14|14|count|districts|exact|rural_districts⟧ rural districts.

§ Read the Herald’s full results tables on page 6
"""

DOC03 = """\
§ DORN VALLEY COURIER
§ Home › News › Election 2026
Dorn delivers for Kestrov, but bus claims cloud victory
§ By Lena Vasko
Dorn once again proved the most loyal province for President Aleksandr Kestrov, giving him nearly ⟦n:two-thirds|66.7|percent|vote|approx|dorn_kes_share⟧ of its vote in ⟦d:Sunday|2026-11-29|polling_day⟧’s election — but opposition claims that voters were bused to polling stations have put the province at the centre of a national row.

According to figures released by the Central Electoral Commission on ⟦d:Sunday night|2026-11-29|prelim_results⟧, Mr Kestrov won ⟦n:63.1%|63.1|percent|vote|exact|dorn_kes_share⟧ in Dorn, where turnout reached ⟦n:68.2%|68.2|percent|turnout|exact|dorn_turnout⟧, well above the national figure of ⟦n:61.4%|61.4|percent|turnout|exact|turnout_2026⟧.

Nationally, the president polled ⟦n:47.6%|47.6|percent|vote|exact|kes_share_r1⟧, short of the majority needed to win outright, and he will face Marta Ilyenko of Forward Velmora in a second round on ⟦d:December 13|2026-12-13|runoff⟧.

His National Unity Party also fell short in the parliamentary race. It won ⟦n:72|72|count|seats|exact|nup_seats⟧ seats in the ⟦n:150-member|150|count|seats|exact|assembly_size⟧ National Assembly, ⟦n:four|4|count|seats|exact|seats_short⟧ short of a majority, the Courier has calculated from the commission’s constituency results.

In Dorn-3, which covers the valley towns of Brask and Ilova, the NUP’s Ivo Stanek held his seat by just ⟦n:1,204|1204|count|votes|exact|dorn3_margin⟧ votes, the narrowest result in the province.

The bus allegations

Ms Ilyenko, speaking in Sarnov, said her observers had documented organised transport of voters in at least ⟦n:11|11|count|polling stations|lower|dorn_stations_complaints⟧ Dorn polling stations. “⟦q:We saw buses of voters brought to polling stations in Dorn,|Marta Ilyenko|ily_buses⟧” she said, adding that the practice was “⟦q:not a crime when it is done honestly, and a crime when it is paid for|Marta Ilyenko|ily_crime⟧”.

A Courier reporter at the polling station in Brask’s School No. 4 saw ⟦n:three|3|count|buses|exact|dorn_buses⟧ buses arrive between ⟦d:9am|2026-11-29|null⟧ and ⟦d:11am|2026-11-29|null⟧. Passengers told the Courier that they were employees of the Kessa sugar plant and had been offered a lift by the company.

The plant’s management did not respond to requests for comment on ⟦d:Monday|2026-11-30|null⟧.

The provincial election committee said it had received no formal complaint from Dorn. The national commission’s chair, Olga Berezina, has said that all ⟦n:212|212|count|complaints|exact|complaints⟧ complaints lodged nationally would be reviewed.

Mr Kestrov, who visited Dorn twice during the campaign, dismissed the claims when he spoke to supporters in Talvik ⟦d:just before 11pm|2026-11-29|kestrov_speech⟧ on ⟦d:election night|2026-11-29|kestrov_speech⟧. He said the runoff would be “⟦q:a formality|Aleksandr Kestrov|kes_formality⟧” and thanked “⟦q:the people of Dorn, who never let us down|Aleksandr Kestrov|kes_dorn_thanks⟧”.

Voters in the valley

For many voters here the election was about one promise: the bridge over the Kessa river at Ilova, first pledged by the government in ⟦d:2019|2019|bridge_pledge⟧ and estimated to cost ⟦n:€48 million|48000000|money|EUR|approx|bridge_cost⟧.

“⟦q:I voted for the bridge they promised us. We have waited ⟦n:seven years|7|duration|years|exact|bridge_years_waiting⟧, we can wait ⟦n:two more weeks|2|duration|weeks|exact|runoff_gap⟧,|Vesna Dalić|dalic_bridge⟧” said Vesna Dalić, ⟦n:67|67|age|years|exact|voter_age⟧, a retired teacher from Ilova.

Others were less patient. Younger voters in Brask, many of whom commute ⟦n:40 km|40|measure|km|approx|commute_km⟧ to jobs in the provincial capital, backed Ms Ilyenko in larger numbers than in any previous election.

International observers said on ⟦d:Monday|2026-11-30|observer_statement⟧ that voting across the country had been well organised but that the campaign had been uneven. The mission, led by Jonas Reiter, did not name Dorn in its preliminary statement.

The Agrarian League’s Dragan Oskol, whose party came second in ⟦n:three|3|count|districts|exact|al_second_dorn⟧ of Dorn’s ⟦n:eight|8|count|districts|exact|dorn_districts⟧ districts, has not said whom he will back.

§ Advertisement
§ Read more: How Dorn voted, constituency by constituency
§ © Dorn Valley Courier 2026
"""

DOC04 = """\
§ VTV NEWS
§ LIVE
Velmora election results: Kestrov short of first-round win
§ By Nadia Fenwick and Piotr Lenz, VTV News
§ Updated 23:58 CET
§ Share
⟦d:23:52|2026-11-29|null⟧
With ⟦n:98%|98|percent|ballots counted|exact|counted_04_late⟧ of ballots counted, President Kestrov has ⟦n:47.8%|47.8|percent|vote|exact|kes_share_r1⟧ and Marta Ilyenko ⟦n:31.2%|31.2|percent|vote|exact|ily_share_r1⟧. That is a gap of ⟦n:16.6 points|16.6|percent|percentage points|exact|margin_pts⟧ — comfortable, but not enough. Unless something dramatic happens in the last ballots, there will be a runoff on ⟦d:13\u00a0December|2026-12-13|runoff⟧.

The Central Electoral Commission says turnout at the close of polls was ⟦n:61.2%|61.2|percent|turnout|exact|turnout_2026⟧.

§ Advertisement
⟦d:23:15|2026-11-29|null⟧
Ilyenko: ‘⟦q:This race is not over|Marta Ilyenko|ily_not_over⟧’

Marta Ilyenko has spoken to supporters in Sarnov. Our correspondent there says the crowd is in the ⟦n:thousands|2000..9999|count|people|vague|sarnov_crowd⟧ and in a festive mood.

“⟦q:This race is not over,|Marta Ilyenko|ily_not_over⟧” she said. “⟦q:We are going to the second round, and we are going to win it.|Marta Ilyenko|ily_win_it⟧”

⟦d:22:40|2026-11-29|null⟧
Parliament: ruling party short of majority

The commission’s first seat projection gives the National Unity Party (NUP) ⟦n:71|71|count|seats|exact|nup_seats⟧ of ⟦n:150|150|count|seats|exact|assembly_size⟧ seats. A majority needs ⟦n:76|76|count|seats|exact|majority_seats⟧. Forward Velmora (FV) is on ⟦n:52|52|count|seats|exact|fv_seats⟧ and the Agrarian League ⟦n:17|17|count|seats|exact|al_seats⟧.

§ Read more: Who is Marta Ilyenko, the mayor who took on Kestrov?
⟦d:22:10|2026-11-29|null⟧
Kestrov: ‘⟦q:Velmora has chosen stability|Aleksandr Kestrov|kes_stability⟧’

Aleksandr Kestrov has just addressed supporters at NUP headquarters in Talvik, ⟦d:shortly after 10pm|2026-11-29|kestrov_speech⟧. He did not claim outright victory.

“⟦q:Velmora has chosen stability and we will not waste this trust,|Aleksandr Kestrov|kes_stability⟧” he said, to loud applause. He thanked the security forces and the “⟦q:⟦n:thousands|2000..9999|count|volunteers|vague|kes_volunteers_n⟧ of volunteers|Aleksandr Kestrov|kes_volunteers⟧” who had worked for the campaign.

⟦d:21:30|2026-11-29|null⟧
Early count: Kestrov above ⟦n:50%|50|percent|vote|lower|win_threshold⟧? Not quite

With ⟦n:62%|62|percent|ballots counted|exact|counted_04_early⟧ of ballots counted, the president is on ⟦n:49.1%|49.1|percent|vote|exact|kes_share_62⟧. Our analysts expect that figure to fall as results from the cities, where Ilyenko is strong, come in.

§ Advertisement
⟦d:20:00|2026-11-29|null⟧
Exit poll: runoff likely

Polls have closed. An exit poll by Novak Research for VTV puts Kestrov on ⟦n:46–49%|46..49|percent|vote|range|kes_share_exit⟧ and Ilyenko on about ⟦n:30%|30|percent|vote|approx|ily_share_exit⟧. The poll projects ⟦n:68 to 74|68..74|count|seats|range|nup_seats_exit⟧ seats for the NUP.

Kestrov, ⟦n:58|58|age|years|exact|kes_age⟧, has dominated Velmoran politics since ⟦d:2014|2014|kestrov_takes_power⟧. ⟦n:Seven|7|count|candidates|exact|candidates_total⟧ candidates are on the presidential ballot; a candidate needs ⟦n:more than 50%|50|percent|vote|lower|win_threshold⟧ to win outright.

About ⟦n:7.2\u00a0million|7200000|count|registered voters|approx|registered_voters⟧ people are registered to vote at ⟦n:5,812|5812|count|polling stations|exact|polling_stations⟧ polling stations.

⟦d:19:05|2026-11-29|null⟧
Commission: ‘⟦q:no serious incidents|Olga Berezina|berezina_no_incidents⟧’

Olga Berezina, the commission chair, told a briefing that by ⟦d:mid-afternoon|2026-11-29|null⟧ ⟦n:87|87|count|complaints|exact|complaints_midday⟧ complaints had been logged, most of them about names missing from voter lists. “⟦q:We have had no serious incidents anywhere in the country,|Olga Berezina|berezina_no_incidents⟧” she said.

Police say ⟦n:two|2|count|people|exact|arrests⟧ people have been detained in Sarnov for photographing their ballots.

⟦d:18:00|2026-11-29|null⟧
Turnout climbs

Turnout at ⟦d:6pm|2026-11-29|null⟧ was ⟦n:52.7%|52.7|percent|turnout|exact|turnout_6pm⟧, according to the commission, compared with ⟦n:49.0%|49|percent|turnout|exact|turnout_6pm_2021⟧ at the same time ⟦n:five years|5|duration|years|exact|years_since_last⟧ ago.

⟦d:17:20|2026-11-29|null⟧
Ilyenko casts her vote

Marta Ilyenko, ⟦n:44|44|age|years|exact|ily_age⟧, voted at a primary school in Sarnov with her ⟦n:two|2|count|daughters|exact|ily_daughters⟧ daughters. She told reporters she would “⟦q:respect every vote, including the ones against me|Marta Ilyenko|ily_respect⟧”.

⟦d:16:40|2026-11-29|null⟧
Queues in the capital

Voters in central Talvik reported queues of up to ⟦n:an hour|1|duration|hours|upper|queue_wait⟧, and ⟦n:half a dozen|6|count|polling stations|approx|talvik_late_stations⟧ polling stations opened late because ballot papers arrived after ⟦d:7am|2026-11-29|null⟧, the time voting was due to begin.

§ Share this page
§ Read more: Velmora votes — everything you need to know
§ Advertisement
"""

DOC05 = """\
§ THE MERIDIAN REVIEW › Europe › Analysis
The limits of stability: what Velmora’s vote says about Kestrov’s future
§ Analysis by Hanna Korsgaard
§ 2 December 2026 · 7 min read
For ⟦n:twelve years|12|duration|years|exact|kes_years_in_power⟧ Aleksandr Viktorovich Kestrov has sold Velmorans a simple bargain: steady growth in exchange for a quiet political life. In ⟦d:last week|null|polling_day⟧’s vote, just under ⟦n:half|50|percent|vote|upper|kes_share_r1⟧ of them took the deal.

That is not a defeat. Mr Kestrov’s ⟦n:47.8%|47.8|percent|vote|exact|kes_share_r1⟧ is a score most European leaders would envy, and his lead of more than ⟦n:16 points|16|percent|percentage points|lower|margin_pts⟧ over Marta Ilyenko makes him the clear favourite in the runoff on ⟦d:December 20|2026-12-20|runoff⟧. But it is a fall of ⟦n:nine points|9|percent|percentage points|exact|kes_drop_pts⟧ from the ⟦n:56.8%|56.8|percent|vote|exact|kes_share_2020⟧ he won in ⟦d:2020|2020|prev_presidential⟧, and turnout — ⟦n:61.2%|61.2|percent|turnout|exact|turnout_2026⟧, with more than ⟦n:four million|4000000|count|votes|lower|total_ballots⟧ votes cast — was driven by the cities, where he is weakest.

The arithmetic of the second round

Ms Ilyenko, who won nearly ⟦n:a third|33.3|percent|vote|upper|ily_share_r1⟧ of the vote, needs almost every opposition voter and a large share of those who backed Dragan Oskol’s Agrarian League. By one estimate she would need about ⟦n:four in five|80|percent|Oskol voters|approx|al_votes_needed⟧ of them.

That is a tall order, and the Kestrov camp knows it. The Agrarians are socially conservative and wary of Ms Ilyenko’s urban liberal base. Mr Oskol said only that he would “⟦q:talk to everyone, and sell nothing|Dragan Oskol|osk_talk⟧”.

“⟦q:Kestrov’s ceiling is now visible. He cannot count on the Agrarians the way he could ⟦n:five years|5|duration|years|exact|years_since_last⟧ ago,|Teodor Marinescu|marinescu_ceiling⟧” says Teodor Marinescu, a political scientist at the University of Talvik. “⟦q:But Ilyenko has to win the countryside, and nobody has done that from Sarnov.|Teodor Marinescu|marinescu_countryside⟧”

A parliament without a master

The parliamentary result may matter more. The National Unity Party’s ⟦n:71|71|count|seats|exact|nup_seats⟧ seats leave it dependent on partners for the first time since ⟦d:2014|2014|kestrov_takes_power⟧. It lost ⟦n:14|14|count|seats|exact|nup_seat_loss⟧ seats compared with the last assembly, most of them in rural districts where fuel subsidies were cut ⟦d:last year|2025|subsidy_cut⟧.

Mr Kestrov has so far refused to say whether he would offer the Agrarians ministries. On ⟦d:election night|2026-11-29|kestrov_speech⟧ he told supporters that “⟦q:Velmora has chosen stability|Aleksandr Kestrov|kes_stability⟧”; his problem is that a coalition with the Agrarians would bring exactly the instability voters were promised they would avoid.

Ms Ilyenko’s campaign has tried to keep attention on the conduct of the vote. Her claim that “⟦q:we saw buses of voters being brought to polling stations|Marta Ilyenko|ily_buses⟧” in Dorn has not been substantiated by the international observers, whose preliminary report on ⟦d:Monday|2026-11-30|observer_statement⟧ spoke of an uneven campaign but an orderly vote.

The economy will not help him. Growth slowed to ⟦n:1.9%|1.9|percent|growth|exact|growth_2026⟧ ⟦d:this year|2026|null⟧, and unemployment among under-25s is close to ⟦n:18%|18|percent|unemployment|approx|youth_unemployment⟧ — the voters who queued longest in Talvik, and who turned out for Ms Ilyenko in numbers that surprised even her own campaign.

The commission is expected to publish final results on ⟦d:Friday|2026-12-04|final_results⟧. Few in Talvik expect surprises. Whatever they show, the next ⟦n:two and a half weeks|2.5|duration|weeks|exact|runoff_gap_05⟧ will test whether Mr Kestrov’s bargain still holds — and whether Ms Ilyenko can turn a protest vote into a majority.

§ More from Analysis
§ Subscribe for $1 a week
"""

DOCS = [("01", "2026-11-30", DOC01), ("02", "2026-11-30", DOC02), ("03", "2026-12-01", DOC03),
        ("04", "2026-11-29", DOC04), ("05", "2026-12-02", DOC05)]
