"""Tests for compose.known_people: the people an article named in full, by surname."""

from types import SimpleNamespace

from briefing.compose.known_people import people_before


def test_a_verb_opening_a_sentence_is_no_given_name():
    # The entity model may read "Turning Pell over ..." as a person "Turning Pell".
    text = "It was hard. Turning Pell over was hard. Mayor Tom Pell agreed. Pell's lawyer spoke."
    mentions = [
        SimpleNamespace(start=text.index("Turning"), label="PERSON", text="Turning Pell"),
        SimpleNamespace(start=text.index("Tom"), label="PERSON", text="Tom Pell"),
    ]
    adoc = SimpleNamespace(mentions=mentions, document=SimpleNamespace(text=text))
    lead = SimpleNamespace(start=text.index("Pell's"))
    assert people_before(adoc, lead) == {"Pell": {"Tom Pell": "Mayor Tom Pell"}}
