from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError, UsageError
from toolkit.model import Finding, Severity
from toolkit.qa.files import collect_files, locale_from_path
from toolkit.qa.runner import RunResult, exit_code

from .fakes import po
from .helpers import make_project, run_check, run_files

RU_HEADER = po("", header='msgid ""\nmsgstr ""\n"Language: ru\\n"\n')[:-1]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, files={
        "locales/kk/LC_MESSAGES/a.po": po('msgid "Open 5"\nmsgstr "6 ашу"\n\n'
                                          'msgid "Save"\nmsgstr "Сақтау"\n'),
        "locales/kk/LC_MESSAGES/b.po": po('msgid "Save"\nmsgstr "Сақта"\n\n'
                                          'msgid "Old"\nmsgstr ""\n'),
        "locales/ru/LC_MESSAGES/a.po": RU_HEADER + '\nmsgid "Save"\nmsgstr "Сохранить "\n',
        "locales/article.pot": 'msgid ""\nmsgstr ""\n',
        "locales/.hidden/x.po": "garbage",
        "locales/notes.txt": "not a catalog",
    })
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folders_are_searched_recursively_keeping_the_spelling(tree: Path) -> None:
    assert collect_files(["locales"]) == ["locales/kk/LC_MESSAGES/a.po",
                                          "locales/kk/LC_MESSAGES/b.po",
                                          "locales/ru/LC_MESSAGES/a.po"]
    assert collect_files(["./locales/kk/LC_MESSAGES/a.po", "locales/kk"]) == [
        "./locales/kk/LC_MESSAGES/a.po", "locales/kk/LC_MESSAGES/b.po"]


def test_bad_paths(tree: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.po: no such file or folder"):
        collect_files(["nope.po"])
    with pytest.raises(UsageError, match="is a template"):
        collect_files(["locales/article.pot"])
    with pytest.raises(UsageError, match="cannot tell the format"):
        collect_files(["locales/notes.txt"])


def test_locale_from_path() -> None:
    assert locale_from_path("django/conf/locale/pt_BR/LC_MESSAGES/django.po") == "pt_BR"
    assert locale_from_path("po/kk.po") == "kk"
    assert locale_from_path("po/messages.po") is None


def test_default_paths_are_the_locales_dir(tree: Path) -> None:
    outcome = run_check(make_project(tree))
    result = outcome.result
    assert [f.path for f in result.files] == ["locales/kk/LC_MESSAGES/a.po",
                                              "locales/kk/LC_MESSAGES/b.po",
                                              "locales/ru/LC_MESSAGES/a.po"]
    assert result.units == 5
    assert [(f.path, f.line, f.check, f.locale) for f in result.findings] == [
        ("locales/kk/LC_MESSAGES/a.po", 7, "digits", "kk"),
        ("locales/kk/LC_MESSAGES/b.po", 7, "dupes", "kk"),
        ("locales/ru/LC_MESSAGES/a.po", 5, "spaces", "ru"),
    ]
    assert outcome.exit_code == 1
    assert result.excerpts[("locales/kk/LC_MESSAGES/b.po", None, "Save")] == ("Save", "Сақта")


def test_missing_locales_dir_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="locales: no such folder"):
        run_check(make_project(tmp_path))


def test_jobs_do_not_change_the_result(tree: Path) -> None:
    files = collect_files(["locales"])
    one, two = run_files(files, jobs=1), run_files(files, jobs=2)
    assert one.findings == two.findings
    assert one.files == two.files
    assert one.excerpts == two.excerpts


def test_fail_on_and_severity_override(tree: Path) -> None:
    project = make_project(tree, 'severity = { digits = "warning", dupes = "info" }\n')
    outcome = run_check(project)
    assert outcome.exit_code == 0  # nothing at error any more
    assert {f.check: f.severity for f in outcome.result.findings} == {
        "digits": Severity.WARNING, "dupes": Severity.INFO, "spaces": Severity.WARNING}
    assert run_check(project, fail_on="warning").exit_code == 1
    assert run_check(project, fail_on="never", select=("all",)).exit_code == 0


