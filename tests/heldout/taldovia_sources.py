# Marked-up sources of the fictional Taldovia earthquake cluster (see make_taldovia.py).
# Everything here is invented: country, towns, people, agencies, outlets, figures.
# Markup: ⟦n:TEXT|value|kind|unit|qualifier|quantity⟧, ⟦d:TEXT|resolved|event⟧,
# ⟦q:TEXT|speaker|utt1,utt2⟧; a line starting with '§ ' is page furniture.

EVENT = ("FICTIONAL: magnitude 6.9 (NSI) / 7.1 (ISN) earthquake in Ulmeda province, northern Taldovia, "
         "at 23:47 local time (21:47 GMT) on Monday 16 November 2026, near the town of Zorvash")
REFERENCE_DATE = "2026-11-19"

OUTLETS = {
    "01": "Continental Wire (wire report, day after)",
    "02": "The Amvera Tribune (national paper, Wednesday edition)",
    "03": "GlobeLine News (foreign broadcaster web page)",
    "04": "Highland Relief Alliance (aid agency press release)",
    "05": "The Ulmeda Courier (regional paper, later-day update)",
}

QUANTITIES = {
    "killed_total": "people killed by the quake (toll as reported at different hours): at least 312 / 417 / more than 450 / at least 430 / 612",
    "killed_toll_tuesday": "the toll the article itself presents as the earlier (Tuesday) figure: 417",
    "killed_zorvash": "dead counted in Zorvash itself (208)",
    "injured": "people injured: more than 1,500 / 2,140 / about 2,000 / 2,300 / more than 3,100",
    "missing": "people missing: dozens / at least 180 / about 150 / about 90",
    "displaced": "people displaced: about 40,000 / tens of thousands / about 55,000 / more than 60,000",
    "magnitude": "magnitude of the main shock (NSI 6.9, ISN 7.1)",
    "depth_km": "depth of the quake in km: 10 / 12",
    "depth_miles": "depth of the quake in miles (six)",
    "epicentre_km": "distance epicentre - Zorvash in km: about 25 / about 20",
    "epicentre_miles": "distance epicentre - Zorvash in miles (12)",
    "zorvash_population": "population of Zorvash: about 85,000 / some 90,000",
    "aftershocks": "aftershocks recorded so far: more than 40 / at least 70 / more than 300",
    "aftershock_magnitude": "magnitude of the strongest aftershock, Tuesday morning: 5.8 / 5.6",
    "buildings_collapsed": "buildings collapsed (more than 1,100)",
    "buildings_inspected": "buildings inspected by engineers (6,800)",
    "buildings_unsafe": "buildings declared unsafe (about 2,400)",
    "old_town_gone_share": "share of Zorvash's old town gone, per the mayor (half)",
    "old_town_damaged_share": "share of buildings in Zorvash's old town damaged (around 70%)",
    "shaking_seconds": "how long the shaking lasted, in seconds (about 40)",
    "pelka_age": "age of survivor Dariusz Pelka",
    "neighbour_children": "children of Pelka's neighbour pulled out alive",
    "neighbour_trapped_hours": "hours the neighbour's children were trapped",
    "ulmeda_km": "distance Zorvash - Ulmeda in km",
    "soldiers_deployed": "soldiers sent by the army",
    "helicopters": "helicopters sent by the army",
    "eu_aid_eur": "EU emergency aid pledged, in euros (1.5 million)",
    "eu_aid_usd": "EU emergency aid, in dollars (1.6 million)",
    "us_aid_usd": "US aid pledged: $2 million / $2.5 million",
    "uk_aid_gbp": "UK aid pledged (1 million pounds)",
    "govt_fund_eur": "money released from the national reserve fund (40 million euros)",
    "govt_fund_extra_eur": "further money released for reconstruction (20 million euros)",
    "killed_1987": "people killed by the 1987 earthquake (about / nearly 1,900)",
    "magnitude_2019": "magnitude of the 2019 quake",
    "homes_damaged_2019": "homes damaged by the 2019 quake",
    "cpa_tents": "tents handed out by the Civil Protection Agency",
    "mourning_days": "days of national mourning (three)",
    "rescuers": "Taldovian rescue workers searching: about 3,500 / more than 4,000",
    "operations": "operations performed at the Ulmeda hospital by Tuesday evening",
    "foreign_team_countries": "countries that sent rescue teams: 11 / 14",
    "survival_window_hours": "the 72-hour window for finding survivors",
    "hra_appeal_usd": "HRA emergency appeal in dollars (4.8 million)",
    "hra_appeal_months": "period the HRA appeal covers (three months)",
    "hra_appeal_funded": "share of the HRA appeal funded",
    "hra_villages": "villages around Zorvash where HRA teams work",
    "uninhabitable_share": "share of houses uninhabitable in the worst-hit villages",
    "hra_tents": "winterised tents dispatched by HRA",
    "hra_blankets": "blankets dispatched by HRA",
    "mobile_clinics": "HRA mobile clinics",
    "clinic_patients": "patients treated by HRA mobile clinics",
    "cargo_tonnes": "tonnes of supplies on the first HRA cargo flight",
    "hygiene_kits": "hygiene kits distributed by HRA",
    "girl_age": "age of the girl pulled alive from the rubble",
    "days_to_rescue": "days between the quake and the girl's rescue",
    "girl_trapped_hours": "hours the girl was trapped",
    "knocking_hours": "how long the girl kept knocking",
}

