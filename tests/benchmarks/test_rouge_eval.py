"""The ROUGE benchmark's cluster selection and group report, on made-up clusters."""

import importlib.util
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "rouge_eval.py"
_spec = importlib.util.spec_from_file_location("rouge_eval", PATH)
re_ = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(re_)

ARTICLE = (
    "Harbour workers in Port Velm walked out on Monday over pension cuts.\n\n"
    "The port authority said the strike closed all four terminals of Port Velm.\n\n"
    "Union leader Mara Lintz said the walkout would last until the pension fund is restored."
)
OTHER = (
    "Dockworkers at Port Velm began a strike on Monday over cuts to their pensions.\n\n"
    "All four terminals of Port Velm were closed by the strike, the port authority said.\n\n"
    "The union has asked the parliament to restore the pension fund before winter."
)


def _folders(tmp_path: Path, names: list[str]) -> list[Path]:
    out = []
    for name in names:
        (tmp_path / name).mkdir()
        out.append(tmp_path / name)
    return out


def test_clusters_are_sorted_and_excluded_ones_left_out(tmp_path: Path) -> None:
    found = _folders(tmp_path, ["C3", "C1", "C2", "C4"])
    chosen, groups = re_.select_clusters(found, exclude="C2, C4")
    assert [p.name for p in chosen] == ["C1", "C3"]
    assert groups == {}


def test_only_named_clusters_run_and_exclude_still_wins(tmp_path: Path) -> None:
    found = _folders(tmp_path, ["C1", "C2", "C3"])
    chosen, _ = re_.select_clusters(found, only="C3,C1", exclude="C1")
    assert [p.name for p in chosen] == ["C3"]


def test_a_misspelt_cluster_is_an_error_not_a_smaller_set(tmp_path: Path) -> None:
    found = _folders(tmp_path, ["C1", "C2"])
    with pytest.raises(ValueError, match="C9"):
        re_.select_clusters(found, only="C1,C9")


def test_groups_must_be_well_formed_and_run(tmp_path: Path) -> None:
    found = _folders(tmp_path, ["C1", "C2", "C3"])
    _, groups = re_.select_clusters(found, groups=["tune=C1,C2", "check = C3"])
    assert groups == {"tune": {"C1", "C2"}, "check": {"C3"}}
    with pytest.raises(ValueError, match="NAME="):
        re_.select_clusters(found, groups=["C1,C2"])
    with pytest.raises(ValueError, match="not run: C3"):
        re_.select_clusters(found, exclude="C3", groups=["check=C3"])


def _cluster(root: Path, name: str) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "doc_1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "doc_2.txt").write_text(OTHER, encoding="utf-8")
    (folder / "ref_1.txt").write_text(
        "Port Velm dockworkers went on strike over pension cuts, closing four terminals.",
        encoding="utf-8",
    )


def test_an_excluded_cluster_is_never_read(tmp_path: Path, capsys, monkeypatch) -> None:
    for name in ("C1", "C2", "C3"):
        _cluster(tmp_path, name)
    looked_into: list[Path] = []
    real_glob = Path.glob

    def glob(self: Path, pattern: str, *args, **kwargs):
        looked_into.append(self)
        return real_glob(self, pattern, *args, **kwargs)

    monkeypatch.setattr(Path, "glob", glob)
    code = re_.main(
        [str(tmp_path), "--words", "30", "--no-baselines", "--exclude", "C3"]
        + ["--group", "one=C1", "--group", "both=C1,C2"]
    )
    out = capsys.readouterr().out
    assert {p.name for p in looked_into} == {"C1", "C2", "peers"}
    assert code == 0
    assert out.startswith("2 clusters, 30 words")
    one = next(line for line in out.splitlines() if ", one (1 clusters)" in line)
    both = next(line for line in out.splitlines() if ", both (2 clusters)" in line)
    # Both clusters are the same story, so each group's mean is the overall mean.
    overall = next(line for line in out.splitlines() if line.startswith("this project "))
    r2 = overall.split()[3]
    assert one.endswith(f"R-2 {r2}") and both.endswith(f"R-2 {r2}")
    assert float(r2) > 0
