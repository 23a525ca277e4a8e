"""Key actors: who is involved, in what role, saying what.

Built on the single spaCy pass of analyse (``AnalysedDocument.mentions`` and ``.parse``,
plain data: compose never calls spaCy). ``extract_actors`` runs the steps below in
order; every word list they use lives in ``briefing.lang`` (names, speech, furniture).

Map of the package (one job per module):

- ``clusters``: the data passed between steps (``NameForm``, ``Match``, ``Cluster``,
  ``UnionFind``) and two helpers on it (``is_personish``, ``match_span``).
- ``filters``: page clutter where mentions are ignored (``junk_spans``, ``headline_like``),
  ordinary capitalised words (``common_words``) and the final ``keep`` filter (common
  words, outlets cited only as a source, departments inside job titles, a body named
  only as where someone comes from, thin surnames);
  ``products`` named after a company of the story ("Dorvale Mail").
- ``forms``: entity mentions cleaned into keyed name forms (``collect_forms``).
- ``name_keys``: a written name as a key (``normalise_name``: titles, "the",
  possessives, corporate suffixes stripped) and whether it can be one name.
- ``particles``: a person's name the model cut at a lower-case surname particle
  ("Ines | dos | Reis"): one name.
- ``given_names``: a surname the model tagged without the given name written before it
  ("Ilse | Marrow", "Per-| Ola Marrow"): the full name.
- ``title_names``: a title the model tagged as a person before the name it goes with
  ("Roman Catholic Bishop | Anselm Rook"): no name form.
- ``members``: a member's noun the model read as the first words of a person's name
  ("Tide Rider Amos Keller" of "the Tide Riders"): none of the name.
- ``fronts``: the first words of someone's title the model took for a body ("Valley
  Provincial" of "Valley Provincial Medical Officer ..."): no name form; a body's name
  the model cut before its head noun ("Valley Provincial | Government"): read whole; a
  name the articles only ever write inside a longer one ("Valley Provincial" of "Valley
  Provincial General Hospital"): no name form.
- ``matching``: whether two names can denote one actor (full names, misspellings,
  acronyms, defined acronyms, country names). Pure functions on keys. Also the acronyms
  a text defines by a common noun ("sexually transmitted infections (STI)"), which are
  common words: no actor.
- ``merge``: forms joined into one ``Cluster`` per actor, as named steps over a
  union-find (``merge_forms``); its person steps live in ``people``.
- ``variants``: ways of writing one name that the merge steps would read as others
  (surname particles, Arabic articles, a body's name cut before its closing words).
- ``mentions``: every alias counted in every text (``count_mentions``).
- ``agency``: whether a name acts as a party (subject of "said", "sued"; has a
  spokesman) or only appears as a thing ("the ... virus", "patients taking ...").
- ``kinds``: person, organisation, government body, country or not an actor
  (``assign_kind``), with how often the actor acts or is only listed.
- ``things``: names of places and things, not actors (a place's or a flight's name,
  money, a law, what the model labels a product), asked before any type.
- ``concepts``: an era, an event or an idea the model labels an organisation ("during
  the Long Boom"), never a party: no actor.
- ``collectives``: the checks ``kinds`` makes on collective names (a family, a party's
  members, a movement's congress, a council for a cause).
- ``descriptions``: what a role says the name is (a place or a thing, a body, a person),
  or that its holder only comments on the story (an analyst, a strategist).
- ``genders``: gender cues that keep two people of one surname apart.
- ``background``: people named only, or mostly, from the story's past (``past_share``),
  only as examples of others (``named_as_example``) or only inside others' quotations
  (``named_in_quotations_only``); mentions that only name a rule or an idea after a person
  ("the X exception": ``recalled``), which weigh nothing in the ranking.
- ``hypotheticals``: people named only in what the writer imagines ("X, I am sure,
  would agree", "if X were to resign"): no party unless quoted.
- ``journalists``: people quoted only as writers for a news outlet ("said X of the
  Daily News"): commentators, no party.
- ``experts``: people quoted only as academics or experts ("said X, a professor of
  economics at ..."): commentators too.
- ``units``: a laboratory or centre of a body listed beside it with nothing of its own.
- ``parents``: a body named only as the owner of another listed body ("the U.N. panel"
  beside the panel), never acting: left out.
- ``naming``: the displayed name and the aliases.
- ``roles``: the role from appositions, titles and copular descriptions (parse); a
  party ("a Republican") is none.
- ``quotes``: the best attributed quotation or transcript line per actor.
- ``referents``: whom a "he" or "she" that speaks a quotation means.
- ``salience``: the ranking score; a body named in passing (``passing``) is damped.

Tuned numbers are named constants next to the code that uses them, each saying what
chose it. To change how names merge, start in ``merge``/``matching``; to change which
entries are dropped, ``filters``/``kinds``; the ranking, ``salience``.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.actors.background import (
    MOSTLY_PAST_SHARE,
    named_as_example,
    named_in_quotations_only,
    past_share,
    recalled,
)
from briefing.compose.actors.clusters import Cluster, member_plurals
from briefing.compose.actors.collectives import parties_of, surnames_of
from briefing.compose.actors.countries import country_of_cluster, frames, state_acts
from briefing.compose.actors.descriptions import (
    role_comments,
    role_names_a_body,
    role_names_a_person,
    role_names_a_thing,
    role_names_no_party,
    role_speaks_for,
)
from briefing.compose.actors.experts import cited_expert
from briefing.compose.actors.filters import common_words, junk_spans, keep, products
from briefing.compose.actors.forms import collect_forms
from briefing.compose.actors.history import story_year
from briefing.compose.actors.hypotheticals import named_only_hypothetically
from briefing.compose.actors.journalists import cited_writer
from briefing.compose.actors.kinds import assign_kind, personal
from briefing.compose.actors.matching import (
    abbreviates,
    article_acronyms,
    article_nicknames,
    common_acronyms,
    country_name,
    defined_acronyms,
)
from briefing.compose.actors.mentions import count_mentions
from briefing.compose.actors.merge import merge_forms
from briefing.compose.actors.name_keys import normalise_name
from briefing.compose.actors.naming import aliases, display_name
from briefing.compose.actors.occasions import named_only_as_where
from briefing.compose.actors.parents import qualifier_parents
from briefing.compose.actors.people import named_relatives
from briefing.compose.actors.quotes import attach_quotes
from briefing.compose.actors.roles import role
from briefing.compose.actors.salience import (
    COUNTRY_BONUS_MIN_DOCS,
    article_centrality,
    lead_end,
    passing,
    salience,
    summary_bonus,
    surfaces,
)
from briefing.compose.actors.things import things_of
from briefing.compose.actors.units import units_of_parents
from briefing.model import Actor, Corpus, Statement

__all__ = [
    "Candidate",
    "abbreviates",
    "actor_candidates",
    "country_name",
    "defined_acronyms",
    "extract_actors",
    "normalise_name",
    "rank_actors",
]


@dataclass
class Candidate:
    """An actor before ranking, with what ranking needs of its cluster: its score without
    the executive summary's bonus, and the ways it is written (plain data, so candidates
    found in a forked process come back whole)."""

    actor: Actor
    score: float
    surfaces: list[str]
    # A country acting in few articles, or a domestic story's frame: the summary names
    # where, not who.
    setting: bool = False
    # A journalist with no role of their own, quoted only as writing for an outlet
    # ("said X of the Daily News"): a commentator, as an analyst is; an editor with a
    # title ("executive editor of Radio X") may speak for the outlet the story is about.
    # So is an academic or an expert cited only for a view ("said X, a professor of
    # economics"), with no office.
    writer: bool = False


def extract_actors(
    corpus: Corpus,
    *,
    summary: list[Statement] | None = None,
    max_actors: int,  # no default of its own: Config.max_actors is the one default
) -> list[Actor]:
    """One ``Actor`` per real-world actor of the story, most salient first.

    Needs the entity pass of analyse (``analyse(..., entities=True)``).
    """
    return rank_actors(actor_candidates(corpus), summary=summary, max_actors=max_actors)


def rank_actors(
    candidates: list[Candidate], *, summary: list[Statement] | None, max_actors: int
) -> list[Actor]:
    """The ``max_actors`` most salient candidates but spokespeople; being named in
    ``summary`` counts."""
    summary_text = " ".join(s.text for s in summary or [])
    ranked = sorted(
        candidates,
        key=lambda c: (
            -(c.score + _bonus(c, summary_text)),
            c.actor.name,
        ),
    )
    # A spokesman speaks for a party and is none, nor is an analyst cited for an opinion
    # or a forecast; the place is not given to the next candidate, as each one dropped
    # would bring in one less salient, and less vetted (on the 20 dev stories two of
    # seven such were a drug and a virus). So for a writer quoted for an outlet, and an
    # expert quoted only for a view.
    return [
        c.actor
        for c in ranked[:max_actors]
        if not c.writer
        and not (
            c.actor.type == "person"
            and (role_speaks_for(c.actor.role) or role_comments(c.actor.role))
        )
    ]


def _bonus(c: Candidate, summary_text: str) -> float:
    """The executive summary's bonus; none for a country that hardly acts (``setting``)."""
    if c.setting:
        return 0
    return summary_bonus(c.surfaces, summary_text, c.actor.type == "country")


