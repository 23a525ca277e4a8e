"""Sentences that lean on an earlier one are told from sentences that stand alone."""

from __future__ import annotations

import time

import pytest

from briefing.lang import anaphora
from briefing.lang.anaphora import act_or_likeness_before, doer_unnamed, leans_back
from briefing.lang.patterns import Screened


@pytest.mark.parametrize(
    "text",
    [
        "The move follows weeks of talks between the two ferry companies.",
        "This decision angered the fishermen who use the harbour every day.",
        "Inspectors said the old bridge could not carry such loads any longer.",
        "Aboard the same ferry were twelve members of the rowing club.",
        "Also, the council will meet again on Friday to discuss the bridge.",
        "The mayor also said the bridge would stay closed until spring.",
        "As the mayor was speaking, protesters gathered outside the town hall.",
        "In his brief speech, the mayor thanked the volunteers for their help.",
        "In other harbours, such as Brent and Lowe, mooring is free but few boats stay.",
        "The studies showed that the toll, in force since May 1, has not hurt the ferry trade.",
        "Certainly, the council has moved cautiously on the bridge.",
        "Nov. 26 -- Council votes to close the bridge to heavy trucks.",
        "1998: The bridge is closed for repairs for the first time.",
        "The proposed deal would give the ferry company both harbour berths.",
        "The extra effort was needed after the closure of the river bridge.",
        "The big deal was signed in Marlow on Monday.",
        # Only the event noun says these point back: each names a place and a time.
        "The effort cost Marlow 2 million pounds in 1999.",
        "The questions came from Marlow ferry owners on Monday.",
        "The news shocked Marlow ferry owners on Monday.",
        # "here" is the dateline's place, which the brief does not show.
        "Mayor Ann Hall said here that the Marlow pier would reopen in May.",
        "Mayor Ann Hall opened the Marlow pier here this morning.",
        "Trucks must carry a pass over the bridge after May, he said.",
        "Most of the lorries, she added Monday, now take the ring road instead.",
        "About a third of the pupils in one school he visited were absent.",
        "The absence of such a deal was raised again by the harbour master.",
        "Many of those boats were built at the old yard on the east bank.",
        "One of them said the ferry had been late for a week.",
        "Finally, the ferry company will publish its timetable in spring.",
        "Second, the council must find money for the repairs.",
        "In six years on the council, he has voted against every bridge toll.",
        "On Monday, she said the council would vote in June.",
        "New cables seem to solve this problem and cost less than steel ones.",
        "Even backers of the toll were upset by the closure.",
        "More alarming to the inspectors is that a third of the bolts were missing.",
        "Something better, a steel cable twice as thick, was fitted to the Marlow ferry.",
        "Nothing similar has been seen on the Marlow ferry since 1990.",
        "Not everyone on the east bank is happy about the closure.",
        "The county began an inquiry on Monday.",
        "Ferry staff told reporters here on Friday that the pier would reopen.",
        "The Marlow ferry talks were held here this week.",
        "The second bridge was less costly for the town.",
        "The ferry board will next meet to set the winter fares.",
        "Not for Hall, who said the ferry would sail on Monday.",
        "Sen. Hall, chairman of the harbour committee in Marlow, also objected to the toll.",
        "The most recent revelations come two days after the council voted.",
        "The next question the town wants answered is if the cable will hold.",
        "In the other, the mayor stood outside the town hall telling reporters to wait.",
        "The trial of a second ferry captain on similar charges began on Monday.",
        "Among other hurdles, the council must find money for the repairs.",
        "The trial showed that the drug eases pain faster than older creams.",
        "The ferry lost power and drifted into the hotel jetty.",
        "In recent hearings in court, where he faces two charges, he wore a neck brace.",
        # A bare definite subject in a sentence that names nothing: named before.
        "The aims are quicker inspections and cheaper repairs.",
        "The surveys suggested the toll did little harm to town shops.",
        "The mayor said the bridge would stay shut until spring.",
        "The lorries, diverted through the town, damaged the old walls.",
        # A speaker or a source told about before.
        "Trucks must carry a pass over the bridge, she said in a statement on Friday.",
        "Ferry owners may challenge the new toll in court, the report said.",
        "Ferry fares in Marlow will rise 10 percent in May, the source said.",
        # One of a set, or a thing, named before.
        "A ferry from the Brent yard is among them.",
        "Among those were two lorries from the Brent quarry.",
        "Every lorry driver on the Brent road now wants one.",
        "Most objected to the long queues at the Marlow ferry.",
        "Several were lorries from the Brent quarry.",
        "The second, in 1990, carried the mayor across the river.",
        "The latter was built by a Brent firm in 1990.",
        "Mayor Hall owns the Marlow ferry company as well.",
        # A consequence of something told before; events told before.
        "The bridge thus stayed shut for a week in Marlow.",
        "Lorry tolls will hence rise again in Marlow next year.",
        "The developments followed a Marlow council meeting on Monday.",
        # A relative clause tells more about a thing named before, not which one.
        "The scheme, which would cost the town 5 million pounds, was approved in May.",
        "The officials, who gave no names, blamed the Brent yard.",
        # A conceded point; a count of things named before; a change told before.
        "True, the Marlow council still lacks the cash for the repairs.",
        "By 1990 there were only 12, down from 40 in the Marlow yards.",
        "Last year there were 12 on the Brent road, and this year there are 25 to 30.",
        "The change in the tides was blamed on the new Marlow harbour wall.",
        "The sudden decline in ferry trade will hurt the Marlow harbour.",
        # A pronoun subject after a participle opening; an unnamed "they say".
        "Determined to keep the bridge open, they raised the Marlow toll.",
        "Lorries were banned from the Marlow bridge in May, they say.",
        # A superlative with no noun; one of things named before; sources named before.
        "The largest of its sort, released in May, covered 93 ferries.",
        "The oldest, built in 1850, still sails from Marlow.",
        "The county is funding one, with results due in May.",
        "The officials said they might set a new toll for Marlow.",
        "The toll has no other use in Marlow, the official said.",
        # A time told before; one of things named before, other than the one told.
        "Since then, the Marlow council has met twice about the bridge.",
        "The Marlow toll has doubled since then, according to the council.",
        "At the time, the Marlow bridge carried 200 lorries a day.",
        "The ferry's other engine, built in Brent, failed on Monday.",
        "Its other yard in Marlow will close in May, Mayor Hall said.",
        # A person met first as "she" after a time opening; "also" after a long subject.
        "On Thursday she won the vote on the Marlow bridge toll.",
        "Nearly 60 percent of drivers in Marlow also backed the toll.",
        # One more of things told before; the one named before.
        "In another raid, police seized 40 lorries in Marlow.",
        "Tolls are another matter for the Marlow council.",
        "The ferry in question sank near Marlow in May.",
        # The object of the opening verb: it cannot mean the clause's own subject.
        "A spring tide can raise it nearly 8 feet.",
        "Marlow police arrested them on Friday.",
        "Mayor Hall sold it to the Brent ferry company in 1990.",
        # The same thing as one told before; an elaboration of the sentence before; a
        # person met first as "he" in a condition that names nobody.
        "The ferry company is still repairing two boats in these same waters off Marlow.",
        "Specifically, the audit charges that Marlow paid twice for the bridge in 1990.",
        "Namely, the Marlow council paid twice for the bridge in 1990.",
        "Assuming that he keeps to the new timetable, the Marlow ferry could sail in May.",
        "If she wins the vote in May, the Marlow bridge toll would be scrapped.",
        # the sum or the end of what the article told before
        "In the end, the Marlow council paid for the bridge.",
        "In all, 1,600 ferry passengers were turned back at Marlow last year.",
        "Ferry rules in Marlow were eventually changed to let lorries board.",
        "Eventually the Marlow council agreed to rebuild the bridge.",
        "Ten days later, the Marlow council voted to rebuild the bridge.",
        "Marlow, which fines lorries on the bridge, has accounted for 199.",
        "Most lorries crossing the Marlow bridge will come from Brent, official said.",
        "For lorries from Brent, there are new Marlow ferries to bolster that connection.",
    ],
)
def test_leans_back(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision to close the bridge was taken by the council on Monday.",
        "Marlow opened an investigation into the sinking of the ferry.",
        "Ferry traffic was more than twice the usual on Friday.",
        "Lorry drivers are far more likely to use the ring road than the bridge.",
        "Here on the east bank, the ferry is the only way across the river.",
        "The Marlow council voted to close the old river bridge to heavy trucks.",
        "At the same time, the ferry company cut its fares by ten percent.",
        "Towns such as Marlow and Brent rely on the bridge for deliveries.",
        "On Nov. 26 the council voted to close the bridge to heavy trucks.",
        "The 1998 repairs cost the town more than two million pounds.",
        "The proposed deal to merge the two ferry companies was dropped on Friday.",
        "Mayor Hall said he would close the bridge if the inspectors asked him to.",
        "Ms. Lee said the pupils were absent because, she said, the buses were late.",
        "About a third of the pupils he had taught for years came to the mayor's funeral.",
        "He said and she said: the council heard both sides of the dispute.",
        "A storm caused such a flood that the bridge was closed for a week.",
        "Two of those injured on the ferry were from the town of Marlow.",
        "First Minister Ann Lee opened the new bridge on Friday.",
        "After Mayor Hall arrived in Marlow, he opened the bridge.",
        "As toll prices rise across the county, they hit the poorest drivers hardest.",
        "Mayor Hall said he would close the bridge, and the council agreed.",
        "The Marlow council voted this week to keep the bridge open to buses and bicycles.",
        "Tolls were raised for those living outside the town and for lorries.",
        "Engineers found a crack in the main cable and said this crack caused the closure.",
        "More than 200 trucks cross the old bridge every day, the council said.",
        "The ferry lost power near Marlow and drifted into the hotel jetty.",
        "The radar data show the plane's flaps moved during the descent.",
        "The question of who pays for the repairs will go to the county court.",
        "The new bridge is similar to the one built at Brent in 1990.",
        "The economy of the county has grown since the bridge opened.",
        "The rate of crime on the east bank fell again this year.",
        "The treaty, known as the harbour convention, sets the rules for every ferry.",
        "The Marlow ferry, which is older than the bridge, carries no trucks.",
        "The harbour master said the report would be ready on Friday.",
        # The passive subject says which one, or the sentence names its thing.
        "The Marlow bridge was closed to heavy trucks on Monday.",
        "The decision to close the bridge was made by the council on Monday.",
        "The new bridge has been dubbed the Iron Lady by people in Marlow.",
        "The ferry was carrying 40 cars when it lost power near Marlow.",
        # The set or the thing is named in the sentence.
        "Among those killed on the ferry were two children from Marlow.",
        "Every lorry crossing the bridge needs one permit for each trip.",
        "All 40 cars on the ferry were brought ashore at Marlow.",
        "Both ferry companies agreed to cut their fares in May.",
        "Thousands of lorries cross the Marlow bridge every day, and hence the toll.",
        "The developments on the east bank of the river were approved by Marlow council.",
        "The first ferry across the river sailed from Marlow in 1850.",
        "The second bridge to Brent was opened by Mayor Hall in 1990.",
        "The Marlow council will pay for the new bridge as well as the old ferry pier.",
        "The U.S. and Britain agreed to fund the Marlow bridge in 1990.",
        # The count has its noun; the change its size; "True" is no concession here.
        "In 1990 there were only 12 ferries left on the river at Marlow.",
        "The increase in tolls of 5 percent angered the lorry drivers of Marlow.",
        "True crime books sold well in Marlow last year.",
        "The biggest increase in tolls has been for lorries from Brent.",
        "Determined to keep the bridge open, the Marlow council raised the toll.",
        "The largest ferry on the river sails from Marlow every day.",
        "The most recent toll rise in Marlow was in May.",
        "The officials of the Marlow council said no to the toll.",
        # "then" of a sequence, "at the time of" a named event; "other" late or a set.
        "The ferry sailed to Brent and then back to Marlow on Monday.",
        "At the time of the flood, 40 cars were on the Marlow ferry.",
        "Mayor Hall said the Marlow bridge would close and the ferry company's other yard too.",
        "Other ferries on the river carry no trucks, the Marlow council said.",
        "The ferry company's other business of repairing boats in Marlow is growing.",
        "On Thursday Mayor Hall said she would close the bridge.",
        "Mayor Hall and Mayor Lee of Brent blamed one another for the closure.",
        "The Marlow bridge was built in 1921 by another company from Brent.",
        # "it" of a reported clause (the speaker itself) or extraposed ("found it hard to").
        "The Marlow ferry company said it would close the yard in May.",
        "The Marlow council found it hard to pay for the bridge.",
        "The Marlow ferry company made it clear that tolls would rise.",
        "The Marlow ferry company admitted Tuesday that it shares its yard with Brent.",
        "Marlow council officials told the paper that it expects the toll to rise.",
        "Tolls on two bridges near Marlow paid for the Iron Lady, also known as the old ferry.",
        # "the same day" is a time; a condition with a name first.
        "The Marlow bridge and the Brent ferry both closed on these same days in 1990.",
        "If Mayor Hall wins the vote in May, he will open the bridge to lorries.",
        "Although he has sailed for only three years, Hall already skippers the Marlow ferry.",
        "If he is to blame, al-Marlowi will be remembered for the bridge fire.",
        "If the toll rises in May, lorries from Brent will avoid the Marlow bridge.",
        "The Marlow mayor hopes the cause of the bridge fire will eventually be found.",
        "In all cases the Marlow council paid for the bridge.",
        "Most lorries crossing the Marlow bridge will come from Brent, officials said.",
        "The Marlow council opened a ferry connection to Brent and paid for that connection.",
        "The Marlow bridge will reopen to lorries later that day.",
        "Brent gave the ferry its name, and the Marlow ferry of that name still sails.",
        # The comparison is inside the sentence, or nothing is compared.
        "Something better than a patch is needed for the Marlow ferry hull.",
        "Nothing similar to the Brent sinking had happened on the river.",
        "Something is wrong with the Marlow ferry hull, divers said.",
    ],
)
def test_stands_alone(text: str) -> None:
    assert not leans_back(text)


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("In 1987, he sold the old ferry to a firm in Leeds.", True),
        ("On Friday she closed the pier to lorries.", True),
        ("In 1990 he became a clerk to the mayor of Leeds.", True),
        ("In 1990 Hall became a clerk to the mayor of Leeds.", False),
        ("Asked about the pier last month, he said he would rebuild it.", True),
        ("The ferry was sold in 1984 to a firm in Leeds, he said.", True),
        ("The second, in 1990, found a leak in the hull.", True),
        ("In 1987, Mayor Anna Brandt sold the old ferry to a firm in Leeds.", False),
        ("After Brandt arrived on Monday, she closed the pier.", False),
        ("The mayor said Monday that she would close the pier.", False),
        ("On Wednesday, the mayor said he would meet the board soon.", False),
    ],
)
def test_doer_unnamed(text: str, nobody: bool) -> None:
    assert doer_unnamed(text) is nobody


