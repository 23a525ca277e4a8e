"""A sentence's fact without who said it (``fact_core``)."""

from __future__ import annotations


def test_who_said_it_is_not_part_of_the_fact():
    from briefing.compose.fact_core import core

    said = (
        "The council will cut bus fares by 15 percent as of March 1, the deputy "
        "mayor said Monday in a bid for votes."
    )
    assert core(said) == "The council will cut bus fares by 15 percent as of March 1"
    assert core("Officials said Friday that the plane was hit over the sea.") == (
        "the plane was hit over the sea."
    )
    assert core("Berg said so.") == "Berg said so."
    # What follows a trailing verb is the fact itself, not when or to whom: kept.
    told = (
        "Mary Hale, director of the Tenants Union, which speaks for renters, said most "
        "city landlords have raised rents twice in the past year."
    )
    assert core(told) == told
    favours = "The mayor, who has run the city for years, said on Friday that he backs the plan."
    assert core(favours) == "The mayor said on Friday that he backs the plan."
    assert core("The bridge will reopen in May, the mayor told reporters on Monday.") == (
        "The bridge will reopen in May"
    )
    # After the verb an article opens the fact when a finite verb follows: kept whole.
    overdue = (
        "Dana Roe, an attorney at the Harbour League, which sued the port, said the new "
        "rules are long overdue."
    )
    assert core(overdue) == overdue
    assert core("The ferry will stop in May, said the deputy mayor of Calder.") == (
        "The ferry will stop in May"
    )


def test_who_said_it_is_cut_wherever_it_stands():
    from briefing.compose.fact_core import core

    # "according to" whoever it is, at the end or at the start.
    assert core("The ferry will stop running in May, according to harbour staff.") == (
        "The ferry will stop running in May"
    )
    assert core("According to the port board, the ferry will stop running in May.") == (
        "the ferry will stop running in May."
    )
    # In the middle, between commas.
    assert core("The ferry, its captain said Friday, will stop running in May.") == (
        "The ferry will stop running in May."
    )
    assert core("The ferry, according to the port board, will stop running in May.") == (
        "The ferry will stop running in May."
    )
    # A speaker and maybe a day before the fact, with no "that".
    assert core("The harbour board said Friday the ferry will stop running in May.") == (
        "the ferry will stop running in May."
    )
    # After a phrase setting the scene.
    assert (
        core(
            "After a review of the logs, the charts and the hull, the board said in May that "
            "there was no trace of a fault in the steering."
        )
        == "there was no trace of a fault in the steering."
    )
    # Other verbs of saying, before "that" or after the fact.
    assert (
        core(
            "Responding to the audit, the mayor repeated her office's line that the ferry "
            "will stop running in May."
        )
        == "the ferry will stop running in May."
    )
    assert core("The ferry will stop running in May, the mayor added.") == (
        "The ferry will stop running in May"
    )
    # What the speaker goes on to add stays; a short remainder keeps the whole.
    assert core("Fares will rise next year, the minister said, adding that wages would too.") == (
        "Fares will rise next year"
    )
    assert core("The board said it agreed.") == "The board said it agreed."


def test_main_clause_drops_the_scene_and_what_followed():
    from briefing.compose.fact_core import main_clause

    told = (
        "After weeks of quarrels over the lease, the city council voted to sell the old "
        "harbour depot to a shipping firm, saying the sale would pay for two new schools."
    )
    assert main_clause(told) == (
        "the city council voted to sell the old harbour depot to a shipping firm"
    )
    assert main_clause("The city council voted to sell the old harbour depot.") is None
    assert main_clause("After the vote, the council adjourned, saying little.") is None


def test_main_clause_drops_a_description_set_after_a_dash():
    from briefing.compose.fact_core import main_clause

    told = (
        "A former welding apprentice was named by his school today as the maker of the "
        "Quillmoor leaflet -- the hoax that emptied dozens of ferry terminals this week."
    )
    assert main_clause(told) == (
        "A former welding apprentice was named by his school today as the maker of the "
        "Quillmoor leaflet."
    )
    # A clause after the dash with its own figures and subject is no description.
    assert (
        main_clause(
            "Half the island's ferries are idle, and at Vessby it is worse -- 73 percent of "
            "the crews have no work."
        )
        is None
    )


def test_main_clause_is_quick_on_a_huge_sentence():
    import time

    from briefing.compose.fact_core import main_clause

    huge = "After " + "a long, " * 25_000 + "x, saying " + "word, " * 5_000
    start = time.process_time()
    main_clause(huge)
    main_clause("word, " * 40_000 + "saying it.")
    assert time.process_time() - start < 1.0


def test_main_clause_is_quick_on_a_huge_sentence_of_dashes():
    import time

    from briefing.compose.fact_core import main_clause

    # Each dash's aside ran to the closing quote and failed there: quadratic (14 CPU s).
    dashes = "The ferry sailed -- the " + "old boat -- the " * 20_000 + 'end," she said.'
    spaced = "The ferry sailed -- a" + " " * 100_000 + '"x"'
    start = time.process_time()
    assert main_clause(dashes) is None
    main_clause(spaced)
    main_clause("The ferry sailed on time -- " + "— the x " * 20_000 + '"')
    assert time.process_time() - start < 1.0
    # the aside after the last quotation mark or long dash is still cut
    told = 'The pier board called it "a bargain" and sold its ferry — the last one it had.'
    assert main_clause(told) == 'The pier board called it "a bargain" and sold its ferry.'


def test_an_aside_between_two_dashes_leaves_the_main_clause_after_it():
    import time

    from briefing.compose.fact_core import main_clause

    # Cut to the end, the aside took the fact itself: "... and its ferry pier." was left.
    told = (
        "The harbour board of the old port of Calder and its ferry pier -- the body that "
        "runs the docks since the trust was wound up -- said mooring fees would rise in May."
    )
    assert main_clause(told) is None
    aside = "The harbour board of the old port of Calder sold its last ferry -- the Vell Star."
    assert main_clause(aside) == "The harbour board of the old port of Calder sold its last ferry."
    start = time.process_time()
    main_clause("The ferry sailed -- the " + "old boat -- the " * 20_000 + "end.")
    assert time.process_time() - start < 1.0


def test_who_said_it_without_a_comma_is_not_the_fact():
    from briefing.compose.fact_core import core

    assert core(
        "Yearly sales of craft cider now come to more than $2 billion said Nora Vik, "
        "director of the growers' guild."
    ) == ("Yearly sales of craft cider now come to more than $2 billion")
    assert core("The ferry sank near the pier said Harbour Master Jon Vik.") == (
        "The ferry sank near the pier"
    )
    # A day after the verb goes on with the fact: the fact is kept.
    said = "The board has said Tuesday the ferry was listing when it capsized."
    assert core(said) == "the ferry was listing when it capsized."


def test_core_is_quick_on_a_huge_sentence():
    import time

    from briefing.compose.fact_core import core

    start = time.process_time()
    core("said " * 40_000 + "Hale, " + "x " * 1_000)
    core("The fund grew " + " " * 100_000 + "said Hale.")
    assert time.process_time() - start < 1.0


def test_without_which_is_quick_on_a_huge_sentence():
    import time

    from briefing.compose.fact_core import without_which

    start = time.process_time()
    without_which("The line, which " + "runs " * 40_000 + "far, sails.")
    without_which(", which x" * 20_000 + " " + "y " * 100_000)
    without_which("The line, which " + "1,2" * 40_000 + " sails on.")
    assert time.process_time() - start < 1.0
