#!/usr/bin/env python3
"""Which states have holders of each office in the built-in people files.

Usage: scripts/actors/coverage.py [--missing] [--overlaps] [--gaps [CODE ...]] [--open-since DATE [CODE ...]]
(run from the repository root)

Counts person-terms and, for the offices the issue names (heads of state and government,
foreign, defence and interior ministers), the sovereign states with at least one holder.
States are the UN members and observers among countries.tsv's codes (plus Kosovo and Taiwan).
--overlaps lists people named in more than one hand-written file: the loader keeps only the rows
of the last file naming a person (names compared as the loader's phrase keys, roughly), so rows
of the earlier files are lost unless restated.
--gaps lists, per state and office (head of state; head of government where the state has a prime
minister or chancellor; foreign, defence and interior minister where the state has some holder),
the date ranges from 1990-01-01 to today that no term covers, holes shorter than MIN_GAP_DAYS
(caretakers, days between a resignation and a swearing-in) left out, then counts. Rows are taken
as the loader takes them: a person's rows from the last file naming that person. Codes after
--gaps restrict the listing (the counts are always given for all states).
--open-since DATE lists the terms of those offices with no end that started before DATE (a term
with no end says its holder holds the office today: an old one is the first to check after an
election or a reshuffle), oldest first, with the file each comes from; codes after it restrict
the listing.
"""
import calendar
import collections
import datetime
import sys
import unicodedata

