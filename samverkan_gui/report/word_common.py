"""Pieces every Word report shares: the document, its styles, language and title; headings, tables, pictures.

The Word files are meant to be edited and to take an organisation's own template, so
they use Word's built-in styles only (Heading 1–3, Subtitle, Normal, Body Text, List Bullet,
Footer, Strong, Subtle Emphasis, Table Grid), restyled plainly; whatever a template
defines for those names replaces ours.  Spacing comes from the styles, never from empty
paragraphs, and nothing sits in a text box.  What a screen reader and Word's
accessibility checker look for is set where python-docx has no API for it:

* the document language (``w:lang`` in the styles' defaults, and the core properties),
* the title (core properties), shown by Word in the title bar,
* the header row of every table marked (``w:tblHeader``), so it is read as the column
  headings and repeated on every page the table runs over,
* alt text (``descr`` on the picture's ``wp:docPr``) on every picture, stating the numbers it shows.

The texts, and the tables' content, are the PDFs' (:mod:`samverkan_gui.report.content`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from reportlab.graphics.shapes import Drawing

from samverkan_gui.core.atomic import atomic_write
from samverkan_gui.core.errors import ReportError, SamverkanError
from samverkan_gui.core.messages import Texts, language_tag, render
from samverkan_gui.report.content import Cell, Distribution, Look, TableContent, Text, footer_text
from samverkan_gui.report.raster import drawing_png

#: A4 with 25 mm margins, the page most Swedish organisations' templates use: 160 mm of text.
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN = Mm(25)
#: The width of the text in points (reportlab units): the charts are drawn this wide.
TEXT_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / Emu(Pt(1))

# The PDFs' colours (report/common.py), as Word writes them; text colours pass WCAG AA on white.
_INK = RGBColor(0x1A, 0x1A, 0x1A)
_MUTED = RGBColor(0x55, 0x55, 0x55)
_ACCENT = RGBColor(0x0B, 0x4F, 0x8A)
_HEADER_FILL = "E8EEF5"

#: Built-in style names: an organisation's template that defines them takes the document over.
TITLE = "Heading 1"
SECTION = "Heading 2"
SUBSECTION = "Heading 3"
SUBTITLE = "Subtitle"
BODY = "Normal"
NOTE = "Body Text"
BULLET = "List Bullet"
FOOTER = "Footer"
TABLE = "Table Grid"
BOLD = "Strong"
SMALL = "Subtle Emphasis"
#: The character style of each look that has one (the others are plain).
_CHARACTER_STYLES = {Look.BOLD: BOLD, Look.SMALL: SMALL}

# Characters XML 1.0 cannot hold (python-docx refuses them); typed text is cleaned on the way in
# (core/text.py), so these only come from a file edited by hand.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


#: Draws the picture of a table cell that shows a distribution, with its alt text.
FigureMaker = Callable[[Distribution], tuple[Drawing, str]]


class WordReport:
    """One Word report being built: add headings, paragraphs, tables and pictures in reading order."""

    def __init__(self, texts: Texts, *, doc_title: str, questionnaire_title: str, today: dt.date | None = None) -> None:
        self.lang = texts.lang
        self.document: Document = docx.Document()
        created = today or dt.date.today()
        #: The day the report is made: actions past their due date then are marked.
        self.today = created
        _page(self.document)
        _styles(self.document, language_tag(self.lang))
        _properties(self.document, doc_title, texts("subtitle"), self.lang, created)
        _footer(self.document, footer_text(texts, questionnaire_title, created), self.lang)
        # Looking a style up by name searches the whole style sheet each time: look each up once.
        self._style_ids = {
            name: self.document.styles[name].style_id
            for name in (TITLE, SECTION, SUBSECTION, SUBTITLE, NOTE, BULLET, BOLD, SMALL)
        }

    # --- text -----------------------------------------------------------------------

    def title(self, text: str) -> None:
        self._paragraph(TITLE, text)

    def subtitle(self, text: str) -> None:
        self._paragraph(SUBTITLE, text)

    def section(self, text: str, *, new_page: bool = False) -> None:
        """A section's heading (the PDF's large headings)."""
        paragraph = self._paragraph(SECTION, text)
        if new_page:
            paragraph.paragraph_format.page_break_before = True

    def subsection(self, text: str) -> None:
        self._paragraph(SUBSECTION, text)

    def paragraph(self, text: str, look: Look = Look.PLAIN, *, keep_with_next: bool = False) -> Paragraph:
        """A paragraph of body text; ``keep_with_next`` keeps an introduction on the page of what it introduces."""
        paragraph = self._paragraph(BODY)
        self.add_run(paragraph, text, look)
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def big(self, text: str) -> None:
        """The one number a reader looks for first ("66 av 105 poäng")."""
        run = self.add_run(self._paragraph(BODY), text, Look.BOLD)
        run.font.size = Pt(16)

    def note(self, text: str) -> None:
        """Text a user wrote (notes), line breaks as typed."""
        self._paragraph(NOTE, text)

    def bullets(self, lines: Sequence[str]) -> None:
        for line in lines:
            self._paragraph(BULLET, line)

    def add_run(self, paragraph: Paragraph, text: str, look: Look = Look.PLAIN) -> Run:
        """``text`` at the end of ``paragraph``, bold or small by character style (tabs and line breaks kept).

        A question's label and typed words are plain text here: Word wraps and hyphenates them itself.
        """
        run = paragraph.add_run(_xml_text(text))
        if look in _CHARACTER_STYLES:
            run._r.style = self._style_ids[_CHARACTER_STYLES[look]]
        return run

    def _paragraph(self, style: str, text: str = "") -> Paragraph:
        paragraph = self.document.add_paragraph(_xml_text(text))
        if style != BODY:  # no style is Normal
            paragraph._p.style = self._style_ids[style]
        return paragraph

    def details(self, rows: Sequence[tuple[str, str]]) -> None:
        """The label/value lines under the title: the label in bold, a tab, the value (a dash when empty)."""
        not_given = render("report.not_given", self.lang)
        for label, value in rows:
            paragraph = self._paragraph(BODY)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(40))
            paragraph.paragraph_format.left_indent = Mm(40)
            paragraph.paragraph_format.first_line_indent = -Mm(40)
            paragraph.paragraph_format.space_after = Pt(2)
            self.add_run(paragraph, label, Look.BOLD)
            self.add_run(paragraph, "\t" + (value or not_given))

    def result_lines(self, band_range: str, advice: str | None, weakest: str) -> None:
        """The band's range, its advice and (when the advice names no block) the weakest-block sentence."""
        self.paragraph(render("report.band", self.lang, range=band_range), Look.SMALL)
        self.paragraph(advice or "")
        if weakest:
            self.paragraph(weakest)

    # --- pictures and tables --------------------------------------------------------

    def picture(self, drawing: Drawing, alt_text: str) -> None:
        """``drawing`` as a picture in a paragraph of its own, at its own size, with ``alt_text``."""
        _picture(self._paragraph(BODY), drawing, alt_text)

    def table(
        self,
        content: TableContent,
        widths: Sequence[float],
        figure: FigureMaker | None = None,
        *,
        keep_together: bool = False,
    ) -> Table:
        """``content`` as a table with a marked, repeating header row; ``widths`` in points (any total).

        No row is split over two pages; ``keep_together`` keeps a short table on one page
        (with the heading before it, which keeps with what follows).
        """
        if len(widths) != len(content.header):
            raise ValueError("one width per column")
        table = self.document.add_table(rows=1 + len(content.rows), cols=len(content.header))
        table.style = self.document.styles[TABLE]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        scale = TEXT_WIDTH / sum(widths)
        column_widths = [Pt(width * scale) for width in widths]
        for column, width in zip(table.columns, column_widths, strict=True):
            column.width = width
        header = table.rows[0]
        _mark_header(header._tr)
        for cell, text, width in zip(header.cells, content.header, column_widths, strict=True):
            cell.width = width
            _shade(cell, _HEADER_FILL)
            self.add_run(cell.paragraphs[0], text, Look.BOLD)
        for row, values in zip(table.rows[1:], content.rows, strict=True):
            for cell, value, width in zip(row.cells, values, column_widths, strict=True):
                cell.width = width
                self._fill_cell(cell, value, figure)
        for row in table.rows:
            _row_property(row._tr, "w:cantSplit")
        if keep_together:
            # Word's way: every paragraph but the last row's keeps with the next one.
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        return table

    def _fill_cell(self, cell: _Cell, content: Cell, figure: FigureMaker | None) -> None:
        for index, part in enumerate(content):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            if isinstance(part, Text):
                self.add_run(paragraph, part.text, part.look)
            else:
                if figure is None:
                    raise TypeError("a table with pictures needs a figure maker")
                drawing, alt_text = figure(part)
                _picture(paragraph, drawing, alt_text)

    # --- output ---------------------------------------------------------------------

    def save(self, target: Path | str | IO[bytes]) -> None:
        """Write the document to ``target``: a path atomically (temp file, fsync, replace), a stream as bytes."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        data = buffer.getvalue()
        if isinstance(target, (str, Path)):
            atomic_write(Path(target), data)
        else:
            target.write(data)


def write_word(
    target: Path | str | IO[bytes],
    build: Callable[[WordReport], None],
    *,
    texts: Texts,
    questionnaire_title: str,
    doc_title: str,
    today: dt.date | None = None,
) -> None:
    """Build a Word report with ``build(report)`` and write it to ``target`` (as :func:`build_pdf` does a PDF).

    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    try:
        report = WordReport(texts, doc_title=doc_title, questionnaire_title=questionnaire_title, today=today)
        build(report)
    except SamverkanError:
        raise
    except Exception as exc:
        raise ReportError("report.failed", reason=str(exc) or type(exc).__name__) from exc
    report.save(target)


