"""Languages of the window: Qt translators, the remembered choice, and the .ts/.qm tooling.

English source strings live in the code (``self.tr()``); Swedish comes from
``resources/translations/samverkan_sv.qm``, built with ``pyside6-lrelease`` from
the committed ``samverkan_sv.ts``.  Qt's own buttons follow via ``qtbase_sv``.

Regenerate after changing strings (then translate the new entries in the .ts)::

    python -m samverkan_gui.ui.i18n --update     # lupdate + fill English + lrelease
    python -m samverkan_gui.ui.i18n --release    # lrelease only
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from samverkan_gui.core.messages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, normalise_language
from samverkan_gui.core.paths import resources_dir

log = logging.getLogger(__name__)

TS_BASENAME = "samverkan"
_SOURCE_DIR = Path(__file__).resolve().parent.parent  # samverkan_gui/

_current = DEFAULT_LANGUAGE
_translators: list[QTranslator] = []

#: Qt's own words where our terminology (docs/terminology.md) differs from Qt's Swedish:
#: qtbase_sv writes "Ok", we write "OK". Our translator is installed after Qt's, so it is asked first.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QDialogButtonBox", "OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def current_language() -> str:
    """The language the window is shown in now: ``sv`` or ``en``."""
    return _current


def initial_language() -> str:
    """Remembered choice; else $SAMVERKAN_LANG; else the system language if sv/en; else Swedish."""
    from samverkan_gui.ui.settings import LANGUAGE

    stored = LANGUAGE.get()
    if stored in SUPPORTED_LANGUAGES:
        return str(stored)
    env = os.environ.get("SAMVERKAN_LANG")
    if env:
        return normalise_language(env)
    system = QLocale.system().name()
    short = system.split("_")[0].lower()
    return short if short in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def install_language(lang: str, *, remember: bool = False) -> str:
    """Install the translators for ``lang``; every widget then gets ``QEvent.LanguageChange``."""
    global _current
    lang = normalise_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _translators:
        QCoreApplication.removeTranslator(translator)
    _translators.clear()
    _current = lang
    if lang != "en":
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_path):
            _translators.append(qt)
        else:
            log.info("Qt's own translation qtbase_%s not found in %s", lang, qt_path)
    # Installed last, asked first: our words (QT_WORDS) win over Qt's own.
    # English too: its .qm holds the English plural forms ("%n file(s)" → "1 file", "2 files").
    ours = QTranslator(app)
    if ours.load(f"{TS_BASENAME}_{lang}", str(translations_dir())):
        _translators.append(ours)
    else:
        log.error("translation %s_%s.qm not found in %s", TS_BASENAME, lang, translations_dir())
    for translator in _translators:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden if lang == "sv" else QLocale.Country.UnitedKingdom,
        )
    )
    if remember:
        from samverkan_gui.ui.settings import LANGUAGE

        LANGUAGE.set(lang)
    if not _translators:
        # Switching to English with nothing to remove sends no LanguageChange by itself,
        # yet the questionnaire texts (from the YAML) must still switch.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts the LanguageChange events; deliver them now so the window is retranslated
    # before this call returns (a menu click then shows the new language at once).
    for _ in range(2):  # the application's event, then the widgets' it posts in turn
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


# --- tooling: lupdate / lrelease ---------------------------------------------------------


def qt_tool(name: str) -> str:
    """Path of ``lupdate``/``lrelease`` shipped inside PySide6 (else ``pyside6-NAME`` on PATH)."""
    import shutil

    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"Qt's {name} tool was not found (install PySide6-Essentials)")


def source_files() -> list[Path]:
    files = [_SOURCE_DIR / "app.py", *sorted((_SOURCE_DIR / "ui").rglob("*.py"))]
    return [f for f in files if f.is_file()]


def ts_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{TS_BASENAME}_{lang}.ts"


def qm_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{TS_BASENAME}_{lang}.qm"


def update_ts() -> None:
    """Run lupdate over the sources (keeps existing translations, drops obsolete ones)."""
    import subprocess

    root = _SOURCE_DIR.parent
    sources = [str(p.relative_to(root)) for p in source_files()]
    for lang in SUPPORTED_LANGUAGES:
        target = ts_file(lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                "sv_SE" if lang == "sv" else "en_GB",
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
            cwd=root,
        )
    fill_english(ts_file("en"))


def fill_english(path: Path) -> None:
    """English is the source language: each translation is its source text."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            # English plural forms from the "(s)" convention of the source text.
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text, encoding="utf-8")


def release(out_dir: Path | None = None) -> list[Path]:
    """Build the .qm files with lrelease (into ``out_dir``, default next to the .ts)."""
    import subprocess

    built = []
    for lang in SUPPORTED_LANGUAGES:
        target = qm_file(lang, out_dir)
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file(lang)), "-qm", str(target)], check=True)
        built.append(target)
    return built


def unfinished_messages(path: Path) -> list[str]:
    """Source strings in a .ts file without a finished translation."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                []
                if translation is None
                else ([f.text for f in translation.findall("numerusform")] or [translation.text])
            )
            if (
                translation is None
                or translation.get("type") in {"unfinished", "vanished", "obsolete"}
                or not all(form and form.strip() for form in forms)
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m samverkan_gui.ui.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="run lupdate, then lrelease")
    parser.add_argument("--release", action="store_true", help="run lrelease only")
    args = parser.parse_args(argv)
    if not (args.update or args.release):
        parser.print_help()
        return 2
    if args.update:
        update_ts()
    release()
    missing = unfinished_messages(ts_file("sv"))
    for entry in missing:
        sys.stderr.write(f"untranslated: {entry}\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