# In load order (crates/actors/src/dict.rs BUILTIN): a later file replaces a person's earlier rows.
FILES = [
    "people_phoenix.tsv",
    "people_offices_west.tsv",
    "people_offices_rest.tsv",
    "people_offices_interior.tsv",
    "people_offices_defence.tsv",
    "people_offices_history.tsv",
    "people_fill_africa.tsv",
    "people_fill_europe.tsv",
    "people_fill_asia_americas.tsv",
    "people_fill_oceania.tsv",
    "people_fill_americas.tsv",
    "people.tsv",
    "people_igo.tsv",
]
# "head" is any head of state or government: a president, prime minister, monarch, chancellor…
HEADS = {
    "president", "prime_minister", "king", "queen", "emperor", "emir", "sultan", "grand_duke", "prince",
    "head_of_state", "chancellor", "supreme_leader", "pope",
}
OFFICES = ["head", "foreign_minister", "defence_minister", "interior_minister"]
# --gaps groups: who heads the state, who heads the government (a president of a presidential
# state heads both, so head_of_government is checked only where a prime minister or chancellor exists).
# Every monarch's office key in the people files counts (`grand_duke` of Luxembourg, `prince` of
# Monaco and Liechtenstein), and `head_of_state` for titles without a key of their own (North
# Korea's SPA Presidium chairman).
HEAD_OF_STATE = {
    "president", "king", "queen", "emperor", "emir", "sultan", "grand_duke", "prince", "head_of_state",
    "supreme_leader", "pope",
}
# Bangladesh's caretaker governments are headed by a Chief Adviser.
HEAD_OF_GOV = {"prime_minister", "chancellor", "chief_adviser"}
GAP_OFFICES = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister"]
# Shorter holes are caretakers or the days between a resignation and a swearing-in.
MIN_GAP_DAYS = 60
START = datetime.date(1990, 1, 1)
# Commonwealth realms: the head of state is the British monarch (coded GBR), so no hole of their own.
REALMS = set("AUS NZL CAN PNG JAM BHS BLZ ATG KNA LCA VCT GRD SLB TUV".split())
# States founded (or, for Palestine, self-governing) after 1990-01-01: holes start at that date.
FOUNDED = {
    "RUS": "1991-12-26", "UKR": "1991-08-24", "BLR": "1991-08-25", "MDA": "1991-08-27", "EST": "1991-08-20",
    "LVA": "1991-08-21", "LTU": "1990-03-11", "GEO": "1991-04-09", "ARM": "1991-09-21", "AZE": "1991-10-18",
    "KAZ": "1991-12-16", "KGZ": "1991-08-31", "TJK": "1991-09-09", "TKM": "1991-10-27", "UZB": "1991-09-01",
    "HRV": "1991-06-25", "SVN": "1991-06-25", "MKD": "1991-09-08", "BIH": "1992-03-03", "CZE": "1993-01-01",
    "SVK": "1993-01-01", "SRB": "2006-06-05", "MNE": "2006-06-03", "KSV": "2008-02-17", "ERI": "1993-05-24",
    "NAM": "1990-03-21", "SSD": "2011-07-09", "TLS": "2002-05-20", "PLW": "1994-10-01", "YEM": "1990-05-22",
    "MHL": "1990-12-22", "FSM": "1990-12-22", "PSE": "1994-05-04",
}
# Periods in which a state had no such office at all (not yet created, abolished, or vacant
# by law: no one to name), so not a hole in the data.
NO_OFFICE = {
    ("TUR", "head_of_government"): [("2018-07-09", None)],  # presidential system since 2018
    ("KEN", "head_of_government"): [("1990-01-01", "2008-04-16"), ("2013-04-10", None)],  # PM 2008-2013 only
    ("PSE", "head_of_government"): [("1994-05-04", "2003-04-29")],  # office created in 2003
    ("MMR", "head_of_government"): [("2011-03-30", "2021-07-31")],  # no PM under the 2008 constitution
    # No PM under the 2004 constitution; the post (second incarnation) was abolished on 13 November 2001, with the
    # Taliban's fall, and revived on 7 September 2021 (enwikipedia.net copy of en.wikipedia "Prime Minister of
    # Afghanistan"; wikimili: abolished after the US invasion; fill-asia14 extended the period back from 2004-01-26).
    # and none between Abdul Sabur Farid (to 15 August 1992) and Gulbuddin Hekmatyar (from 17 June 1993): the list of
    # prime ministers (ms.wikipedia "Perdana Menteri Afghanistan") has no holder between them.
    ("AFG", "head_of_government"): [("1992-08-16", "1993-06-16"), ("2001-11-14", "2021-09-06")],
    ("LBN", "head_of_state"): [("2007-11-24", "2008-05-24"), ("2014-05-25", "2016-10-30"), ("2022-10-31", "2025-01-08")],
    ("BRA", "defence_minister"): [("1990-01-01", "1999-06-09")],  # ministry created in 1999
    # Estonia: the Supreme Council decided to create a Ministry of Defence on 13 April 1992 and its first minister, Ulo
    # Uluots, was appointed on 18 June 1992 (ekspress.delfi.ee chronology of Estonia's defence; fill-current6).
    ("EST", "defence_minister"): [("1991-08-20", "1992-06-17")],
    # Moldova: a Military State Department (1990) until the Ministry of Defence was formed on 5 February 1992 (army.md;
    # en.wikipedia "Ministry of Defense (Moldova)"; fill-current6).
    ("MDA", "defence_minister"): [("1991-08-27", "1992-02-04")],
    ("JPN", "defence_minister"): [("1990-01-01", "2007-01-08")],  # a Defence Agency until 2007
    # Nicaragua: the minister's post was vacant from Ortega's return to power (10 January 2007) until Martha Ruiz Sevilla
    # was named minister in February 2014 (eldiario.es, "cargo que estaba vacante desde que retornó al poder, en 2007");
    # the ministry was run by its secretary general (Ruth Tapia, ministerial rank from 16 May 2007, a row of her own;
    # "Secretaria General del Ministerio de Defensa" at the cadets' graduation of 9 December 2009, psicolog.org) (fill-latam33).
    ("NIC", "defence_minister"): [("2007-01-10", "2007-05-15"), ("2007-06-01", "2014-01-31")],
    # Turkmenistan set up its own Ministry of Defence Affairs in January 1992 (globalsecurity.org "Turkmenistan - Ministry
    # of Defense", dcmpx.remotevs.com copy; the day is not given, so the period ends with 1991; fill-mixed5).
    ("TKM", "defence_minister"): [("1991-10-27", "1991-12-31")],
    # Tajikistan's first defence body, the Defence Committee of the Republic (Muminzhan Mamadjanov; Farukh Niyazov dismissed as
    # its chairman on 7 May 1992), was "founded just weeks after the Soviet Union was officially dissolved" (en.wikipedia
    # "Ministry of Defence (Tajikistan)", en.m.wikipedia and movatter copies); the ministry itself dates from the decree of
    # 4 January 1993. No day is given for the committee, so the period ends with 1991, as Turkmenistan's (fill-eurasia18).
    ("TJK", "defence_minister"): [("1991-09-09", "1991-12-31")],
    # Before the State Committee for Defence Affairs (decree of 13 January 1992, Umetaliev) Kyrgyzstan had no defence body:
    # plans of September 1991 for a national guard were "never realized" (country-data.com, Library of Congress country
    # study, "Development of Military Policy"); globalsecurity.org "kyrgyz-mod.htm" calls the decree of 13 January 1992 the
    # first step towards the armed forces; sagapedia's Ministry of Defense (Kyrgyzstan): formed 13 January 1992 (fill-eurasia18).
    # Kyrgyzstan abolished its Ministry of Defence in the armed-forces reform of 2014 (a State Committee for Defence
    # Affairs and the General Staff instead) and re-created it by Japarov's decree of 1 February 2021 (24.kg English
    # 2021-02-01 "Kyrgyzstan to re-create Ministry of Defense"; apa.az the same day); the start is the day after the last
    # minister's row (Kudayberdiev, year 2014), the end the day before Omuraliev's (fill-asia17).
    ("KGZ", "defence_minister"): [("1991-08-31", "1992-01-12"), ("2015-01-01", "2021-02-03")],
    # Thailand after the coup of 22 May 2014: the junta ended the caretaker cabinet and had the permanent secretary of
    # each ministry perform his minister's duties "until further notice" (NCPO announcements 11 and 16 of 23 May 2014, NNT
    # via pattayamail.com; straitstimes.com 23 May 2014) until Prayut's cabinet (rows from 2014-08-30); foreign affairs has
    # a row instead (Sihasak, whom the Bangkok Post calls foreign minister in that period) (fill-asia18).
    ("THA", "defence_minister"): [("2014-05-23", "2014-08-29")],
    ("THA", "interior_minister"): [("2014-05-23", "2014-08-29")],
    ("CAN", "interior_minister"): [("1990-01-01", "2003-12-11")],  # Public Safety created in 2003
    ("AUS", "interior_minister"): [("1990-01-01", "2017-12-19")],  # Home Affairs created in 2017
    # Nigeria's ministers are sworn in months after each inauguration.
    ("NGA", "foreign_minister"): [("2015-05-29", "2015-11-10"), ("2019-05-29", "2019-08-20"), ("2023-05-29", "2023-08-20")],
    ("NGA", "defence_minister"): [("2015-05-29", "2015-11-10"), ("2019-05-29", "2019-08-20"), ("2023-05-29", "2023-08-20")],
    ("NGA", "interior_minister"): [("2015-05-29", "2015-11-10"), ("2019-05-29", "2019-08-20"), ("2023-05-29", "2023-08-20")],
    # No prime minister (sources in docs/actors.md, "Holes since 1990: fill-africa2").
    # and (fill-africa22) the cabinet dissolved after the coup of 11 April 2019 until Hamdok was named in late August 2019
    # (worddisk.com copy of en.wikipedia "Cabinet of Sudan").
    ("SDN", "head_of_government"): [("1989-06-30", "2017-03-01"), ("2019-04-12", "2019-08-20")],  # abolished after the 1989 coup
    # Burhan's coup of 25 October 2021 dissolved the Council of Ministers and gave the running of the ministries to their
    # directors-general (hattpost.com) until he named 15 acting ministers on 20 January 2022, Ali al-Sadiq at Foreign
    # Affairs (newsofemirates.com 2022-01-20; fill-africa22). Whether Interior was among the 15 is not in the page.
    ("SDN", "foreign_minister"): [("2021-11-01", "2022-01-20")],
    ("SDN", "interior_minister"): [("2021-10-26", "2022-01-20")],
    ("SEN", "head_of_government"): [("1990-01-01", "1991-04-07"), ("2019-05-14", "2022-09-16")],
    ("BFA", "head_of_government"): [("1990-01-01", "1992-06-15")],
    ("MLI", "head_of_government"): [("1990-01-01", "1991-04-01")],
    ("BDI", "head_of_government"): [("1998-06-12", "2020-06-30")],
    ("TCD", "head_of_government"): [("1990-01-01", "1991-03-03"), ("2018-05-05", "2021-04-25")],  # none 1982 - 4 March 1991; 2018 constitution
    # (fill-africa39) Chad's Defence was left unfilled between the dismissal of Mahamat Nour Abdelkerim on Saturday 1 December
    # 2007 (sudantribune.com article25092) and the appointment of Mahamat Ali Abdallah Nassour on Friday 15 February 2008: AFP
    # (tchadactuel.com ?p=1386) says Nour "had not yet been replaced" when Nassour was named.
    ("TCD", "defence_minister"): [("2007-12-02", "2008-02-14")],
    ("ZWE", "head_of_government"): [("1990-01-01", "2009-02-10"), ("2013-08-22", None)],  # executive presidency
    # and (fill-africa25) from Guéï's coup of 24 December 1999 to Seydou Diarra's appointment of 18 May 2000: the post "did not
    # exist in the first transition government" (lorientlejour.com 418186, AFP 20 May 2000).
    ("CIV", "head_of_government"): [("1990-01-01", "1990-11-06"), ("1999-12-25", "2000-05-17")],
    # (fill-africa30) Seydou Diarra's reconciliation government (first Council of Ministers on 13 March 2003) had no Defence
    # or Security minister: the Accra agreement of 8 March 2003 gave those charges to a National Security Council, the two
    # ministers to be chosen "on a consensual basis"; its nominees of 26 March were rejected (universalis.fr, "8-26 mars 2003";
    # afrik.com: 39 of 41 ministries allotted, the CNS to designate the Interior and Defence ministers), and the two were named
    # only in September 2003 (René Amani's and Martin Bléou's rows, rfi.fr).
    ("CIV", "defence_minister"): [("2003-03-13", "2003-08-31")],
    ("CIV", "interior_minister"): [("2003-03-13", "2003-08-31")],
    # a department of the Office of the President to 2000; (fill-mixed7) again from Kibaki's reshuffle of Monday 14 February
    # 2005, which moved Chris Murungaru to Transport and put the defence ministry "directly under the Office of the President"
    # (mg.co.za 2005-02-15, "Kenyan cabinet reshuffle unsatisfactory"), until Njenga Karume became Minister of State for
    # Defence in the cabinet of 14 December 2005 (his row).
    ("KEN", "defence_minister"): [("1990-01-01", "2000-12-31"), ("2005-02-14", "2005-12-13")],
    # (fill-mixed7) Uganda's Internal Affairs was vacant from General Aronda Nyakairima's death on the night of Friday
    # 11 September 2015 (bmtvafrica.blogspot.com 2015-09-11; The Citizen via ugandanewsreleases.com: died aboard a flight from
    # South Korea) until Rose Akol, named in November 2015 "replacing the late General Aronda" (bigeye.ug; eagle.co.ug
    # 2015-11-18 on her appointment), took office (her row, from 25 November 2015). No acting minister is named in the pages.
    ("UGA", "interior_minister"): [("2015-09-12", "2015-11-24")],
    ("ETH", "interior_minister"): [("1991-05-28", "2018-10-15")],  # Federal Affairs, then Peace
    ("TGO", "head_of_government"): [("1990-01-01", "1991-08-27")],  # no prime minister before 1991
    # No prime minister between Kayibanda (1960s) and Nsanzimana, named on 12 October 1991 "the first prime minister
    # after more than thirty years" (de.wiki.li); Niger's post abolished 20 December 1989 - 2 March 1990 (wikimili list,
    # de.wiki.li Aliou Mahamidou); fill-islands7.
    ("RWA", "head_of_government"): [("1990-01-01", "1991-10-11")],
    ("NER", "head_of_government"): [("1989-12-20", "1990-03-01")],
    # Sources in docs/actors.md, "Holes since 1990: fill-africa6".
    # and (fill-africa30) no prime minister from Faustin Birindwa's resignation (his term ends 14 January 1994: en.wikipedia
    # infobox and its copies, "Preceded by Tshisekedi, Succeeded by Kengo") until Kengo wa Dondo, elected by the HCR-PT on
    # 14 June 1994 "five months after" the accord that led to Birindwa's resignation (universalis.fr), took office on 6 July 1994.
    ("COD", "head_of_government"): [("1994-01-15", "1994-07-05"), ("1997-05-17", "2006-12-29")],  # vacant from Mobutu's fall to Gizenga
    ("SOM", "head_of_government"): [("1993-05-01", "2000-10-07")],  # vacant May 1993 - 8 October 2000
    ("SOM", "head_of_state"): [("1997-01-04", "2000-08-26")],  # vacant 3 January 1997 - 27 August 2000 (fill-africa8)
    # Thinni's cabinet approved on 22 September 2014 had no defence minister, the chief of staff running
    # the army, until the GNA's minister of January 2016 (fill-africa10).
    ("LBY", "defence_minister"): [("2014-09-22", "2016-01-04")],
    # Vacant from Abshir Omar Huruse's resignation (December 2023) until Ahmed Moallim Fiqi was named on 7 April
    # 2024 (agenceafrique.com, vietnam.vn from Garowe Online; fill-africa12).
    # and (fill-africa23) no government at all from the Sodere agreement (Ali Mahdi's term ends 3 January 1997, the head of
    # state vacant from the 4th) to Ali Khalif Galaydh's cabinet of 19 October 2000, "the first government since the fall of
    # Siad Barre in 1991" (weltalmanach.de/728); the rival faction cabinets of 1991-1996 are left open (a foreign minister of
    # the mid-1990s is named by beeshadireed.blogspot.com, Abdullahi Sheikh Ismail).
    ("SOM", "foreign_minister"): [("1997-01-04", "2000-10-18"), ("2024-01-01", "2024-04-06")],
    ("SOM", "defence_minister"): [("1997-01-04", "2000-10-18")],
    ("SOM", "interior_minister"): [("1997-01-04", "2000-10-18")],
    ("GAB", "head_of_government"): [("2025-05-05", None)],  # abolished by the constitution of 2024
    # The junta's government of 10 August 2005 had no defence minister, Colonel Vall being expected to act as one,
    # until the elected government of April 2007 (aljazeera.com 2005-08-10; fill-africa17).
    ("MRT", "defence_minister"): [("2005-08-10", "2007-04-27")],
    # Foreign Affairs vacant from Michael Moussa Adamo's death (20 January 2023) to Hermann Immongault's appointment on
    # 27 April 2023, the two ministers delegate sharing the interim (gabonmediatime.com: "poste vacant"; fill-africa17).
    ("GAB", "foreign_minister"): [("2023-01-21", "2023-04-26")],
    # Sources in docs/actors.md, "Holes since 1990: fill-asia8".
    ("BTN", "head_of_government"): [("1990-01-01", "1998-07-19")],  # the King headed the government until 1998
    ("PAK", "head_of_government"): [("1999-10-12", "2002-11-22")],  # no PM: Musharraf was chief executive
    ("BRB", "head_of_state"): [("1990-01-01", "2021-11-29")],  # a Commonwealth realm until it became a republic
    # A Commonwealth realm until the republic of 12 March 1992 (fill-islands6).
    ("MUS", "head_of_state"): [("1990-01-01", "1992-03-11")],
    # Parliament left both posts empty until 24 June 2019 (fill-asia9).
    # The Coalition Provisional Authority held executive power from Saddam's fall to the handover of 28 June 2004
    # (no head of state; the Governing Council's chairman rotated monthly); the Council's first ministers were named on
    # 1 September 2003, without a defence ministry until Ali Allawi was named to head the new one on 4 April 2004
    # (BBC, Al Jazeera, globalsecurity 2003-09-01; AFP 2004-04-04; fill-americas13).
    ("IRQ", "head_of_state"): [("2003-04-10", "2004-06-27")],
    ("IRQ", "head_of_government"): [("2003-04-10", "2004-06-27")],
    ("IRQ", "foreign_minister"): [("2003-04-10", "2003-09-02")],
    ("IRQ", "defence_minister"): [("2003-04-10", "2004-04-03"), ("2018-10-25", "2019-06-23")],
    # Interior also left vacant from Ghabban's resignation (July 2016) to Qasim al-Araji's approval on 30 January 2017
    # (Oman Observer/Reuters, Rudaw 2017-01-30: "positions left vacant last year"; fill-americas13).
    # al-Zaidi's government won confidence on 14 May 2026 with Interior left vacant (Iraqi civic project seed citing Al
    # Jazeera, fill-current7); still to be filled on 18 September 2026, when a Telegram channel dumped into a repository
    # (naya_foriraq post 90843, 27 Shahrivar 1405) asks which of Yasser al-Maliki and Qasim Atta al-Maksousi the Hikma
    # movement will pick as interior minister (fill-current12; one source for the end: see docs/actors.md).
    ("IRQ", "interior_minister"): [("2003-04-10", "2003-08-31"), ("2016-08-01", "2017-01-29"), ("2018-10-25", "2019-06-23"),
                                   ("2026-05-14", "2026-09-18")],
    # Internal Security scrapped in October 2016 (its duties to Justice), revived 2019-11-04; left without a
    # minister from Nyamvumba's removal (2020-04-27) to Gasana (fill-islands4)
    ("RWA", "interior_minister"): [("2016-10-01", "2019-11-03"), ("2020-04-28", "2021-12-09")],
    # no minister since Sebhat Ephrem moved to Mines and Energy (2013 per eritreahub 2019-12; his row ends in
    # 2014), the President commanding the forces (fill-islands5)
    ("ERI", "defence_minister"): [("2015-01-01", None)],
    # left vacant after the resignations of 28 March 2024 (pina 2024-04-04: "will await a future decision";
    # RNZ 2024-10: not formalised) until the Crown Prince was named on 28 January 2025 (Reuters) (fill-islands5)
    ("TON", "defence_minister"): [("2024-03-29", "2025-01-27")],
    # Kocharyan turned the Interior Ministry into the Police of Armenia (no ministerial rank) in December 2002; the
    # ministry was re-established and Vahe Ghazaryan appointed on 9 January 2023 (cryer.org.uk copy of en.wikipedia
    # "Ministry of Internal Affairs (Armenia)", azatutyun.am; fill-europe12)
    ("ARM", "interior_minister"): [("2003-01-01", "2023-01-08")],
    # Monaco's External Relations portfolio was created in 2006; foreign affairs were the Minister of State's before
    # (monaco-hebdo.com, January 2011; fill-europe12)
    ("MCO", "foreign_minister"): [("1990-01-01", "2005-12-31")],
    # Bosnia and Herzegovina had no state-level defence structure from the Dayton agreement (signed 14 December 1995) until
    # Nikola Radovanovic became the first defence minister of the whole country on 15 March 2004, the entities keeping their
    # own armies and defence ministries (hina.hr, 15 March 2004; nato.int interview of October 2004); the state-level
    # Ministry of Security was established in February 2003, law enforcement being the entities' before (OSCE POLIS country
    # profile). The wartime Republic's ministries (1992-1995) stay holes. (fill-eurasia15)
    ("BIH", "defence_minister"): [("1995-12-14", "2004-03-14")],
    ("BIH", "interior_minister"): [("1995-12-14", "2003-01-31")],
    # Before the 1993 constitution the power to represent Andorra internationally lay with the two co-princes, the
    # Govern having no foreign portfolio (Vinas Farre, "Andorran diplomatic practice", docslib.org; guide2womenleaders.com:
    # sovereignty in 1993); the year 1993 itself stays open (fill-eurasia15)
    ("AND", "foreign_minister"): [("1990-01-01", "1992-12-31")],
    # Qatar: after Hamad bin Khalifa became emir (27 June 1995) the country had no defence minister, the emir heading the
    # military himself (worldtribune.com, 3 September 2003: "Qatar does not have a defense minister"), until Tamim's first
    # cabinet named Hamad bin Ali Al Attiyah Minister of State for Defence Affairs (June 2013). The 2003 page is the only
    # dated statement; the period is extended to both ends for the lead to confirm (fill-eurasia15)
    ("QAT", "defence_minister"): [("1995-06-28", "2013-06-25")],
    # Uzbekistan's prime minister in its current form dates from 8 January 1992 (Mutalov), the Vice President being its
    # precursor (cloudfront copy of en.wikipedia "Prime Minister of Uzbekistan": "Formation ... 8 January 1992 (current
    # form)", "Precursor: Vice President of Uzbekistan"); no prime minister from independence to then (fill-eurasia15)
    ("UZB", "head_of_government"): [("1991-09-01", "1992-01-07")],
    # Kosovo had no defence portfolio until Fehmi Mujota was named the first Minister for the Kosovo Security Force
    # on 4 August 2008 (kosovocompromise 2008-08-05, derstandard 2008-08-06; fill-europe12)
    ("KSV", "defence_minister"): [("2008-02-17", "2008-08-03")],
    # Georgia's 1995 constitution abolished the prime minister's post (Patsatsia the last, to October 1995); the post of
    # State Minister was established with Niko Lekishvili on 8 December 1995 (de.wikibrief.org copy of en.wikipedia
    # "Niko Lekishvili": "Position festgelegt"; howlingpixel copy of "Prime Minister of Georgia"; fill-europe14)
    ("GEO", "head_of_government"): [("1995-10-06", "1995-12-07")],
    # Malta had no defence portfolio before March 2013: the defence function (Armed Forces of Malta, Defence Matters
    # Directorate) sat in the Office of the Prime Minister "almost continuously since 1964" until the Ministry for Home
    # Affairs and National Security took it over (homeaffairs.gov.mt, Defence Matters Directorate; OPM Annual Report
    # 2012 via docslib.org, AFM under the Office of the Prime Minister; fill-europe13)
    ("MLT", "defence_minister"): [("1990-01-01", "2013-03-12")],
    # Russia had no defence ministry of its own until Yeltsin's decree of 16 March 1992 created one with himself as acting
    # minister; the armed forces were under the CIS joint command before (nytimes.com and csmonitor.com, 1992-03-17;
    # fill-europe13)
    ("RUS", "defence_minister"): [("1991-12-26", "1992-03-15")],
    # Slovakia's presidency was vacant before Kovac's inauguration (2 March 1993) and from the end of his term (2 March
    # 1998) to Schuster's (15 June 1999), the government exercising the functions (archontology.org, spectator.sme.sk,
    # dersi.stvr.sk, universalis.fr; fill-europe12)
    ("SVK", "head_of_state"): [("1993-01-01", "1993-03-01"), ("1998-03-03", "1999-06-14")],
    ("TON", "foreign_minister"): [("2024-03-29", "2025-01-27")],
    # Ramkalawan's cabinet of 3 November 2020 had thirteen ministers and no defence portfolio, the President and
    # Vice-President "not taking on any ministry" (nation.sc 2020-11-04, Seychelles News Agency 2020-11-03); the
    # President, as Commander in Chief, chaired the Defence Forces Council (nation.sc 2022-10-31; fill-islands8)
    ("SYC", "defence_minister"): [("2020-10-27", "2025-10-25")],
    # No prime minister between Kazi Zafar Ahmed's fall (6 December 1990) and Khaleda Zia's appointment (20 March
    # 1991): "Post abolished (6 December 1990 – 20 March 1991)" in en.wikipedia "List of prime ministers of
    # Bangladesh" (db0nus869y26v.cloudfront.net copy); acting President Shahabuddin Ahmed led the interim government
    # (fill-asiapac2)
    ("BGD", "head_of_government"): [("1990-12-07", "1991-03-19")],
    # Defence and National Security left vacant from Sentje Lebona's resignation (13 September 2018) to the reshuffle
    # that gave it to Tefo Mapesela, the three posts "vacant for more than three months" (lestimes, December 2018;
    # fill-islands8)
    ("LSO", "defence_minister"): [("2018-09-14", "2018-11-30")],
    # post ended 15 September 2009 until Mouamba; none from Sassou Nguesso's return (Kolelas the last, 15 October
    # 1997) to Mvouba in 2005, a post the 2002 constitution did not provide (fill-islands4)
    ("COG", "head_of_government"): [("1997-10-16", "2004-12-31"), ("2009-09-16", "2016-04-22")],
    ("CMR", "head_of_government"): [("1990-01-01", "1991-04-25")],  # abolished 1984, restored 26 April 1991 (fill-africa9)
    # No defence ministry after the army's dissolution: the police forces were under Government and Justice
    # until the Ministry of Public Security took them over in July 2010 (Crítica, 6 April 2010; fill-americas11).
    ("PAN", "defence_minister"): [("1990-01-01", "2010-06-30")],
    # St Kitts and Nevis: the PAM/NRP government abolished the regular Defence Force in 1981 (its arms went to the police;
    # the volunteer reserve was kept but inactive: Library of Congress country study, reference.allrefer.com
    # caribbean-islands190 and photius.com "Saint Kitts and Nevis National Security"); the force was re-established on
    # 1 June 1997 under Denzil Douglas (globalsecurity.org "St. Kitts and Nevis Defence Force"). Kennedy Simmonds, Prime
    # Minister to 1995-07-06, held Foreign Affairs, Home Affairs and Finance (CARICOM communiqués 1990-1995), no defence
    # portfolio. Douglas's National Security rows count as defence from 1995-07-07 (fill-missing2). fill-caribbean6.
    ("KNA", "defence_minister"): [("1990-01-01", "1995-07-06")],
    # No president from Moise's assassination (7 July 2021) to the Transitional Presidential Council sworn in on
    # 25 April 2024, nor after the council handed power to the prime minister on 7 February 2026 (fill-americas11).
    ("HTI", "head_of_state"): [("2021-07-07", "2024-04-24"), ("2026-02-08", None)],
    # No ministry of defence between the army's demobilisation ("around 1995-96", Joazile, haitilibre 2012-08-29) and
    # its reactivation by Martelly in 2012 (Le Nouvelliste via CCN, 2017-07-21); years only (fill-americas13).
    ("HTI", "defence_minister"): [("1996-01-01", "2011-12-31")],
    # No prime minister between Rosny Smarth's departure (his caretaker term ended 20 October 1997) and Jacques-Edouard
    # Alexis (26 March 1999): Préval's nominees Ericq Pierre (rejected 26 August 1997) and Hervé Denis (rejected 23
    # December 1997 and 15 April 1998) were never ratified (haiti-reference, "premiers ministres désignés et non-ratifiés";
    # fill-americas14).
    # and (fill-americas18) after the coup of 20 June 1988 that overthrew Manigat and his prime minister Martial Célestin
    # the post was abolished until René Préval (haititweets.com 2018-07-16 "21 Premiers Ministres en 30 ans"; haiti-reference
    # list of prime ministers: Célestin 12 February - 20 June 1988, then Préval from February 1991).
    ("HTI", "head_of_government"): [("1988-06-20", "1991-02-12"), ("1997-10-21", "1999-03-25")],
    # No ministry of the interior: degraded to a secretariat under the Chief of Cabinet from June 2024 until DNU
    # 658/2025 restored it and Lisandro Catalán was sworn in on 15 September 2025 (Xinhua via elpais.cr, Boletín
    # Oficial reports of that day; fill-americas15).
    ("ARG", "interior_minister"): [("2024-06-01", "2025-09-14")],
    # Sri Lanka's police came under the Ministry of Defence from independence (infogalactic and pinocchiopedia
    # "Ministry of Law and Order"); the UNP put it under a new Interior Ministry after the December 2001 election and
    # Kumaratunga brought it back under Defence in early 2004 (The Island, August 2013), where it stayed, overseen "for
    # the past nine years" (AFP via sangam.org, 23 August 2013), until the Ministry of Law and Order of 26 August 2013
    # (Sunday Observer, 24 August 2013); Wickremanayake's Public Security portfolio of 2004-2005 is a row. Gazetted
    # again under the Defence Ministry held by the President on 9 November 2018 (Asian Mirror; kept by the gazette of
    # December 2018, Sri Lanka Mirror) until Chamal Rajapaksa's State Ministry of Internal Security and Home Affairs (a row
    # from 12 August 2020) and the first Minister of Public Security, 26 November 2020 (fill-asia14).
    ("LKA", "interior_minister"): [("1990-01-01", "2001-12-11"), ("2005-11-20", "2013-08-25"),
                                   ("2018-11-09", "2020-08-11")],
    # China's defence minister: vacant from Li Shangfu's removal by the NPC Standing Committee (24 October 2023) until
    # Dong Jun was appointed on 29 December 2023, "the post made vacant" (wionews.com 2023-12-29), "a vacancy created by
    # the surprise removal" (trt.global 2023-12-29), "ending a months-long vacancy" (srilankaguardian.org 2024-01-02);
    # removal dated by news.az 2023-12-29 (fill-current12).
    ("CHN", "defence_minister"): [("2023-10-25", "2023-12-28")],
    # Vacant after Fall left (30 April 2004) until Diallo (9 December 2004); vacant after Diallo's dismissal
    # (5 April 2006), abolished 29 May 2006, restored in February 2007 (fill-africa9).
    ("GIN", "head_of_government"): [
        ("1990-01-01", "1996-07-09"),  # no prime minister before 1996
        ("2004-05-01", "2004-12-08"),
        ("2006-04-06", "2007-01-31"),
    ],
    # "Post abolished (10 March 1984 - 27 December 1991)": lists of prime ministers of Guinea-Bissau (fill-africa11)
    ("GNB", "head_of_government"): [("1990-01-01", "1991-12-26")],
    # Guinea-Bissau's Ministry of the Interior was vacant from Mutaro Djalo's dismissal on 9 November 2018 until Edmundo Mendes
    # was named on 18 February 2019: "pasta vaga desde Novembro" (rfi.fr/pt 2019-02-19), "a position that has been vacant
    # since November" (apanews.net), "au poste laissé vacant" (quotidiennumerique.com) (contra1).
    ("GNB", "interior_minister"): [("2018-11-10", "2019-02-17")],
    # Saied's decree dismissing Mechichi and the defence minister Bartagi (from 25 July 2021) left the secretaries-general
    # to run the head of government's office and the ministries until a new head of government and new ministers were
    # named (africanmanager.com, webmanagercenter.com 2021-07-26): no head of government until Najla Bouden was designated
    # on 29 September 2021 (mosaiquefm.net), no defence minister until her government of 11 October 2021 (kapitalis.com;
    # fill-africa22).
    ("TUN", "head_of_government"): [("2021-07-26", "2021-09-28")],
    ("TUN", "defence_minister"): [("2021-07-27", "2021-10-10")],
    # Kiir's decree of Friday 3 March 2023 removed the interior minister Mahmoud Solomon and handed the ministry to the
    # SPLM-IO, no successor being decided (english.alarabiya.net, panxmedia 2023-03-04); the post stayed empty until
    # Angelina Teny was named to it on 26 September 2023 (trt.global, her row; fill-africa22).
    ("SSD", "interior_minister"): [("2023-03-04", "2023-09-25")],
    # Remengesau's second presidency began on 17 January 2013 with no Minister of State: in mid-February the Ministry
    # of State was still "without appointments", the President waiting for a nominee's consent (oceaniatv.net
    # 2013-02-18); Billy Kuartei was nominated on 10 July 2013 (oceaniatv.net 2013-07-10, his row from 2013-07;
    # fill-caribbean2).
    ("PLW", "foreign_minister"): [("2013-01-17", "2013-06-30")],
    # Kiribati's President held Foreign Affairs; when a President is removed by a vote of no confidence, the Council of
    # State (chair of the Public Service Commission, Speaker, Chief Justice) "assumes all executive functions until the
    # next presidential election" (en.wikipedia *Tion Otang*, citing sections 35(1) and 49(2) of the Constitution): so
    # from Tito's removal on 28 March 2003 to Anote Tong's election on 10 July 2003 ("Kiribati is now under a caretaker
    # administration comprising of the Speaker of Parliament, the Chief Justice and chairman of the Public Service
    # Commission", RNZ 2003-03-28), and by the same rule from Teannaki's removal (24 May 1994) to Tito's election
    # (1 October 1994; Ata Teaotai's row as the Council's chair); no minister in either period (fill-islands15).
    ("KIR", "foreign_minister"): [("1994-05-25", "1994-09-30"), ("2003-03-29", "2003-07-09")],
    # fill-missing1. Prime ministers: Syria's post was abolished with the transitional government of 29 March 2025, which
    # has a secretary-general instead (wikimili "Syrian transitional government"; surinametimes.com from Euronews/AP).
    ("SYR", "head_of_government"): [("2025-03-29", None)],
    # Angola: "Post abolished (9 December 1978 - 19 July 1991)", "Vacant (29 January 1999 - 6 December 2002)", office
    # abolished by the constitution of 2010 (wikiclassic.com / friendlywiki copies of en.wikipedia "List of prime ministers
    # of Angola"; Kassoma the last, to 4 February 2010).
    ("AGO", "head_of_government"): [("1990-01-01", "1991-07-18"), ("1999-01-30", "2002-12-05"), ("2010-02-05", None)],
    # Benin: the 1990 constitution provides no prime minister; "Post abolished" between the four holders (cryer.org.uk and
    # wikimili copies of en.wikipedia "List of prime ministers of Benin"; acotonou.com from Jeune Afrique, April 2016).
    # Houngbedji resigned on 8 May 1998 and the cabinet of 14 May had none (britannica.com Benin in 1998); Koupaki's government
    # was dissolved on 8 August 2013 and the one of 11 August had none (jeuneafrique.com 169191, news.acotonou.com) (contra1).
    ("BEN", "head_of_government"): [("1990-01-01", "1990-03-11"), ("1991-04-04", "1996-04-08"), ("1998-05-09", "2011-05-27"),
                                    ("2013-08-09", "2015-06-17"), ("2016-04-07", None)],
    # Comoros: "Post abolished" 31 December 1984 - 7 January 1992, "Vacant" 15 July 1992 - 1 January 1993, abolished on
    # 15 April 2002 (wikimili "List of prime ministers of the Comoros").
    # Taki dissolved the government on 29 May 1998 and formed a new one "without a prime minister" the next day; Abbas
    # Djoussouf was named on 22 November 1998 (britannica.com "Comoros in 1998"; wikiland.org fr "Abbas Djoussouf") (africa50).
    # On 9 September 1997 Taki dissolved his government and military cabinet and took full powers (universalis.fr event
    # "3-9 septembre 1997"); Ahmed Abdou's premiership ended that day and Nourdine Bourhane was named on 7 December 1997
    # (britannica.com "Comoros in 1997"). After the coup of 30 April 1999 the transition charter's executive was a State
    # Committee of twelve commissioners under Azali, without a prime minister or coordinator (habarizacomores.com 2023-10,
    # the list of 6 May 1999; Azali had rejected the post: prc.chez.com infos26no99): the month of May 1999 only, since
    # when Bianrifi Tarmidi became the committee's coordinating commissioner (de facto prime minister by October 1999,
    # prc.chez.com infos10oc99) is not dated (gouv1).
    ("COM", "head_of_government"): [("1990-01-01", "1992-01-06"), ("1992-07-16", "1992-12-31"), ("1997-09-10", "1997-12-06"),
                                    ("1998-05-30", "1998-11-21"), ("1999-05-01", "1999-05-31"), ("2002-04-15", None)],
    # Defence ministries that do not exist. States without armed forces, defended by another state or by the Regional
    # Security System: Andorra, Dominica, Grenada, Iceland, Kiribati, Liechtenstein, the Marshall Islands, Micronesia,
    # Monaco, Nauru, Palau, Saint Lucia, Saint Vincent, Samoa, San Marino, the Solomon Islands, Tuvalu and Vanuatu are in
    # the CIA World Factbook's list of nations without armed forces (34.80.245.248 copy of a 2018-04-03 news item;
    # bengio.net "countries that do not maintain an army": defence of the Marshall Islands, Micronesia and Palau by the
    # United States, of Monaco by France, of Nauru by Australia; wikimili "List of sovereign states without armed forces";
    # toptofind.com: Samoa's defence by New Zealand under the 1962 treaty). The police portfolios (national security,
    # police, internal affairs) are interior rows. Taken for "no defence ministry" (fill-missing1; see docs/actors.md).
    **{(s, "defence_minister"): [("1990-01-01", None)] for s in
       "AND DMA GRD ISL KIR LIE MHL FSM MCO NRU PLW LCA VCT WSM SMR SLB TUV VUT".split()},
    # Palestine: "no land army, nor an air force or a navy"; under Oslo II Israel keeps defence against external threats
    # (piglix.com "Palestinian Security Services"; liquisearch: a police force, no military force, under the Oslo Accords).
    ("PSE", "defence_minister"): [("1994-05-04", None)],
    # Guyana: "the Head of Government, since Independence, has been Chairman of the Defence Board and Minister of Defence"
    # (Ministry of the Presidency, guyanachronicle.com and guyanastandard.com 2019-06-03); the president "does not appoint a
    # separate minister of defence" (wikisum "President of Guyana").
    ("GUY", "defence_minister"): [("1990-01-01", None)],
    # Eswatini: the King is commander-in-chief and "the substantive minister of defence", delegating it for parliamentary
    # purposes to the foreign minister (inhlase.com; wikimili "Umbutfo Eswatini Defence Force").
    ("SWZ", "defence_minister"): [("1990-01-01", None)],
    # Bhutan: the King is supreme commander of the Royal Bhutan Army, whose headquarters "ranked at the ministry level and
    # was immediately subordinate to the Council of Ministers" (globalsecurity.org "Royal Bhutan Army"; easychat copy of
    # en.wikipedia "Royal Bhutan Army"): no defence minister.
    ("BTN", "defence_minister"): [("1990-01-01", None)],
    # fill-missing3. The Vatican: no defence ministry, "defense is the responsibility of Italy", the Swiss Guard belonging to
    # the Holy See (theodora.com copy of the CIA World Factbook 2023; nationmaster.com "absence of military": no defence treaty
    # with Italy, which protects the city informally); no interior ministry either: the Pope delegates executive power to the
    # President of the Governorate, whose Directorate of Security and Civil Defence Services runs the Gendarmerie
    # (vaticanstate.va "State Departments" and "Administrations and Central Offices"; de.zxc.wiki Governatorat der Vatikanstadt).
    ("VAT", "defence_minister"): [("1990-01-01", None)],
    ("VAT", "interior_minister"): [("1990-01-01", None)],
    # Eritrea's Ministry of Local Government (counted as the interior, fill-missing3) had no minister between Woldemichael
    # Gebremariam's death on 4 August 2013 and Woldemichael Abraha's appointment: "the ministry was run by the General Managing
    # Director" (tesfanews.com; geeskaafrika.com 2014-03-20).
    ("ERI", "interior_minister"): [("2013-08-05", "2014-03-19")],
}
# Territories and dependencies among ISO 3166-1 codes: no government of their own to code.
NOT_STATES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM "
    "HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA "
    "TKL UMI VGB VIR WLF".split()
)


