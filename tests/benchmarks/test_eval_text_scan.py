"""The evaluation-text scan, on a made-up evaluation folder and repository."""

import importlib.util
import subprocess
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_text_scan.py"
_spec = importlib.util.spec_from_file_location("eval_text_scan", PATH)
ets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ets)

ARTICLE = "The ferry Albatross ran aground off Velm harbour on Tuesday with 40 people aboard."


def repo_with(tmp_path: Path, files: dict[str, str]) -> Path:
    repo = tmp_path / "repo"
    (repo / "sources").mkdir(parents=True)
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    return repo


def eval_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "eval" / "D0001"
    folder.mkdir(parents=True)
    (folder / "doc_01.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "eval"


def test_a_copied_sentence_is_found_and_invented_text_is_not(tmp_path):
    repo = repo_with(
        tmp_path,
        {
            "tests/test_a.py": 'TEXT = "The ferry Albatross ran aground off Velm harbour."\n',
            "tests/test_b.py": 'TEXT = "A bus left Marlow station on Friday with nine riders."\n',
        },
    )
    hits = ets.scan(eval_folder(tmp_path), repo)
    assert list(hits) == ["tests/test_a.py"]
    assert "ferry albatross ran aground off velm" in hits["tests/test_a.py"]
    assert ets.main([str(tmp_path / "eval"), "--repo", str(repo)]) == 1


def test_text_of_the_sample_corpus_and_bare_numbers_do_not_count(tmp_path):
    repo = repo_with(
        tmp_path,
        {
            "sources/sample.txt": ARTICLE,
            "tests/test_a.py": f'TEXT = "{ARTICLE}"\nYEARS = "1 2 3 4 5 6"\n',
        },
    )
    (tmp_path / "eval" / "D0001").mkdir(parents=True)
    (tmp_path / "eval" / "D0001" / "doc_01.txt").write_text(ARTICLE + " 1 2 3 4 5 6")
    assert ets.scan(tmp_path / "eval", repo) == {}
    assert ets.main([str(tmp_path / "eval"), "--repo", str(repo)]) == 0


REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"


@pytest.mark.skipif(not (EVAL.is_dir() and (REPO / ".git").exists()), reason="no ../shared/eval")
def test_the_repository_holds_no_evaluation_text():
    # The rule: evaluation data is never copied into the repository (tests, docs,
    # comments). Sessions kept quoting dev articles again; this stops it at CI.
    assert ets.scan(EVAL, REPO) == {}
