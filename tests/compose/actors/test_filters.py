"""Page clutter and outlets cited as a source never become actors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, Match, NameForm
from briefing.compose.actors.filters import in_spans, junk_spans, keep, products
from briefing.lang.speech import SPEAKS_AFTER_RE
from briefing.model import Actor, AnalysedDocument, Corpus, Document, Mention

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_clutter_never_becomes_an_actor(actors: list[Actor], find: FindActor) -> None:
    names = {a.name.lower() for a in actors} | {x.lower() for a in actors for x in a.aliases}
    for junk in ("jane doe", "john smith", "peter pan", "reuters", "size", "font size", "getty"):
        assert junk not in names
    # An outlet that only credits a report is not a party to the story.
    assert find(actors, "Daily Ledger") == []
    for a in actors:
        assert not a.name[0].isdigit()


CITED_PUBLICATION = """Inquiry widens over Zentra shipments

A Morning Courier Times report published on Monday revealed that Zentra Holdings sold \
parts to three buyers. The Morning Courier Times reported that the sales began in 2015. \
Zentra Holdings said the report was wrong. A Morning Courier Times story published later \
added two more buyers. Zentra chief executive Olga Brandt told the Times the sales were legal.
"""

SUED_PUBLICATION = """Zentra sues newspaper

Zentra Holdings sued the Harbor Gazette on Monday. The Harbor Gazette agreed to print a \
correction after the Harbor Gazette lost a first ruling. Zentra Holdings and the Harbor \
Gazette will meet in court in May, and the Harbor Gazette fired its editor.
"""


def test_a_publication_credited_for_its_reports_is_no_party(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(CITED_PUBLICATION), max_actors=10)
    assert find(actors, "Zentra Holdings")
    # Its "report revealed", "reported", "story published", "told the Times": all credits.
    assert find(actors, "Morning Courier Times") == []


def test_a_publication_in_the_story_stays(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(SUED_PUBLICATION), max_actors=10)
    assert find(actors, "Harbor Gazette")


def test_a_publication_speaks_only_through_its_reports() -> None:
    assert SPEAKS_AFTER_RE.search(" said the survey was small")
    assert SPEAKS_AFTER_RE.search("'s quoted a source")
    assert SPEAKS_AFTER_RE.search(" also said")
    assert not SPEAKS_AFTER_RE.search(" was sued on Monday")


def _matches(corpus: Corpus, name: str) -> list[Match]:
    found = []
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        start = text.find(name)
        while start >= 0:
            found.append(Match(0, d, start, start + len(name)))
            start = text.find(name, start + 1)
    return found


def test_an_outlet_named_in_few_articles_is_no_party() -> None:
    """'Police raided PV News': a party there, yet one article of three; a story about
    the outlet names it in most of its articles."""
    texts = [
        "Police raided PV News on Monday, and PV News appealed the order.",
        "Donors met the finance minister in Lilongwe on Wednesday.",
        "The finance minister said aid would resume after the donors met.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    outlet = Cluster(forms=[NameForm("pv news")], matches=_matches(corpus, "PV News"))
    assert not keep(corpus, outlet, set())
    about = Corpus(corpus.docs[:1] + [AnalysedDocument(Document("e.txt", texts[0]))])
    assert keep(
        about, Cluster(forms=[NameForm("pv news")], matches=_matches(about, "PV News")), set()
    )


def test_a_publication_named_for_its_place_is_an_outlet() -> None:
    """'Times of Zambia' ends in no outlet word; '<word> of <place>' names a paper too."""
    texts = [
        "The Times of Zambia said the finance minister met donors in Lusaka.",
        "Donors met the finance minister in Lusaka on Wednesday.",
        "The finance minister said aid would resume after the donors met.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    paper = Cluster(
        forms=[NameForm("times of zambia")],
        matches=_matches(corpus, "Times of Zambia"),
        type="organisation",
    )
    assert not keep(corpus, paper, set())
    # A body named "... of ..." after no publication word stays.
    bank = Cluster(
        forms=[NameForm("bank of zambia")],
        matches=_matches(corpus, "finance minister"),
        type="organisation",
    )
    assert keep(corpus, bank, set())


def _org(*surfaces: str) -> Cluster:
    forms = [
        NameForm(s.lower().rstrip(".").removesuffix(" co"), surfaces=Counter({s: 1}))
        for s in surfaces
    ]
    return Cluster(forms=forms, type="organisation")


def test_a_product_named_after_a_company_of_the_story_is_no_actor() -> None:
    microsoft = _org("Microsoft")
    windows = _org("Microsoft Windows", "Windows")
    boeing = _org("Boeing", "Boeing 767s", "NorAvia Boeing")  # heads names of its own
    noravia = _org("NorAvia")
    corps = _org("Army Corps of Engineers")
    army = _org("Army")
    school = _org("Harvard Law School")
    harvard = _org("Harvard")
    clusters = [microsoft, windows, boeing, noravia, corps, army, school, harvard]
    flags = dict(zip(map(id, clusters), products(clusters), strict=True))
    assert flags[id(windows)]
    assert not any(flags[id(c)] for c in (microsoft, boeing, noravia, corps, army, school))
    # Without the company in the story, the name stays.
    assert products([windows]) == [False]


def _named(texts: list[str], name: str, kind: str) -> tuple[Corpus, Cluster]:
    """A corpus of plain texts and a cluster of one name's occurrences in them."""
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    cluster = Cluster(forms=[NameForm(name.lower())], matches=_matches(corpus, name))
    cluster.type = kind
    return corpus, cluster


