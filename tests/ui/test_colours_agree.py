"""The same thing has the same colour in the window and in the PDF.

A comparison's dates, a result's blocks and the answers 1–5 of a distribution are
read from what the window paints (pixels of the rendered widget) and from the
drawings the PDFs are made of (and found again in the PDF's content stream).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pikepdf
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.graphics.shapes import Drawing, Rect, String

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.group_load import load_files
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.present import present_result
from samverkan_gui.report.common import BAR_TRACK, Styles
from samverkan_gui.report.compare_pdf import legend, write_compare_pdf
from samverkan_gui.report.group_pdf import distribution_bar
from samverkan_gui.report.pdf import block_chart, write_assessment_pdf
from samverkan_gui.ui.compare_view import CompareWindow
from samverkan_gui.ui.main_window import View
from samverkan_gui.ui.workshop.bars import paint_distribution
from tests.conftest import REPO

EXAMPLES = REPO / "examples"


def _dominant(image: QImage, rect: QRectF) -> str:
    """The colour most pixels inside ``rect`` have (a fill shows between the lines of its hatch)."""
    inner = rect.toAlignedRect().adjusted(2, 2, -2, -2)
    counts = Counter(
        QColor(image.pixel(x, y)).name()
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
    )
    return counts.most_common(1)[0][0]


def _hex(colour) -> str:  # type: ignore[no-untyped-def]
    return "#" + colour.hexval()[2:].lower()


def _fills_and_labels(drawing: Drawing) -> tuple[list[str], list[str]]:
    """The fills of the coloured rectangles (not the empty track) and the texts, in drawing order."""
    fills = [
        _hex(shape.fillColor)
        for shape in drawing.contents
        if isinstance(shape, Rect) and shape.fillColor is not None and _hex(shape.fillColor) not in ("#ffffff",)
        if _hex(shape.fillColor) != _hex(BAR_TRACK)
    ]
    labels = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    return fills, labels


def _content_stream_fills(pdf: bytes) -> set[str]:
    """Every fill colour set with ``rg`` on any page of the PDF, as #rrggbb."""
    found = set()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        streams = []
        for page in document.pages:
            streams.append(page)
            for xobject in page.Resources.get("/XObject", {}).values():
                streams.append(xobject)
        for stream in streams:
            for operands, operator in pikepdf.parse_content_stream(stream):
                if str(operator) == "rg":
                    found.add("#" + "".join(f"{round(float(v) * 255):02x}" for v in operands))
    return found


def _dated(path: Path, source: Assessment, questionnaire, date: str, shift: int) -> Path:  # type: ignore[no-untyped-def]
    answers = source
    for number, qid in enumerate(questionnaire.question_ids):
        answers = answers.with_answer(qid, (number + shift) % 5 + 1)
    save_assessment(path, replace(answers, date=dt.date.fromisoformat(date)), questionnaire)
    return path


def test_each_date_of_a_comparison_has_one_colour_on_screen_and_on_paper(
    qtbot, app_language, fake_dialogs, tmp_path, questionnaire
):
    source = load_assessment(EXAMPLES / "komplett.samverkan")
    dates = ["2024-03-01", "2024-09-01", "2025-03-01", "2025-09-01", "2026-03-01", "2026-09-01", "2027-03-01"]
    paths = [
        _dated(tmp_path / f"{date}.samverkan", source, questionnaire, date, shift) for shift, date in enumerate(dates)
    ]
    view = CompareWindow()
    qtbot.addWidget(view)
    assert view.load(paths)
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart
    image = chart.grab().toImage()
    on_screen = {
        name: _dominant(image, swatch) for name, swatch in zip(chart.series(), chart.legend_swatches(), strict=True)
    }
    assert list(on_screen) == dates
    assert len(set(on_screen.values())) == 6  # six colours, the seventh date repeats the first with another hatch

    comparison = view.comparison
    assert comparison is not None
    fills, labels = _fills_and_labels(legend(Styles(), comparison, "sv"))
    on_paper = dict(zip(labels, fills, strict=True))
    assert on_paper == on_screen
    written = io.BytesIO()
    write_compare_pdf(comparison, written, "sv")
    assert set(on_paper.values()) <= _content_stream_fills(written.getvalue())


def test_each_block_has_one_colour_in_the_results_chart_and_the_pdf(window, qtbot, questionnaire):
    path = EXAMPLES / "komplett.samverkan"
    assert window.open_path(path)
    window.show_view(View.RESULTS)
    chart = window.results_view.chart
    qtbot.waitUntil(lambda: chart.isVisible() and chart.height() >= chart.minimumSizeHint().height())
    image = chart.grab().toImage()
    # The left end of each bar is filled whatever its length.
    on_screen = {
        bar.label: _dominant(image, QRectF(track.left(), track.top(), 30, track.height()))
        for bar, track in zip(chart.bars(), chart.tracks(), strict=True)
    }
    result = window.session.result()
    shown = present_result(result, "sv")
    fills, labels = _fills_and_labels(block_chart(Styles(), shown))
    blocks = [line.title for line in shown.blocks]
    assert [label for label in labels if label in blocks] == blocks
    on_paper = dict(zip(blocks, fills, strict=True))
    assert list(on_screen.values()) == list(on_paper.values())
    assert len(set(on_paper.values())) == len(blocks)
    written = io.BytesIO()
    write_assessment_pdf(load_assessment(path), questionnaire, written, lang="sv")
    assert set(on_paper.values()) <= _content_stream_fills(written.getvalue())


def test_each_answer_has_one_colour_in_the_workshop_bars_and_the_group_pdf(qapp, questionnaire):
    group = load_files([EXAMPLES / "workshop-7.samverkan-grupp"]).group
    stats = group_stats(group, questionnaire)
    # A question where every answer 1..5 was given, each by the same number of people.
    question = replace(stats.questions[0], counts={1: 1, 2: 1, 3: 1, 4: 1, 5: 1})
    image = QImage(500, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_distribution(painter, QRectF(0, 0, 500, 40), question.counts)
    painter.end()
    # The left quarter of each segment (the count is written in its middle).
    on_screen = [_dominant(image, QRectF(index * 100, 0, 25, 40)) for index in range(5)]
    fills, _labels = _fills_and_labels(distribution_bar(Styles(), question, 100, 10))
    assert on_screen == fills
    assert len(set(fills)) == 5


def test_the_window_draws_every_pattern_of_the_style() -> None:
    from samverkan_gui.present.style import SERIES_PATTERNS
    from samverkan_gui.ui.chart import HATCHES

    assert set(HATCHES) == set(SERIES_PATTERNS)
