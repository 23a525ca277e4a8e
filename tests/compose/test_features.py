"""The compose cache: a build with warm entries writes the same brief as one without, and
an entry that is not ours is ignored, said, and computed again."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.compose import concept_totals, memo, near_duplicates, near_pairs
from briefing.compose.actors import written
from briefing.compose.disputes import rejection
from briefing.compose.entry_bounds import BOUNDS, bound, text_bytes
from briefing.compose.features import (
    FEATURES_DIR,
    FORMAT,
    BadEntry,
    FeatureCache,
    decode_pairs,
    decode_totals,
    decode_written,
    encode_pairs,
    encode_totals,
    encode_written,
)
from briefing.compose.near_duplicates import content_stems
from briefing.model import AnalysedDocument, Corpus, Document, Sentence

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(autouse=True)
def no_stems_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test as a new process: no stems of other tests' words, which a stored stem
    table would hold too and so outgrow what these articles could make."""
    monkeypatch.setattr(near_duplicates, "_STEMS", {})


def build(src: Path, out: Path) -> dict:
    assert main(["build", str(src), "-o", str(out), "--format", "json", "-q"]) == 0
    (path,) = out.glob("brief-*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def counting(name: str, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    m = memo.MEMOS[name]
    fn = m.fn

    def counted(*key: object) -> object:
        calls.append(key)
        return fn(*key)

    monkeypatch.setattr(m, "fn", counted)
    return calls


def test_warm_entries_give_the_same_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    memo.forget()
    cold_calls = counting("rejection", monkeypatch)
    cold = build(SAMPLE, tmp_path / "cold")
    entries = list((tmp_path / "cold" / ".briefing" / FEATURES_DIR).glob("*.json"))
    # One entry per article, the stem table, the near-duplicate pairs, the concept totals,
    # the lower-case counts.
    assert len(entries) == len(cold["sources"]) + 4
    assert cold_calls
    # A fresh output folder holding only the compose entries; nothing remembered in memory.
    (tmp_path / "warm" / ".briefing").mkdir(parents=True)
    shutil.copytree(
        tmp_path / "cold" / ".briefing" / FEATURES_DIR,
        tmp_path / "warm" / ".briefing" / FEATURES_DIR,
    )
    memo.forget()
    warm_calls = counting("rejection", monkeypatch)
    warm = build(SAMPLE, tmp_path / "warm")
    assert warm_calls == []  # every sentence's answer came from the entries
    assert warm == cold
    assert cold["divergences"] or cold["open_questions"]  # the sections had something


def corpus() -> Corpus:
    texts = [
        "Officials denied the report that the plant was closed. Rates rose sharply in May.",
        "The ministry rejected claims that prices fell. Analysts expect more cuts.",
    ]
    docs = []
    for d, text in enumerate(texts):
        sentences = []
        for i, part in enumerate(text.split(". ")):
            part = part.rstrip(".") + "."
            words = part.lower().rstrip(".").split()
            sentences.append(Sentence(d, i, 0, part, 0, len(part), words))
        docs.append(AnalysedDocument(Document(f"doc{d}.txt", text), sentences))
    return Corpus(docs)


def ask(c: Corpus) -> None:
    for s in c.sentences():
        content_stems(s.words)
        rejection(s.text)


@pytest.mark.parametrize(
    "damage",
    ["truncated", "foreign", "wrong type", "not json", "not plain json", "unknown memo"],
)
def test_a_damaged_or_foreign_entry_is_ignored_and_said(tmp_path: Path, damage: str) -> None:
    c = corpus()
    cache = FeatureCache(tmp_path)
    memo.forget()
    missing = cache.load(c)
    assert all(missing)
    ask(c)
    cache.save(c, missing)
    first, second = (cache.store.path(key) for key in missing if key)
    raw = first.read_text(encoding="utf-8")
    if damage == "truncated":
        first.write_text(raw[: len(raw) // 2], encoding="utf-8")
    elif damage == "foreign":  # another article's entry under this one's name
        shutil.copyfile(second, first)
    elif damage == "wrong type":
        first.write_text(raw.replace('"rejection":[[0,[],[', '"rejection":[[0,[],["'), "utf-8")
    elif damage == "not json":
        first.write_bytes(b"\x80\x04 not json")
    elif damage == "not plain json":  # Python's json module reads NaN; we never write it
        first.write_text(raw.replace('"rejection":[[0,[],', '"rejection":[[0,[NaN],'), "utf-8")
    else:
        first.write_text(raw.replace('"content_stems"', '"os.system"'), encoding="utf-8")
    assert first.read_text(encoding="utf-8", errors="replace") != raw

    memo.forget()
    again = FeatureCache(tmp_path)
    assert again.load(c) == [missing[0], None]  # the first is computed and written again
    assert again.hits == 1 and len(again.ignored) == 1
    assert again.ignored[0].startswith("doc0.txt: ")
    d0 = c.docs[0].sentences[0]
    assert (d0.text,) not in memo.MEMOS["rejection"].values  # nothing of the bad entry
    assert (c.docs[1].sentences[0].text,) in memo.MEMOS["rejection"].values


def test_articles_loaded_ahead_are_not_looked_up_again(tmp_path: Path) -> None:
    c = corpus()
    cache = FeatureCache(tmp_path)
    memo.forget()
    missing = cache.load(c)
    ask(c)
    cache.save(c, missing)
    cache.store.path(missing[0]).write_text("{}", encoding="utf-8")  # damaged
    memo.forget()
    ahead = FeatureCache(tmp_path)
    ahead.preload(0, c.docs[0].document, c.docs[0].sentences)
    ahead.preload(1, c.docs[1].document, c.docs[1].sentences)
    assert ahead.hits == 1 and ahead.ignored[0].startswith("doc0.txt: ")
    assert (c.docs[1].sentences[0].text,) in memo.MEMOS["rejection"].values
    for path in tmp_path.glob("*.json"):  # nothing is read from the folder any more
        path.unlink()
    assert ahead.load(c) == [missing[0], None]
    assert ahead.hits == 1 and len(ahead.ignored) == 1


def test_entries_follow_the_sentences_the_text_and_the_analysis(tmp_path: Path) -> None:
    c = corpus()
    cache = FeatureCache(tmp_path)
    doc = c.docs[0].document
    before = cache.key(doc, c.docs[0].sentences)
    c.docs[0].sentences[1].words.append("too")
    assert cache.key(doc, c.docs[0].sentences) != before
    assert cache.key(c.docs[1].document, c.docs[1].sentences) != before
    words = cache.key(doc, c.docs[0].sentences)
    # The article memos read the text, mentions and parse: another text, another analysis.
    assert cache.key(Document(doc.location, doc.text + " "), c.docs[0].sentences) != words
    cache.analysed_by("another model")
    assert cache.key(doc, c.docs[0].sentences) != words


def test_the_stem_table_is_kept_across_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words stemmed in one build are not stemmed again by the next (the stemmer ran for
    every distinct word of every build), and the brief is the same."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    stemmed: list[str] = []
    stemmer = near_duplicates._stemmer()  # the one instance (loaded on first use)
    real = stemmer.stem
    monkeypatch.setattr(stemmer, "stem", lambda w: stemmed.append(w) or real(w))
    memo.forget()
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    cold = build(SAMPLE, tmp_path / "out")
    assert len(stemmed) > 100
    words = set(stemmed)
    memo.forget()
    monkeypatch.setattr(near_duplicates, "_STEMS", {})  # a new process: nothing in memory
    stemmed.clear()
    assert main(["build", str(SAMPLE), "-o", str(tmp_path / "out"), "-f", "json", "--force"]) == 0
    assert stemmed == []
    assert set(near_duplicates.known_stems()) == words
    (path,) = sorted((tmp_path / "out").glob("brief-*-2.json"))
    warm = json.loads(path.read_text(encoding="utf-8"))
    assert {k: v for k, v in warm.items() if k != "whats_new"} == {
        k: v for k, v in cold.items() if k != "whats_new"
    }


@pytest.mark.parametrize("damage", ["not json", "foreign", "wrong type", "list"])
def test_a_damaged_stem_table_is_ignored_and_said(
    tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = corpus()
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    memo.forget()
    cache = FeatureCache(tmp_path)
    missing = cache.load(c)
    ask(c)
    cache.save(c, missing)
    table = cache.store.path(cache.stems_key())
    stored = json.loads(table.read_text(encoding="utf-8"))
    assert stored["stems"]["rates"] == "rate"
    if damage == "not json":
        table.write_bytes(b"\x80 not json")
    elif damage == "foreign":
        stored["key"] = "0" * 64
    elif damage == "wrong type":
        stored["stems"]["rates"] = ["rate"]
    else:
        stored["stems"] = list(stored["stems"].items())
    if damage != "not json":
        table.write_text(json.dumps(stored), encoding="utf-8")

    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    memo.forget()
    again = FeatureCache(tmp_path)
    again.load(c)
    assert len(again.ignored) == 1 and again.ignored[0].startswith("the stem table: ")
    assert near_duplicates.known_stems() == {}  # nothing of the bad table
    assert near_duplicates.stem("rates") == "rate"


def pair_entry(**change: object) -> bytes:
    a, b = (near_pairs.digest(frozenset(w)) for w in ({"rate", "rise"}, {"rate", "fall"}))
    data: dict[str, object] = {"format": FORMAT, "key": "k", "digests": [a, b], "pairs": [0, 1]}
    data.update(change)
    return json.dumps(data).encode()


def test_a_pair_table_reads_back_as_written() -> None:
    table = near_pairs.PairTable(json.loads(pair_entry())["digests"], [(0, 1)])
    assert decode_pairs(encode_pairs(table, "k"), "k") == table


@pytest.mark.parametrize(
    "raw",
    [
        b"\x80 not json",
        b"[1, 2]",
        pair_entry(format=99),
        pair_entry(key="another"),
        pair_entry(digests="ab"),
        pair_entry(digests=["d73cb6517ea79f03e9696d13", "not hex"]),
        pair_entry(digests=["d73cb6517ea79f03e9696d13"] * 2),
        pair_entry(pairs=[0, 2]),
        pair_entry(pairs=[0]),
        pair_entry(pairs=[1, 0]),
        pair_entry(pairs=[0, True]),
        pair_entry(pairs=[0, 1.0]),
        pair_entry(pairs=[0, 1, 0, 1]),  # a pair listed again: told again, sentence by sentence
    ],
)
def test_a_pair_table_not_ours_is_refused(raw: bytes) -> None:
    with pytest.raises(BadEntry):
        decode_pairs(raw, "k")


def test_the_pair_table_is_stored_and_a_damaged_one_ignored_and_said(tmp_path: Path) -> None:
    c = corpus()
    memo.forget()
    near_pairs.load_table(None)
    cache = FeatureCache(tmp_path)
    missing = cache.load(c)
    near_duplicates.group_near_duplicates(c.sentences(), [1.0] * len(c.sentences()))
    cache.save(c, missing)
    path = cache.store.path(cache.pairs_key())
    assert len(json.loads(path.read_text(encoding="utf-8"))["digests"]) == 4
    near_pairs.load_table(None)
    FeatureCache(tmp_path).load(c)
    assert near_pairs.known() is not None and len(near_pairs.known().digests) == 4
    path.write_bytes(b"\x80 not json")
    again = FeatureCache(tmp_path)
    again.load(c)
    assert again.ignored == ["the near-duplicate pairs: unreadable (JSONDecodeError)"]
    assert near_pairs.known() is None


DIGESTS = ["0" * 32, "1" * 32, "2" * 32]


def totals_entry(**change: object) -> bytes:
    columns = [["rate", "rate"], ["rise", ""], [2, 3], [2.5, 9.0]]
    data: dict[str, object] = {
        "format": FORMAT,
        "key": "k",
        "mode": [False, True],
        "articles": DIGESTS,
        "columns": columns,
    }
    data.update(change)
    return json.dumps(data).encode()


def test_concept_totals_read_back_as_written() -> None:
    totals = decode_totals(totals_entry(), "k", (False, True))
    assert totals.score == {("rate", "rise"): 2.5, ("rate", ""): 9.0}
    assert totals.df == {("rate", "rise"): 2, ("rate", ""): 3}
    again = decode_totals(encode_totals(totals, "k"), "k", (False, True))
    assert list(again.score.items()) == list(totals.score.items()) and again == totals


@pytest.mark.parametrize(
    "raw",
    [
        b"\x80 not json",
        totals_entry(format=99),
        totals_entry(key="another"),
        totals_entry(mode=[True, False]),  # another mode's totals
        totals_entry(mode=[0, 1]),
        totals_entry(articles=["not a digest"]),
        totals_entry(articles="0" * 32),
        totals_entry(columns=[["rate"], ["rise"], [1]]),
        totals_entry(columns=[["rate", "rate"], ["rise"], [2, 3], [2.5, 9.0]]),
        totals_entry(columns=[["rate", "rate"], ["rise", ""], [2, 3], [2.5, 9]]),
        totals_entry(columns=[["rate", "rate"], ["rise", ""], [2, True], [2.5, 9.0]]),
        totals_entry(columns=[["rate", "rate"], ["rise", "rise"], [2, 3], [2.5, 9.0]]),
        totals_entry(columns=[["rate"], ["rise"], [4], [5.0]]),  # more than 3 articles
        totals_entry(columns=[["rate"], ["rise"], [0], [0.0]]),
        totals_entry(columns=[["rate"], ["rise"], [2], [1.5]]),  # under 1 an article
        totals_entry(columns=[["rate"], ["rise"], [2], [6.5]]),  # over 1 + bonus an article
        totals_entry(columns=[["rate"], ["rise"], [2], [1e308 * 10]]),  # Infinity
    ],
)
def test_concept_totals_not_ours_are_refused(raw: bytes) -> None:
    with pytest.raises(BadEntry):
        decode_totals(raw, "k", (False, True))


def test_concept_totals_are_stored_and_damaged_ones_ignored_and_said(tmp_path: Path) -> None:
    c = corpus()
    memo.forget()
    cache = FeatureCache(tmp_path)
    missing = cache.load(c)
    plain = concept_totals.story_weights(
        c, topic=frozenset(), unigram_weight=0.5, expansion=frozenset()
    )
    cache.save(c, missing)
    path = cache.store.path(cache.totals_key((False, True)))
    assert len(json.loads(path.read_bytes())["articles"]) == 2
    FeatureCache(tmp_path).load(c)
    assert concept_totals._known[(False, True)].articles == [
        concept_totals.article_digest(d) for d in c.docs
    ]
    assert concept_totals.changed() == []
    path.write_bytes(path.read_bytes().replace(b"[false,true]", b"[true,false]"))
    again = FeatureCache(tmp_path)
    again.load(c)
    assert again.ignored == ["the concept totals: not the totals of this mode"]
    assert concept_totals._known == {}
    got = concept_totals.story_weights(
        c, topic=frozenset(), unigram_weight=0.5, expansion=frozenset()
    )
    assert list(got.items()) == list(plain.items())


def written_entry(**change: object) -> bytes:
    data: dict[str, object] = {
        "format": FORMAT,
        "key": "k",
        "articles": DIGESTS,
        "words": [["rate", "rise", "co-op"], [4, 1, 2]],
        "phrases": [["rate rise", "the board"], [2, 0]],
        "runs": ["Rate", "co", "op", "rate", "rise", "ré_2"],
    }
    data.update(change)
    return json.dumps(data).encode()


def test_lower_case_counts_read_back_as_written() -> None:
    counts = decode_written(written_entry(), "k")
    assert counts == written.Counts(
        DIGESTS,
        {"rate": 4, "rise": 1, "co-op": 2},
        {"rate rise": 2, "the board": 0},
        frozenset({"Rate", "co", "op", "rate", "rise", "ré_2"}),
    )
    assert decode_written(encode_written(counts, "k"), "k") == counts


@pytest.mark.parametrize(
    "raw",
    [
        b"\x80 not json",
        written_entry(format=99),
        written_entry(key="another"),
        written_entry(articles=["not a digest"]),
        written_entry(articles=list(reversed(DIGESTS))),
        written_entry(articles="0" * 32),
        written_entry(words=[["rate"], [1], [2]]),
        written_entry(words=[["rate", "rise"], [1]]),
        written_entry(words=[["rate"], [0]]),  # a word the texts do not hold
        written_entry(words=[["rate"], [True]]),
        written_entry(words=[["rate"], [1.0]]),
        written_entry(words=[["Rate"], [1]]),
        written_entry(words=[["rate1"], [1]]),
        written_entry(words=[["-rate"], [1]]),
        written_entry(words=[["rate", "rate"], [1, 2]]),
        written_entry(words={"rate": 1}),
        written_entry(phrases=[["rate"], [1]]),  # one word
        written_entry(phrases=[["rate rise"], [-1]]),
        written_entry(phrases=[[1], [1]]),
        written_entry(runs=["co-op"]),
        written_entry(runs=["rate", "rate"]),
        written_entry(runs=[1]),
        written_entry(runs="rate"),
    ],
)
def test_lower_case_counts_not_ours_are_refused(raw: bytes) -> None:
    with pytest.raises(BadEntry):
        decode_written(raw, "k")


def test_lower_case_counts_are_stored_and_damaged_ones_ignored_and_said(tmp_path: Path) -> None:
    c = corpus()
    texts = [d.document.text + " An anti-Semitic slur." for d in c.docs]  # "anti-" too
    memo.forget()
    cache = FeatureCache(tmp_path)
    missing = cache.load(c)
    plain = written.lower_counts(texts, ["the plant", "prices fell"])
    cache.save(c, missing)
    path = cache.store.path(cache.written_key())
    assert len(json.loads(path.read_bytes())["articles"]) == 2
    assert plain[0]["anti-"] == 2
    FeatureCache(tmp_path).load(c)
    assert written._known == written.Counts(
        sorted(map(written.text_digest, texts)),
        dict(plain[0]),
        {"the plant": 1, "prices fell": 1},
        frozenset(w for t in texts for w in re.findall(r"\w+", t)),
    )
    assert written.lower_counts(texts, ["the plant", "prices fell"]) == plain
    assert written.changed() is None
    path.write_bytes(path.read_bytes().replace(b'"the plant"', b'"plant"'))
    again = FeatureCache(tmp_path)
    again.load(c)
    assert again.ignored == ["the lower-case counts: a phrase of one word"]
    assert written._known is None
    assert written.lower_counts(texts, ["the plant", "prices fell"]) == plain


def store_every_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Corpus:
    """A build's entries for ``corpus()``: each article's, and every folder-wide table."""
    c = corpus()
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    memo.forget()
    near_pairs.load_table(None)
    cache = FeatureCache(tmp_path)
    missing = cache.load(c)
    ask(c)
    near_duplicates.group_near_duplicates(c.sentences(), [1.0] * len(c.sentences()))
    written.lower_counts([d.document.text for d in c.docs], ["the plant"])
    concept_totals.story_weights(c, topic=frozenset(), unigram_weight=0.5, expansion=frozenset())
    cache.save(c, missing)
    return c


@pytest.mark.parametrize("what", ["article", "stems", "pairs", "written", "totals"])
def test_an_entry_larger_than_its_inputs_could_make_is_not_read_and_said(
    tmp_path: Path, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hostile 42 MB entry cost 440 MB to decode: what is read is bounded before decoding
    # by what the entry's inputs could make. The same valid entry padded to the bound is
    # read; one byte past it, it is a miss, said, never decoded.
    c = store_every_entry(tmp_path, monkeypatch)
    cache = FeatureCache(tmp_path)
    cache.expect([adoc.document for adoc in c.docs])
    doc, sentences = c.docs[0].document, c.docs[0].sentences
    key, said, limit = {
        "article": (
            cache.key(doc, sentences),
            "doc0.txt",
            bound("article", text_bytes(doc), len(sentences)),
        ),
        "stems": (cache.stems_key(), "the stem table", cache.limits["stems"]),
        "pairs": (cache.pairs_key(), "the near-duplicate pairs", cache.limits["pairs"]),
        "written": (cache.written_key(), "the lower-case counts", cache.limits["written"]),
        "totals": (cache.totals_key((False, True)), "the concept totals", cache.limits["totals"]),
    }[what]
    assert limit < BOUNDS[what][2]  # far under the cap, which is tens of MB
    path = cache.store.path(key)
    raw = path.read_bytes()
    loaded = {
        "article": lambda: (sentences[0].text,) in memo.MEMOS["rejection"].values,
        "stems": lambda: bool(near_duplicates.known_stems()),
        "pairs": lambda: near_pairs.known() is not None,
        "written": lambda: written._known is not None,
        "totals": lambda: (False, True) in concept_totals._known,
    }[what]
    for size, read in ((limit, True), (limit + 1, False)):
        path.write_bytes(raw + b" " * (size - len(raw)))  # valid JSON, only longer
        monkeypatch.setattr(near_duplicates, "_STEMS", {})
        memo.forget()
        again = FeatureCache(tmp_path)
        again.load(c)
        assert loaded() is read
        over = f"{said}: over {limit:,} bytes, more than its inputs make"
        assert again.ignored == ([] if read else [over])