def actor_candidates(corpus: Corpus) -> list[Candidate]:
    """Every actor of the story, unranked: all of ``extract_actors`` that does not need
    the executive summary (so it can run beside the synthesis)."""
    if any(d.parse is None for d in corpus.docs):
        raise ValueError("key actors need the entity pass: analyse(documents, entities=True)")
    junk = [junk_spans(adoc) for adoc in corpus.docs]
    forms = collect_forms(corpus)
    texts = [d.document.text for d in corpus.docs]
    # Both sets are the union of what each article writes (remembered per article).
    acronyms: set[tuple[str, str]] = set().union(*map(article_acronyms, corpus.docs))
    # "STI" of "sexually transmitted infections (STI)": a common noun, as a word the
    # texts write in lower case is.
    common = common_words(forms, texts) | common_acronyms(texts, acronyms)
    things = things_of(forms)
    parties = parties_of(forms)
    members = member_plurals(forms)
    surnames = surnames_of(forms)
    nicknamed: set[tuple[str, str]] = set().union(*map(article_nicknames, corpus.docs))
    clusters = merge_forms(
        forms,
        acronyms,
        common=common,
        nicknamed=nicknamed,
        relatives=named_relatives(texts),
    )
    count_mentions(corpus, clusters, junk)
    leads = [lead_end(adoc) for adoc in corpus.docs]
    kept: list[tuple[Cluster, Actor]] = []
    pasts: dict[int, bool] = {}  # mostly named from the story's past
    examples: set[int] = set()  # people named only as examples ("voters such as X")
    ents_by_doc: dict[int, dict[int, str]] = {}
    year = story_year(corpus)  # the year undated articles are read against
    for cluster in clusters:
        if not cluster.matches:
            continue
        assign_kind(corpus, cluster, things, ents_by_doc, parties, members, surnames, year)
        if cluster.type == "" or not keep(corpus, cluster, common):
            continue
        past = past_share(corpus, cluster, year) if cluster.type == "person" else 0
        if past == 1:
            continue  # named only from the story's past: "the 1925 trial of ..."
        if cluster.type == "person":
            cluster.recalled, cluster.recalled_docs = recalled(corpus, cluster)
        if cluster.type == "person" and (
            named_as_example(corpus, cluster)
            or named_in_quotations_only(corpus, cluster)
            or named_only_as_where(corpus, cluster)
            or named_only_hypothetically(corpus, cluster)
        ):
            # "voters such as X"; "born in X": a place; "X, I am sure, would agree";
            # named only in others' quotations
            examples.add(id(cluster))
        described = role(corpus, cluster)
        full_name = cluster.type == "person" and any(len(f.tokens) > 1 for f in cluster.forms)
        if cluster.type == "country" and role_names_no_party(described):
            described = None  # "Pyongyang, the capital city": its capital's, not its own
        elif not full_name and role_names_no_party(described):
            continue  # "Bramford, a small town", "Tabex, a deadly nerve agent"
        elif cluster.type == "person" and role_names_a_thing(described) and not personal(cluster):
            continue  # "Kell Basin, a 9-acre reservoir project": a person by the labels only
        if cluster.type == "person" and role_names_a_body(described):
            cluster.type = "organisation"  # "Cider Youth, now a statewide movement"
        elif cluster.type == "organisation" and role_names_a_person(described):
            cluster.type = "person"  # "Corinna Vale, a 29-year-old bakery assistant"
        cluster.name = display_name(corpus, cluster, {nick for _, nick in nicknamed})
        actor = Actor(
            name=cluster.name,
            type=cluster.type,
            aliases=aliases(cluster),
            role=described,
            mentions=len(cluster.matches),
            sources=sorted({m.doc + 1 for m in cluster.matches}),
        )
        kept.append((cluster, actor))
        pasts[id(cluster)] = past >= MOSTLY_PAST_SHARE
    kept = [
        ca for ca, product in zip(kept, products([c for c, _ in kept]), strict=True) if not product
    ]
    kept = [
        ca
        for ca, unit in zip(kept, units_of_parents([c for c, _ in kept]), strict=True)
        if not unit
    ]
    # Quotes need every actor's matches to resolve the speaker, so attribute them last.
    attach_quotes(corpus, [c for c, _ in kept], [a for _, a in kept])
    # "voters such as X": an example of others, a party only if quoted; so is a "person"
    # only ever named where a place goes ("born in X"), or only in what the writer
    # imagines ("X, I am sure, would agree": DUC 2004 d30006t, rank 20).
    kept = [(c, a) for c, a in kept if id(c) not in examples or a.quote is not None]
    # Background ("Darwin's theory", a statesman of a biography's past): a person mostly
    # named from the past, never acting in the story's time and not quoted, is no party
    # (DUC 2004 d30037t: two prime ministers of a minister's past cabinets, ranks 14 and
    # 17, once ranked below the parties; no tuning story's actors change).
    kept = [(c, a) for c, a in kept if not pasts[id(c)] or a.quote is not None]
    # "U.N." only ever owning the story's panel ("a U.N.-sponsored network"): the panel.
    owners = qualifier_parents(corpus, [c for c, _ in kept], [a for _, a in kept])
    kept = [ca for ca, owner in zip(kept, owners, strict=True) if not owner]
    states = state_acts(corpus)
    countries = [c for c, a in kept if a.type == "country"]
    acting = {id(c): _acting(c, states) for c in countries}
    # "The United States" of a story on its crime rates: where it happens, not a party.
    framing = frames(
        [({m.doc for m in c.matches}, acting[id(c)]) for c in countries], COUNTRY_BONUS_MIN_DOCS
    )
    frame = {id(c) for c, is_frame in zip(countries, framing, strict=True) if is_frame}
    party_keys = {f.key for c, _ in kept for f in c.forms}  # an outlet among them is a party
    starts: dict[int, list[int]] = {}  # each article's sentence starts, read once
    return [
        Candidate(
            a,
            salience(
                a,
                c,
                leads,
                central=article_centrality(corpus, c, starts) if a.type == "person" else 0,
                frame=id(c) in frame,
                in_passing=passing(corpus, a, c),
            ),
            surfaces(c),
            id(c) in acting and (len(acting[id(c)]) < COUNTRY_BONUS_MIN_DOCS or id(c) in frame),
            a.type == "person"
            and (
                (a.role is None and cited_writer(corpus, c, party_keys)) or cited_expert(corpus, c)
            ),
        )
        for c, a in kept
    ]


def _acting(c: Cluster, states: dict[str, set[int]]) -> set[int]:
    """The articles where a country acts as a state, by its name or its officials
    ("Egyptian officials said"); in too few (``COUNTRY_BONUS_MIN_DOCS``), it is no more
    than where the story happens (``Candidate.setting``)."""
    return c.acting_docs | states.get(country_of_cluster(c.forms) or "", set())
