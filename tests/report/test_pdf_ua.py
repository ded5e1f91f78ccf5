"""Every PDF we write is tagged and passes PDF/UA-1, checked by an outside validator.

``page-validation`` (veraPDF's rules, in Rust) runs its PDF/UA-1 profile on every report kind
in both languages and on long multi-page cases; on top of that these tests read the structure
tree back and check what the validator cannot judge: the headings, tables and lists we mean,
each figure's alternative text stating the numbers the chart shows, and the reading order.
Each PDF is generated once per module and shared by the tests that read it.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import random
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import page
import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from samverkan_gui.core.assessment import Assessment, load_assessment, save_assessment
from samverkan_gui.core.compare import compare, load_for_compare
from samverkan_gui.core.group import Group
from samverkan_gui.core.group_load import load_files, participant_from_assessment
from samverkan_gui.core.plan import Action, BlockPlan, Status
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.present import block_display_name
from samverkan_gui.report.blank_form import write_blank_form
from samverkan_gui.report.compare_pdf import write_compare_pdf
from samverkan_gui.report.group_pdf import write_group_pdf
from samverkan_gui.report.pdf import write_assessment_pdf
from tests.conftest import EXAMPLES

Q = shipped_registry().default()
TODAY = dt.date(2026, 11, 26)
LANGS = ("sv", "en")

PLAN = (
    BlockPlan(
        "organisatorisk-design",
        why="Beslut fattas inte mellan mötena",
        what="Spelregler",
        who="Styrgruppen",
        when_where="Mars, styrgruppsmötet",
        how="Ett utkast först",
        actions=(
            Action("Skriv spelregler för styrgruppen", "Anna, näringslivskontoret", dt.date(2027, 3, 31)),
            Action("Boka workshop", "Bo", None, Status.DONE),
        ),
    ),
)


# --- reading a PDF's structure back ------------------------------------------------------------


@dataclass
class Node:
    role: str
    alt: str | None
    attributes: dict[str, str]
    #: Marked content, (page index, MCID), in the order of /K.
    content: list[tuple[int, int]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def content_in_order(self) -> Iterator[tuple[int, int]]:
        """All marked content of this subtree, in the order a screen reader reads it."""
        yield from self.content
        for child in self.children:
            yield from child.content_in_order()


@dataclass
class Tagged:
    data: bytes
    root: Node
    lang: str
    outline: list[tuple[str, list[str]]]
    pages: int

    def nodes(self, role: str) -> list[Node]:
        return [node for node in self.root.walk() if node.role == role]


def read_structure(data: bytes) -> Tagged:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}

        def node(obj: pikepdf.Dictionary, page_index: int | None) -> Node:
            here = pages[obj.Pg.objgen] if "/Pg" in obj else page_index
            attributes = {str(k): str(v) for k, v in obj.get("/A", {}).items()} if "/A" in obj else {}
            result = Node(str(obj.S)[1:], str(obj.Alt) if "/Alt" in obj else None, attributes)
            kids = obj.get("/K")
            items = list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]
            for item in items:
                if isinstance(item, pikepdf.Dictionary) and item.get("/Type") == "/MCR":
                    result.content.append((pages[item.Pg.objgen], int(item.MCID)))
                elif isinstance(item, pikepdf.Dictionary):
                    result.children.append(node(item, here))
                else:
                    assert here is not None
                    result.content.append((here, int(item)))
            return result

        root = node(pdf.Root.StructTreeRoot.K, None)
        with pdf.open_outline() as outline:
            bookmarks = [(item.title, [child.title for child in item.children]) for item in outline.root]
        return Tagged(data, root, str(pdf.Root.Lang), bookmarks, len(pdf.pages))


def failed_rules(data: bytes) -> list[str]:
    """The PDF/UA-1 rules ``data`` breaks, each with the validator's first message for it."""
    report = page.validate_pdf_bytes(data, profile=page.ValidationProfile.PDF_UA_1)
    first: dict[str, str] = {}
    for failure in report.failures:
        first.setdefault(failure.rule_id, failure.message)
    assert report.rules.failed == len(first)
    return [f"{rule}: {message}" for rule, message in sorted(first.items())]


# --- the reports --------------------------------------------------------------------------------


def _pdf(write: Callable[[io.BytesIO], None]) -> Tagged:
    stream = io.BytesIO()
    write(stream)
    return read_structure(stream.getvalue())


