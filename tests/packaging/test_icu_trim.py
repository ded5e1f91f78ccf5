"""packaging/icu_trim.py: the Linux bundle's smaller ICU data gives Qt the same answers in Swedish and English.

Qt runs in a child process twice, once with PySide6's own ICU data and once with the trimmed
library preloaded (it has the same soname, so ICU's other libraries bind to it), and the
answers that need ICU data — Swedish and English collation, case mapping, time-zone names —
must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))

import icu_trim

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trimmed ICU is for the Linux bundle")

PROBE = r"""
import functools, json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["ö", "z", "å", "ä", "a", "o", "Ärlig", "Åsa", "Örjan", "ångest", "Zeta", "ü", "y", "v", "w"]
answers = {}
for name in ("sv_SE", "en_GB", "sv_FI"):
    collator = QCollator(QLocale(name))
    answers["sort " + name] = sorted(words, key=functools.cmp_to_key(collator.compare))
    answers["compare " + name] = [collator.compare(a, b) for a, b in (("ö", "z"), ("w", "v"), ("å", "ä"))]
    locale = QLocale(name)
    answers["upper " + name] = locale.toUpper("ärlig straße ı i")
    answers["lower " + name] = locale.toLower("ÄRLIG İSTANBUL Σ")
zone = QTimeZone(b"Europe/Stockholm")
for name in ("sv_SE", "en_GB"):
    answers["zone " + name] = [
        zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name)),
        zone.displayName(QTimeZone.TimeType.DaylightTime, QTimeZone.NameType.LongName, QLocale(name)),
    ]
answers["maps"] = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][:1]
print(json.dumps(answers, ensure_ascii=False))
"""


def _answers(preload: Path | None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(result.stdout)


def _pyside_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "PySide6 carries no ICU data library"
    return found[0]


def test_the_package_format_round_trips_byte_for_byte() -> None:
    library = _pyside_icu_data()
    symbol = "icudt" + library.name.rsplit(".", 1)[-1] + "_dat"
    original = icu_trim.elf_symbol_bytes(library, symbol)
    assert icu_trim.pack(icu_trim.unpack(original)) == original


def test_keep_rule() -> None:
    keep = icu_trim.keep_item
    assert keep("icudt73l/sv.res") and keep("icudt73l/coll/sv.res") and keep("icudt73l/zone/en_GB.res")
    assert keep("icudt73l/en_001.res") and keep("icudt73l/root.res") and keep("icudt73l/coll/ucadata.icu")
    assert keep("icudt73l/pool.res") and keep("icudt73l/res_index.res") and keep("icudt73l/uts46.nrm")
    assert not keep("icudt73l/coll/zh.res") and not keep("icudt73l/de_CH.res") and not keep("icudt73l/sr_Latn_BA.res")
    assert not keep("icudt73l/brkitr/cjdict.dict") and not keep("icudt73l/translit/root.res")
    assert not keep("icudt73l/gb18030.cnv") and keep("icudt73l/cnvalias.icu")


def test_trimmed_icu_gives_qt_the_same_swedish_and_english_answers(tmp_path: Path) -> None:
    library = _pyside_icu_data()
    trimmed = icu_trim.trim_library(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 5
    full = _answers(None)
    small = _answers(trimmed)
    assert small.pop("maps") == [str(trimmed)], "the trimmed library was not the one loaded"
    full.pop("maps")
    assert small == full
    # And they are the right answers, not merely equal ones.
    assert small["sort sv_SE"][-6:] == ["ångest", "Åsa", "ä", "Ärlig", "ö", "Örjan"]
    assert small["compare sv_SE"][0] > 0  # ö after z in Swedish
    assert small["compare en_GB"][0] < 0  # ö with o in English
    assert small["zone sv_SE"][0] == "centraleuropeisk normaltid"