ALIASES = {
    "Ilona Varsányi": ["Ilona Varsányi", "Ilona Varsanyi", "Ms Varsanyi", "Ilona Varsany",
                       "Prime Minister Ilona Varsanyi", "Prime Minister Ilona Varsányi"],
    "Marek Dobrowen": ["Marek Dobrowen", "Marek Dobrowan", "Dobrowen", "Mr Dobrowen"],
    "Renata Kuslin": ["Renata Kuslin", "Dr Renata Kuslin", "Renate Kuslin", "Dr Kuslin"],
    "Emil Harasz": ["Emil Harasz", "Mayor Emil Harasz", "Mr Harasz"],
    "Sofie Lindqvar": ["Sofie Lindqvar", "Ms Lindqvar"],
    "Civil Protection Agency": ["Civil Protection Agency", "CPA", "the agency"],
    "National Seismological Institute": ["National Seismological Institute", "NSI", "the institute"],
    "Highland Relief Alliance": ["Highland Relief Alliance", "HRA"],
    "Zorvash": ["Zorvash"],
}

DOC01 = """\
Quake kills at least ⟦n:312|312|count|people|lower|killed_total⟧ in Taldovia’s northern highlands
§ By Petra Vancura and Luis Ortega, Continental Wire
ZORVASH, Taldovia (CW) — A powerful earthquake struck Taldovia’s mountainous north ⟦d:late Monday|2026-11-16|quake⟧, killing at least ⟦n:312|312|count|people|lower|killed_total⟧ people and injuring more than ⟦n:1,500|1500|count|people|lower|injured⟧, the Civil Protection Agency said on ⟦d:Tuesday|2026-11-17|null⟧, as rescuers dug through collapsed homes in freezing temperatures.

The magnitude ⟦n:6.9|6.9|measure|magnitude|exact|magnitude⟧ quake hit at ⟦d:11:47 p.m.|2026-11-16|quake⟧ (⟦d:2147 GMT|2026-11-16|quake⟧) at a depth of ⟦n:10|10|measure|km|exact|depth_km⟧ kilometers, with its epicenter about ⟦n:25|25|measure|km|approx|epicentre_km⟧ kilometers northeast of Zorvash, a market town of about ⟦n:85,000|85000|count|people|approx|zorvash_population⟧ people, the National Seismological Institute said. The International Seismic Network measured it at magnitude ⟦n:7.1|7.1|measure|magnitude|exact|magnitude⟧.

“⟦q:The numbers will rise. There are still many people under the rubble|Marek Dobrowen|dobrowen_rubble⟧,” Marek Dobrowen, head of the Civil Protection Agency, told reporters in Zorvash. He said ⟦n:dozens|24..99|count|people|vague|missing⟧ of people were still missing.

More than ⟦n:1,100|1100|count|buildings|lower|buildings_collapsed⟧ buildings collapsed in Zorvash and surrounding villages, many of them old stone houses, he said.

Prime Minister Ilona Varsanyi flew to the region on ⟦d:Tuesday|2026-11-17|pm_visit⟧. “⟦q:This is the darkest night our country has known in a generation|Ilona Varsányi|varsanyi_darkest⟧,” she said at a school that had been turned into a shelter. “⟦q:We will not leave a single family without a roof over its head ⟦d:this winter|null|null⟧|Ilona Varsányi|varsanyi_roof⟧.”

The agency said more than ⟦n:40|40|count|aftershocks|lower|aftershocks⟧ aftershocks had rattled the region, the strongest a magnitude ⟦n:5.8|5.8|measure|magnitude|exact|aftershock_magnitude⟧ tremor on ⟦d:Tuesday morning|2026-11-17|strong_aftershock⟧ that sent rescuers scrambling out of damaged buildings.

In the village of Pellin, Dariusz Pelka, ⟦n:52|52|age|years|exact|pelka_age⟧, said he had been asleep when the shaking began. “⟦q:The house danced like a boat. When it stopped, the kitchen was gone|Dariusz Pelka|pelka_boat⟧,” he said. His neighbour’s ⟦n:two|2|count|children|exact|neighbour_children⟧ children were pulled out alive after ⟦n:nine hours|9|duration|hours|exact|neighbour_trapped_hours⟧.

Landslides blocked the main road between Zorvash and the provincial capital, Ulmeda, ⟦n:140|140|measure|km|exact|ulmeda_km⟧ kilometers to the south, slowing the arrival of heavy equipment. The army said it had sent ⟦n:1,200|1200|count|soldiers|exact|soldiers_deployed⟧ soldiers and ⟦n:six|6|count|helicopters|exact|helicopters⟧ helicopters.

The Civil Protection Agency said it had handed out ⟦n:3,000|3000|count|tents|exact|cpa_tents⟧ tents, but many families spent the night in their cars.

The European Union said it would release ⟦n:€1.5m|1500000|money|EUR|exact|eu_aid_eur⟧ in emergency aid, and neighbouring states offered rescue teams.

Taldovia sits on an active fault line. An earthquake in ⟦d:1987|1987|quake_1987⟧ killed about ⟦n:1,900|1900|count|people|approx|killed_1987⟧ people in the same region, and a magnitude ⟦n:5.4|5.4|measure|magnitude|exact|magnitude_2019⟧ quake in ⟦d:2019|2019|null⟧ damaged ⟦n:hundreds of|100..999|count|homes|vague|homes_damaged_2019⟧ homes.
"""

