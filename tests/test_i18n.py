"""The translation catalogues: in step with the source, complete, faithful to it, compiled, and
actually loaded at run time (ours and Qt's own).

The commands are the Makefile's own (`make i18n-update`, `make i18n`), read from it, so this test and
the make targets cannot drift apart. Each check is also run once against a deliberately broken copy,
so that a check that can no longer fail is noticed too.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from l4d_desktop.paths import i18n_dir

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "i18n"
TOOLS = Path(sys.executable).parent
CATALOGUES = ("l4d_fi.ts", "l4d_sv.ts", "l4d_en.ts")
# Plural forms per catalogue: Finnish, Swedish and English all have singular and plural.
NUMERUS_FORMS = {"l4d_fi.ts": 2, "l4d_sv.ts": 2, "l4d_en.ts": 2}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")
ACCELERATOR = re.compile(r"&(?=\S)")  # after "&&" (a literal &) is taken out

# (context, source, comment, numerus): what identifies a message to lupdate.
Key = tuple[str, str, str, bool]


# -- helpers -------------------------------------------------------------------------------------


def _make_args(tool: str, ts_name: str) -> list[str]:
    """The Makefile's command line for `tool` on i18n/<ts_name>, without the program itself."""
    for line in (REPO / "Makefile").read_text(encoding="utf-8").splitlines():
        words = shlex.split(line.strip())
        if words and words[0].endswith(f"/{tool}") and f"i18n/{ts_name}" in words:
            return words[1:]
    pytest.fail(f"the Makefile has no {tool} command for i18n/{ts_name}")


def _replace(args: list[str], old: str, new: Path) -> list[str]:
    assert old in args, f"{old} not in {args}"
    return [str(new) if a == old else a for a in args]


def _run(tool: str, args: list[str]) -> None:
    done = subprocess.run(
        [str(TOOLS / tool), *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{tool} failed:\n{done.stdout}\n{done.stderr}"


def _messages(ts: Path) -> dict[Key, ET.Element]:
    """Each message's key and its <translation> element."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None, f"{key}: no <translation> element"
            found[key] = translation
    return found


def _forms(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _stale_messages(ts: Path, ts_name: str, work: Path) -> tuple[set[Key], set[Key]]:
    """(messages the source has and the catalogue lacks, messages the catalogue has and the
    source no longer has), found by running the Makefile's lupdate on a copy."""
    work.mkdir(parents=True, exist_ok=True)
    copy = work / ts_name
    shutil.copyfile(ts, copy)
    _run(
        "pyside6-lupdate", _replace(_make_args("pyside6-lupdate", ts_name), f"i18n/{ts_name}", copy)
    )
    committed, refreshed = set(_messages(ts)), set(_messages(copy))
    return refreshed - committed, committed - refreshed


def _incomplete(ts: Path, forms_needed: int) -> list[str]:
    problems = []
    for key, translation in _messages(ts).items():
        state = translation.get("type")
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{key[:2]}: {state}")
        forms = _forms(translation, numerus=key[3])
        if key[3] and len(forms) != forms_needed:
            problems.append(f"{key[:2]}: {len(forms)} plural forms, {forms_needed} needed")
        if any(not form.strip() for form in forms):
            problems.append(f"{key[:2]}: empty translation")
    return problems


def _placeholder_mismatches(ts: Path) -> list[str]:
    problems = []
    for (context, source, _comment, numerus), translation in _messages(ts).items():
        wanted = set(PLACEHOLDER.findall(source))
        for form in _forms(translation, numerus):
            got = set(PLACEHOLDER.findall(form))
            if got != wanted:
                problems.append(
                    f"{context}: {source!r} has {sorted(wanted)}, {form!r} {sorted(got)}"
                )
    return problems


def _accelerator_mismatches(ts: Path) -> list[str]:
    problems = []
    for (context, source, _comment, numerus), translation in _messages(ts).items():
        wanted = len(ACCELERATOR.findall(source.replace("&&", "")))
        for form in _forms(translation, numerus):
            if form and len(ACCELERATOR.findall(form.replace("&&", ""))) != wanted:
                problems.append(f"{context}: {source!r} → {form!r}")
    return problems


# Words Swedish writes as English does. Any other Swedish text equal to its English source, where
# the Finnish catalogue words it differently, is a message copied rather than translated.
SAME_IN_SWEDISH = {
    "&Status:",
    "Banner",
    "ID",
    "Re&gister",
    "Status",
    "Support:",
    "Text",
    "&Text:",
    "Version:",
    "import",
}


def _english_copies(ts: Path, reference: Path) -> list[str]:
    finnish = _messages(reference)
    copies = []
    for key, translation in _messages(ts).items():
        source, numerus = key[1], key[3]
        if source in SAME_IN_SWEDISH or key not in finnish:
            continue
        if all(f == source for f in _forms(translation, numerus)) and not all(
            f == source for f in _forms(finnish[key], numerus)
        ):
            copies.append(f"{key[0]}: {source!r}")
    return copies


def _compiled(ts: Path, ts_name: str, work: Path) -> bytes:
    """The .qm the Makefile's lrelease makes from `ts`."""
    work.mkdir(parents=True, exist_ok=True)
    qm = work / ts_name.replace(".ts", ".qm")
    args = _make_args("pyside6-lrelease", ts_name)
    args = _replace(args, f"i18n/{ts_name}", ts)
    args = _replace(args, f"i18n/{ts_name.replace('.ts', '.qm')}", qm)
    _run("pyside6-lrelease", args)
    return qm.read_bytes()


def _broken_copy(ts_name: str, tmp_path: Path, edit: Callable[[ET.Element], None]) -> Path:
    """A copy of the committed catalogue with `edit(root)` applied: the committed file is never
    touched."""
    tree = ET.parse(I18N / ts_name)
    edit(tree.getroot())
    copy = tmp_path / "broken" / ts_name
    copy.parent.mkdir(parents=True, exist_ok=True)
    tree.write(copy, encoding="utf-8", xml_declaration=True)
    return copy


def _translation_of(root: ET.Element, context: str, source: str) -> ET.Element:
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    found = message.find("translation")
                    assert found is not None
                    return found
    raise AssertionError(f"{context}/{source} not in catalogue")


# -- the catalogues as committed -----------------------------------------------------------------


@pytest.mark.parametrize("ts_name", CATALOGUES)
def test_ts_is_in_step_with_the_source(ts_name: str, tmp_path: Path) -> None:
    new, gone = _stale_messages(I18N / ts_name, ts_name, tmp_path)
    assert not new and not gone, (
        f"i18n/{ts_name} is stale: run `make i18n-update`, translate, `make i18n`.\n"
        f"new in the source: {sorted(new)}\nno longer in the source: {sorted(gone)}"
    )


# A call the extractor cannot read leaves its text out of the catalogue, so the Finnish window
# would show English: a helper such as `_tr("text")`, or a bare `tr("text")` outside a class
# (extracted with no context, looked up with one).
_UNEXTRACTED_CALL = re.compile(r"(?<![.\w])_?tr\((\s*$|\s*[\"'][^\"']*[\"']\s*\))")


def test_every_visible_text_is_written_where_the_extractor_finds_it() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "l4d_desktop").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _UNEXTRACTED_CALL.search(line)
    ]
    assert offenders == [], "use self.tr() or QCoreApplication.translate(CONTEXT, TEXT)"
    for ts_name in CATALOGUES:
        root = ET.parse(I18N / ts_name).getroot()
        nameless = [c for c in root.iter("context") if not (c.findtext("name") or "").strip()]
        assert nameless == [], f"i18n/{ts_name} has messages without a context"


