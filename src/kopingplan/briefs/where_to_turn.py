"""Lays out the sheet "Vart vänder jag mig?" (:mod:`kopingplan.services.where_to_turn`) as one
A4 page with reportlab, in memory.

The organisations stand in two columns under a heading per kind, each heading with one plain
sentence on what to call them for.

Made to be printed in black and white and read by anyone: large plain type (DejaVu Sans, the
briefs' font), black text, lines and a framed emergency line instead of colour, each
organisation's contact details on the right where the eye looks for a number. One page, always:
a long registry first gets smaller type (never below 8 pt) and then, if it still does not fit,
the last organisations are left out and the page says so.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from kopingplan.briefs import fonts
from kopingplan.briefs.render import markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame's own padding, 6 pt a side
GUTTER = 8 * mm
COLUMN_WIDTH = (TEXT_WIDTH - GUTTER) / 2
INK = colors.black
LINE = colors.HexColor("#7a7a7a")  # a mid grey: still a clear line when printed
SCALES = (1.0, 0.93, 0.86, 0.8, 0.75)  # 10.5 pt body text down to about 8 pt

TITLE = "Vart vänder jag mig?"
SUBTITLE = "Om du är orolig för att någon dras in i våldsbejakande extremism"
INTRO = (
    "Är du orolig för ditt barn, någon i familjen, en vän eller någon du möter i ditt arbete? "
    "Det är bra att du hör av dig. Du behöver inte vara säker på något för att ringa, och du "
    "får hjälp att komma vidare. Här är de som kan hjälpa till."
)
EMERGENCY = "Vid akut fara: ring 112."
NONE_LISTED = (
    "Inga kontaktuppgifter är inlagda ännu. Fråga kommunens växel efter samordnaren mot "
    "våldsbejakande extremism."
)
LEFT_OUT = "{n} fler organisationer fick inte plats på sidan. Fråga samordnaren om dem."
FOOTER = "Uppdaterad {day}{by}. Bladet innehåller bara kontaktuppgifter till organisationer."
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One organisation on the sheet: what to call it for, and how to reach it."""

    name: str
    group: str  # the heading it is listed under ("Socialtjänsten", "Börja här")
    purpose: str  # what to call them for: one sentence, the same for the whole group
    phone: str = ""
    email: str = ""
    address: str = ""
    own_unit: bool = False


@dataclass(frozen=True)
class Rendered:
    data: bytes
    listed: int  # how many entries are on the page


