"""briefing.toml loading: defaults, overrides, validation and path resolution."""

import io
import os
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from briefing.config import Config, ConfigError, load_config


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config == Config()
    assert config.formats == ["docx", "pdf"] and config.summarizer == "lexrank"


def test_file_overrides_defaults_and_resolves_paths(tmp_path: Path) -> None:
    cfg = tmp_path / "conf" / "briefing.toml"
    cfg.parent.mkdir()
    cfg.write_text(
        'title = "China data deals"\nsources = ["news", "https://example.org/feed.xml"]\n'
        'output = "out"\nformats = ["json", "md"]\nsummary_words = 80\nlock_timeout = 5\n',
        encoding="utf-8",
    )
    config = load_config(cfg)
    assert config.title == "China data deals"
    assert config.sources == [str(cfg.parent / "news"), "https://example.org/feed.xml"]
    assert config.output == str(cfg.parent / "out")
    assert config.formats == ["json", "md"] and config.summary_words == 80
    assert config.lock_timeout == 5.0


def test_briefing_table_is_accepted(tmp_path: Path) -> None:
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('[briefing]\naudience = "Restricted"\n', encoding="utf-8")
    assert load_config(cfg).audience == "Restricted"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 'red'\n", "unknown key(s): colour"),
        ("summary_words = 'many'\n", "summary_words"),
        ("summary_words = 3\n", "at least 10"),
        ("title = \n", "not valid TOML"),
        ("formats = []\n", "at least one"),
        # Hostile values TOML allows: infinities and NaN, negative waits and counts.
        ("fetch_timeout = inf\n", "fetch_timeout must be a finite number"),
        ("max_source_mb = nan\n", "max_source_mb must be a finite number"),
        ("lock_timeout = nan\n", "lock_timeout must be a finite number"),
        ("lock_timeout = -1\n", "lock_timeout must not be negative"),
        ("per_article_sentences = -1\n", "must not be negative"),
        # Absurd values a typo makes: a clear message, not a build that waits for ever.
        ("lock_timeout = 1e12\n", "lock_timeout must be at most 86,400"),
        ("max_pdf_pages = 100000000000\n", "max_pdf_pages must be at most 10,000"),
        ("retention = 1000000\n", "retention must be at most 10,000"),
        ("workers = 100000\n", "workers must be at most 256, got 100,000"),
        # tomllib reads nesting recursively: a RecursionError was a failed build, exit 1 (s29).
        ("focus = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
        ("a = " + "{b = " * 5_000 + "1" + "}" * 5_000 + "\n", "nested too deeply"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(cfg)


def test_a_config_over_the_size_cap_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import config

    monkeypatch.setattr(config, "MAX_CONFIG_BYTES", 100)
    cfg = tmp_path / "briefing.toml"
    cfg.write_text("focus = '" + "war " * 50 + "'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"larger than 100 bytes \(MAX_CONFIG_BYTES\)"):
        load_config(cfg)


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", required=True)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('accent_color = "blue"', "accent_color"),
        ('logo = "missing.png"', "logo: file not found"),
        ('templates = "nowhere"', "templates: folder not found"),
        ('reference_docx = "house.docx"', "reference_docx: file not found"),
    ],
)
def test_missing_files_and_bad_colours_fail_before_the_build(
    tmp_path: Path, line: str, message: str
) -> None:
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(cfg)


def test_a_logo_that_is_no_image_is_refused_before_the_build(tmp_path: Path) -> None:
    # The HTML inlines the logo: a config naming a secret would have published it (s32).
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(f'logo = "{secret}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="logo: .* is not a PNG, JPEG or GIF image"):
        load_config(cfg)


def test_a_logo_over_the_size_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import config

    monkeypatch.setattr(config, "MAX_LOGO_BYTES", 100)
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('logo = "logo.png"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"logo: .*: larger than 100 bytes \(MAX_LOGO_BYTES\)"):
        load_config(cfg)


def test_a_png_logo_is_accepted(tmp_path: Path) -> None:
    Image.new("RGB", (40, 20)).save(tmp_path / "logo.png")
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('logo = "logo.png"\n', encoding="utf-8")
    assert load_config(cfg).logo == str(tmp_path / "logo.png")


def test_a_reference_docx_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    (tmp_path / "house.docx").write_text("not a document", encoding="utf-8")
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('reference_docx = "house.docx"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="reference_docx: .* is not a DOCX"):
        load_config(cfg)


def test_a_reference_docx_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    # python-docx inflates each part whole: 400 MB in a 440 KB file peaked at 850 MB (s32).
    with zipfile.ZipFile(tmp_path / "house.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/big.png", b"\0" * 300_000)
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('reference_docx = "house.docx"\nmax_unzipped_mb = 0.1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"inflates to 0.3 MB, over 0.1 MB \(max_unzipped_mb\)"):
        load_config(cfg)


@pytest.mark.parametrize("basename", ["../../x", "/tmp/x", "a/b", "..", ".hidden", "", "a\nb"])
def test_basename_that_leaves_the_output_folder_is_refused(tmp_path: Path, basename: str) -> None:
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(f"basename = {basename!r}\n".replace("'", '"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="basename"):
        load_config(cfg)


def test_basename_over_the_file_name_limit_is_refused() -> None:
    from briefing.config import validate

    with pytest.raises(ConfigError, match="basename"):
        validate(Config(basename="b" * 300))


def test_limits_come_from_the_config(tmp_path: Path) -> None:
    from briefing.ingest.limits import Limits

    cfg = tmp_path / "briefing.toml"
    cfg.write_text(
        "allow_private_addresses = true\nfetch_budget = 60\nmax_source_chars = 1000\n"
        "max_pdf_pages = 5\nmax_unzipped_mb = 2\nmax_source_mb = 3\n"
    )
    limits = Limits.from_config(load_config(cfg))
    assert limits.allow_private_addresses is True
    assert (limits.fetch_budget, limits.max_source_chars, limits.max_pdf_pages) == (60.0, 1000, 5)
    assert (limits.max_unzipped_bytes, limits.max_source_bytes) == (2 * 2**20, 3 * 2**20)
    assert Limits().allow_private_addresses is False
    cfg.write_text("max_source_chars = 0\n")
    with pytest.raises(ConfigError, match="max_source_chars must be positive"):
        load_config(cfg)


@pytest.mark.parametrize("key", ["focus", "title", "audience", "organisation", "author"])
def test_free_text_over_its_cap_is_refused(tmp_path: Path, key: str) -> None:
    # A 100,000-character title made the sample's PDF 4.3 MB and its build three times slower.
    from briefing.config import MAX_TEXT_CHARS

    cfg = tmp_path / "briefing.toml"
    cfg.write_text(f'{key} = "{"word " * MAX_TEXT_CHARS[key]}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{key} must be at most"):
        load_config(cfg)


def test_a_long_topic_statement_is_a_valid_focus() -> None:
    from briefing.config import validate

    topic = "Describe the causes of the crash and the investigation that followed. " * 12
    assert validate(Config(focus=topic.strip())).focus.startswith("Describe")


def test_a_reference_docx_part_inflating_past_its_declared_size_is_refused(
    tmp_path: Path, forged_docx: Callable[[int, int], Path]
) -> None:
    # The declared sizes pass max_unzipped_mb, but python-docx would inflate the part whole
    # (s32 hostile review); the config check inflates each part in pieces, and stops.
    forged_docx(3_000_000, 4_000).rename(tmp_path / "house.docx")
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('reference_docx = "house.docx"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"reference_docx: .*house.docx: could not read DOCX: "):
        load_config(cfg)


def _png_declaring(width: int, height: int) -> bytes:
    """A 1 x 1 PNG made by Pillow whose header (IHDR, CRC fixed) declares another size."""
    out = io.BytesIO()
    Image.new("L", (1, 1)).save(out, "PNG")
    raw = out.getvalue()
    ihdr = b"IHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big") + raw[24:29]
    return raw[:12] + ihdr + zlib.crc32(ihdr).to_bytes(4, "big") + raw[33:]


def test_a_logo_of_too_many_pixels_is_refused_from_its_header(tmp_path: Path) -> None:
    # A 70-byte PNG may declare 100,000 x 100,000 pixels; the PDF would decode them all.
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('logo = "logo.png"\n', encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(_png_declaring(10_000, 5_000))
    with pytest.raises(ConfigError, match=r"10,000 x 5,000 pixels, over 40,000,000 \("):
        load_config(cfg)
    (tmp_path / "logo.png").write_bytes(_png_declaring(100_000, 100_000))  # Pillow refuses
    with pytest.raises(ConfigError, match=r"more than 178,956,970 pixels, over 40,000,000 \("):
        load_config(cfg)
    (tmp_path / "logo.png").write_bytes(_png_declaring(8_000, 5_000))  # at the cap: passes
    assert load_config(cfg).logo == str(tmp_path / "logo.png")


def test_a_logo_that_is_no_readable_image_is_refused(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('logo = "logo.png"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="logo: .*logo.png is not a readable image"):
        load_config(cfg)


@pytest.mark.parametrize("kind", ["file", "pipe", "below a file"])
def test_an_output_that_is_no_folder_is_refused_before_the_build(tmp_path: Path, kind: str) -> None:
    # s33 red team: -o naming a file or a named pipe failed the build after its work, exit 1.
    target = tmp_path / "taken"
    if kind == "pipe":
        os.mkfifo(target)
    else:
        target.write_text("not a folder\n", encoding="utf-8")
    output = target / "sub" if kind == "below a file" else target
    cfg = tmp_path / "briefing.toml"
    cfg.write_text(f'output = "{output}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="output must be a folder"):
        load_config(cfg)
    cfg.write_text(f'output = "{tmp_path / "new" / "out"}"\n', encoding="utf-8")
    assert load_config(cfg).output.endswith("out")  # a folder yet to be made is fine


def test_an_output_holding_a_nul_character_is_refused_before_the_build(tmp_path: Path) -> None:
    # "out\u0000put" is valid TOML; the build failed with "ValueError: embedded null byte"
    # (exit 1) once it came to make the folder.
    cfg = tmp_path / "briefing.toml"
    cfg.write_text('output = "out\\u0000put"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="output must be a folder name without a NUL"):
        load_config(cfg)