@pytest.mark.parametrize("ts_name", CATALOGUES)
def test_every_message_is_translated(ts_name: str) -> None:
    assert _messages(I18N / ts_name), f"i18n/{ts_name} has no messages"
    assert _incomplete(I18N / ts_name, NUMERUS_FORMS[ts_name]) == []


@pytest.mark.parametrize("ts_name", CATALOGUES)
def test_translations_keep_the_placeholders(ts_name: str) -> None:
    assert _placeholder_mismatches(I18N / ts_name) == []


@pytest.mark.parametrize("ts_name", CATALOGUES)
def test_translations_keep_the_keyboard_accelerators(ts_name: str) -> None:
    assert _accelerator_mismatches(I18N / ts_name) == []


@pytest.mark.parametrize("ts_name", CATALOGUES)
def test_committed_qm_is_compiled_from_the_committed_ts(ts_name: str, tmp_path: Path) -> None:
    qm_name = ts_name.replace(".ts", ".qm")
    assert (I18N / qm_name).read_bytes() == _compiled(I18N / ts_name, ts_name, tmp_path), (
        f"i18n/{qm_name} is older than i18n/{ts_name}: run `make i18n`"
    )


def _tr(translator: QTranslator, context: str, source: str, n: int = -1) -> str:
    return translator.translate(context, source, None, n) or ""