DOC02 = """\
§ THE AMVERA TRIBUNE
§ National | Wednesday edition
Zorvash toll climbs to ⟦n:417|417|count|people|exact|killed_total⟧ as rescuers race the cold
§ By Katarina Solvej in Zorvash

The number of people killed in ⟦d:Monday night|2026-11-16|quake⟧’s earthquake rose to ⟦n:417|417|count|people|exact|killed_total⟧ ⟦d:last night|2026-11-17|null⟧, the Civil Protection Agency said, with ⟦n:2,140|2140|count|people|exact|injured⟧ injured and at least ⟦n:180|180|count|people|lower|missing⟧ still unaccounted for.

The quake, measured at magnitude ⟦n:6.9|6.9|measure|magnitude|exact|magnitude⟧ by the National Seismological Institute, struck at ⟦d:23:47|2026-11-16|quake⟧ at a depth of ⟦n:12|12|measure|km|exact|depth_km⟧ kilometres. The shaking lasted about ⟦n:40 seconds|40|duration|seconds|approx|shaking_seconds⟧.

“⟦q:It was a shallow quake, and shallow quakes are the most destructive|Renata Kuslin|kuslin_shallow⟧,” said Dr Renata Kuslin, the institute’s director. She said the institute had recorded at least ⟦n:70|70|count|aftershocks|lower|aftershocks⟧ aftershocks, including one of magnitude ⟦n:5.6|5.6|measure|magnitude|exact|aftershock_magnitude⟧ on ⟦d:Tuesday morning|2026-11-17|strong_aftershock⟧.

In Zorvash, where ⟦n:208|208|count|people|exact|killed_zorvash⟧ of the dead were counted, Mayor Emil Harasz walked through the old town ⟦d:yesterday|2026-11-17|null⟧ with rescue teams. “⟦q:⟦n:Half|50|percent|old town|approx|old_town_gone_share⟧ of the old town is gone. We are digging with our hands|Emil Harasz|harasz_half⟧,” he said.

Prime Minister Ilona Varsányi, who visited Zorvash ⟦d:yesterday|2026-11-17|pm_visit⟧, promised that the state would rebuild every home. “⟦q:We will not leave a single family without a roof ⟦d:this winter|null|null⟧|Ilona Varsányi|varsanyi_roof⟧,” she told residents gathered outside the town hall.

The government declared ⟦n:three days|3|duration|days|exact|mourning_days⟧ of national mourning from ⟦d:Wednesday|2026-11-18|mourning_start⟧ and released ⟦n:€40 million|40000000|money|EUR|exact|govt_fund_eur⟧ from the national reserve fund.

“⟦q:The toll will rise. Many people are still under the rubble|Marek Dobrowen|dobrowen_rubble⟧,” said Marek Dobrowan, who heads the agency. About ⟦n:3,500|3500|count|rescue workers|approx|rescuers⟧ rescue workers were searching collapsed buildings through the night, using thermal cameras and sniffer dogs.

The agency estimated that about ⟦n:40,000|40000|count|people|approx|displaced⟧ people had been forced from their homes. Sports halls in Ulmeda and Zorvash have been turned into shelters.

Surgeons at the regional hospital in Ulmeda had performed ⟦n:63|63|count|operations|exact|operations⟧ operations by ⟦d:Tuesday evening|2026-11-17|null⟧, a spokeswoman said.

The United States pledged ⟦n:$2 million|2000000|money|USD|exact|us_aid_usd⟧ in emergency assistance, the foreign ministry said, and the European Union ⟦n:€1.5 million|1500000|money|EUR|exact|eu_aid_eur⟧.

The last deadly earthquake to hit the region, in ⟦d:1987|1987|quake_1987⟧, killed nearly ⟦n:1,900|1900|count|people|approx|killed_1987⟧ people.
§ Read more: How to donate to the quake appeal
"""

