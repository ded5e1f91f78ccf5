"""Pieces every PDF report shares: styles, safe text, page footer, atomic output."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import ReportError, SamverkanError
from samverkan_gui.core.messages import Texts, language_tag, render
from samverkan_gui.present import format_percent
from samverkan_gui.present import style as palette
from samverkan_gui.report.content import Cell, Distribution, Look, TableContent, Text, footer_text
from samverkan_gui.report.fonts import drawable, register_fonts
from samverkan_gui.report.hatch import hatch
from samverkan_gui.report.hyphenation import MIN_WORD, hyphenator
from samverkan_gui.report.tagged import (
    StructureRecorder,
    Tag,
    TaggedParagraph,
    TaggedTable,
    add_structure,
)

PAGE_SIZE = A4
MARGIN = 18 * mm

# The colours of paper and of the data, shared with the window (present/style.py).
INK = colors.HexColor(palette.INK)
MUTED = colors.HexColor(palette.MUTED)
ACCENT = colors.HexColor(palette.ACCENT)
BAR = colors.HexColor(palette.BAR)
BAR_TRACK = colors.HexColor(palette.BAR_TRACK)
RULE = colors.HexColor(palette.RULE)
HEADER_BG = colors.HexColor(palette.HEADER_BG)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


#: What the PDF shows for a character the font has no glyph for: reportlab would draw the
#: font's empty ".notdef" box, which no reader can copy or read aloud (and PDF/UA forbids).
REPLACEMENT = "\ufffd"


@cache
def _undrawable() -> re.Pattern[str]:
    """Any character outside the embedded font's glyphs (a line break stays: it becomes <br/>)."""
    codes = sorted(drawable() | {ord("\n")})
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return re.compile("[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in runs) + "]")


def _replace(match: re.Match[str]) -> str:
    return "" if unicodedata.category(match.group()) in ("Cf", "Mn") else REPLACEMENT


def safe(text: str) -> str:
    """User text → reportlab paragraph markup that shows exactly what was typed.

    Markup characters are escaped (so ``<img src=...>`` is text, never an image
    or a file read), control characters dropped, line breaks kept. A character the
    embedded font cannot draw (most emoji) becomes U+FFFD; an invisible one (a joiner,
    a variation selector) is left out.
    """
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))
    if not cleaned.isascii():
        cleaned = _undrawable().sub(_replace, cleaned)
    return escape(cleaned).replace("\n", "<br/>")


