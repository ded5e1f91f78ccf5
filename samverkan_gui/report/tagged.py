"""Tagged PDF: the structure a screen reader follows (PDF/UA-1), for every report.

reportlab lays a report out and draws it but writes no structure. This module adds it
in two steps, both invisible to the reports' layout code:

1. While drawing, the flowables below wrap what they draw in marked content
   (``/P <</MCID 3>> BDC … EMC``) and a :class:`StructureRecorder` on the canvas notes,
   in drawing order (which is reading order: one column, top to bottom), which structure
   element each piece belongs to. Page furniture (footer, page number, rules, table
   backgrounds, repeated header rows, decoration) is marked ``/Artifact``.
2. :func:`add_structure` then writes the structure tree, the parent tree, ``MarkInfo``,
   XMP metadata with ``pdfuaid:part 1``, the outline and a fixed ``ToUnicode`` map into
   the finished PDF with pikepdf.

A structure element is identified by a :class:`Tag`, created when the flowable is and
shared by the pieces reportlab splits it into, so a paragraph or table that runs over a
page break stays one element with content on two pages.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from samverkan_gui.core.messages import language_tag

_HEADINGS = frozenset({"H1", "H2", "H3", "H4", "H5", "H6"})


@dataclass(eq=False)
class Tag:
    """The identity of one structure element, before it is drawn.

    ``within`` names elements that enclose this one and are shared with its siblings
    (the list ``L`` of a list item, created once for all its items).
    """

    role: str
    alt: str | None = None
    #: Layout and table attributes (``Scope``, ``ColSpan``…) written under ``/A``.
    attributes: dict[str, Any] = field(default_factory=dict)
    within: tuple[Tag, ...] = ()
    #: For headings: the text of the outline entry.
    title: str | None = None


@dataclass(eq=False)
class Element:
    role: str
    alt: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    #: Child elements and marked content, in reading order; content is (page index, MCID).
    kids: list[Element | tuple[int, int]] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    page: int
    top: float


class StructureRecorder:
    """What the canvas drew, as a structure tree: filled while the document is built."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._open: list[Element] = [self.root]
        self._elements: dict[int, Element] = {}
        #: Per page, the element of each MCID (the parent tree).
        self.marked: dict[int, list[Element]] = {}
        self.headings: list[Heading] = []
        self._artifact_depth = 0
        # The tags of the elements, kept alive so that their ids stay unique while recording.
        self._tags: list[Tag] = []

    @property
    def in_artifact(self) -> bool:
        return self._artifact_depth > 0

    def element(self, tag: Tag) -> Element:
        """The element of ``tag``, created under the element now open when first drawn."""
        known = self._elements.get(id(tag))
        if known is not None:
            return known
        parent = self._open[-1]
        for outer in tag.within:
            parent = self._child(outer, parent)
        return self._child(tag, parent)

    def _child(self, tag: Tag, parent: Element) -> Element:
        known = self._elements.get(id(tag))
        if known is None:
            known = Element(tag.role, tag.alt, tag.attributes)
            parent.kids.append(known)
            self._elements[id(tag)] = known
            self._tags.append(tag)
        return known

    def drawn(self, tag: Tag) -> bool:
        return id(tag) in self._elements

    def adopt(self, tag: Tag, element: Element) -> None:
        """Let what is drawn for ``tag`` be content of ``element`` itself (a cell's one paragraph)."""
        self._elements[id(tag)] = element
        self._tags.append(tag)

    def begin_content(self, canvas: Canvas, tag: Tag) -> Element | None:
        """Start marking what is drawn as content of ``tag``'s element (inside an artifact: nothing)."""
        if self._artifact_depth:
            return None
        return self.mark(canvas, self.element(tag))

    def mark(self, canvas: Canvas, element: Element) -> Element:
        """Start marking what is drawn as content of ``element``."""
        page = canvas.getPageNumber() - 1
        mcids = self.marked.setdefault(page, [])
        element.kids.append((page, len(mcids)))
        canvas.addLiteral(f"/{element.role} <</MCID {len(mcids)}>> BDC")
        mcids.append(element)
        return element

    def end_content(self, canvas: Canvas, element: Element | None) -> None:
        if element is not None:
            canvas.addLiteral("EMC")

    @contextmanager
    def content(self, canvas: Canvas, tag: Tag) -> Iterator[Element | None]:
        """Mark what is drawn inside as content of ``tag``'s element."""
        element = self.begin_content(canvas, tag)
        try:
            yield element
        finally:
            self.end_content(canvas, element)

    def begin_artifact(self, canvas: Canvas, kind: str = "") -> None:
        """Start marking what is drawn as an artifact (``kind``: e.g. ``/Type /Pagination``)."""
        if not self._artifact_depth:
            canvas.addLiteral(f"/Artifact <<{kind}>> BDC" if kind else "/Artifact BMC")
        self._artifact_depth += 1

    def end_artifact(self, canvas: Canvas) -> None:
        self._artifact_depth -= 1
        if not self._artifact_depth:
            canvas.addLiteral("EMC")

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str = "") -> Iterator[None]:
        """Mark what is drawn inside as an artifact."""
        self.begin_artifact(canvas, kind)
        try:
            yield
        finally:
            self.end_artifact(canvas)

    def open(self, tag: Tag) -> Element:
        """Open ``tag``'s element: what is drawn until :meth:`close` goes inside it."""
        element = self.element(tag)
        self._open.append(element)
        return element

    def open_new(self, role: str, attributes: dict[str, Any] | None = None) -> Element:
        """Open a new element that no flowable names (a table's rows and cells)."""
        element = Element(role, None, attributes or {})
        self._open[-1].kids.append(element)
        self._open.append(element)
        return element

    def close(self) -> None:
        self._open.pop()

    def heading(self, canvas: Canvas, tag: Tag, x: float, top: float) -> None:
        level = int(tag.role[1:])
        _, page_y = _page_point(canvas, x, top)
        self.headings.append(Heading(level, tag.title or "", canvas.getPageNumber() - 1, page_y))


