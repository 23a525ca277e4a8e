"""The † decision: is a statement's fact reported by another source in other words?"""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.corroboration import (
    Corroboration,
    compounds_shared,
    new_sources,
    shares,
)
from briefing.model import Document


def sentences(*texts: str):
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=False).sentences()


FILLER = " ".join(f"Unrelated item number {w} was about gardens and weather." for w in "abcdefgh")


def test_same_fact_in_other_words_is_reported_by_both():
    sents = sentences(
        f"Norvik Ferries resumed its fast-boat sailings to Halden after a one-day pause. {FILLER}",
        "After a pause of a single day, Norvik Ferries resumed fast-boat service to Halden. "
        + FILLER,
        f"Baltline kept its fleet tied up in Kiel. {FILLER}",
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1, 2]


def test_a_unique_detail_stays_single_source():
    sents = sentences(
        f"The Halden Post quoted the port minister on a possible long ban of the boats. {FILLER}",
        f"Norvik Ferries resumed its fast-boat sailings to Halden after a one-day pause. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1]


def test_other_figures_are_another_fact():
    sents = sentences(
        f"The fire on the ferry off Skerra killed all 41 people aboard the boat. {FILLER}",
        f"The fire on the ferry off Vanna killed all 46 people aboard the boat. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1]


def test_a_year_is_no_figure_that_makes_another_fact():
    sents = sentences(
        "Dutch engineers said the Dutch ferries had been refitted to shield the hulls "
        f"from ice damage in the mid-1980s. {FILLER}",
        "Dutch officials said in spring that their ferries were refitted in 1986 with "
        f"steel plates to shield the hulls from ice damage. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 2]


def test_a_stricter_cover_keeps_only_close_tellings():
    copy = "Norvik Ferries resumed its fast-boat sailings to Halden after a one-day pause."
    sents = sentences(
        f"{copy} {FILLER}",
        "After a pause of a single day, Norvik Ferries resumed fast-boat service to Halden. "
        + FILLER,
        f"{copy} {FILLER}",
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1, 2, 3]
    assert reports.reporting_sources(sents[0], 0.99) == [1, 3]


def test_a_rare_figure_with_its_words_reports_one_fact_of_a_long_statement():
    # The statement tells who said it, when, and what followed; another article tells
    # only its particular fact, with the same rare figure.
    sents = sentences(
        "Harbour inspectors said on Thursday it was likely that a 12-metre steel cable left "
        "on the quay snapped a mooring line, sending the barge into the ferry, starting "
        "a week of closures along the whole waterfront and angering shopkeepers, "
        f"fishermen and tourists who had booked the autumn regatta. {FILLER}",
        "The report says a 12-metre steel cable on the quay snapped the mooring line. " + FILLER,
        f"The ferry company said the waterfront would reopen next month. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 2]


def test_an_amount_is_the_fact_and_a_sentence_without_it_does_not_report_it():
    sents = sentences(
        f"The audit showed that at least 2,740 cabins in the lake villages are empty. {FILLER}",
        f"The audit of the lake villages showed many cabins there are empty. {FILLER}",
        f"The audit showed 2,740 cabins in the lake villages stand empty. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 3]


def test_an_ordinal_is_no_rare_figure():
    sents = sentences(
        "Farm scientists in the north believe that dry summers, with higher spring "
        f"temperatures, will go on into the closing decades of the 21st century. {FILLER}",
        f"Models predict dry summers for the 21st century, the climate office said. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1]


def test_a_figure_in_words_is_the_figure_in_digits():
    sents = sentences(
        f"Nearly three million tourists visited the coastal parks last summer. {FILLER}",
        f"Nearly 3 million tourists visited the coastal parks last summer. {FILLER}",
        f"Gunmen killed two dozen villagers in a raid on the northern town. {FILLER}",
        f"Police said 24 villagers died when gunmen raided the northern town. {FILLER}",
        f"Police said 25 villagers died when gunmen raided the northern town. {FILLER}",
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1, 2]
    firsts = [s for s in sents if s.index == 0]
    assert reports.reporting_sources(firsts[2]) == [3, 4]  # not 25: another count


def test_a_small_multiple_in_words_is_compared_with_digits():
    told = "Jobless rates on the islands run at four times the regional average, a study says."
    sents = sentences(
        f"{told} {FILLER}",
        f"Jobless rates on the islands run at 10 times the regional average. {FILLER}",
        f"Jobless rates on the islands run at 4 times the regional average. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0], anchored=True) == [1, 3]


def test_a_meeting_told_as_huddling_is_one_fact():
    # Senator, union and leaders are the story's everyday words: the verb tells the fact.
    story = " ".join(f"The senator and union leaders argued about item {w}." for w in "abcdef")
    sents = sentences(
        f"The senator huddled privately with union leaders in her office. {story}",
        f"In her office the senator met union leaders. {story}",
        f"The senator phoned union leaders from her office. {story}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 2]


def test_a_telling_of_part_of_the_statement_reports_it_but_does_not_hold_it():
    # The statement's second half is in the coverage's everyday words, which weigh little:
    # a sentence telling only the first half carries most of the weight, not most words.
    sents = sentences(
        "The harbour board approved a new ferry timetable for the island routes, "
        f"while the unrelated gardens item was about weather. {FILLER}",
        "At a long meeting that also covered parking fees, the harbour board approved a new "
        f"ferry timetable for the island routes and thanked retiring staff. {FILLER}",
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0], 0.8, 5) == [1, 2]
    assert reports.reporting_sources(sents[0], 0.8, 5, contained=True) == [1]
    # A telling holding the whole statement inside a longer sentence still does.
    whole = sentences(sents[0].text + " " + FILLER, f"Sources said {sents[0].text} {FILLER}")
    assert Corroboration(whole).reporting_sources(whole[0], 0.8, 5, contained=True) == [1, 2]


def test_who_someone_is_is_not_part_of_the_fact():
    from briefing.compose.fact_core import core

    told = (
        "Port officials closed a heated three-hour session on Tuesday night with the ferry "
        "captain, Olaf Berg, who has sailed the island route since the old pier was built."
    )
    assert core(told) == (
        "Port officials closed a heated three-hour session on Tuesday night with the ferry "
        "captain, Olaf Berg."
    )
    assert core("Those who stayed in the harbour town were safe from the storm.") == (
        "Those who stayed in the harbour town were safe from the storm."
    )
    sents = sentences(
        f"{told} {FILLER}",
        "The ferry captain met port officials for nearly three hours on Tuesday night. " + FILLER,
        f"Olaf Berg has sailed the island route since the old pier was built. {FILLER}",
    )
    # The meeting is reported by the second article; who the captain is does not make
    # the third one report it.
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 2]


def test_a_fact_told_by_another_outlet_under_another_attribution_is_reported():
    sents = sentences(
        "The night ferry to Skerry will stop running in May, according to three senior "
        f"officials familiar with the harbour board's confidential timetable review. {FILLER}",
        f"The Skerry night ferry stops running in May. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 2]


def test_a_shared_year_is_no_shared_word_of_the_fact():
    sents = sentences(
        f"The ferry deal could breach a 1998 harbour agreement with the council. {FILLER}",
        f"Auditors read the harbour records required by the 1998 agreement. {FILLER}",
    )
    # Two words and a year in common: another sentence about the same agreement.
    assert Corroboration(sents).reporting_sources(sents[0]) == [1]


# Eight more sources that each name the story's everyday things, one to a sentence.
EVERYDAY = [
    f"The harbour was calm in item {i}. The authority met in item {i}. The pier was long "
    f"in item {i}. Tankers waited in item {i}. {FILLER}"
    for i in range(8)
]


def test_only_the_storys_everyday_words_in_common_is_no_anchor():
    sents = sentences(
        f"The harbour authority fined the tankers at the pier. {FILLER}",
        f"Harbour pilots guided tankers to the pier. {FILLER}",
        *EVERYDAY,
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1, 2]  # the loose test: shared words
    assert reports.reporting_sources(sents[0], anchored=True) == [1]  # the † test


def test_a_near_whole_telling_in_everyday_words_still_reports():
    sents = sentences(
        f"The harbour authority fined the tankers at the pier. {FILLER}",
        f"The harbour authority guided tankers to the pier. {FILLER}",
        *EVERYDAY,
    )
    assert Corroboration(sents).reporting_sources(sents[0], anchored=True) == [1, 2]


def test_a_few_sources_have_no_everyday_words():
    sents = sentences(
        f"The harbour authority fined the tankers at the pier. {FILLER}",
        f"Harbour pilots guided tankers to the pier. {FILLER}",
        *EVERYDAY[:3],
    )
    assert Corroboration(sents).reporting_sources(sents[0], anchored=True) == [1, 2]


def test_a_weekday_in_common_is_no_anchor():
    sents = sentences(
        f"The harbour authority fined the tankers at the pier on Tuesday for oil. {FILLER}",
        f"Harbour pilots guided tankers to the pier on Tuesday. {FILLER}",
        *EVERYDAY,
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1, 2]
    assert reports.reporting_sources(sents[0], anchored=True) == [1]


def test_another_source_telling_only_the_main_clause_reports_it():
    sents = sentences(
        "After weeks of quarrels over the lease, the city council voted to sell the old "
        "harbour depot to a shipping firm, concluding that a long fight over murals, "
        f"ferries and fishermen's sheds was nobody's interest. {FILLER}",
        f"The council voted Monday to sell the harbour depot to a shipping firm. {FILLER}",
        *EVERYDAY,
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0]) == [1]  # the whole statement: too little
    assert reports.reporting_sources(sents[0], anchored=True) == [1, 2]


def test_another_source_telling_the_fact_without_its_dash_description_reports_it():
    sents = sentences(
        "A former welding school apprentice was named by his trade institute on Monday as "
        "the maker of the Quillmoor leaflet -- the hoax that emptied dozens of ferry "
        "terminals, grain depots and customs sheds along the Skarre coast during the midsummer "
        f"regatta. {FILLER}",
        "Police in Vessby named a welding-school apprentice at the Ostra Trade Institute as "
        f"the leaflet's maker. {FILLER}",
        *EVERYDAY,
    )
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0], anchored=True) == [1, 2]


def test_a_compound_written_with_hyphens_shares_its_words_only_whole():
    target = frozenset({"weld", "school", "apprentic", "name"})
    assert compounds_shared(target, frozenset({"weld-school", "name"})) == {"weld", "school"}
    assert compounds_shared(frozenset({"weld-school", "name"}), target) == {"weld-school"}
    # Every part must be there: "government-run" holds no "government" alone.
    assert not compounds_shared(frozenset({"govern", "tribal"}), frozenset({"government-run"}))


def test_what_something_is_does_not_keep_a_fact_from_being_reported():
    from briefing.compose.fact_core import without_which

    told = (
        "Like Norland Air, the Calder ferry line is seeking approval for its night "
        "crossings, which carry more than 16,000 passengers a year."
    )
    assert without_which(told) == (
        "Like Norland Air, the Calder ferry line is seeking approval for its night crossings."
    )
    assert without_which("The ferry line, which is old, sails at night.") == (
        "The ferry line sails at night."
    )
    assert without_which("The ferry line sails at night and in the morning.") is None
    sents = sentences(
        f"{told} {FILLER}",
        f"The Calder ferry line wants approval for its night crossings. {FILLER}",
        f"The Calder ferry line carries 16,000 passengers a year. {FILLER}",
    )
    # The second article tells the fact without the clause's figure: it reports it for
    # the † decision, not for the strict tests, where the figure still decides.
    reports = Corroboration(sents)
    assert reports.reporting_sources(sents[0], anchored=True) == [1, 2, 3]
    assert reports.reporting_sources(sents[0]) == [1, 3]


def test_a_figure_left_without_the_which_clause_must_be_told():
    told = (
        "The Calder smoking rule, which the mayor signed in a hurry at the old town hall "
        "after a long night of angry talks with shopkeepers, will come into force on November 3."
    )
    for other, reported in [
        ("The Calder smoking rule will come into force soon.", [1]),  # no date: maybe another
        ("The Calder smoking rule will come into force on November 3.", [1, 2]),
    ]:
        sents = sentences(f"{told} {FILLER}", f"{other} {FILLER}")
        assert Corroboration(sents).reporting_sources(sents[0], anchored=True) == reported


def test_a_rare_amount_reports_a_long_statements_fact_with_fewer_of_its_words():
    told = (
        "Island fishing is prone to costly, risky and even ruinous seasons because so many "
        "boats depend on it, 40,000 trawlers today, expected to reach 52,000 by the next "
        "decade, and because cheap diesel keeps old hulls afloat."
    )
    for count, reported in [("40,000", [1, 2]), ("40", [1])]:  # 40 is no amount
        other = f"The island fleet counts {count} trawlers and boats."
        sents = sentences(f"{told} {FILLER}", f"{other} {FILLER}")
        reports = Corroboration(sents)
        assert reports.reporting_sources(sents[0], anchored=True) == reported
        assert reports.reporting_sources(sents[0]) == [1]  # the † decision only


def test_the_sentences_holding_stems_and_the_new_sources_among_them():
    sents = sentences(
        "Norvik Ferries resumed sailings to Halden.",
        "Norvik Ferries resumed its sailings. Halden welcomed the ferries.",
        "Baltline sailed to Halden.",
    )
    reports = Corroboration(sents)
    held = [(s.source_id, i) for s, i in reports.holding(["halden"])]
    assert held == [(sents[i].source_id, i) for i in (0, 2, 3)]
    asked: list[int] = []

    def tells(other, i):
        asked.append(i)
        return "Halden" in other.text

    # The statement's own source is never asked, a source found is asked no more.
    candidates = reports.holding(["norvik", "halden"])
    assert new_sources(sents[0], candidates, tells) == {sents[2].source_id, sents[3].source_id}
    assert asked == [1, 2, 3]


def test_a_share_in_words_is_told_only_with_that_share():
    told = "The harbour board estimates that half the Skerra fishermen live in poverty."
    sents = sentences(
        f"{told} {FILLER}",
        "Roughly 12.2 percent of the Skerra fishermen live in poverty, the harbour "
        f"board estimates. {FILLER}",
        f"About 52 percent of the Skerra fishermen live in poverty, the board estimates. {FILLER}",
        f"The harbour board estimates the Skerra fishermen live in poverty. {FILLER}",
    )
    assert Corroboration(sents).reporting_sources(sents[0]) == [1, 3]


def test_shares_in_words_and_percentages():
    assert shares("at least half the fishermen, 12.2 percent of them, 40% in all") == {
        50.0,
        12.2,
        40.0,
    }
    assert shares("two thirds of their boats") == {200 / 3}
    assert shares("in the third quarter, for half an hour") == set()


def test_copies_of_one_sentence_are_not_tested_copy_against_copy():
    line = "The Orsk canal board closed the Tamsin lock after divers found a cracked gate."
    sents = sentences(*(f"{line} Bulletin {i} came from Orsk. {FILLER}" for i in range(12)))
    copies = [s for s in sents if s.text == line]
    reports = Corroboration(sents)
    asked: list[str] = []

    def accept(x):
        asked.append(x.text)
        return True

    alone = set().union(*(reports.reporting_sources(m) for m in copies))
    found: set[int] = set()
    for m in copies:
        found |= set(reports.reporting_sources(m, accept=accept, known=found))
    assert found == alone == set(range(1, 13))
    assert len(asked) == len(copies) - 1  # each other source once, by the first copy only
