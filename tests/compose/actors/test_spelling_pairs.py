"""The pairs of a large block of names whose surnames may be spelt alike: every pair the
misspelling test accepts, as comparing every pair found them."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose.actors import spelling_pairs
from briefing.compose.actors.clusters import NameForm, UnionFind
from briefing.compose.actors.matching import similar_spelling
from briefing.compose.actors.people import People, join_full_names
from briefing.compose.actors.spelling_pairs import PAIRED_WHOLE, alike_pairs

# Invented surnames of a few letters, so that many are one or two edits apart; some
# longer than MAX_INDEXED_CHARS.
_SURNAMES = st.lists(
    st.one_of(
        st.text(alphabet="vasklr", min_size=3, max_size=13),
        st.text(alphabet="vas", min_size=31, max_size=33),
    ),
    min_size=PAIRED_WHOLE + 1,
    max_size=PAIRED_WHOLE + 40,
)


@settings(max_examples=60, deadline=None)
@given(surnames=_SURNAMES)
def test_every_pair_spelt_alike_is_found(surnames: list[str]) -> None:
    members = [3 * x + 1 for x in range(len(surnames))]  # positions of another list
    by_member = dict(zip(members, surnames, strict=True))
    found = set(alike_pairs(members, surnames))
    assert all(i < j for i, j in found)
    alike = {
        (i, j) for i, j in combinations(members, 2) if similar_spelling(by_member[i], by_member[j])
    }
    assert alike <= found


def test_a_small_block_is_paired_whole_and_a_large_one_by_its_deletions() -> None:
    names = ["varask", "varesk", "tormen", "brell"]
    assert sorted(alike_pairs([0, 1, 2, 3], names)) == list(combinations(range(4), 2))
    heads, ends = ["varn", "tolm", "brek", "sund", "halv"], ["ask", "ren", "ton", "vik", "dal"]
    many = [f"{h}{m}{e}" for h in heads for m in ("a", "ilo", "umbe", "orin") for e in ends]
    many.append("varnask")  # "varnaask" misspelt
    pairs = set(alike_pairs(list(range(len(many))), many))
    assert len(pairs) < len(many) * (len(many) - 1) // 2 // 5  # far from every pair
    assert (many.index("varnaask"), len(many) - 1) in pairs


def _joined(full: list[NameForm], whole: bool, monkeypatch) -> list[set[str]]:
    """The groups ``join_full_names`` makes of ``full``; ``whole``: every pair compared."""
    if whole:
        monkeypatch.setattr(spelling_pairs, "PAIRED_WHOLE", len(full) + 1)
    else:
        monkeypatch.setattr(spelling_pairs, "PAIRED_WHOLE", 4)
    uf = UnionFind(f.key for f in full)
    join_full_names(People(full), uf)
    groups: dict[str, set[str]] = {}
    for f in full:
        groups.setdefault(uf.find(f.key), set()).add(f.key)
    return sorted(groups.values(), key=sorted)


def test_full_names_are_joined_as_by_comparing_every_pair(monkeypatch) -> None:
    # Invented people of two given names, misspelt surnames among them ("varnaask" and
    # "varnask", "tolmiloren" and "tolmilorem"), a short form ("bob" of "robert").
    surnames = [f"{h}{m}{e}" for h in ("varn", "tolm", "brek") for m in ("a", "ilo", "umbe")
                for e in ("ask", "ren", "ton", "vik")]  # fmt: skip
    surnames += ["varnask", "tolmilorem", "brekumbeviik"]
    keys = [f"{first} {s}" for first in ("orla", "robert") for s in surnames] + ["bob varnask"]
    full = [NameForm(k) for k in keys]
    assert _joined(full, False, monkeypatch) == _joined(full, True, monkeypatch)
    assert {"orla varnaask", "orla varnask"} in _joined(full, False, monkeypatch)