class Styles:
    """The paragraph styles of our reports, built on the embedded font.

    ``typed`` is for what users typed into narrow table cells (an action, who does it): a
    long word there that does not fit its line breaks at a syllable with a hyphen (in
    Swedish; see :mod:`samverkan_gui.report.hyphenation`), never in the middle without one.
    The source's texts and our own flow unhyphenated, as written.
    """

    def __init__(self, lang: str = "sv") -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        breaks = hyphenator(lang)

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": regular,
                "fontSize": 10,
                "leading": 13.5,
                "textColor": INK,
                "alignment": TA_LEFT,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.title = style("Title", fontName=bold, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=2)
        self.subtitle = style("Subtitle", fontSize=11, leading=14, textColor=MUTED, spaceAfter=10)
        self.h1 = style("H1", fontName=bold, fontSize=14, leading=18, spaceBefore=12, spaceAfter=6, textColor=ACCENT)
        self.h2 = style("H2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=3)
        self.body = style("Body")
        self.small = style("Small", fontSize=8.5, leading=11, textColor=MUTED)
        self.label = style("Label", fontSize=8, leading=10.5)
        self.cell = style("Cell", fontSize=9.5, leading=12.5)
        hyphenation = {} if breaks is None else {"hyphenationLang": breaks, "hyphenationMinWordLength": MIN_WORD}
        self.typed = style("Typed", fontSize=9.5, leading=12.5, **hyphenation)
        self.cell_bold = style("CellBold", fontName=bold, fontSize=9.5, leading=12.5)
        self.big = style("Big", fontName=bold, fontSize=16, leading=21, spaceAfter=4)
        self.advice = style("Advice", fontSize=11, leading=15.5, spaceAfter=4)
        self.note = style("Note", fontSize=9.5, leading=13, leftIndent=6, textColor=INK)
        # What a screen reader is told each style's paragraphs are: the report's title is its
        # one H1, the sections (``h1``) H2 and their parts (``h2``) H3; every other style a paragraph.
        self._roles = {self.title.name: "H1", self.h1.name: "H2", self.h2.name: "H3"}

    def p(self, text: str, style: ParagraphStyle | None = None) -> TaggedParagraph:
        """A paragraph of *plain* text (escaped)."""
        return self.markup(safe(text), style, plain=text)

    def markup(self, markup: str, style: ParagraphStyle | None = None, *, plain: str = "") -> TaggedParagraph:
        """A paragraph of reportlab markup whose user text is already escaped with :func:`safe`."""
        style = style or self.body
        return TaggedParagraph(markup, style, tag=Tag(self._roles.get(style.name, "P"), title=plain))

    def bullets(self, items: Sequence[str], style: ParagraphStyle | None = None) -> list[TaggedParagraph]:
        """A list of plain-text items: one paragraph each, read as one list (L, LI, LBody)."""
        listing = Tag("L")
        return [
            TaggedParagraph(safe(item), style or self.body, tag=Tag("LBody", within=(listing, Tag("LI"))))
            for item in items
        ]


def footer_canvas(footer_left: str, lang: str, structure: StructureRecorder) -> type[Canvas]:
    """A canvas class that writes "Sida 1 av 3" and a footer line on every page.

    Page totals are only known at the end, so pages are buffered and drawn in
    ``save()`` (the usual reportlab recipe). The tagged flowables find ``structure``
    on the canvas; the footer is page furniture (an artifact), not part of it.
    """
    regular, _ = register_fonts()

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.structure = structure

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = self._pagesize
            with structure.artifact(self, "/Type /Pagination /Subtype /Footer"):
                self.saveState()
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
                self.setFont(regular, 8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 8 * mm, footer_left)
                self.drawRightString(
                    width - MARGIN, 8 * mm, render("report.page", lang, page=self._pageNumber, pages=total)
                )
                self.restoreState()

    return FooterCanvas


def build_pdf(
    target: Path | str | IO[bytes],
    story_builder: Callable[[Styles], list[Any]],
    *,
    texts: Texts,
    questionnaire_title: str,
    doc_title: str,
    today: dt.date | None = None,
) -> None:
    """Lay out ``story_builder(styles)`` on A4 and write it to ``target``.

    ``texts`` is the report's section of the catalogue (and its language); its ``subtitle``
    becomes the PDF subject and its ``footer`` the footer of every page. The PDF is tagged
    (PDF/UA-1, see :mod:`samverkan_gui.report.tagged`). A path is written atomically
    (temp file, fsync, replace); a stream gets the bytes.
    """
    lang = texts.lang
    footer_left = footer_text(texts, questionnaire_title, today or dt.date.today())
    styles = Styles(lang)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=doc_title,
        subject=texts("subtitle"),
        author="Samverkan",
        creator="Samverkan",
        lang=language_tag(lang),
        displayDocTitle=True,
        initialFontName=styles.regular,
        initialFontSize=10,
    )
    structure = StructureRecorder()
    try:
        doc.build(story_builder(styles), canvasmaker=footer_canvas(footer_left, lang, structure))
        data = add_structure(buffer.getvalue(), structure, title=doc_title, subject=texts("subtitle"), lang=lang)
    except SamverkanError:
        raise
    except Exception as exc:
        raise ReportError("report.failed", reason=str(exc) or type(exc).__name__) from exc
    if isinstance(target, (str, Path)):
        atomic_write(Path(target), data)
    else:
        target.write(data)


CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


@dataclass(frozen=True)
class ChartRow:
    """One bar of :func:`share_chart`: a block's share of its maximum (0–1)."""

    label: str
    #: None when there is nothing to show (no answers): only the empty track is drawn.
    share: float | None
    value_text: str
    #: Optional range drawn as a whisker over the bar (the group's lowest and highest share).
    low: float | None = None
    high: float | None = None
    #: Drawn as this series (its colour and hatch, as in the window's chart) instead of the plain bar colour.
    series: int | None = None


