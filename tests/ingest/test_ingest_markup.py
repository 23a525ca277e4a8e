"""A hostile page's over-long tags are cut before the HTML parsers see them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import ingest, markup
from briefing.ingest.markup import LONG_TAG_CHARS, MAX_TAG_ATTRIBUTES, tame_tags

STORY = " ".join(
    [
        "The council of Eastvale opened the new river bridge on Tuesday, officials said.",
        "Traffic on the old ferry route fell by half within a week of the opening.",
        "The mayor said the crossing had cost less than the city had planned.",
    ]
)


def page(article_attributes: str) -> str:
    paragraphs = "".join(f"<p>{STORY}</p>" for _ in range(4))
    return (
        "<html><head><title>Eastvale bridge opens</title></head><body>"
        f"<article {article_attributes}>{paragraphs}</article></body></html>"
    )


def many_attributes(count: int) -> str:
    return " ".join(f'data-k{n}="v{n}"' for n in range(count))


def test_a_tag_with_thousands_of_attributes_keeps_only_the_first() -> None:
    html, cut = tame_tags(page(many_attributes(5_000)))
    assert cut == 1
    tag = html[html.index("<article") : html.index(">", html.index("<article")) + 1]
    assert tag.count("=") == MAX_TAG_ATTRIBUTES
    assert 'data-k0="v0"' in tag and f'data-k{MAX_TAG_ATTRIBUTES}="' not in tag
    assert html.count(STORY) == 4  # the text is untouched


def test_ordinary_tags_and_one_long_attribute_are_left_alone() -> None:
    ordinary = page('class="story main" id="a1" data-section="local"')
    assert tame_tags(ordinary) == (ordinary, 0)
    image = 'src="data:image/png;base64,' + "A" * (3 * LONG_TAG_CHARS) + '"'
    with_image = page(image)
    assert tame_tags(with_image) == (with_image, 0)
    # more attributes than kept, but their text is short: only long tags are looked at
    short_names = " ".join(f"k{n}" for n in range(MAX_TAG_ATTRIBUTES + 10))
    assert len(short_names) < LONG_TAG_CHARS
    crowded = page(short_names)
    assert tame_tags(crowded) == (crowded, 0)


def test_broken_markup_is_scanned_without_backtracking() -> None:
    for hostile in ("<" + "a" * 200_000, "<a " + "b" * 200_000 + "<", "<a " + 'x="' * 100_000):
        assert tame_tags(hostile) == (hostile, 0)


def test_the_page_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(page(many_attributes(20_000)), encoding="utf-8")
    result = ingest([str(path)])
    (doc,) = result.documents
    assert "river bridge" in doc.text
    assert result.warnings == [
        f"{path.name}: 1 tag(s) with over {MAX_TAG_ATTRIBUTES} attributes cut short"
    ]


def test_a_page_of_too_many_tags_is_skipped_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1,000,000 nested divs (11 MB) took 8.6 CPU s to read, as many sibling divs 105 s (s32).
    monkeypatch.setattr(markup, "MAX_HTML_TAGS", 2_000)
    news = tmp_path / "news"
    news.mkdir()
    (news / "deep.html").write_text(page("").replace("<p>", "<div>" * 3_000 + "<p>", 1))
    # 6,000 "<" in a comment are no tags: this page is read
    (news / "fine.html").write_text(page("") + "<!-- a < b, " + "x < y " * 3_000 + "-->")
    result = ingest([str(news)])
    assert [d.title for d in result.documents] == ["Eastvale bridge opens"]
    (skipped,) = result.skipped
    assert skipped.location == "deep.html"
    assert skipped.reason == "page holds 3,018 HTML tags, over 2,000 (MAX_HTML_TAGS)"