# --- the document's set-up ------------------------------------------------------------------


def _page(document: Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN


def _styles(document: Document, tag: str) -> None:
    """The built-in styles, restyled plainly; the language in the defaults every style inherits."""
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), tag)
    # The template's theme sets Cambria for body text; a plain sans-serif reads better on screen.
    fonts = run_defaults.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), "Calibri")
    settings_language = document.settings.element.find(qn("w:themeFontLang"))
    if settings_language is not None:
        settings_language.set(qn("w:val"), tag)

    # The text size lives in the defaults (11 pt there), not in Normal: a paragraph style's size
    # would override the table style's, and tables are set a little smaller.
    normal = styles[BODY]
    normal.font.color.rgb = _INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for name, size, colour, before, after in (
        (TITLE, 22, _ACCENT, 0, 2),
        (SECTION, 15, _ACCENT, 16, 6),
        (SUBSECTION, 12, _INK, 12, 4),
    ):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = colour
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True

    styles[TABLE].font.size = Pt(10)

    subtitle = styles[SUBTITLE]
    subtitle.font.italic = False
    subtitle.font.size = Pt(12)
    subtitle.font.color.rgb = _MUTED
    subtitle.paragraph_format.space_after = Pt(12)

    # A user's own words (notes, plan answers), set off by an indent. Not Word's "Quote": LibreOffice
    # would tag it as a PDF /Quote remapped to /P, which PDF/UA forbids.
    note = styles[NOTE]
    note.font.color.rgb = _INK
    note.paragraph_format.left_indent = Mm(5)

    small = styles[SMALL]
    small.font.italic = False
    small.font.size = Pt(9.5)
    small.font.color.rgb = _MUTED

    footer = styles[FOOTER]
    footer.font.size = Pt(8.5)
    footer.font.color.rgb = _MUTED
    # The template's tab stops are placed for US Letter: the page number goes to the right margin.
    footer.paragraph_format.tab_stops.clear_all()
    footer.paragraph_format.tab_stops.add_tab_stop(Pt(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)


def _properties(document: Document, title: str, subject: str, lang: str, created: dt.date) -> None:
    properties = document.core_properties
    properties.title = _xml_text(title)
    properties.subject = subject
    properties.language = language_tag(lang)
    properties.author = "Samverkan"
    properties.last_modified_by = "Samverkan"
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    stamp = dt.datetime.combine(created, dt.time(), tzinfo=dt.UTC)
    properties.created = properties.modified = stamp


def _footer(document: Document, text: str, lang: str) -> None:
    """The PDFs' footer line, and "Sida 1 av 3" from Word's page fields, on every page."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.style = document.styles[FOOTER]
    paragraph.add_run(_xml_text(text) + "\t")
    page = render("report.page", lang, page="{page}", pages="{pages}")
    for piece in re.split(r"(\{page\}|\{pages\})", page):
        if piece == "{page}":
            _field(paragraph, "PAGE", "1")
        elif piece == "{pages}":
            _field(paragraph, "NUMPAGES", "1")
        elif piece:
            paragraph.add_run(piece)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# --- runs, cells, pictures ---------------------------------------------------------------------


def _picture(paragraph: Paragraph, drawing: Drawing, alt_text: str) -> None:
    """The drawing as a picture at its own size, made smaller where it would not fit between the margins."""
    picture = drawing_png(drawing)
    shrink = min(TEXT_WIDTH / picture.width, 1.0)
    run = paragraph.add_run()
    shape = run.add_picture(
        io.BytesIO(picture.png), width=Pt(picture.width * shrink), height=Pt(picture.height * shrink)
    )
    text = _xml_text(alt_text)
    shape._inline.docPr.set("descr", text)
    # The picture's own name/description (pic:cNvPr) too: some readers look there.
    for properties in shape._inline.iter(qn("pic:cNvPr")):
        properties.set("descr", text)


def _mark_header(row: Any) -> None:
    """Mark a table row as the header row: read as column headings and repeated on each page."""
    _row_property(row, "w:tblHeader")


def _row_property(row: Any, name: str) -> None:
    """Switch on a row property (``w:tblHeader``, ``w:cantSplit``)."""
    element = OxmlElement(name)
    element.set(qn("w:val"), "true")
    row.get_or_add_trPr().append(element)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