def share_chart(
    styles: Styles, rows: Sequence[ChartRow], value_width: float, lang: str, width: float = CONTENT_WIDTH
) -> Drawing:
    """Horizontal bars on a 0–100 % grid, each labelled above and with its value written beside it.

    The values are text, so the chart never relies on colour alone.
    """
    bar_area = width - value_width
    bar_height = 6 * mm
    label_height = 4.5 * mm
    row_height = label_height + bar_height + 3 * mm
    axis_height = 5 * mm
    height = axis_height + len(rows) * row_height
    drawing = Drawing(width, height)
    for step in range(0, 101, 25):
        x = bar_area * step / 100
        drawing.add(Line(x, axis_height, x, height, strokeColor=RULE, strokeWidth=0.4))
        anchor = "start" if step == 0 else "end" if step == 100 else "middle"
        drawing.add(
            String(
                x,
                1 * mm,
                format_percent(step, lang),
                fontName=styles.regular,
                fontSize=7,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )
    for index, row in enumerate(rows):
        top = height - index * row_height
        bar_y = top - label_height - bar_height
        middle = bar_y + bar_height / 2
        drawing.add(
            String(0, top - label_height + 1.2 * mm, row.label, fontName=styles.bold, fontSize=8, fillColor=INK)
        )
        drawing.add(Rect(0, bar_y, bar_area, bar_height, fillColor=BAR_TRACK, strokeColor=None))
        if row.share is not None and row.share > 0:
            fill = BAR if row.series is None else colors.HexColor(palette.series_style(row.series).fill)
            drawing.add(
                Rect(0, bar_y, bar_area * row.share, bar_height, fillColor=fill, strokeColor=INK, strokeWidth=0.3)
            )
            if row.series is not None:
                look = palette.series_style(row.series)
                drawing.add(hatch(look.pattern, 0, bar_y, bar_area * row.share, bar_height, look.hatch))
        if row.low is not None and row.high is not None:
            low, high = bar_area * row.low, bar_area * row.high
            drawing.add(Line(low, middle, high, middle, strokeColor=INK, strokeWidth=1.4))
            for x in (low, high):
                drawing.add(
                    Line(x, bar_y + 0.8 * mm, x, bar_y + bar_height - 0.8 * mm, strokeColor=INK, strokeWidth=1.4)
                )
        drawing.add(
            String(
                bar_area + 2 * mm,
                middle - 3,
                row.value_text,
                fontName=styles.bold if row.share is not None else styles.regular,
                fontSize=8.5,
                fillColor=INK if row.share is not None else MUTED,
            )
        )
    return drawing


def result_flowables(styles: Styles, lang: str, band_range: str, advice: str | None, weakest: str) -> list[Any]:
    """The band's range, its advice and (when the advice names no block) the weakest-block sentence."""
    flowables: list[Any] = [
        styles.p(render("report.band", lang, range=band_range), styles.small),
        Spacer(1, 2 * mm),
        styles.p(advice or "", styles.advice),
    ]
    if weakest:
        flowables.append(styles.p(weakest, styles.advice))
    return flowables


def details_table(styles: Styles, rows: Sequence[tuple[str, str]], lang: str) -> TaggedTable:
    """The label/value table under a report's title; empty values show a dash. Each label heads its row."""
    not_given = render("report.not_given", lang)
    data = [[styles.p(label, styles.cell_bold), styles.p(value or not_given, styles.cell)] for label, value in rows]
    table = TaggedTable(data, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm], header_rows=0, header_columns=(0,))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def grid_style(valign: str = "TOP", *extra: tuple[Any, ...]) -> TableStyle:
    """The style of every data table: shaded header row, thin rules, even padding."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def cell_flowables(styles: Styles, content: Cell, figure: Callable[[Distribution], Any] | None = None) -> Any:
    """A cell of :mod:`~samverkan_gui.report.content` as flowables (one paragraph: the paragraph itself)."""
    looks = {
        Look.PLAIN: styles.cell,
        Look.BOLD: styles.cell_bold,
        Look.SMALL: styles.small,
        Look.LABEL: styles.label,
        Look.TYPED: styles.typed,
    }
    parts = [
        styles.p(part.text, looks[part.look]) if isinstance(part, Text) else _figure(figure, part) for part in content
    ]
    return parts[0] if len(parts) == 1 else parts


def _figure(figure: Callable[[Distribution], Any] | None, part: Distribution) -> Any:
    if figure is None:
        raise TypeError("a table with pictures needs a figure callback")
    return figure(part)


def content_table(
    styles: Styles,
    content: TableContent,
    col_widths: Sequence[float],
    style: TableStyle,
    *,
    repeat_header: bool = True,
    header_columns: Sequence[int] = (),
    figure: Callable[[Distribution], Any] | None = None,
) -> TaggedTable:
    """A :class:`~samverkan_gui.report.content.TableContent` as a tagged table: the header row in bold
    (column headers), ``header_columns`` heading their rows."""
    rows: list[list[Any]] = [[styles.p(text, styles.cell_bold) for text in content.header]]
    rows += [[cell_flowables(styles, part, figure) for part in row] for row in content.rows]
    table = TaggedTable(
        rows, colWidths=list(col_widths), repeatRows=1 if repeat_header else 0, header_columns=header_columns
    )
    table.setStyle(style)
    return table


#: The column of a question's label ("Fråga 3.10" / "Question 3.10"): one line.
QUESTION_LABEL_WIDTH = 24.5 * mm