def _series(folder: Path, count: int) -> list[Path]:
    """``count`` yearly assessments of one collaboration, each with a plan of two blocks."""
    rng = random.Random(count)
    paths = []
    for year in range(count):
        answers = {qid: rng.randint(Q.scale.min, Q.scale.max) for qid in Q.question_ids}
        plan = [
            BlockPlan(
                block.id,
                why="Beslut fattas inte mellan mötena.",
                actions=tuple(
                    Action(f"Åtgärd {block.id} {n}", "Anna", dt.date(2030, 1, 1), rng.choice(list(Status)))
                    for n in range(3)
                ),
            )
            for block in Q.blocks[:2]
        ]
        assessment = Assessment(
            Q.id, Q.version, answers=answers, date=dt.date(2015 + year, 3, 1), collaboration="Näringslivsrådet"
        )
        path = folder / f"år-{year:02d}.samverkan"
        save_assessment(path, assessment.with_plan(plan), Q)
        paths.append(path)
    return paths


def _big_group() -> Group:
    """30 participants, each with a note on every block."""
    rng = random.Random(30)
    group = Group.new(Q, collaboration="Workshop med 30 deltagare")
    for index in range(30):
        answers = Assessment(Q.id, Q.version, answers={qid: rng.randint(1, 5) for qid in Q.question_ids})
        for block in Q.blocks:
            answers = answers.with_note(block.id, f"Deltagare {index} om {block.id}: " + "Vi behöver spelregler. " * 8)
        group = group.with_participant(participant_from_assessment(answers))
    return group


def _long_assessment() -> Assessment:
    """10,000-character notes on every block and a plan whose action table runs over pages."""
    complete = load_assessment(EXAMPLES / "komplett.samverkan")
    note = ("Anteckning med åäö, siffror 12,5 % och ”citat”. " * 250)[:10_000]
    for block in Q.blocks:
        complete = complete.with_note(block.id, note)
    actions = tuple(Action(f"Åtgärd nummer {n}", "Styrgruppen", dt.date(2027, 1, 1), Status.PLANNED) for n in range(70))
    return complete.with_plan((BlockPlan("samverkansprocessen", why="Tydligare ansvar", actions=actions),))


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Tagged]:
    """Every kind of report in both languages, and the long cases (Swedish), by name."""
    complete = load_assessment(EXAMPLES / "komplett.samverkan")
    draft = load_assessment(EXAMPLES / "utkast.samverkan")
    workshop = load_files([EXAMPLES / "workshop-7.samverkan-grupp"]).group
    organisations = load_files([EXAMPLES / "workshop-organisationer.samverkan-grupp"]).group
    three = compare(load_for_compare(_series(tmp_path_factory.mktemp("three"), 3)))
    ten = compare(load_for_compare(_series(tmp_path_factory.mktemp("ten"), 10)))
    makers: dict[str, Callable[[io.BytesIO], None]] = {}
    for lang in LANGS:
        makers |= {
            f"single-{lang}": lambda s, lang=lang: write_assessment_pdf(complete, Q, s, lang, today=TODAY),
            f"single-plan-{lang}": lambda s, lang=lang: write_assessment_pdf(
                complete.with_plan(PLAN), Q, s, lang, today=TODAY
            ),
            f"draft-{lang}": lambda s, lang=lang: write_assessment_pdf(draft, Q, s, lang, today=TODAY),
            f"group-{lang}": lambda s, lang=lang: write_group_pdf(workshop, Q, s, lang, today=TODAY),
            f"group-notes-{lang}": lambda s, lang=lang: write_group_pdf(
                workshop, Q, s, lang, participant_notes=True, today=TODAY
            ),
            f"group-orgs-{lang}": lambda s, lang=lang: write_group_pdf(organisations, Q, s, lang, today=TODAY),
            f"compare-{lang}": lambda s, lang=lang: write_compare_pdf(three, s, lang, today=TODAY),
            f"form-{lang}": lambda s, lang=lang: write_blank_form(Q, s, lang, collaboration="Näringslivsrådet"),
        }
    big_group = _big_group()
    makers |= {
        "long-single": lambda s: write_assessment_pdf(_long_assessment(), Q, s, "sv", today=TODAY),
        "long-group": lambda s: write_group_pdf(big_group, Q, s, "sv", participant_notes=True, today=TODAY),
        "long-compare": lambda s: write_compare_pdf(ten, s, "sv", today=TODAY),
    }
    return {name: _pdf(make) for name, make in makers.items()}


KINDS = [
    f"{kind}-{lang}"
    for kind in ("single", "single-plan", "draft", "group", "group-notes", "group-orgs", "compare", "form")
    for lang in LANGS
]
LONG = ["long-single", "long-group", "long-compare"]


# --- the validator ------------------------------------------------------------------------------


def test_reports_draw_tables_and_paragraphs_only_through_the_tagging_layer() -> None:
    """A plain reportlab Table or Paragraph in a report would print untagged content; the
    kinds above would catch it only if they happen to show that part."""
    report = Path(__file__).resolve().parents[2] / "samverkan_gui" / "report"
    untagged = []
    for source in sorted(report.glob("*.py")):
        if source.name == "tagged.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab.platypus"):
                names = {alias.name for alias in node.names} & {"Table", "LongTable", "Paragraph", "Preformatted"}
                untagged += [f"{source.name}: {name}" for name in sorted(names)]
    assert untagged == []