DOC03 = """\
§ GlobeLine News
§ World | Europe
Taldovia earthquake: Death toll passes ⟦n:450|450|count|people|lower|killed_total⟧ as hopes fade for those trapped
§ Published 18 November 2026
§ Share this
§ By Jonah Whitcombe, GlobeLine correspondent, Zorvash

More than ⟦n:450|450|count|people|lower|killed_total⟧ people are now known to have died in the earthquake that struck northern Taldovia in the ⟦d:early hours of Tuesday|2026-11-17|quake⟧, officials say.

About ⟦n:2,000|2000|count|people|approx|injured⟧ people were injured, and ⟦n:tens of thousands|20000..99999|count|people|vague|displaced⟧ have been displaced.

The ⟦n:7.1|7.1|measure|magnitude|exact|magnitude⟧-magnitude quake, as measured by the International Seismic Network, was centred about ⟦n:20|20|measure|km|approx|epicentre_km⟧km (⟦n:12|12|measure|miles|approx|epicentre_miles⟧ miles) from the town of Zorvash, home to some ⟦n:90,000|90000|count|people|approx|zorvash_population⟧ people. Taldovia’s own seismological institute gave a lower reading of ⟦n:6.9|6.9|measure|magnitude|exact|magnitude⟧.

It struck at a shallow depth of ⟦n:10|10|measure|km|exact|depth_km⟧km (⟦n:six|6|measure|miles|approx|depth_miles⟧ miles). "⟦q:Shallow earthquakes are the most destructive|Renata Kuslin|kuslin_shallow⟧," said Renate Kuslin of the institute.
§ Advertisement

Rescue teams from ⟦n:11|11|count|countries|exact|foreign_team_countries⟧ countries have joined more than ⟦n:4,000|4000|count|rescue workers|lower|rescuers⟧ Taldovian rescuers in the search. Civil protection chief Marek Dobrowen said "⟦q:many people are still under the rubble|Marek Dobrowen|dobrowen_rubble⟧" and warned that the chances of finding survivors fall sharply after ⟦n:72 hours|72|duration|hours|exact|survival_window_hours⟧.
§ Related: Why Taldovia’s mountains keep shaking

Around ⟦n:70%|70|percent|buildings|approx|old_town_damaged_share⟧ of buildings in Zorvash’s old town were damaged, local officials said.

Prime Minister Ilona Varsany, who toured the area on ⟦d:Tuesday|2026-11-17|pm_visit⟧, pledged that no family would be left "⟦q:without a roof over its head|Ilona Varsányi|varsanyi_roof⟧".

The European Union announced ⟦n:€1.5 million|1500000|money|EUR|exact|eu_aid_eur⟧ (⟦n:$1.6 million|1600000|money|USD|approx|eu_aid_usd⟧) in emergency funding on ⟦d:Wednesday|2026-11-18|eu_pledge⟧. "⟦q:Europe stands with the people of Taldovia|Helga Moravec|moravec_stands⟧," said the EU crisis commissioner, Helga Moravec. The UK has pledged ⟦n:£1m|1000000|money|GBP|exact|uk_aid_gbp⟧ and the United States ⟦n:$2.5 million|2500000|money|USD|exact|us_aid_usd⟧.

Aid agencies say families are "⟦q:sleeping in cars and in the open|aid agencies|lindqvar_cars⟧" as night temperatures fall below freezing.
§ More on this story
§ Taldovia quake: in pictures
§ © GlobeLine 2026
"""

