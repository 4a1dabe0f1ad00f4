"""Lays a :class:`~kopingplan.briefs.document.Brief` out as A4 pages with reportlab, in memory.

Every page carries the classification, the document id, the day the brief was made and
"Sida n av m"; a numbered copy also carries "Exemplar k av n" and its recipient, so a copy
found where it should not be tells whose it was. The marks are part of the page content, which
the signature covers: removing them breaks the signature. The last page ends with the visible
signature block; its position is returned so the signer can put the signature field on it.

Nothing is written to disk: the PDF is built in a ``BytesIO``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from kopingplan.briefs import fonts, labels
from kopingplan.briefs.document import (
    BarChart,
    Block,
    Brief,
    Bullets,
    CopyMark,
    Facts,
    Heading,
    Table,
    Text,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 27 * mm  # room for the classification and copy lines
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
SIGNATURE_HEIGHT = 36 * mm
SIGNATURE_WIDTH = 125 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8ecef")
MARK = colors.HexColor("#8b0000")  # the classification line: dark red, prints legibly in grey


@dataclass(frozen=True)
class SignatureFacts:
    """What the visible signature block says; ``signed_at`` is the time the signer records."""

    signer: str
    organisation: str
    signed_at: datetime
    fingerprint: str


@dataclass(frozen=True)
class RenderedBrief:
    """The unsigned PDF and where its signature block is (page index from 0; PDF points)."""

    data: bytes
    pages: int
    signature_page: int
    signature_box: tuple[int, int, int, int]


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.REGULAR, fonts.BOLD
    base = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
    )
    h1 = ParagraphStyle(
        "h1",
        parent=base,
        fontName=bold,
        fontSize=14,
        leading=18,
        spaceBefore=12,
        spaceAfter=6,
        keepWithNext=1,
    )
    return {
        "body": ParagraphStyle("body", parent=base, spaceAfter=5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=9, leading=12, textColor=MUTED, spaceBefore=2
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8.5, leading=11),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=9.5, leading=13),
        "value": ParagraphStyle("value", parent=base, fontSize=9.5, leading=13),
        "h1": h1,
        # A smaller h1: bold and kept with what follows.
        "h2": ParagraphStyle(
            "h2", parent=h1, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=22, leading=28),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=18, textColor=MUTED, spaceAfter=10
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "sign": ParagraphStyle("sign", parent=base, fontSize=8.5, leading=11.5),
    }


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: XML escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.replace("\r\n", "\n").split("\n"))


class SignatureBlock(Flowable):  # type: ignore[misc]
    """The visible signature: a framed box naming signer, time and certificate.

    It remembers the page and the box it was drawn at, so that the signature field (whose
    widget a PDF reader highlights and opens) lies exactly over it.
    """

    def __init__(self, facts: SignatureFacts, style: ParagraphStyle) -> None:
        super().__init__()
        self.facts = facts
        self.style = style
        self.width, self.height = SIGNATURE_WIDTH, SIGNATURE_HEIGHT
        self.placed: tuple[int, tuple[int, int, int, int]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        page = canvas.getPageNumber() - 1
        box = (int(x), int(y), int(x + self.width + 0.5), int(y + self.height + 0.5))
        self.placed = (page, box)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        fingerprint = self.facts.fingerprint.split()
        half = len(fingerprint) // 2
        who = self.facts.signer + (
            f", {self.facts.organisation}" if self.facts.organisation else ""
        )
        lines = [
            "<b>Elektroniskt undertecknad</b>",
            f"Undertecknad av: <b>{escape(who)}</b>",
            f"Tidpunkt: {escape(labels.timestamp(self.facts.signed_at))}",
            "Certifikatets fingeravtryck (SHA-256):",
            " ".join(fingerprint[:half]) + "<br/>" + " ".join(fingerprint[half:]),
            "Underskriften (PAdES) omfattar hela dokumentet. Ändras en enda byte blir den "
            "ogiltig; kontrollera den i en PDF-läsare eller med <i>kopingplan verify</i>.",
        ]
        paragraph = Paragraph("<br/>".join(lines), self.style)
        inner = self.width - 8 * mm
        _, height = paragraph.wrap(inner, self.height)
        paragraph.drawOn(canvas, 4 * mm, self.height - 3 * mm - height)


def _flowables(blocks: tuple[Block, ...], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            style = styles["h1"] if block.level <= 1 else styles["h2"]
            if block.level <= 1:
                # A section heading never sits alone at the foot of a page.
                story.append(CondPageBreak(40 * mm))
            story.append(Paragraph(markup(block.text), style))
        elif isinstance(block, Text):
            story.append(Paragraph(markup(block.text), styles.get(block.style, styles["body"])))
        elif isinstance(block, Facts):
            story += [_facts(block, styles), Spacer(1, 2 * mm)]
        elif isinstance(block, Table):
            story += [_table(block, styles), Spacer(1, 3 * mm)]
        elif isinstance(block, Bullets):
            story.extend(
                Paragraph(markup(item), styles["bullet"], bulletText="•") for item in block.items
            )
        elif isinstance(block, BarChart):
            from kopingplan.briefs.charts import bar_chart

            story += [bar_chart(block, TEXT_WIDTH), Spacer(1, 3 * mm)]
    return story


def _facts(block: Facts, styles: dict[str, ParagraphStyle]) -> Flowable:
    rows = [
        [Paragraph(markup(label), styles["label"]), Paragraph(markup(value), styles["value"])]
        for label, value in block.rows
    ]
    table = RLTable(rows, colWidths=[0.28 * TEXT_WIDTH, 0.72 * TEXT_WIDTH], splitByRow=1)
    table.setStyle(
        [
            # Cells are paragraphs with their own font, but reportlab still selects the
            # table's default font (Helvetica) around them, which would put an unembedded
            # font into the PDF.
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return table


def _table(block: Table, styles: dict[str, ParagraphStyle]) -> Flowable:
    total = sum(block.widths) or 1.0
    widths = [TEXT_WIDTH * share / total for share in block.widths]
    if not block.rows:
        return Paragraph(markup(block.empty), styles["muted"])
    data = [[Paragraph(markup(text), styles["head"]) for text in block.header]]
    data.extend([Paragraph(markup(text), styles["cell"]) for text in row] for row in block.rows)
    # repeatRows: the header comes back on every page the table spans. splitInRow: a single
    # row taller than a page (a long observation) is split too instead of overflowing.
    table = RLTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return table


def _decorator(brief: Brief, copy: CopyMark | None) -> Callable[[Canvas, int, int], None]:
    made = labels.day(labels.local(brief.made_at).date())

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(MARK)
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawString(MARGIN_X, top, brief.classification)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, f"Dokument-id {brief.document_id}")
        second = top - 4.8 * mm
        if copy is not None:
            mark = copy.label + (f" · Mottagare: {copy.recipient}" if copy.recipient else "")
            canvas.setFont(fonts.BOLD, 9)
            canvas.drawString(MARGIN_X, second, mark)
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, second, brief.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, second - 2.5 * mm, PAGE_WIDTH - MARGIN_X, second - 2.5 * mm)
        bottom = 11 * mm
        canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.drawString(MARGIN_X, bottom, f"{brief.document_id} · Upprättad {made}")
        if copy is not None:
            canvas.drawCentredString(PAGE_WIDTH / 2, bottom, copy.label)
        canvas.setFillColor(INK)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, f"Sida {page} av {total}")
        canvas.restoreState()

    return decorate


def _canvas_maker(decorate: Callable[[Canvas, int, int], None]) -> Any:
    """A canvas that holds each finished page back until the page count is known, then draws
    the header and footer ("Sida n av m") on every page in one pass."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _cover(brief: Brief, copy: CopyMark | None, styles: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [
        Paragraph(markup(brief.title), styles["title"]),
        Paragraph(markup(brief.subtitle), styles["subtitle"]),
    ]
    facts = list(brief.cover)
    if copy is not None:
        facts.append(("Exemplar", f"{copy.number} av {copy.of}"))
        if copy.recipient:
            facts.append(("Mottagare", copy.recipient))
    facts.append(("Dokument-id", brief.document_id))
    facts.append(("Informationsklass", brief.classification))
    story.append(_facts(Facts(tuple(facts)), styles))
    story.append(Spacer(1, 4 * mm))
    story.extend(_flowables(brief.cover_blocks, styles))
    if brief.cover_page:
        story.append(PageBreak())
    return story


def render(brief: Brief, signature: SignatureFacts, copy: CopyMark | None = None) -> RenderedBrief:
    """The brief as an unsigned PDF with its signature block on the last page."""
    fonts.register()
    styles = _styles()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{brief.title} – {brief.subtitle}",
        author=brief.author,
        subject=f"Dokument-id {brief.document_id}",
        creator="Köpingplan",
        producer="Köpingplan",
        pageCompression=1,
        # Else reportlab starts every page in Helvetica, a font the PDF would name but not
        # embed.
        initialFontName=fonts.REGULAR,
    )
    # No frame padding: tables are laid out to the full text width and align with the text.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    block = SignatureBlock(signature, styles["sign"])
    story = _cover(brief, copy, styles) + _flowables(brief.body, styles)
    story.append(KeepTogether([Spacer(1, 8 * mm), block]))
    document.build(story, canvasmaker=_canvas_maker(_decorator(brief, copy)))
    if block.placed is None:  # pragma: no cover - reportlab draws every flowable it is given
        raise RuntimeError("the signature block was not placed")
    page, box = block.placed
    return RenderedBrief(
        data=buffer.getvalue(), pages=document.page, signature_page=page, signature_box=box
    )