def test_per_file_ignores_apply_to_catalog_checks_too(tree: Path) -> None:
    project = make_project(tree, 'per-file-ignores = { "**/b.po" = ["dupes"], '
                           '"locales/ru/**" = ["spaces"] }\n')
    assert [f.check for f in run_check(project).result.findings] == ["digits"]


def test_bad_file_is_one_input_error_with_path_and_line(tree: Path) -> None:
    bad = tree / "locales" / "kk" / "LC_MESSAGES" / "c.po"
    bad.write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    for jobs in (1, 2):
        with pytest.raises(InputError) as info:
            run_check(make_project(tree), jobs=jobs)
        assert str(info.value).startswith("locales/kk/LC_MESSAGES/c.po:")


def test_glossary_is_loaded_only_when_a_glossary_check_runs(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[Path] = []

    def fake_load(path: Path) -> tuple[str, tuple[()]]:
        loaded.append(path)
        return "M", ()

    monkeypatch.setattr("toolkit.qa.runner.load_matcher", fake_load)
    (tree / "glossary").mkdir()
    project = make_project(tree)
    run_check(project)
    assert loaded == []
    result = run_check(project, select=("glossary-fake",)).result
    assert {f.message for f in result.findings} == {"matcher 'M'"}
    assert loaded and all(p == tree.resolve() / "glossary" for p in loaded)
    with pytest.raises(InputError, match="no such glossary"):
        run_check(project, select=("glossary-fake",), glossary="missing.tbx")


def test_no_glossary_gives_a_note(tree: Path) -> None:
    result = run_check(make_project(tree), select=("glossary-fake",)).result
    assert result.findings == ()
    assert any("no glossary found" in n for n in result.notes)


def _finding(severity: Severity) -> Finding:
    return Finding("a.po", 1, "kk", None, "x", "c", "C1", severity, "m")


@pytest.mark.parametrize(("severities", "fail_on", "code"), [
    ((), "error", 0),
    ((Severity.WARNING,), "error", 0),
    ((Severity.WARNING,), "warning", 1),
    ((Severity.ERROR,), "error", 1),
    ((Severity.ERROR,), "never", 0),
    ((Severity.INFO,), "warning", 0),
    ((Severity.INFO,), "info", 1),
])
def test_exit_code(severities: tuple[Severity, ...], fail_on: str, code: int) -> None:
    result = RunResult(findings=tuple(_finding(s) for s in severities))
    assert exit_code(result, fail_on) == code


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crashing_check_is_one_error_naming_check_file_and_line(tree: Path, jobs: int) -> None:
    from toolkit.errors import ToolkitError
    from toolkit.qa.config import parse_check_table
    from toolkit.qa.runner import RunOptions, run
    from toolkit.qa.select import resolve

    from .fakes import Crash

    (tree / "locales/ru/LC_MESSAGES/b.po").write_text(
        RU_HEADER + '\nmsgid "boom"\nmsgstr "бум"\n', encoding="utf-8")
    registry = (Crash,)
    options = RunOptions(selection=resolve(registry, parse_check_table({})), registry=registry)
    with pytest.raises(ToolkitError) as info:
        run(collect_files(["locales"]), options, jobs)
    assert str(info.value) == ("locales/ru/LC_MESSAGES/b.po:5: internal error: check 'crash' "
                               "failed: KeyError: 'oops' (please report this)")


def test_locale_unknown_to_cldr_uses_generic_rules_but_keeps_its_name(tree: Path) -> None:
    path = tree / "locales/udm/LC_MESSAGES/a.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\nmsgstr ""\n"Language: udm\\n"\n\nmsgid "Open 5"\nmsgstr "6"\n',
                    encoding="utf-8")
    result = run_files([str(path)])
    assert [(f.check, f.locale) for f in result.findings] == [("digits", "udm")]
    assert result.files[0].locale == "udm"


def test_a_reader_bug_is_one_error_naming_the_file(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: str) -> None:
        raise ValueError("bad state")

    from toolkit.errors import ToolkitError

    monkeypatch.setattr("toolkit.qa.runner.read_catalog", broken)
    with pytest.raises(ToolkitError) as info:
        run_check(make_project(tree))
    assert str(info.value) == ("locales/kk/LC_MESSAGES/a.po: internal error: ValueError: "
                               "bad state (please report this)")
