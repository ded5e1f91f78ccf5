"""Drawings as pictures (report/raster.py) and the choice of a report's format (report/formats.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors

from samverkan_gui.core.errors import ReportError
from samverkan_gui.core.file_kinds import ReportFormat, format_for
from samverkan_gui.report.fonts import BOLD, register_fonts
from samverkan_gui.report.formats import write_assessment_report
from samverkan_gui.report.raster import DPI, drawing_png

BLUE = colors.HexColor("#1f6fb2")


def _image(drawing: Drawing) -> tuple[Image.Image, float]:
    picture = drawing_png(drawing)
    return Image.open(io.BytesIO(picture.png)).convert("RGB"), DPI / 72


def test_a_filled_rectangle_lands_where_the_pdf_puts_it() -> None:
    drawing = Drawing(100, 50)
    drawing.add(Rect(10, 10, 40, 20, fillColor=BLUE, strokeColor=None))
    image, scale = _image(drawing)
    assert image.size == (round(100 * scale), round(50 * scale))
    # y grows upwards in the drawing, downwards in the picture.
    assert image.getpixel((int(30 * scale), int((50 - 20) * scale))) == (0x1F, 0x6F, 0xB2)
    assert image.getpixel((int(70 * scale), int((50 - 20) * scale))) == (255, 255, 255)
    assert image.getpixel((int(30 * scale), int((50 - 40) * scale))) == (255, 255, 255)


def test_text_is_drawn_in_the_reports_font_and_a_group_moves_its_shapes() -> None:
    register_fonts()
    drawing = Drawing(120, 40)
    group = Group(String(0, 10, "66", fontName=BOLD, fontSize=20, fillColor=colors.black))
    group.translate(60, 0)
    drawing.add(group)
    image, scale = _image(drawing)
    left = image.crop((0, 0, int(55 * scale), image.height))
    right = image.crop((int(58 * scale), 0, image.width, image.height))
    assert left.getextrema() == ((255, 255),) * 3  # nothing left of the group's origin
    assert min(channel[0] for channel in right.getextrema()) < 40  # dark text on the right


def test_a_dashed_line_has_gaps() -> None:
    drawing = Drawing(100, 10)
    path = Path(strokeColor=colors.black, strokeWidth=2, fillColor=None, strokeDashArray=[5, 5])
    path.moveTo(0, 5)
    path.lineTo(100, 5)
    drawing.add(path)
    solid = Drawing(100, 10)
    solid.add(Line(0, 5, 100, 5, strokeColor=colors.black, strokeWidth=2))
    dashed_image, scale = _image(drawing)
    solid_image, _ = _image(solid)
    row = int(5 * scale)
    dashed_row = [dashed_image.getpixel((x, row))[0] for x in range(dashed_image.width)]
    solid_row = [solid_image.getpixel((x, row))[0] for x in range(solid_image.width)]
    assert sum(value < 128 for value in solid_row) > 0.95 * len(solid_row)
    assert 0.4 * len(dashed_row) < sum(value < 128 for value in dashed_row) < 0.6 * len(dashed_row)


def test_the_picture_takes_in_what_is_drawn_beyond_the_drawings_box() -> None:
    register_fonts()
    drawing = Drawing(100, 20)
    drawing.add(String(90, 5, "2026-05-01: 22/25", fontName=BOLD, fontSize=8, fillColor=colors.black))
    picture = drawing_png(drawing)
    assert picture.width > 150 and picture.height == 20


def test_a_shape_it_cannot_draw_is_an_error_not_a_blank() -> None:
    drawing = Drawing(10, 10)
    drawing.add(Circle(5, 5, 3))
    with pytest.raises(TypeError, match="Circle"):
        drawing_png(drawing)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rapport.pdf", ReportFormat.PDF),
        ("RAPPORT.PDF", ReportFormat.PDF),
        ("rapport", ReportFormat.PDF),
        ("rapport.docx", ReportFormat.WORD),
        ("Rapport.DocX", ReportFormat.WORD),
    ],
)
def test_the_suffix_chooses_the_format(name: str, expected: ReportFormat) -> None:
    assert format_for(name) is expected


@pytest.mark.parametrize("name", ["rapport.doc", "rapport.odt", "rapport.pdf.txt", "rapport.docx.bak"])
def test_another_suffix_is_refused_naming_the_two_that_work(name: str) -> None:
    with pytest.raises(ReportError) as caught:
        format_for(name)
    message = caught.value.message("sv")
    assert name in message and "(.pdf)" in message and "(.docx)" in message


def test_a_stream_needs_the_format_said(questionnaire) -> None:
    from samverkan_gui.core.assessment import Assessment

    assessment = Assessment.new(questionnaire)
    with pytest.raises(ValueError, match="format"):
        write_assessment_report(assessment, questionnaire, io.BytesIO())
    stream = io.BytesIO()
    assert write_assessment_report(assessment, questionnaire, stream, report_format=ReportFormat.WORD) is (
        ReportFormat.WORD
    )
    assert stream.getvalue().startswith(b"PK")


# --- text from the fonts' outlines (report/outlines.py) -------------------------------------


def _text_image(text: str, size: float = 40, font: str = BOLD) -> Image.Image:
    register_fonts()
    drawing = Drawing(size * len(text) * 1.5 + 10, size * 1.6)
    drawing.add(String(5, size * 0.4, text, fontName=font, fontSize=size, fillColor=colors.black))
    image, _ = _image(drawing)
    return image


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many pixels in ``box`` are dark."""
    return sum(1 for value in image.crop(box).convert("L").tobytes() if value < 100)


def test_text_is_placed_with_the_pdfs_widths() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from samverkan_gui.report.fonts import REGULAR
    from samverkan_gui.report.outlines import outline_font

    register_fonts()
    for name in (REGULAR, BOLD):
        text = "Startförhållanden 63–83 % čđŋšŧž Åsa"
        assert outline_font(name).width(text, 9) == pytest.approx(stringWidth(text, name, 9))
    # Anchored at its end, the text ends where the PDF's would.
    drawing = Drawing(200, 20)
    drawing.add(String(150, 5, "105", fontName=BOLD, fontSize=10, fillColor=colors.black, textAnchor="end"))
    image, scale = _image(drawing)
    columns = [x for x in range(image.width) if _dark(image, (x, 0, x + 1, image.height))]
    width = stringWidth("105", BOLD, 10)
    assert abs(max(columns) / scale - 150) < 1.5 and abs(min(columns) / scale - (150 - width)) < 2


def test_an_o_keeps_its_hole_and_a_ring_sits_over_the_a() -> None:
    o = _text_image("o", 60)
    # Through the middle of the "o": ink, paper, ink.
    middle = o.height // 2 + round(60 * DPI / 72 * 0.08)
    row = [o.getpixel((x, middle))[0] < 100 for x in range(o.width)]
    runs = [value for index, value in enumerate(row) if index == 0 or value != row[index - 1]]
    assert runs[:5] == [False, True, False, True, False]
    a = _text_image("a", 60)
    ring = _text_image("å", 60)
    top = (0, 0, a.width, a.height // 3)
    assert _dark(a, top) == 0 < _dark(ring, top)  # the ring of the composite glyph is drawn


def test_a_character_the_font_lacks_is_drawn_as_the_replacement_mark() -> None:
    missing = _text_image("\U0001f44d", 40)  # 👍: DejaVu Sans has no thumbs-up
    replacement = _text_image("\ufffd", 40)
    assert _dark(missing, (0, 0, missing.width, missing.height)) > 0
    assert missing.tobytes() == replacement.tobytes()
