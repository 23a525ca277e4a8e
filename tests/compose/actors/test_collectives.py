"""Collective names: families, parties' members, movements' congresses, causes' councils."""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.collectives import (
    family,
    members_of,
    movement_congress,
    parties_of,
    society,
    surnames_of,
)


def _form(key: str, **votes: int) -> NameForm:
    return NameForm(key, surfaces=Counter({key.title(): 3}), votes=Counter(votes))


def _cluster(*keys: str) -> Cluster:
    return Cluster(forms=[_form(k, ORG=3) for k in keys])


def test_a_plural_of_a_story_surname_is_a_family() -> None:
    forms = {k: _form(k, PERSON=3) for k in ("idris marlow", "vell")}
    surnames = surnames_of(forms)
    assert surnames == frozenset({"marlow"})  # a one-word name is no full name
    assert family(_cluster("marlows"), surnames)
    assert not family(_cluster("vells"), surnames)
    assert not family(_cluster("marlow trust"), surnames)


def test_a_peoples_plural_named_for_a_party_is_its_members() -> None:
    parties = parties_of({k: _form(k) for k in ("zorvana party", "party of labour")})
    assert parties == frozenset({"zorvana"})
    assert members_of(_cluster("zorvanas"), parties)
    assert not members_of(_cluster("velmorans"), parties)


def test_a_congress_is_a_movement_unless_a_legislature_names_it() -> None:
    assert movement_congress(_cluster("velmoran national congress", "vnc"))
    assert not movement_congress(_cluster("congress"))
    assert not movement_congress(_cluster("congress of people's deputies"))
    assert not movement_congress(_cluster("congress ministry"))
    assert not movement_congress(_cluster("vnc"))


def test_a_council_is_a_society_when_it_names_a_cause_and_no_seat() -> None:
    assert society(_cluster("harbour research council"))
    assert society(_cluster("council for open adoption"))
    assert not society(_cluster("varnholm council"))
    assert not society(_cluster("texas research council"))
    assert not society(_cluster("national defense council"))
