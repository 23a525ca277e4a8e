"""Gender cues that keep two people of one surname apart."""

from __future__ import annotations

import time
from collections import Counter

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.genders import (
    gender_of,
    given_name_gender,
    mention_gender,
    namesakes,
    owner_gender,
    pronoun_gender,
)
from briefing.lang.genders import (
    FEMALE_GIVEN_NAMES,
    FEMALE_TITLES,
    MALE_GIVEN_NAMES,
    MALE_TITLES,
)


def _cue(text: str, name: str) -> str:
    start = text.index(name)
    return mention_gender(text, start, start + len(name))


def test_a_gendered_title_before_the_name_is_a_cue() -> None:
    assert _cue("Later Mrs. Varden left the hall.", "Varden") == "f"
    assert _cue("Later Mr. Varden left the hall.", "Varden") == "m"
    assert _cue("Later Miss Varden left the hall.", "Varden") == "f"
    assert _cue("Later President Varden left the hall.", "Varden") == ""


def test_the_first_pronoun_of_the_clause_after_the_name_is_a_cue() -> None:
    assert _cue("Aides said Varden would set out in his speech a plan.", "Varden") == "m"
    assert _cue("Varden, however, did not say how she would pay.", "Varden") == "f"


def test_a_pronoun_past_another_name_or_the_clause_end_is_no_cue() -> None:
    assert _cue("Varden lashed out at Tasker for what she called a trick.", "Varden") == ""
    assert _cue("Varden spoke. She left.", "Varden") == ""
    assert _cue("Varden spoke for an hour", "Varden") == ""


def test_the_cue_reads_a_bounded_stretch_of_text() -> None:
    text = "Varden " + "and spoke " * 20_000 + "and she left."
    t = time.process_time()
    assert mention_gender(text, 0, 6) == ""
    long_run = "Varden " + "x" * 200_000
    assert mention_gender(long_run, 0, 6) == ""
    assert time.process_time() - t < 0.5


def test_cues_must_agree_clearly() -> None:
    assert gender_of(Counter(m=5)) == "m"
    assert gender_of(Counter(m=5, f=1)) == "m"
    assert gender_of(Counter(m=2, f=1)) == ""
    assert gender_of(Counter(f=1)) == ""


def test_given_names_of_one_sex_only() -> None:
    assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES
    assert not MALE_TITLES & FEMALE_TITLES
    assert given_name_gender(["nancy", "varden"]) == "f"
    assert given_name_gender(["rebecca", "varden"]) == "f"
    assert given_name_gender(["bill", "varden"]) == "m"
    assert given_name_gender(["lee", "varden"]) == ""


def _form(key: str, docs: set[int], cues: dict[tuple[int, str], int] | None = None) -> NameForm:
    return NameForm(key, surfaces=Counter({key.title(): 1}), docs=docs, genders=Counter(cues))


def test_a_bare_surname_of_the_other_sex_elsewhere_is_a_namesake() -> None:
    full = _form("nancy varden", {3})
    bare = _form("varden", {0, 1, 2, 3}, {(0, "m"): 2, (1, "m"): 1, (3, "f"): 1})
    assert owner_gender([full]) == "f"
    assert namesakes(bare, [full])


def test_no_namesake_without_clear_cues_on_both_sides() -> None:
    bare = _form("varden", {0, 1, 3}, {(0, "m"): 2, (1, "m"): 1})
    assert not namesakes(bare, [_form("bill varden", {3})])  # same sex: one man
    assert not namesakes(bare, [_form("lee varden", {3})])  # the full name's sex unknown
    weak = _form("varden", {0, 3}, {(0, "m"): 1})
    assert not namesakes(weak, [_form("nancy varden", {3})])  # one cue is too few
    # Cues inside the full name's own article are hers, not another person's.
    inside = _form("varden", {3}, {(3, "m"): 3})
    assert not namesakes(inside, [_form("nancy varden", {3})])


def test_the_full_names_own_cues_decide_when_the_given_name_does_not() -> None:
    full = _form("lee varden", {3}, {(3, "f"): 2})
    assert owner_gender([full]) == "f"
    assert namesakes(_form("varden", {0, 1}, {(0, "m"): 2, (1, "m"): 1}), [full])


def test_the_bare_surnames_cues_beside_the_full_name_decide_when_nothing_else_does() -> None:
    """ "Jorun Varden ... Varden said she" in her articles, "Varden said he" in the others:
    a wife and her husband, whatever her given name."""
    full = _form("jorun varden", {3, 4})
    assert owner_gender([full]) == ""
    bare = _form("varden", {0, 1, 3, 4}, {(0, "m"): 2, (1, "m"): 1, (3, "f"): 1, (4, "f"): 1})
    assert namesakes(bare, [full])
    # One cue beside her full name is too few to say whose sex it is.
    weak = _form("varden", {0, 1, 3}, {(0, "m"): 2, (1, "m"): 1, (3, "f"): 1})
    assert not namesakes(weak, [full])


def test_pronoun_gender_reads_the_pronouns_after_a_persons_own_mentions() -> None:
    text = (
        "Ilario Varrick is showing guests the orchard. As he walks, he gathers herbs.\n\n"
        'Varrick said, "She planted it." Then he left.\n\n'
        "Varrick met Ana Roe. She smiled."
    )
    ends = [text.index("Varrick") + 7, text.index("Varrick said") + 7]
    # "he" after each; the quotation's "She" is the speaker's to mean, not a cue.
    assert pronoun_gender(text, ends, []) == "m"
    # One cue is not enough; another person's name ends the reach ("Ana Roe. She ...").
    assert pronoun_gender(text, ends[:1], []) == ""
    last = text.index("Varrick met") + 7
    assert pronoun_gender(text, [last, last], [text.index("Ana Roe")]) == ""
    assert pronoun_gender(text, [last, last], []) == "f"