DOC04 = """\
§ HIGHLAND RELIEF ALLIANCE
§ PRESS RELEASE — FOR IMMEDIATE RELEASE
§ Amvera, 18 November 2026
HRA launches ⟦n:$4.8 million|4800000|money|USD|exact|hra_appeal_usd⟧ appeal as Taldovia quake leaves ⟦n:55,000|55000|count|people|approx|displaced⟧ displaced

The Highland Relief Alliance (HRA) ⟦d:today|2026-11-18|hra_appeal⟧ launched an emergency appeal for ⟦n:$4.8 million|4800000|money|USD|exact|hra_appeal_usd⟧ to support families affected by the magnitude ⟦n:6.9|6.9|measure|magnitude|exact|magnitude⟧ earthquake that struck Ulmeda province on ⟦d:16 November|2026-11-16|quake⟧ at ⟦d:23:47|2026-11-16|quake⟧ local time.

According to government figures, at least ⟦n:430|430|count|people|lower|killed_total⟧ people have died and ⟦n:2,300|2300|count|people|exact|injured⟧ have been injured. About ⟦n:150|150|count|people|approx|missing⟧ people remain missing. An estimated ⟦n:55,000|55000|count|people|approx|displaced⟧ people have been displaced, many of them sleeping in cars, tents and public buildings.

HRA teams in Zorvash and ⟦n:12|12|count|villages|exact|hra_villages⟧ surrounding villages report that ⟦n:four in five|80|percent|houses|approx|uninhabitable_share⟧ houses in the worst-hit villages are uninhabitable.

“⟦q:Every hour counts. Families are sleeping in cars and in the open at temperatures below freezing|Sofie Lindqvar|lindqvar_cars⟧,” said Sofie Lindqvar, HRA country director for Taldovia. “⟦q:The first ⟦n:72 hours|72|duration|hours|exact|survival_window_hours⟧ are critical, but so are the next ⟦n:three months|3|duration|months|exact|hra_appeal_months⟧|Sofie Lindqvar|lindqvar_critical⟧.”

HRA response so far:
• ⟦n:5,000|5000|count|tents|exact|hra_tents⟧ winterised tents and ⟦n:12,000|12000|count|blankets|exact|hra_blankets⟧ blankets dispatched from the HRA warehouse in Amvera
• ⟦n:Two|2|count|mobile clinics|exact|mobile_clinics⟧ mobile clinics operating in Zorvash, which have treated ⟦n:640|640|count|patients|exact|clinic_patients⟧ patients
• ⟦n:2,000|2000|count|hygiene kits|exact|hygiene_kits⟧ hygiene kits distributed
• A cargo flight carrying ⟦n:40|40|measure|tonnes|exact|cargo_tonnes⟧ tonnes of supplies is due to land in Ulmeda on ⟦d:Thursday|2026-11-19|hra_flight⟧

HRA welcomes the pledges made by the European Union (⟦n:€1.5 million|1500000|money|EUR|exact|eu_aid_eur⟧), the United Kingdom (⟦n:£1 million|1000000|money|GBP|exact|uk_aid_gbp⟧) and the United States (⟦n:$2 million|2000000|money|USD|exact|us_aid_usd⟧).
§ ENDS
§ Media contact: press@hra.example.org
§ The Highland Relief Alliance is a network of 27 aid organisations working in Taldovia since 1994.
"""

