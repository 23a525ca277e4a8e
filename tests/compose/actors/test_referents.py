"""Whom a "he" or "she" that speaks a quotation means."""

from __future__ import annotations

import json
from collections.abc import Callable

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, Match, NameForm
from briefing.compose.actors.referents import article_people, last_person_named, people_named
from briefing.model import Actor, Document
from briefing.parsed import ParsedDoc

FindActor = Callable[[list[Actor], str], list[Actor]]

HALL = (
    "Concert hall opens late\n\n"
    "Architect Paul Ostrander designed the new concert hall in Dorfield. Ostrander said on "
    "Monday that the design was final, and Ostrander met the city council twice.\n\n"
)


def _actors(text: str) -> list[Actor]:
    corpus = analyse([Document("hall.txt", text, title="Concert hall")], entities=True)
    return extract_actors(corpus, max_actors=10)


def test_she_after_an_unlisted_person_is_nobody_we_list() -> None:
    """'Ostrander ... Maria Lentz, a spokeswoman, said ... "...," she said': she is the
    spokeswoman (not listed), never the architect named before her."""
    architect = Cluster(forms=[NameForm("paul ostrander"), NameForm("ostrander")], type="person")
    spans = [(Match(0, 0, 10, 24), architect), (Match(0, 0, 60, 69), architect)]
    # The model names "Maria Lentz" at 120-131; the quote opens at 200.
    assert last_person_named(None, 200, spans, [(120, 131, "maria lentz")]) is None
    # Named before the architect's last mention, she does not stand between.
    assert last_person_named(None, 200, spans, [(30, 41, "maria lentz")]) is architect
    # A mention of the architect that the count skipped is still the architect.
    assert last_person_named(None, 200, spans, [(120, 129, "ostrander")]) is architect


def test_a_person_named_in_what_he_reports_is_not_who_speaks(find: FindActor) -> None:
    """'Joseph Wendarski said ... He said Ostrander had invited him. "...," he said': the
    reporter speaks, not the architect he names."""
    text = HALL + (
        "Director of the Dorfield Arts Council Joseph Wendarski said the hall would open in "
        'May. He said Ostrander had invited him to the opening. "I am on a visit to see the '
        'work and it is going very well," he said.\n'
    )
    actors = _actors(text)
    (wendarski,) = find(actors, "Joseph Wendarski")
    assert wendarski.quote is not None and "on a visit" in wendarski.quote.text
    (ostrander,) = find(actors, "Paul Ostrander")
    assert ostrander.quote is None or "on a visit" not in ostrander.quote.text


def test_the_person_a_sentence_is_about_is_whom_he_means(find: FindActor) -> None:
    """'As for Ostrander, he is pleased. ... "...," he said': the architect, not the
    director named before."""
    text = HALL + (
        "Director of the Dorfield Arts Council Joseph Wendarski said the hall would open in "
        "May.\n\nAs for Ostrander, he is pleased. He said he had long studied old "
        'halls in books.\n\n"I think we have built the finest hall in the country, and the '
        'people will hear it," he said recently.\n'
    )
    actors = _actors(text)
    (ostrander,) = find(actors, "Paul Ostrander")
    assert ostrander.quote is not None and "finest hall" in ostrander.quote.text
    (wendarski,) = find(actors, "Joseph Wendarski")
    assert wendarski.quote is None


def _untagged(sdoc: ParsedDoc, start: int) -> ParsedDoc:
    """The parse with no entity on the token at ``start`` (as the model sometimes leaves
    a bare surname)."""
    data = sdoc.to_dict()
    i = data["columns"]["idx"].index(start)
    data["columns"]["ent_type"][i] = 0
    data["columns"]["ent_iob"][i] = 2
    ents = data["ents"]
    data["ents"] = [
        x for k in range(0, len(ents), 3) if not ents[k] <= i < ents[k + 1] for x in ents[k : k + 3]
    ]
    return ParsedDoc.from_dict(data)