@pytest.mark.parametrize("name", KINDS + LONG)
def test_every_report_passes_pdf_ua_1(reports: dict[str, Tagged], name: str) -> None:
    assert failed_rules(reports[name].data) == []


def test_the_check_fails_on_an_untagged_pdf() -> None:
    """The negative control: what reportlab writes by itself is not PDF/UA, and the check says so."""
    stream = io.BytesIO()
    styles = getSampleStyleSheet()
    SimpleDocTemplate(stream, pagesize=A4, title="Otaggad").build(
        [Paragraph("Rubrik", styles["Heading1"]), Table([["Block", "Poäng"], ["Utfall", "3"]])]
    )
    failed = " ".join(failed_rules(stream.getvalue()))
    for rule in ("PDFUA1-STRUCT-TREE-ROOT-001", "PDFUA1-CONTENT-TAGGING-001", "PDFUA1-ID-PART-001"):
        assert rule in failed
    assert re.search(r"^Tagged: +no$", _pdfinfo(stream.getvalue()), re.MULTILINE)


def test_the_check_fails_on_a_figure_without_alternative_text(reports: dict[str, Tagged]) -> None:
    """The validator looks at what we tag, too: take the charts' alternative text away and it fails."""
    with pikepdf.open(io.BytesIO(reports["single-sv"].data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure":
                del obj.Alt
        stripped = io.BytesIO()
        pdf.save(stripped)
    assert any(rule.startswith("PDFUA1-FIGURE-ALTERNATIVE-TEXT") for rule in failed_rules(stripped.getvalue()))


def _pdfinfo(data: bytes) -> str:
    done = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, timeout=60, check=True)
    return done.stdout.decode()


@pytest.mark.parametrize("name", ["single-sv", "group-en", "compare-sv", "form-en"])
def test_pdfinfo_says_tagged(reports: dict[str, Tagged], name: str) -> None:
    info = _pdfinfo(reports[name].data)
    assert re.search(r"^Tagged: +yes$", info, re.MULTILINE)
    assert re.search(r"^Metadata Stream: +yes$", info, re.MULTILINE)


# --- the structure we mean ----------------------------------------------------------------------


@pytest.mark.parametrize("name", KINDS + LONG)
def test_title_heading_tables_and_language(reports: dict[str, Tagged], name: str) -> None:
    tagged = reports[name]
    roles = [node.role for node in tagged.root.walk()]
    assert roles[0] == "Document"
    # The report's title is its one H1, first; the other headings nest under it without a gap.
    headings = [int(role[1]) for role in roles if role in ("H1", "H2", "H3", "H4", "H5", "H6")]
    assert headings[0] == 1 and headings.count(1) == 1
    assert all(after <= before + 1 for before, after in pairwise(headings))
    assert tagged.nodes("Table"), "every report has a table"
    for table in tagged.nodes("Table"):
        cells = [node for row in table.children for node in row.children]
        assert {row.role for row in table.children} == {"TR"}
        assert any(cell.role == "TH" for cell in cells), "a table without header cells"
        for cell in cells:
            if cell.role == "TH":
                assert cell.attributes.get("/Scope") in ("/Column", "/Row"), cell.attributes
    assert tagged.lang == ("en-GB" if name.endswith("-en") else "sv-SE")


@pytest.mark.parametrize("name", KINDS + LONG)
def test_the_tree_reads_in_the_order_the_page_is_drawn(reports: dict[str, Tagged], name: str) -> None:
    """Reading order: the tree visits every piece of content once, page by page, top to bottom."""
    order = list(reports[name].root.content_in_order())
    assert order == sorted(order)
    assert len(order) == len(set(order))
    assert {page for page, _ in order} == set(range(reports[name].pages))


def _alts(tagged: Tagged) -> list[str]:
    figures = tagged.nodes("Figure")
    assert all(figure.alt for figure in figures), "a figure without alternative text"
    return [figure.alt or "" for figure in figures]


def test_single_report_figures_state_their_numbers(reports: dict[str, Tagged]) -> None:
    ladder, chart = _alts(reports["single-sv"])
    assert ladder == (
        "Poängskala från 21 till 105 i 5 intervall: 21–41, 42–62, 63–83, 84–94, 95–105. "
        "66 av 105 poäng ligger i intervallet 63–83."
    )
    # (The per cent sign follows a no-break space, as everywhere the app writes a percentage.)
    assert "ORGANISATORISK DESIGN OCH LEDARSKAP 13 av 25 (52\u00a0%)" in chart
    assert "STARTFÖRHÅLLANDEN 17 av 25 (68\u00a0%)" in chart and chart.endswith("UTFALL 3 av 5 (60\u00a0%).")
    ladder, chart = _alts(reports["single-en"])
    assert "66 of 105 points lies in the band 63–83" in ladder
    assert "ORGANISATIONAL DESIGN AND LEADERSHIP 13 of 25 (52\u00a0%)" in chart


def test_group_report_figures_state_their_numbers(reports: dict[str, Tagged]) -> None:
    alts = _alts(reports["group-sv"])
    chart = alts[0]
    assert chart.startswith("Stapeldiagram, gruppens medel per block")
    for block in Q.blocks:
        assert block_display_name(block, "sv") in chart
    assert "medel" in chart and "lägst" in chart and "högst" in chart and "n = 7" in chart
    # One figure per question's distribution, each counting all seven answers.
    distributions = [alt for alt in alts if alt.startswith("Antal svar per skalsteg")]
    assert len(distributions) >= len(Q.questions)
    for alt in distributions:
        counts = [int(part.split(": ")[1]) for part in alt.split(": ", 1)[1].rstrip(".").split("; ")]
        assert len(counts) == 5 and sum(counts) <= 7


def test_comparison_figures_state_each_dates_value(reports: dict[str, Tagged]) -> None:
    alts = _alts(reports["compare-sv"])
    assert len(alts) == len(Q.blocks)
    for alt, block in zip(alts, Q.blocks, strict=True):
        assert alt.startswith(f"Stapeldiagram, {block_display_name(block, 'sv')}, poäng per datum: ")
        assert alt.count(" av ") == 3 and "2015-03-01" in alt and "2017-03-01" in alt
    assert len(_alts(reports["long-compare"])[0].split("; ")) == 10


def test_lists_are_lists(reports: dict[str, Tagged]) -> None:
    # The draft's questions without an answer, the participants' notes, the form's scale.
    for name, items in (("draft-sv", 13), ("form-sv", 5), ("form-en", 5)):
        (listing,) = reports[name].nodes("L")
        assert [item.role for item in listing.children] == ["LI"] * items
        assert all([child.role for child in item.children] == ["LBody"] for item in listing.children)
    assert reports["group-notes-sv"].nodes("L") and not reports["group-sv"].nodes("L")


def test_a_repeated_table_header_is_read_once_and_a_split_table_stays_one_table(reports: dict[str, Tagged]) -> None:
    tagged = reports["long-single"]
    actions = next(table for table in tagged.nodes("Table") if len(table.children) == 71)
    header, *rows = actions.children
    assert [cell.role for cell in header.children] == ["TH"] * 4
    assert all(cell.role == "TD" for row in rows for cell in row.children)
    pages = {page for page, _ in actions.content_in_order()}
    assert len(pages) >= 2, "the 70 actions run over a page break"


def test_a_paragraph_split_over_pages_stays_one_paragraph(reports: dict[str, Tagged]) -> None:
    notes = [node for node in reports["long-single"].nodes("P") if len({page for page, _ in node.content}) > 1]
    assert notes, "a 10,000-character note runs over a page break inside one P"


@pytest.mark.parametrize(
    ("name", "sections"),
    [
        ("single-sv", ["Resultat", "Svar per fråga"]),
        ("single-plan-en", ["Result", "Action plan", "Answers per question"]),
        ("group-sv", ["Gruppens resultat", "Här skiljer sig synen", "Svaren per fråga"]),
        (
            "long-compare",
            [
                "Summa och poängintervall",
                "Förändring från 2015-03-01 till 2024-03-01",
                "Handlingsplanernas åtgärder",
            ],
        ),
    ],
)
def test_longer_reports_have_bookmarks_for_their_sections(
    reports: dict[str, Tagged], name: str, sections: list[str]
) -> None:
    outline = reports[name].outline
    assert [title for title, _ in outline] == sections
    if name.startswith("single"):
        assert "ORGANISATORISK DESIGN OCH LEDARSKAP (13/25)" in outline[-1][1] or name.endswith("-en")


def test_one_page_reports_need_no_bookmarks(reports: dict[str, Tagged]) -> None:
    assert reports["form-sv"].pages == 1
    assert reports["form-sv"].outline == []


def test_the_title_is_shown_and_in_the_metadata(reports: dict[str, Tagged]) -> None:
    with pikepdf.open(io.BytesIO(reports["single-sv"].data)) as pdf:
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "Testa din samverkan! – Näringslivsrådet i Storby kommun"
        assert meta["pdfuaid:part"] == "1"
    # Text extraction is unchanged by the tags (the footer stays readable as text too).
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(reports["single-sv"].data)).pages)
    assert "66 av 105 poäng" in text and "Sida 3 av 3" in text