def rows(path):
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if header is None:
            header = cols
            continue
        yield dict(zip(header, cols))


def name_key(name):
    """Roughly the loader's phrase key: lower case, accents dropped, inner hyphens split."""
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.replace("-", " ").split())


def overlaps(d):
    """People of the hand-written files also named in a later file, with the files."""
    seen = collections.defaultdict(list)
    for f in FILES[1:]:
        for r in rows(d + f):
            k = name_key(r["person"])
            if f not in seen[k]:
                seen[k].append(f)
    return {k: fs for k, fs in seen.items() if len(fs) > 1}


def parse_day(s, end):
    """A term date as a day: YYYY, YYYY-MM or YYYY-MM-DD; `end` picks the last day of a year/month."""
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31) if end else datetime.date(parts[0], 1, 1)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return datetime.date(parts[0], parts[1], last if end else 1)
    return datetime.date(*parts)


def effective_rows(d):
    """Rows of the people files as the loader keeps them: a person's rows from the last file naming them."""
    last = {}
    for f in FILES:
        for r in rows(d + f):
            last[name_key(r["person"])] = f
    for f in FILES:
        for r in rows(d + f):
            if last[name_key(r["person"])] == f:
                yield f, r


def office_group(role, code):
    # A de facto ruler (`leader` of a government: Kim Jong-un, a junta chief) heads the state.
    # Only a GOV row reigns: `prince` is also a courtesy title (Prince Charles, coded ELI).
    if (role in HEAD_OF_STATE or role == "leader") and code[3:6] == "GOV":
        return "head_of_state"
    if role in HEAD_OF_GOV:
        return "head_of_government"
    return role if role in GAP_OFFICES else None