def long_date(day: date) -> str:
    """5 december 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    regular, bold = fonts.REGULAR, fonts.BOLD

    def style(name: str, size: float, *, font: str = regular, **extra: Any) -> ParagraphStyle:
        settings: dict[str, Any] = {"leading": size * 1.3, "textColor": INK, **extra}
        return ParagraphStyle(name, fontName=font, fontSize=size, splitLongWords=1, **settings)

    body = 10.5 * scale
    return {
        "place": style("place", 10.5, spaceAfter=2),
        "title": style("title", 26, font=bold, leading=31),
        "subtitle": style("subtitle", 13, spaceAfter=6),
        "intro": style("intro", 11 * max(scale, 0.85), spaceAfter=6),
        "emergency": style("emergency", 15, font=bold),
        "group": style("group", 12.5 * max(scale, 0.85), font=bold, spaceBefore=8 * scale),
        "name": style("name", body, font=bold, spaceBefore=4 * scale),
        "purpose": style("purpose", body),
        "contact": style("contact", body, leftIndent=6),
        "note": style("note", 9),
    }


def _entry(entry: Entry, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = [Paragraph(markup(entry.name), styles["name"])]
    for label, value in (
        ("Telefon", entry.phone),
        ("E-post", entry.email),
        ("Adress", entry.address),
    ):
        if value:
            # The number in bold: what the eye looks for on a sheet on the fridge door.
            shown = f"<b>{markup(value)}</b>" if label == "Telefon" else markup(value)
            lines.append(Paragraph(f"{label}: {shown}", styles["contact"]))
    return lines


def _blocks(entries: list[Entry], styles: dict[str, ParagraphStyle]) -> list[list[Flowable]]:
    """What may not be parted between the columns: a group's heading and sentence with its
    first organisation, then each further organisation (its name with how to reach it)."""
    blocks: list[list[Flowable]] = []
    previous: tuple[str, str] | None = None
    for entry in entries:
        block = _entry(entry, styles)
        if (entry.group, entry.purpose) != previous:
            heading = [
                Paragraph(markup(entry.group), styles["group"]),
                Paragraph(markup(entry.purpose), styles["purpose"]),
            ]
            block = heading + block
            previous = (entry.group, entry.purpose)
        blocks.append(block)
    return blocks


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, PAGE_HEIGHT)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _columns(groups: list[list[Flowable]]) -> RLTable:
    """The blocks in two columns of about equal height, in reading order (down, then across).
    One table row: it cannot break across pages, so a list too long for the page is a
    LayoutError the caller answers with smaller type."""
    heights = [_height(g, COLUMN_WIDTH) for g in groups]
    half, run, split = sum(heights) / 2, 0.0, len(groups)
    for index, height in enumerate(heights):
        if run + height / 2 > half:
            split = index
            break
        run += height
    left = [f for g in groups[:split] for f in g]
    right = [f for g in groups[split:] for f in g]
    table = RLTable([[left, right]], colWidths=[COLUMN_WIDTH + GUTTER, COLUMN_WIDTH])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), GUTTER),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def _emergency(styles: dict[str, ParagraphStyle]) -> RLTable:
    box = RLTable([[Paragraph(EMERGENCY, styles["emergency"])]], colWidths=[TEXT_WIDTH])
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 2, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return box


def _story(
    entries: list[Entry], municipality: str, left_out: int, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = []
    if municipality:
        story.append(Paragraph(markup(municipality), styles["place"]))
    story += [
        Paragraph(TITLE, styles["title"]),
        Paragraph(SUBTITLE, styles["subtitle"]),
        Paragraph(INTRO, styles["intro"]),
        _emergency(styles),
        Spacer(1, 4 * mm),
    ]
    if entries:
        story.append(_columns(_blocks(entries, styles)))
    if not entries:
        story.append(Paragraph(NONE_LISTED, styles["intro"]))
    if left_out:
        story += [Spacer(1, 2 * mm), Paragraph(LEFT_OUT.format(n=left_out), styles["note"])]
    return story


def _build(
    entries: list[Entry], municipality: str, today: date, left_out: int, scale: float
) -> tuple[bytes, int]:
    fonts.register()
    styles = _styles(scale)
    out = io.BytesIO()
    footer = FOOTER.format(day=long_date(today), by=f" av {municipality}" if municipality else "")

    def draw_footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=TITLE,
        author=municipality,
        subject=SUBTITLE,
        creator="Köpingplan",
    )
    doc.build(
        _story(entries, municipality, left_out, styles),
        onFirstPage=draw_footer,
        onLaterPages=draw_footer,
    )
    return out.getvalue(), doc.page


def render(entries: list[Entry], municipality: str, today: date) -> Rendered:
    """The sheet on one page: smaller type first, then fewer organisations, until it fits."""
    for scale in SCALES:
        built = _fitted(entries, municipality, today, 0, scale)
        if built is not None:
            return Rendered(built, len(entries))
    # The most organisations that fit at the smallest type, found by halving.
    fits, too_many = 0, len(entries)
    best = _fitted([], municipality, today, len(entries), SCALES[-1])
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        built = _fitted(entries[:middle], municipality, today, len(entries) - middle, SCALES[-1])
        if built is None:
            too_many = middle
        else:
            fits, best = middle, built
    if best is None:  # pragma: no cover - the heading alone always fits
        raise LayoutError("the sheet's heading does not fit on a page")
    return Rendered(best, fits)


def _fitted(
    entries: list[Entry], municipality: str, today: date, left_out: int, scale: float
) -> bytes | None:
    """The PDF if it is one page, else None."""
    try:
        data, pages = _build(entries, municipality, today, left_out, scale)
    except LayoutError:  # the columns are taller than the page
        return None
    return data if pages == 1 else None