def test_a_surname_the_model_leaves_untagged_is_someone_else() -> None:
    """'Conrad Hallet ... Hallet called the claim "nonsense." "...," he said': "Hallet",
    with no entity on the word, is the person the article names: he speaks, not the
    historian named as a subject before him."""
    text = (
        "Museum curator speaks\n\n"
        '"It was a fine machine," said Conrad Hallet, a curator in Dorfield.\n\n'
        "Historian Brian Tallis says the airline made money.\n\n"
        'Hallet called the claim "nonsense."\n\n'
        '"They could pay the pilots and the fuel bill out of a single trip," he said.\n'
    )
    corpus = analyse([Document("museum.txt", text, title="Museum curator speaks")], entities=True)
    hallet = text.index("Hallet called")
    sdoc = _untagged(corpus.docs[0].parse, hallet)
    assert (hallet, hallet + len("Hallet"), "hallet") in people_named(sdoc)
    historian = Cluster(forms=[NameForm("brian tallis")], type="person")
    at = text.index("Brian Tallis")
    spans = [(Match(0, 0, at, at + len("Brian Tallis")), historian)]
    quote = text.index('"They')
    assert last_person_named(sdoc, quote, spans, people_named(sdoc), "he") is None
    # Without the later surname, "he" is the historian.
    assert last_person_named(sdoc, quote, spans, [], "he") is historian


def test_she_is_not_a_man_the_pronouns_after_his_name_show(find: FindActor) -> None:
    """No given name we know says Ilario Varrow is a man, but "he" after his own
    mentions does: "she" means the woman who hired him, not him."""
    text = (
        "Orchard of the farm\n\n"
        "Ilario Varrow is leading two guests through the orchards of the farm. As he "
        "walks, he gathers some herbs.\n\n"
        "Varrow plans to brew cider from the new orchard. He also presses walnut oil.\n\n"
        "Varrow, a botanist from Dorvale, meant to be a forest ranger. But years ago "
        "he was talked into working at the farm by Nora Elise Hallam, the niece of its "
        "owners.\n\n"
        '"If you preach clean living at the farm, you ought to be growing clean food," '
        "she said.\n"
    )
    (varrow,) = find(_actors(text), "Ilario Varrow")
    assert varrow.quote is None or "clean food" not in varrow.quote.text


def test_the_one_person_named_among_a_plural_subject_is_whom_he_means(
    find: FindActor,
) -> None:
    """'Some architects, like Paul Ostrander, think ... "...," he said': the architect; not
    'Like Ostrander, he thinks ...', where "he" is someone else."""
    text = (
        "Concert hall opens late\n\n"
        "Director of the Dorfield Arts Council Joseph Wendarski opened the new concert hall "
        "in Dorfield on Monday.\n\n"
        "Some architects, like Paul Ostrander, an acoustics expert at the Dorfield "
        "Institute, think that the hall will change how cities build. The effects on "
        'smaller towns, he said, are harder to judge. "It is hard to see them clearly from '
        'here, because the costs are still falling," he said.\n'
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is not None and "hard to see" in ostrander.quote.text


def test_a_persons_gender_is_read_once_per_document_and_then_remembered() -> None:
    """The gender that rules a person out for "she" is kept in ``genders`` for the
    document's later quotes, and what is kept is what the next quote reads (a page that
    quotes one person hundreds of times must not read it hundreds of times)."""
    text = HALL + '"The roof will hold," she said.\n'
    corpus = analyse([Document("hall.txt", text, title="Concert hall")], entities=True)
    sdoc = corpus.docs[0].parse
    architect = Cluster(forms=[NameForm("paul ostrander")], type="person")
    at = text.index("Ostrander said")
    spans = [(Match(0, 0, at, at + len("Ostrander")), architect)]
    quote = text.index('"The roof')
    genders: dict[int, str] = {}
    assert last_person_named(sdoc, quote, spans, [], "she", genders) is None  # a man
    assert genders == {id(architect): "m"}
    genders[id(architect)] = ""  # what is remembered is what is read
    assert last_person_named(sdoc, quote, spans, [], "she", genders) is architect


def test_an_article_s_people_are_read_once() -> None:
    text = "Conrad Hallet said the plan failed. Hallet called the claim nonsense."
    adoc = analyse([Document(location="a.txt", text=text)], entities=True).docs[0]
    article_memo.forget()
    assert article_people(adoc) == people_named(adoc.parse)
    assert article_people(adoc) is article_people(adoc)
    memo = article_memo.ARTICLE_MEMOS["people_named"]
    [value] = memo.values.values()
    assert memo.decode(json.loads(json.dumps(memo.encode(value)))) == value