def holes(spans, today, min_days, start=START):
    """Ranges of [start, today] no span covers, those of at least min_days."""
    out, cur = [], start
    for a, b in sorted(spans):
        if a > cur and (a - cur).days >= min_days:
            out.append((cur, a - datetime.timedelta(days=1)))
        cur = max(cur, b + datetime.timedelta(days=1))
    if cur <= today and (today - cur).days + 1 >= min_days:
        out.append((cur, today))
    return out


def gaps(d, states, only):
    today = datetime.date.today()
    spans = collections.defaultdict(list)
    for _, r in effective_rows(d):
        group = office_group(r.get("role", ""), r.get("code", ""))
        if group is None or not (r.get("start") or r.get("end")):
            continue
        a = parse_day(r["start"], False) if r.get("start") else datetime.date(1900, 1, 1)
        b = parse_day(r["end"], True) if r.get("end") else today
        spans[(r["code"][:3], group)].append((a, b))
    for (state, office), periods in NO_OFFICE.items():
        for a, b in periods:
            spans[(state, office)].append((parse_day(a, False), parse_day(b, True) if b else today))
    counts = collections.Counter()
    days = collections.Counter()
    unheld = collections.Counter()
    unheld_days = collections.Counter()
    # Office-days the counts are out of: every office counted, from 1990 (or the state's founding) to today.
    counted_days = collections.Counter()
    listed = listed_days = 0
    for s in states:
        for office in GAP_OFFICES:
            if office == "head_of_state" and s in REALMS:
                continue
            start = max(START, parse_day(FOUNDED[s], False)) if s in FOUNDED else START
            # A ministry nobody holds in the data since 1990 is either one the state does not have (a
            # NO_OFFICE period says so, with its page) or one not yet filled: counted apart from holes.
            # A head of government never named is a presidential system's (the president heads both).
            if office != "head_of_state" and not any(b >= START for a, b in spans.get((s, office), [])):
                if office == "head_of_government":
                    continue
                counted_days[office] += (today - start).days + 1
                unheld[office] += 1
                unheld_days[office] += (today - start).days + 1
                if not only or s in only:
                    print(f"{s} {office:18} never held in the data (no NO_OFFICE period)")
                continue
            counted_days[office] += (today - start).days + 1
            hs = holes(spans.get((s, office), []), today, MIN_GAP_DAYS, start)
            if not hs:
                continue
            counts[office] += len(hs)
            days[office] += sum((b - a).days + 1 for a, b in hs)
            if not only or s in only:
                listed += len(hs)
                listed_days += sum((b - a).days + 1 for a, b in hs)
                print(f"{s} {office:18} " + ", ".join(f"{a}..{b}" for a, b in hs))
    total = sum(counts.values())
    print(f"holes of {MIN_GAP_DAYS}+ days since {START} (all states): {total}, {sum(days.values())} office-days")
    for office in GAP_OFFICES:
        share = 100 * days[office] / counted_days[office] if counted_days[office] else 0
        print(f"    {office:18} {counts[office]:4} holes, {days[office]:7} days ({share:.1f} % of {counted_days[office]})")
    all_days = sum(counted_days.values())
    missing = sum(days.values()) + sum(unheld_days.values())
    print(
        f"office-days counted: {all_days}; in holes or never held: {missing} "
        f"({100 * missing / all_days:.1f} %), held or declared absent: {100 - 100 * missing / all_days:.1f} %"
    )
    print(
        f"offices never held in the data and not declared absent (NO_OFFICE): {sum(unheld.values())}, "
        f"{sum(unheld_days.values())} office-days"
    )
    for office in GAP_OFFICES[2:]:
        print(f"    {office:18} {unheld[office]:4} states, {unheld_days[office]:7} days")
    if only:
        print(f"holes among the {len(only)} states asked: {listed}, {listed_days} office-days")