def _page_point(canvas: Canvas, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = canvas._currentMatrix
    return a * x + c * y + e, b * x + d * y + f


def recorder_of(canvas: Canvas) -> StructureRecorder | None:
    """The canvas's recorder; ``None`` on a canvas that does not tag (e.g. a Drawing rendered alone)."""
    return getattr(canvas, "structure", None)


class TaggedParagraph(Paragraph):
    """A paragraph that is one structure element (P, H1…, LBody) however it is split over pages."""

    def __init__(self, text: Any, style: Any = None, *args: Any, tag: Tag | None = None, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.tag = tag or Tag("P")

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.tag = self.tag
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        recorder = recorder_of(canvas)
        if recorder is None:
            super().drawOn(canvas, x, y, _sW)
            return
        if self.tag.role in _HEADINGS and not recorder.in_artifact and not recorder.drawn(self.tag):
            recorder.heading(canvas, self.tag, x, y + self.height)
        with recorder.content(canvas, self.tag):
            super().drawOn(canvas, x, y, _sW)


class Marked(Flowable):
    """A drawing (or any unsplittable flowable) drawn as one element, or as an artifact when ``tag`` is None.

    A figure's ``tag`` carries its alternative text; its bounding box is written too.
    """

    def __init__(self, content: Flowable, tag: Tag | None) -> None:
        super().__init__()
        self.content = content
        self.tag = tag
        self.hAlign = getattr(content, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        recorder = recorder_of(canvas)
        if recorder is None:
            self.content.drawOn(canvas, 0, 0)
        elif self.tag is None:
            with recorder.artifact(canvas):
                self.content.drawOn(canvas, 0, 0)
        else:
            with recorder.content(canvas, self.tag) as element:
                if element is not None:
                    x0, y0 = _page_point(canvas, 0, 0)
                    x1, y1 = _page_point(canvas, self.width, self.height)
                    element.bbox = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                self.content.drawOn(canvas, 0, 0)


def figure(content: Flowable, alt: str) -> Marked:
    """A chart or picture for a screen reader: ``alt`` says what it shows, numbers included."""
    return Marked(content, Tag("Figure", alt=alt))


def decoration(content: Flowable) -> Marked:
    """A drawing that adds nothing to the text around it (a legend of colours, an empty box)."""
    return Marked(content, None)


class TaggedTable(Table):
    """A table tagged as Table → TR → TH/TD (or, ``as_list``, as a list L → LI).

    The first ``header_rows`` rows are column headers (TH, Scope Column); cells in
    ``header_columns`` are row headers (TH, Scope Row). Where reportlab repeats the header
    rows on a continuation page, the copies are artifacts: a screen reader hears them once.
    """

    def __init__(
        self,
        *args: Any,
        header_rows: int = 1,
        header_columns: Sequence[int] = (),
        as_list: bool = False,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("renderCB", _tag_table)
        super().__init__(*args, **kwargs)
        self.tag = Tag("L" if as_list else "Table")
        self.header_rows = header_rows
        self.header_columns = tuple(header_columns)
        self.as_list = as_list
        #: True on the pieces after the first, whose first repeatRows rows are copies.
        self.continuation = False
        # While drawing: the row being drawn, and how to end the marking of a cell's plain text.
        self._drawing_row = 0
        self._end_plain: Callable[[], None] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            part.tag = self.tag
            part.header_rows = self.header_rows
            part.header_columns = self.header_columns
            part.as_list = self.as_list
            part.continuation = self.continuation or index > 0
        return parts

    def repeated_row(self, row: int) -> bool:
        repeat = self.repeatRows
        count = repeat if isinstance(repeat, int) else len(repeat)
        return self.continuation and row < count

    def cell(self, row: int, column: int) -> tuple[str, dict[str, Any]]:
        """The role and table attributes of a cell."""
        attributes: dict[str, Any] = {}
        spans = _span_of(self, row, column)
        if spans[0] > 1:
            attributes["ColSpan"] = spans[0]
        if spans[1] > 1:
            attributes["RowSpan"] = spans[1]
        if row < self.header_rows:
            return "TH", {"Scope": "Column", **attributes}
        if column in self.header_columns:
            return "TH", {"Scope": "Row", **attributes}
        return "TD", attributes


def _span_of(table: Table, row: int, column: int) -> tuple[int, int]:
    """(columns, rows) the cell spans; reportlab maps each cell to its span's corners."""
    corners = (getattr(table, "_spanRanges", None) or {}).get((column, row))
    if not corners:
        return 1, 1
    c0, r0, c1, r1 = corners
    return c1 - c0 + 1, r1 - r0 + 1


class _TableTagger:
    """reportlab's table render callback: opens TR/TH/TD around what each cell draws."""

    def __call__(self, table: TaggedTable, event: str, *args: Any) -> None:
        canvas = table.canv
        recorder = recorder_of(canvas)
        if recorder is None:
            return
        handler: Callable[..., None] = getattr(self, event)
        handler(recorder, canvas, table, *args)

    def startTable(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        recorder.open(table.tag)

    def endTable(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        recorder.close()

    # Backgrounds and rules are decoration.
    def startBG(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        recorder.begin_artifact(canvas)

    def endBG(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        recorder.end_artifact(canvas)

    startLines, endLines = startBG, endBG

    def startRow(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable, row: int) -> None:
        if table.repeated_row(row):
            recorder.begin_artifact(canvas)
        elif not table.as_list:
            recorder.open_new("TR")
        table._drawing_row = row

    def endRow(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        if table.repeated_row(table._drawing_row):
            recorder.end_artifact(canvas)
        elif not table.as_list:
            recorder.close()

    def startCell(
        self,
        recorder: StructureRecorder,
        canvas: Canvas,
        table: TaggedTable,
        row: int,
        column: int,
        value: Any,
        *_: Any,
    ) -> None:
        table._end_plain = None
        if recorder.in_artifact:
            return
        # A list's items are LI → LBody; a table's cells TH or TD.
        cell = (
            recorder.open(Tag("LBody", within=(Tag("LI"),)))
            if table.as_list
            else recorder.open_new(*table.cell(row, column))
        )
        if isinstance(value, (list, tuple)) and len(value) == 1:
            value = value[0]  # reportlab hands a flowable cell over as a one-item tuple
        if isinstance(value, TaggedParagraph) and value.tag.role == "P":
            # A cell of one paragraph holds its text itself (TD, not TD → P): half the elements.
            recorder.adopt(value.tag, cell)
            return
        if isinstance(value, (Flowable, list, tuple)):
            return
        # Plain text is drawn by the table itself: mark it as the cell's content. An empty
        # string still draws an empty text object, which must not go untagged: an artifact.
        if str(value):
            recorder.mark(canvas, cell)
            table._end_plain = lambda: recorder.end_content(canvas, cell)
        else:
            recorder.begin_artifact(canvas)
            table._end_plain = lambda: recorder.end_artifact(canvas)

    def endCell(self, recorder: StructureRecorder, canvas: Canvas, table: TaggedTable) -> None:
        if table._end_plain is not None:
            table._end_plain()
            table._end_plain = None
        elif recorder.in_artifact:
            return  # a repeated header row: no cell was opened
        recorder.close()


_tag_table = _TableTagger()


# --- after drawing: the structure tree and the metadata, written with pikepdf ---------------------

_UNMAPPED = re.compile(rb"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{4,6})>\n")


def fix_to_unicode(cmap: bytes) -> bytes:
    """reportlab's ToUnicode maps a subset's unused codes to U+0000 and writes characters
    beyond U+FFFF as five hex digits; PDF/UA needs a real character (UTF-16) for every code."""
    entries = []
    for code, value in _UNMAPPED.findall(cmap):
        char = int(value, 16)
        if char == 0:
            continue
        entries.append(b"<%s> <%s>\n" % (code, chr(char).encode("utf-16-be").hex().upper().encode()))
    head, _, rest = cmap.partition(b"beginbfchar\n")
    head = head[: head.rfind(b"\n") + 1]
    _, _, tail = rest.partition(b"endbfchar")
    return head + b"%d beginbfchar\n" % len(entries) + b"".join(entries) + b"endbfchar" + tail


def _xmp(title: str, subject: str, lang_tag: str, producer: str) -> bytes:
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>Samverkan</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>{lang_tag}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>{escape(producer)}</pdf:Producer>
<xmp:CreatorTool>Samverkan</xmp:CreatorTool>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _pdf_value(value: Any) -> Any:
    if isinstance(value, str):
        return Name("/" + value)
    return value


def add_structure(data: bytes, recorder: StructureRecorder, *, title: str, subject: str, lang: str) -> bytes:
    """The PDF ``data`` as reportlab wrote it, with the recorded structure and PDF/UA metadata."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = [page.obj for page in pdf.pages]
    tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    objects = _write_elements(pdf, pages, recorder.root, tree)
    tree.K = objects[id(recorder.root)]
    nums: list[Any] = []
    for index, page in enumerate(pages):
        page.StructParents = index
        page.Tabs = Name.S
        nums += [index, Array([objects[id(element)] for element in recorder.marked.get(index, [])])]
    tree.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
    tree.ParentTreeNextKey = len(pages)

    root = pdf.Root
    lang_tag = language_tag(lang)
    root.StructTreeRoot = tree
    root.MarkInfo = Dictionary(Marked=True)
    root.Lang = String(lang_tag)
    root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    producer = str(pdf.docinfo.get("/Producer", "ReportLab"))
    pdf.docinfo.Title = String(title)
    pdf.docinfo.Subject = String(subject)
    metadata = pdf.make_stream(_xmp(title, subject, lang_tag, producer), Type=Name.Metadata, Subtype=Name.XML)
    root.Metadata = metadata

    fonts_seen: set[tuple[int, int]] = set()
    for page in pages:
        for font in page.Resources.get("/Font", Dictionary()).values():
            if font.objgen in fonts_seen or "/ToUnicode" not in font:
                continue
            fonts_seen.add(font.objgen)
            font.ToUnicode.write(fix_to_unicode(font.ToUnicode.read_bytes()))

    if len(pages) > 1 and recorder.headings:
        root.Outlines = _outline(pdf, pages, recorder.headings)
        root.PageMode = Name.UseOutlines

    out = io.BytesIO()
    # Streams are copied as reportlab compressed them: decoding and compressing them again
    # would double the time of the whole step.
    # The structure elements go into compressed object streams: a smaller file, written faster.
    # The file's /ID is a digest of its content, so that the same report gives the same bytes.
    pdf.save(
        out,
        compress_streams=False,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        fix_metadata_version=False,
        deterministic_id=True,
    )
    return out.getvalue()


def _write_elements(pdf: pikepdf.Pdf, pages: Sequence[Any], root: Element, tree: Any) -> dict[int, Any]:
    """Every element as a StructElem; returns id(element) → its object.

    A parent is written before its children (their /P points to it), and its /K once they exist.
    """
    objects: dict[int, Any] = {}
    roles: dict[str, Name] = {}
    parents: list[tuple[Any, Element, list[Any]]] = []
    pending: list[tuple[Element, Any]] = [(root, tree)]
    while pending:
        element, parent = pending.pop()
        role = roles.get(element.role)
        if role is None:
            role = roles[element.role] = Name("/" + element.role)
        fields: dict[str, Any] = {"/Type": Name.StructElem, "/S": role, "/P": parent}
        element_page = next((kid[0] for kid in element.kids if isinstance(kid, tuple)), None)
        if element_page is not None:
            fields["/Pg"] = pages[element_page]
        if element.alt is not None:
            fields["/Alt"] = String(element.alt)
        if element.bbox is not None:
            fields["/A"] = Dictionary(O=Name.Layout, BBox=Array([round(value, 2) for value in element.bbox]))
        elif element.attributes:
            table_attributes = {"/" + key: _pdf_value(value) for key, value in element.attributes.items()}
            fields["/A"] = Dictionary({"/O": Name.Table, **table_attributes})
        obj = pdf.make_indirect(Dictionary(fields))
        objects[id(element)] = obj
        if not element.kids:
            continue
        content: list[Any] = []
        for kid in element.kids:
            if isinstance(kid, Element):
                content.append(None)  # the child's object, filled in below
                pending.append((kid, obj))
            elif kid[0] == element_page:
                content.append(kid[1])
            else:
                content.append(Dictionary(Type=Name.MCR, Pg=pages[kid[0]], MCID=kid[1]))
        parents.append((obj, element, content))
    for obj, element, content in parents:
        children = (objects[id(kid)] for kid in element.kids if isinstance(kid, Element))
        obj.K = Array([next(children) if kid is None else kid for kid in content])
    return objects


def _outline(pdf: pikepdf.Pdf, pages: Sequence[Any], headings: Sequence[Heading]) -> Any:
    """Bookmarks for the sections (H2) and the parts under them (H3); the title (H1) names the document."""
    outline = pdf.make_indirect(Dictionary(Type=Name.Outlines))
    sections: list[tuple[Any, list[Any]]] = []
    for heading in headings:
        if heading.level not in (2, 3):
            continue
        item = pdf.make_indirect(
            Dictionary(
                Title=String(" ".join(heading.title.split())),
                Dest=Array([pages[heading.page], Name.XYZ, 0, round(heading.top, 2), 0]),
            )
        )
        if heading.level == 2 or not sections:
            item.Parent = outline
            sections.append((item, []))
        else:
            item.Parent = sections[-1][0]
            sections[-1][1].append(item)
    _link(outline, [item for item, _ in sections])
    for item, parts in sections:
        _link(item, parts)
    # Open: every bookmark visible.
    outline.Count = len(sections) + sum(len(parts) for _, parts in sections)
    return outline


def _link(parent: Any, items: Sequence[Any]) -> None:
    if not items:
        return
    parent.First, parent.Last = items[0], items[-1]
    parent.Count = len(items)
    for before, after in pairwise(items):
        before.Next, after.Prev = after, before