def test_a_nickname_or_handle_is_no_actor_of_its_own() -> None:
    """A name the texts introduce as someone's nickname or computer handle."""
    texts = [
        "Police said a hacker who calls himself Nightjar broke into the city's computers.",
        "Nightjar left a message on the servers, and Nightjar has not been seen since.",
        'Residents knew the old mayor, nicknamed "Silver Fox", as a patient man.',
    ]
    assert not keep(*_named(texts, "Nightjar", "organisation"), set())
    assert not keep(*_named(texts, "Silver Fox", "person"), set())
    # Named so in one mention of many, a body is only once said to be "known as" it.
    texts = ["The city council, known as Ardmoor Council, met.", *["Ardmoor Council voted."] * 5]
    assert keep(*_named(texts, "Ardmoor Council", "government body"), set())


def test_a_bodys_short_name_given_with_known_as_is_no_nickname() -> None:
    texts = [
        "Inspectors of the Mining Review Commission, known as MIRCOM, left on Monday.",
        "MIRCOM said its report was late.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    matches = sorted(
        _matches(corpus, "Mining Review Commission") + _matches(corpus, "MIRCOM"),
        key=lambda m: (m.doc, m.start),
    )
    forms = [NameForm("mining review commission"), NameForm("mircom")]
    body = Cluster(forms=forms, matches=matches, type="government body")
    assert keep(corpus, body, set())
    # The short name alone, introduced so in one of its two mentions, is still a nickname.
    assert not keep(*_named(texts, "MIRCOM", "organisation"), set())


def test_a_dateline_place_is_page_furniture() -> None:
    text = "Intro line\nNAIROBI, Kenya (AP) -- Health officials met on Monday.\nKENYA said no."
    spans = junk_spans(AnalysedDocument(Document("a.txt", text)))
    assert (text.index("NAIROBI"), text.index("NAIROBI") + len("NAIROBI, Kenya")) in spans
    assert not in_spans(spans, text.index("KENYA"), text.index("KENYA") + 5)