def open_since(d, before, only):
    """Terms of the gap offices with no end, started before `before` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    cut = parse_day(before, False)
    found = []
    for f, r in effective_rows(d):
        group = office_group(r.get("role", ""), r.get("code", ""))
        if group is None or r.get("end") or not r.get("start"):
            continue
        if only and r["code"][:3] not in only:
            continue
        if parse_day(r["start"], False) < cut:
            found.append((parse_day(r["start"], False), r["code"][:3], group, r["person"], r["start"], f))
    for _, state, group, person, start, f in sorted(found):
        print(f"{state} {group:18} {person} (since {start}; {f})")
    print(f"open terms started before {before}: {len(found)}")


def main():
    d = "dictionaries/actors/"
    states = [r["country_code"] for r in rows(d + "countries.tsv") if r["country_code"] not in NOT_STATES]
    if "--open-since" in sys.argv:
        k = sys.argv.index("--open-since")
        if k + 1 >= len(sys.argv):
            sys.exit("--open-since needs a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        try:
            parse_day(sys.argv[k + 1], False)
        except ValueError:
            sys.exit(f"--open-since: not a date: {sys.argv[k + 1]!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
        open_since(d, sys.argv[k + 1], set(sys.argv[k + 2 :]))
        return
    if "--gaps" in sys.argv:
        only = set(sys.argv[sys.argv.index("--gaps") + 1 :])
        gaps(d, states, only)
        return
    held = collections.defaultdict(set)
    terms = 0
    for f in FILES:
        for r in rows(d + f):
            if r.get("start") or r.get("end"):
                terms += 1
            role = r.get("role", "")
            held["head" if role in HEADS else role].add(r.get("code", "")[:3])
    print(f"person-terms (rows with dates): {terms}")
    print(f"sovereign states: {len(states)}")
    for office in OFFICES:
        missing = [s for s in states if s not in held[office]]
        print(f"{office:18} {len(states) - len(missing):4} states with holders, {len(missing):3} without")
        if "--missing" in sys.argv:
            print("    " + " ".join(missing))
    if "--overlaps" in sys.argv:
        over = overlaps(d)
        print(f"people named in several hand-written files: {len(over)}")
        for k, fs in sorted(over.items()):
            print(f"    {k}: {' > '.join(fs)}")


if __name__ == "__main__":
    main()
