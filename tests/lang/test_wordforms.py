"""Word forms joined for comparing facts: irregular past forms and death words."""

from __future__ import annotations

from briefing.lang.wordforms import BASE_FORM, base_form, event_synonym, verb_stem


def test_irregular_forms_take_their_base_form():
    assert base_form("met") == "meet"
    assert base_form("sank") == base_form("sunk") == "sink"
    assert base_form("told") == "tell"


def test_death_words_are_one_word():
    assert {base_form(w) for w in ("killed", "died", "dead", "perished", "killing")} == {"die"}


def test_words_telling_one_fact_are_one_word():
    assert {base_form(w) for w in ("met", "huddled", "meet")} == {"meet"}
    assert {base_form(w) for w in ("pledged", "vowed", "promised")} == {"promise"}
    assert {base_form(w) for w in ("sank", "capsized", "sinking")} == {"sink"}
    assert {base_form(w) for w in ("detained", "arrest")} == {"arrest"}
    assert {base_form(w) for w in ("banned", "prohibited", "outlawed")} == {"ban"}
    assert {base_form(w) for w in ("injured", "wounded")} == {"injure"}


def test_other_words_are_left_alone():
    assert base_form("left") == "left"  # mostly a side, not "leave"
    assert base_form("crash") == "crash"
    assert base_form("quit") == "quit"  # quitting smoking is no resignation
    assert base_form("hurt") == "hurt"  # mostly not an injury ("the economy was hurt")
    assert all(form.islower() and base.islower() for form, base in BASE_FORM.items())


def test_a_count_of_deaths_and_the_dagger_share_one_death_vocabulary():
    from briefing.lang.figures import EVENT_CLASS
    from briefing.lang.wordforms import DEATH_FORMS, DEATH_WORDS

    for word in DEATH_WORDS:
        assert EVENT_CLASS[word] == "died" and base_form(word) == "die", word
    for word in DEATH_FORMS:  # tell a death, but are no count's measure
        assert base_form(word) == "die" and word not in EVENT_CLASS, word


def test_one_class_for_the_words_of_one_kind_of_event() -> None:
    assert event_synonym("side") == event_synonym("rule") == "rule"  # "sided with" a party
    assert event_synonym("victori") == "win"
    # what a stemmer keeps apart: "kidnappers" / "kidnapped", "decision" / "decided"
    assert event_synonym("kidnapp") == event_synonym("abduct") == "kidnap"
    assert event_synonym("decis") == "decid"
    assert event_synonym("acquitt") == "acquit"
    assert event_synonym("sell") == "sell"  # no entry: its own class


def test_act_synonyms_join_the_words_of_one_act():
    from briefing.lang.wordforms import act_synonym

    assert act_synonym("hit") == act_synonym("strike") == "strike"
    assert act_synonym("launch") == act_synonym("enter") == "begin"
    assert act_synonym("defeat") == act_synonym("reject") == "reject"
    assert act_synonym("close") == "close"  # no entry: its own class


def test_deed_synonyms_join_the_verbs_of_one_doers_act() -> None:
    from briefing.lang.wordforms import deed_synonym

    assert deed_synonym("name") == deed_synonym("nomin") == deed_synonym("appoint") == "appoint"
    assert deed_synonym("startl") == deed_synonym("stun") == "stun"
    assert deed_synonym("quit") == "resign"
    assert deed_synonym("fire") == "fire"  # also shoots: its own class


def test_a_nouns_stem_is_its_verbs_where_the_noun_names_nothing_else() -> None:
    assert verb_stem("expans") == "expand"  # "the expansion" / "expanding"
    assert verb_stem("destruct") == "destroy"
    assert verb_stem("defens") == "defens"  # "the defense ministry" is no defending
    assert verb_stem("quarri") == "quarri"