def test_a_name_written_before_a_newspapers_noun_is_an_outlet_whatever_its_type() -> None:
    """'said Vellor newspaper': the model reads the paper's name as a person's."""
    texts = [
        "'The talks have stopped,' said Vellor newspaper, which speaks for the government.",
        "'The talks have stopped,' said Vellor, which speaks for the government.",
        "Donors met the finance minister in Lusaka on Wednesday.",
        "The finance minister said aid would resume after the donors met.",
        "Talks resumed in Lusaka on Friday.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    paper = Cluster(forms=[NameForm("vellor")], matches=_matches(corpus, "Vellor"), type="person")
    assert not keep(corpus, paper, set())
    # The same name never written so is a person to keep.
    person = Cluster(
        forms=[NameForm("ana vellor")], matches=_matches(corpus, "Vellor")[1:], type="person"
    )
    assert keep(corpus, person, set())
    # "the official Kessa news agency reported": a news agency, also read as a person.
    texts = [
        "Talks stalled, the official Kessa news agency reported. Kessa quoted the minister.",
        *texts[2:],
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    agency = Cluster(forms=[NameForm("kessa")], matches=_matches(corpus, "Kessa"), type="person")
    assert not keep(corpus, agency, set())


def test_a_name_always_written_after_a_newspapers_noun_is_an_outlet() -> None:
    """'daily Vellor Dnes reported', 'the newspaper Vellor Dnes': a paper, not a person;
    once after the noun and once not ('told the newspaper Ana Vell had left') a person."""
    texts = [
        "Shops shut on Monday, daily Vellor Dnes reported.",
        "Traders complained, according to the newspaper Vellor Dnes.",
        "Donors met the finance minister in Lusaka on Wednesday.",
        "The finance minister said aid would resume after the donors met.",
        "Talks resumed in Lusaka on Friday.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    paper = Cluster(
        forms=[NameForm("vellor dnes")], matches=_matches(corpus, "Vellor Dnes"), type="person"
    )
    assert not keep(corpus, paper, set())
    texts = ["A clerk told the newspaper Ana Vell had left.", "Ana Vell said she left.", *texts[2:]]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    person = Cluster(
        forms=[NameForm("ana vell")], matches=_matches(corpus, "Ana Vell"), type="person"
    )
    assert keep(corpus, person, set())


DANCE_HALL = """Miners rescued

Rescue workers were called at 4:10 a.m. (0910 GMT) on Sunday, fire chief Lars Orm said. \
The pumps stopped near dawn (1015 GMT Sunday). Orm said 12 men were safe.
"""


def test_a_time_zone_after_a_clock_time_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(DANCE_HALL, DANCE_HALL), max_actors=10)
    assert find(actors, "Lars Orm")[0].type == "person"
    assert find(actors, "GMT") == []


def test_whom_someone_told_is_story_text_not_page_furniture() -> None:
    """'told reporters' names the audience of a speaker, not a reporter's credit line."""
    told = "Deputy Premier Arvo Lindqvist told reporters in Tallin that the talks would go on."
    credit = "Staff reporter Mira Holm contributed to this story from Tallin."
    text = f"{told}\n{credit}\n"
    spans = junk_spans(AnalysedDocument(Document("a.txt", text)))
    assert not in_spans(spans, text.index("Arvo"), text.index("Arvo") + len("Arvo Lindqvist"))
    assert in_spans(spans, text.index("Mira"), text.index("Mira") + len("Mira Holm"))


def test_a_portfolio_inside_a_ministers_title_is_no_body() -> None:
    """Both portfolios of "Minister of Labour and Social Housing", before or after the
    title; a body named on its own stays."""
    texts = [
        "Vice Minister of Labour and Social Housing Wang Li said layoffs would be limited.",
        "Labour and Social Housing Minister Zhang Wei promised higher payments.",
        "The Social Housing Trust said it would build more homes.",
    ]
    assert not keep(*_named(texts[:2], "Social Housing", "government body"), set())
    assert not keep(*_named(texts[1:2], "Labour", "organisation"), set())
    assert keep(*_named(texts[2:], "Social Housing Trust", "organisation"), set())


def test_a_body_named_only_as_where_someone_comes_from_is_no_actor() -> None:
    """ "Ilse Varn of the Coast Guard": the service a person comes from; a body that is
    also named on its own stays."""
    texts = [
        "The crew included Ilse Varn of the Coast Guard and Otto Brask, of the Coast Guard.",
        "Ilse Varn of the Coast Guard said the Coast Guard would search the bay.",
    ]
    corpus, cluster = _named(texts, "Coast Guard", "government body")
    for adoc in corpus.docs:
        text = adoc.document.text
        for name in ("Ilse Varn", "Otto Brask"):
            if name in text:
                start = text.index(name)
                adoc.mentions.append(Mention(name, "PERSON", start, start + len(name), 0))
    only = Cluster(forms=cluster.forms, matches=[m for m in cluster.matches if m.doc == 0])
    only.type = "government body"
    assert not keep(corpus, only, set())
    assert keep(corpus, cluster, set())  # "the Coast Guard would search": a party


EDITOR = """Radio network fined

"We deeply regret this decision," said Ansel Corvath, executive editor of Radio Lumen, \
speaking by telephone from Geneva on Sunday.

In the March interview, Corvath said, journalists only asked about the farm protests. "They will \
always find a reason," Corvath said.

Mail garden questions to Kathy Dornan, garden editor, Harbour Times, P.O. Box 40, Lorvik.
"""


def test_a_speakers_title_is_story_text_not_page_furniture(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'said Ansel Corvath, executive editor of ...' quotes an editor in the story (check
    story D0607G: his full name was read as clutter and his surname typed an
    organisation); an editor one mails questions to is the page's."""
    corpus = corpus_of(EDITOR)
    text = corpus.docs[0].document.text
    spans = junk_spans(corpus.docs[0])
    editor = text.index("Ansel Corvath")
    assert not in_spans(spans, editor, editor + len("Ansel Corvath"))
    mail = text.index("Kathy Dornan")
    assert in_spans(spans, mail, mail + len("Kathy Dornan"))
    actors = extract_actors(corpus, max_actors=10)
    assert [a.type for a in find(actors, "Ansel Corvath")] == ["person"]
    assert find(actors, "Corvath") == find(actors, "Ansel Corvath")


CLINICS = """Clinics in Dorvale report more infections

Cases of sexually transmitted infections (STI) rose by a third last year, the Dorvale \
Health Board said on Monday. STI cases were highest among young men, said Anna Kessel, \
who runs the clinic at Brenmoor Hospital. "STI rates are climbing because testing is rare," \
Kessel said. Its directly observed treatment (DOT) scheme helped, and DOT cut relapses, \
said Piet Olmar of the Harbor Health Trust.
"""


def test_an_acronym_a_text_defines_by_a_common_noun_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(CLINICS, CLINICS), max_actors=20)
    assert find(actors, "STI") == []
    assert find(actors, "DOT") == []
    assert find(actors, "Anna Kessel")[0].type == "person"
    assert find(actors, "Dorvale Health Board")[0].type in {"organisation", "government body"}
    # Named only as where the clinic is: a setting, no actor (kinds).
    assert find(actors, "Brenmoor Hospital") == []


def _kept_beside_donors(first: str, key: str, surface: str, kind: str) -> bool:
    """Whether ``keep`` keeps the name ``surface`` (key ``key``, typed ``kind``) of a
    story of three articles, ``first`` and two about donors that do not name it."""
    texts = [
        first,
        "Donors met the finance minister in Lusaka on Wednesday.",
        "The finance minister said aid would resume after the donors met.",
    ]
    corpus = Corpus([AnalysedDocument(Document(f"d{i}.txt", t)) for i, t in enumerate(texts)])
    cluster = Cluster(forms=[NameForm(key)], matches=_matches(corpus, surface), type=kind)
    return keep(corpus, cluster, set())


def test_a_broadcaster_or_a_press_association_named_in_few_articles_is_an_outlet() -> None:
    """'Vellor Broadcasting Corp.', 'Kessa Press', 'the Vellor Press Association':
    outlets by their names, dropped when few of the articles name them."""
    first = (
        "Vellor Broadcasting Corp. radio said the report was leaked, the Vellor Press "
        "Association and Kessa Press said."
    )
    for key, surface in (
        ("vellor broadcasting", "Vellor Broadcasting Corp"),
        ("vellor press association", "Vellor Press Association"),
        ("kessa press", "Kessa Press"),
    ):
        assert not _kept_beside_donors(first, key, surface, "organisation"), key


def test_a_stations_reports_are_credits_its_own_doings_are_not() -> None:
    """'Radio Lumo said', 'Radio Lumo also said': the station is the credit, as a paper
    is; fined and sued, it is a party, in however few articles."""
    said = "Radio Lumo said the mayor had resigned. Radio Lumo also said he was tired."
    assert not _kept_beside_donors(said, "radio lumo", "Radio Lumo", "organisation")
    sued = "The regulator fined Radio Lumo on Monday, and Radio Lumo sued the regulator."
    assert _kept_beside_donors(sued, "radio lumo", "Radio Lumo", "organisation")


def test_a_name_credited_after_a_publications_noun_is_an_outlet() -> None:
    """'according to the Corvalan newspaper Vellor Dnes': once is enough, whatever the
    model took the name for."""
    first = (
        "Traders complained, according to the Corvalan newspaper Vellor Dnes. Vellor Dnes "
        "said prices rose."
    )
    assert not _kept_beside_donors(first, "vellor dnes", "Vellor Dnes", "person")
