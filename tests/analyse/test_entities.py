"""The shared spaCy pass: mentions with exact offsets and the parse kept for later stages."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.analyse.entities import clean_span, load_nlp
from briefing.model import Document

TEXT = (
    "Acme shares fell on Tuesday.\n\n"
    "Senator Mark Warner said Acme must explain itself to the Federal Trade Commission.\n\n"
    "About the author\nAmy Gesenhues\nContributor\n"
)


def test_mentions_point_into_the_text_and_sentences() -> None:
    corpus = analyse([Document("a.txt", TEXT)], entities=True)
    adoc = corpus.docs[0]
    assert adoc.mentions, "the model should find entities"
    for m in adoc.mentions:
        assert TEXT[m.start : m.end] == m.text
        assert "\n" not in m.text
        sent = adoc.sentences[m.sentence]
        assert sent.start <= m.start < sent.end
    labels = {(m.text, m.label) for m in adoc.mentions}
    assert ("Mark Warner", "PERSON") in labels
    assert any(t == "Tuesday" and lab == "DATE" for t, lab in labels)


def test_parse_is_kept_for_later_stages() -> None:
    corpus = analyse([Document("a.txt", TEXT), Document("b.txt", "Acme said so.")])
    for adoc in corpus.docs:
        assert adoc.parse is not None and adoc.parse.text == adoc.document.text
        assert any(t.dep_ for t in adoc.parse)  # role extraction reads appositions
        assert not hasattr(adoc.parse, "vocab"), "plain data, not a spaCy Doc"


def test_without_entities_nothing_is_parsed() -> None:
    corpus = analyse([Document("a.txt", TEXT)], entities=False)
    assert corpus.docs[0].parse is None and corpus.docs[0].mentions == []


def test_pipeline_is_loaded_once_with_the_lemmatizer() -> None:
    assert load_nlp() is load_nlp()
    assert {"parser", "ner", "lemmatizer"} <= set(load_nlp().pipe_names)


def test_the_tokenizer_built_from_defaults_is_the_saved_one() -> None:
    # load_nlp does not read the model's saved tokenizer (start-up time): that is only
    # right while the saved one is the tokenizer English builds from spaCy's defaults.
    import spacy

    from briefing.analyse.entities import MODEL

    saved = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "ner", "lemmatizer"])
    assert load_nlp().tokenizer.to_bytes(exclude=["vocab"]) == saved.tokenizer.to_bytes(
        exclude=["vocab"]
    )
    assert "senter" not in load_nlp().component_names


def test_lemmas_come_from_the_one_pass() -> None:
    corpus = analyse([Document("a.txt", "The agency announced that it was reviewing the data.")])
    lemmas = {t.text: t.lemma_ for t in corpus.docs[0].parse}
    assert lemmas["announced"] == "announce" and lemmas["reviewing"] == "review"


def test_clean_span_keeps_the_first_line() -> None:
    assert clean_span("Amy Gesenhues\nContributor", 10) == ("Amy Gesenhues", 10)
    assert clean_span("“Acme”", 4) == ("Acme", 5)
    assert clean_span("U.S.", 0) == ("U.S.", 0)
    assert clean_span("—", 0) is None


def test_a_long_text_is_parsed_in_pieces_with_the_same_offsets(monkeypatch) -> None:
    # spaCy's memory grows with each text it parses at once (a 2 MB line took 5.2 GB).
    from briefing.analyse import entities

    monkeypatch.setattr(entities, "CHUNK_CHARS", 400)
    para = "Senator Mark Warner met Angela Merkel in Berlin on Tuesday to discuss trade. "
    text = "\n\n".join([para * 3] * 12) + "\n\n" + "and so on " * 100 + "x" * 900
    pieces = entities._pieces(text)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= 400
    seen: list[int] = []
    nlp = load_nlp()
    real_pipe = nlp.pipe
    monkeypatch.setattr(
        type(nlp), "pipe", lambda self, texts, **kw: real_pipe(_record(texts, seen), **kw)
    )
    corpus = analyse([Document("long.txt", text), Document("b.txt", TEXT)], entities=True)
    assert max(seen) <= 400
    long_doc = corpus.docs[0]
    people = [m for m in long_doc.mentions if m.text == "Angela Merkel"]
    assert len(people) == 36  # every repetition, in every piece
    assert all(text[m.start : m.end] == m.text for m in long_doc.mentions)
    assert ("Mark Warner", "PERSON") in {(m.text, m.label) for m in corpus.docs[1].mentions}


def _record(texts, seen: list[int]):
    for t in texts:
        seen.append(len(t))
        yield t


def test_only_chosen_sentences_are_parsed_at_their_own_offsets() -> None:
    from briefing.analyse import analyse_document
    from briefing.analyse.entities import annotate_documents

    text = (
        "Senator Mark Warner met Angela Merkel in Berlin.\n\n"
        "Nothing here names anyone at all.\n\n"
        "Acme hired Sundar Pichai on Tuesday. Pichai said Google agreed.\n\n"
        "Angela Merkel flew to Paris."
    )
    whole, part = (analyse_document(Document("a.txt", text), 0) for _ in range(2))
    annotate_documents([whole])
    annotate_documents([part], deep=[{2, 3}])
    assert part.parse is not None and part.parse.text == text
    chosen = [s for s in part.sentences if s.index in (2, 3)]
    start, end = chosen[0].start, chosen[-1].end
    assert all(start <= t.idx < end for t in part.parse)
    assert [t.text for t in part.parse] == [t.text for t in whole.parse if start <= t.idx < end]
    assert {m.sentence for m in part.mentions} <= {2, 3}
    assert ("Sundar Pichai", "PERSON") in {(m.text, m.label) for m in part.mentions}
    assert all(text[m.start : m.end] == m.text for m in part.mentions)
    for t in part.parse:  # heads stay inside the passage, in the joined numbering
        assert start <= t.head.idx < end
    assert part.parse.char_span(0, 7, alignment_mode="expand") is None  # not parsed


def test_no_sentence_chosen_leaves_an_empty_parse() -> None:
    from briefing.analyse import analyse_document
    from briefing.analyse.entities import annotate_documents

    adoc = analyse_document(Document("a.txt", TEXT), 0)
    annotate_documents([adoc], deep=[set()])
    assert adoc.parse is not None and len(adoc.parse) == 0 and adoc.mentions == []


def test_batches_hold_a_count_and_a_number_of_characters_at_most() -> None:
    from briefing.analyse.entities import _batches

    pieces = ["a" * 10, "b" * 10, "c" * 25, "d" * 5, "e" * 60, "f" * 1, "g" * 1, "h" * 1]
    batches = list(_batches(pieces, 3, 30))
    assert [p for b in batches for p in b] == pieces  # all, in order
    assert batches == [pieces[:2], pieces[2:4], pieces[4:5], pieces[5:8]]
    assert list(_batches([], 8, 30)) == []
    # Bounded: a million tiny pieces are batched in one linear pass.
    many = list(_batches(["x"] * 1_000_000, 8, 40_000))
    assert len(many) == 125_000


def test_a_text_parses_the_same_whatever_batch_it_is_in(monkeypatch) -> None:
    # A long source's pieces go to spaCy a few at a time (peak memory), news articles
    # eight at a time: the parse of a text must not depend on its neighbours.
    from briefing.analyse import analyse_document, entities
    from briefing.analyse.entities import annotate_documents

    texts = [
        TEXT,
        "Angela Merkel flew to Paris on Monday.\n\nShe met the French president there.",
        "The Marlow council said it would close 40 depots by 2031. Acme objected.",
    ]

    def parsed(chars: int) -> list[tuple]:
        monkeypatch.setattr(entities, "BATCH_CHARS", chars)
        adocs = [analyse_document(Document(f"{i}.txt", t), 0) for i, t in enumerate(texts)]
        annotate_documents(adocs)
        return [
            (
                [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in a.parse],
                [(m.text, m.label, m.start) for m in a.mentions],
            )
            for a in adocs
        ]

    together, alone = parsed(10**9), parsed(1)
    assert together == alone
    assert any(m for _, m in together)
