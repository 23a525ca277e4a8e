"""Thing names: what one mention of a thing says of it, read from its article's parse."""

from __future__ import annotations

from briefing.compose.thing_names import distinct_names, mention
from briefing.parsed import ParsedDoc, Token

from .conftest import first_sentence


def _noun(text: str, word: str) -> tuple[ParsedDoc, Token]:
    """The parse of ``text`` and its token ``word``."""
    adoc, _ = first_sentence(text)
    assert adoc.parse is not None
    (tok,) = [t for t in adoc.parse if t.text == word]
    return adoc.parse, tok


def test_a_proper_name_before_the_noun_names_the_thing():
    parse, tok = _noun("The Brandt family opened the Skylark Casino on the pier.", "Casino")
    found = mention(parse, tok)
    assert found.names == ("Skylark Casino",)
    assert not found.counted


def test_a_naming_participle_names_the_thing():
    parse, tok = _noun("The Brandt family bought a ferry called Skylark.", "ferry")
    found = mention(parse, tok)
    assert found.names == ("Skylark",)
    assert found.counted  # "a ferry"


def test_plain_words_before_the_noun_describe_it_without_vague_ones():
    parse, tok = _noun("Inspectors found a new steel bolt under the bridge.", "bolt")
    found = mention(parse, tok)
    assert found.names == ()
    assert found.description == "steel bolt"
    assert found.counted


def test_distinct_names_fold_a_name_into_a_longer_one_and_keep_two():
    assert distinct_names(["Casino", "Skylark Casino"]) == ["Skylark Casino"]
    assert distinct_names(["Skylark", "Moonbeam", "Lark Hall"]) == ["Lark Hall", "Moonbeam"]