@pytest.mark.parametrize("run", ["A.", "A-", "A'", "Ab"])
def test_long_runs_before_he_said_are_quick(run: str) -> None:
    """A 200 KB run of name characters before ', he said' (quadratic before: 8,000 'A.'
    took 0.43 CPU s)."""
    text = "The " + run * 100_000 + "B, he said."
    start = time.process_time()
    leans_back(text)
    doer_unnamed(text)
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "launched an investigation last" + " " * 200_000,
        "launched an investigation." + "!" * 200_000 + "a",
        "was more " + "a" * 200_000,
        "said " + "here " * 40_000,
        "A " * 100_000 + "will next",
    ],
)
def test_new_openings_are_quick_on_long_text(text: str) -> None:
    start = time.process_time()
    leans_back(text)
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The county launched an investigation last month.", True),
        ("Such a stand, critics said, recalls the levy of 1994.", True),
        ("Such talks will resume in May.", True),
        ("The county launched an investigation of the ferry owner last month.", False),
        ("Such talks as the mayor held were rare.", False),
        ("Critics called it such a stand.", False),
    ],
)
def test_an_act_or_a_likeness_told_before(text: str, before: bool) -> None:
    assert act_or_likeness_before(text) is before


# A text each screened search of ``leans_back`` matches (invented): the cues must be in the
# matched words themselves, so a text without any of them cannot match.
SCREENED_MATCHES = {
    "_BACK_REFERENCE": "The old bridge could not carry such loads any longer.",
    "_SUCH_A": "The council has never approved such a toll before.",
    "_DEMONSTRATIVE_NOUN": "This decision angered the fishermen of the harbour.",
    "_AMONG_SET_BEFORE": "A ferry from Brent is among them.",
    "_ONE_NAMED_BEFORE": "The town of Marlow now wants one.",
    "_SEQUEL": "Three days later the ferry sailed again.",
    "_AS_WELL": "The ferry company raised its fares as well.",
    "_IN_QUESTION": "The bridge in question was closed in May.",
    "_THEN_BEFORE": "Since then the harbour has stayed shut.",
    "_OTHER_OF_NAMED": "The ferry's other engine failed on Monday.",
    "_ACT_OF_NOTHING": "The harbour board launched an inquiry.",
    "_DATELINE_HERE": "The mayor told reporters here that the bridge would reopen.",
    "_COMPARED_BEFORE": "The toll was less costly for the town.",
    "_BARE_COUNT": "On the ferry there were 12, the coast guard said.",
}


@pytest.mark.parametrize(("name", "text"), SCREENED_MATCHES.items())
def test_leans_back_searches_a_costly_pattern_only_in_texts_with_its_cues(
    name: str, text: str
) -> None:
    screened = getattr(anaphora, name)
    assert isinstance(screened, Screened)
    match = screened.pattern.search(text)
    assert match is not None and screened.holds_cue(match.group(0))
    assert screened.search(text) is not None
    assert screened.search(text.upper()) is not None