DOC05 = """\
Quake toll rises to ⟦n:612|612|count|people|exact|killed_total⟧; girl, ⟦n:7|7|age|years|exact|girl_age⟧, pulled alive from rubble
§ The Ulmeda Courier | Updated Thursday
§ By Courier staff

The death toll from ⟦d:Monday night|2026-11-16|quake⟧’s earthquake in Ulmeda province has risen to ⟦n:612|612|count|people|exact|killed_total⟧, up from ⟦n:417|417|count|people|exact|killed_toll_tuesday⟧ on ⟦d:Tuesday|2026-11-17|null⟧, the Civil Protection Agency said on ⟦d:Thursday|2026-11-19|null⟧. More than ⟦n:3,100|3100|count|people|lower|injured⟧ people were injured and about ⟦n:90|90|count|people|approx|missing⟧ remain missing.

Rescuers pulled a ⟦n:seven-year-old|7|age|years|exact|girl_age⟧ girl alive from the rubble of an apartment block in Zorvash on ⟦d:Wednesday evening|2026-11-18|girl_rescue⟧, ⟦n:two days|2|duration|days|exact|days_to_rescue⟧ after the quake. She had been trapped for more than ⟦n:40 hours|40|duration|hours|lower|girl_trapped_hours⟧.

“⟦q:We heard her knocking on a pipe. She kept knocking for ⟦n:an hour|1|duration|hours|approx|knocking_hours⟧ while we cut through the concrete|Tomas Brenk|brenk_knocking⟧,” said Tomas Brenk, a rescue team leader.

The National Seismological Institute has recorded more than ⟦n:300|300|count|aftershocks|lower|aftershocks⟧ aftershocks, Dr Kuslin said.

Flags flew at half-mast across Taldovia on ⟦d:Thursday|2026-11-19|mourning_start⟧, the first of ⟦n:three days|3|duration|days|exact|mourning_days⟧ of national mourning. Mayor Emil Harasz said “⟦q:⟦n:half|50|percent|old town|approx|old_town_gone_share⟧ of the old town is simply gone|Emil Harasz|harasz_half⟧”.

Ms Varsanyi, who has called the disaster “⟦q:the darkest night in a generation|Ilona Varsányi|varsanyi_darkest⟧”, said the government would release a further ⟦n:€20 million|20000000|money|EUR|exact|govt_fund_extra_eur⟧ for reconstruction, on top of the ⟦n:€40 million|40000000|money|EUR|exact|govt_fund_eur⟧ released on ⟦d:Tuesday|2026-11-17|govt_fund_release⟧.

More than ⟦n:60,000|60000|count|people|lower|displaced⟧ people are now living in tents, sports halls or with relatives, according to the agency. Rescue teams from ⟦n:14|14|count|countries|exact|foreign_team_countries⟧ countries are taking part in the search.

The European Union, which pledged ⟦n:1.5 million euros|1500000|money|EUR|exact|eu_aid_eur⟧ on ⟦d:Tuesday|2026-11-17|eu_pledge⟧, said it would send a team of engineers. Engineers have so far inspected ⟦n:6,800|6800|count|buildings|exact|buildings_inspected⟧ buildings, of which about ⟦n:2,400|2400|count|buildings|approx|buildings_unsafe⟧ were declared unsafe.

The first cargo flight of the Highland Relief Alliance landed in Ulmeda ⟦d:this morning|2026-11-19|hra_flight⟧ with ⟦n:40|40|measure|tonnes|exact|cargo_tonnes⟧ tonnes of tents and blankets. The alliance’s ⟦n:$4.8m|4800000|money|USD|exact|hra_appeal_usd⟧ appeal, launched on ⟦d:Wednesday|2026-11-18|hra_appeal⟧, is ⟦n:35%|35|percent|appeal|exact|hra_appeal_funded⟧ funded.

The road between Zorvash and Ulmeda reopened on ⟦d:Wednesday|2026-11-18|road_reopened⟧. Schools in the province will stay closed until at least ⟦d:November 30|2026-11-30|schools_reopen⟧.
"""

DOCS = [("01", "2026-11-17", DOC01), ("02", "2026-11-18", DOC02), ("03", "2026-11-18", DOC03),
        ("04", "2026-11-18", DOC04), ("05", "2026-11-19", DOC05)]