def test_finnish_appears_at_run_time(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("l4d_fi", str(i18n_dir())), f"l4d_fi.qm not loadable from {i18n_dir()}"
    assert _tr(translator, "MainWindow", "&Customers") == "&Asiakkaat"
    assert _tr(translator, "MainWindow", "&Requests") == "&Pyynnöt"
    assert _tr(translator, "Vocabulary", "Main administrator") == "Pääkäyttäjä"
    required = _tr(translator, "Errors", "{field}: this field is required.")
    field = _tr(translator, "Fields", "Email")
    assert required.format(field=field) == "Sähköposti: tieto on pakollinen."
    source = "%n customer(s) in the register."
    assert _tr(translator, "CustomersTab", source, 1) == "Rekisterissä on %n asiakas."
    assert _tr(translator, "CustomersTab", source, 5) == "Rekisterissä on %n asiakasta."


def test_swedish_appears_at_run_time(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("l4d_sv", str(i18n_dir())), f"l4d_sv.qm not loadable from {i18n_dir()}"
    assert _tr(translator, "MainWindow", "&Customers") == "&Kunder"
    assert _tr(translator, "MainWindow", "&Requests") == "&Begäranden"
    assert _tr(translator, "Vocabulary", "Main administrator") == "Huvudanvändare"
    assert _tr(translator, "Vocabulary", "Swedish") == "Svenska"
    required = _tr(translator, "Errors", "{field}: this field is required.")
    field = _tr(translator, "Fields", "Email")
    assert required.format(field=field) == "E-post: uppgiften är obligatorisk."
    source = "%n customer(s) in the register."
    assert _tr(translator, "CustomersTab", source, 1) == "%n kund i registret."
    assert _tr(translator, "CustomersTab", source, 5) == "%n kunder i registret."


def test_swedish_copies_no_english_that_finnish_translates() -> None:
    assert _english_copies(I18N / "l4d_sv.ts", I18N / "l4d_fi.ts") == []


def test_english_plurals_appear_at_run_time(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("l4d_en", str(i18n_dir())), f"l4d_en.qm not loadable from {i18n_dir()}"
    source = "%n customer(s) in the register."
    assert _tr(translator, "CustomersTab", source, 1) == "%n customer in the register."
    assert _tr(translator, "CustomersTab", source, 2) == "%n customers in the register."


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_qt_own_catalogue_loads(qapp: QApplication, language: str) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    assert translator.load(f"qtbase_{language}", folder), f"qtbase_{language}.qm not in {folder}"
    assert not translator.isEmpty()
    assert _tr(translator, "QPlatformTheme", "Cancel") not in ("", "Cancel")


# -- each check can fail: run against broken copies ----------------------------------------------


def test_stale_check_notices_a_message_missing_from_the_catalogue(tmp_path: Path) -> None:
    def drop_message(root: ET.Element) -> None:
        for context in root.iter("context"):
            if context.findtext("name") == "MainWindow":
                for message in context.findall("message"):
                    if message.findtext("source") == "&Customers":
                        context.remove(message)

    broken = _broken_copy("l4d_fi.ts", tmp_path, drop_message)
    new, _gone = _stale_messages(broken, "l4d_fi.ts", tmp_path / "work")
    assert ("MainWindow", "&Customers", "", False) in new


def test_stale_check_notices_a_message_the_source_no_longer_has(tmp_path: Path) -> None:
    context_name = "MainWindow"

    def add_message(root: ET.Element) -> None:
        context = next(c for c in root.iter("context") if c.findtext("name") == context_name)
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "A string no code uses"
        ET.SubElement(message, "translation").text = "Merkkijono, jota mikään koodi ei käytä"

    broken = _broken_copy("l4d_fi.ts", tmp_path, add_message)
    _new, gone = _stale_messages(broken, "l4d_fi.ts", tmp_path / "work")
    assert (context_name, "A string no code uses", "", False) in gone


def test_completeness_check_notices_unfinished_empty_and_missing_plural_forms(
    tmp_path: Path,
) -> None:
    def spoil(root: ET.Element) -> None:
        _translation_of(root, "MainWindow", "&Customers").set("type", "unfinished")
        _translation_of(root, "MainWindow", "&Requests").text = ""
        plural = _translation_of(root, "CustomersTab", "%n customer(s) in the register.")
        plural.remove(next(plural.iter("numerusform")))

    problems = _incomplete(_broken_copy("l4d_fi.ts", tmp_path, spoil), 2)
    assert len(problems) == 3, problems


def test_placeholder_check_notices_a_lost_or_invented_placeholder(tmp_path: Path) -> None:
    def spoil(root: ET.Element) -> None:
        _translation_of(root, "Errors", "{field}: this field is required.").text = "Pakollinen."
        _translation_of(root, "MainWindow", "&Customers").text = "&Asiakkaat {count}"

    assert len(_placeholder_mismatches(_broken_copy("l4d_fi.ts", tmp_path, spoil))) == 2


def test_accelerator_check_notices_a_lost_accelerator(tmp_path: Path) -> None:
    def spoil(root: ET.Element) -> None:
        _translation_of(root, "MainWindow", "&Customers").text = "Asiakkaat"

    assert len(_accelerator_mismatches(_broken_copy("l4d_fi.ts", tmp_path, spoil))) == 1


def test_copy_check_notices_english_left_in_the_swedish_catalogue(tmp_path: Path) -> None:
    def spoil(root: ET.Element) -> None:
        _translation_of(root, "MainWindow", "&Customers").text = "&Customers"

    broken = _broken_copy("l4d_sv.ts", tmp_path, spoil)
    assert _english_copies(broken, I18N / "l4d_fi.ts") == ["MainWindow: '&Customers'"]


def test_qm_check_notices_a_changed_translation(tmp_path: Path) -> None:
    def spoil(root: ET.Element) -> None:
        _translation_of(root, "MainWindow", "&Customers").text = "&Kundit"

    broken = _broken_copy("l4d_fi.ts", tmp_path, spoil)
    assert (I18N / "l4d_fi.qm").read_bytes() != _compiled(broken, "l4d_fi.ts", tmp_path / "qm")
