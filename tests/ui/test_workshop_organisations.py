"""The organisations' views in the workshop window and on the projector, as a facilitator sees them.

Swedish (the app's first language). The example's Polisen (2) and Föreningen Framåt (1) are
pooled as "Övriga" and never named, whatever is on screen or read by a screen reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QTabWidget, QWidget

from samverkan_gui.ui.workshop.window import ENTRY_TAB, RESULTS_TAB, WorkshopWindow
from tests.ui.conftest import forget_changes

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = EXAMPLES / "workshop-organisationer.samverkan-grupp"
SMALL = ("Polisen", "polisen", "Framåt", "Föreningen")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def workshop(qtbot, app_language, fake_dialogs):  # type: ignore[no-untyped-def]
    window = WorkshopWindow(check_recovery=False)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.projector is not None:
        window.projector.close()
    forget_changes(window.session)  # leave without the save question
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def _table(table: QTableWidget) -> list[list[str]]:
    """The header and every row, as text."""
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    return [header, *rows]


def _everything_said(root: QWidget) -> str:
    """Every text a user could see or hear under ``root``: labels, buttons, tabs, tables, accessible texts."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        if isinstance(widget, QTabWidget):
            parts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            parts += [" ".join(row) for row in _table(widget)]
            parts += [
                widget.item(r, c).toolTip() for r in range(widget.rowCount()) for c in range(widget.columnCount())
            ]
    return "\n".join(parts)


def _show_organisations(workshop: WorkshopWindow) -> None:
    workshop.tabs.setCurrentIndex(RESULTS_TAB)
    results = workshop.results
    results.lower_tabs.setCurrentWidget(results.organisations)


def test_results_tab_shows_means_per_organisation(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLE)
    _show_organisations(workshop)
    results = workshop.results
    view = results.organisations
    assert results.lower_tabs.tabText(results.lower_tabs.currentIndex()) == "Organisationernas syn"
    assert view.means_table.isVisible() and view.differ_table.isVisible()
    assert view.rule.text().startswith("Medelvärden per organisation, för deltagare som besvarat alla frågor.")
    assert _table(view.means_table) == [
        ["Block", "Region Västernorrland (n = 4)", "Norrby kommun (n = 3)", "Övriga (n = 3)"],
        ["STARTFÖRHÅLLANDEN", "62\u00a0% (15,5/25)", "64\u00a0% (16,0/25)", "57\u00a0% (14,3/25)"],
        ["ORGANISATORISK DESIGN OCH LEDARSKAP", "64\u00a0% (16,0/25)", "61\u00a0% (15,3/25)", "56\u00a0% (14,0/25)"],
        ["SAMVERKANSPROCESSEN", "64\u00a0% (32,0/50)", "64\u00a0% (32,0/50)", "53\u00a0% (26,3/50)"],
        ["UTFALL", "70\u00a0% (3,5/5)", "60\u00a0% (3,0/5)", "53\u00a0% (2,7/5)"],
        ["Medelsumma (max 105)", "67,0", "66,3", "57,3"],
    ]
    differ = _table(view.differ_table)
    assert differ[0] == [
        "Nr",
        "Fråga",
        "Region Västernorrland (n = 4)",
        "Norrby kommun (n = 3)",
        "Övriga (n = 3)",
        "Skillnad",
    ]
    assert differ[1] == [
        "Fråga 3.1",
        "SAMVERKANSPROCESSEN: Är syftet med samverkan tydligt?",
        "4,0",
        "3,7",
        "2,3",
        "1,7",
    ]
    # The source's numbering: questions 11, 12, 20, 3 and 17 of 21.
    assert [row[0] for row in differ[1:]] == ["Fråga 3.1", "Fråga 3.2", "Fråga 3.10", "Fråga 1.3", "Fråga 3.7"]
    assert view.means_table.accessibleName() == "Medel per block och medelsumma, per organisation"
    assert view.differ_table.accessibleName() == "Där organisationerna skiljer sig mest"

    # Once laid out, the tables are as high as their rows: nothing cut off, no empty band.
    def fitted(table: QTableWidget) -> bool:
        last = table.rowCount() - 1
        return 0 <= table.viewport().height() - (table.rowViewportPosition(last) + table.rowHeight(last)) < 4

    qtbot.waitUntil(lambda: fitted(view.means_table) and fitted(view.differ_table))
    said = _everything_said(results)
    assert [name for name in SMALL if name in said] == []
    assert "region västernorrland" not in said and "norrby  kommun" not in said


def test_projector_has_the_organisations_slide_after_the_overview(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLE)
    projector = workshop.show_projector(full_screen=False)
    projector.resize(1024, 768)
    # The overview, the organisations, and the three questions where views differ.
    assert [slide.kind for slide in projector.slides] == [
        "overview",
        "organisations",
        "question",
        "question",
        "question",
    ]
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert projector.position.text() == "2 av 5"
    assert projector.heading.text() == "Organisationernas syn"
    chart = projector.organisation_chart
    assert chart.isVisible() and not projector.chart.isVisible()
    assert projector.result.text() == "(dolt – tryck mellanslag för att visa)"
    assert chart.accessibleDescription() == projector.result.text()
    with qtbot.waitSignal(projector.revealed):
        qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert projector.result.text() == (
        "Medelsumma av 105 poäng: Region Västernorrland\u00a067,0 · Norrby kommun\u00a066,3 · Övriga\u00a057,3\n"
        "Störst skillnad: Fråga 3.1 (1,7)"
    )
    assert chart.accessibleName() == "Organisationernas syn per block"
    assert chart.accessibleDescription().splitlines()[0] == (
        "STARTFÖRHÅLLANDEN: Region Västernorrland 62\u00a0%, Norrby kommun 64\u00a0%, Övriga 57\u00a0%"
    )
    projector.grab()  # paints the chart
    assert chart.painted_size >= 12
    said = _everything_said(projector)
    assert [name for name in SMALL if name in said] == []
    qtbot.keyClick(projector, Qt.Key.Key_Space)  # revealed: on to the first question
    assert projector.slides[projector.index].kind == "question"
    assert projector.chart.isVisible() and not chart.isVisible()


def test_no_organisations_slide_or_table_without_two_organisations(qtbot, workshop: WorkshopWindow) -> None:
    workshop.session.open(EXAMPLES / "workshop-7.samverkan-grupp")
    _show_organisations(workshop)
    view = workshop.results.organisations
    assert not view.means_table.isVisible() and not view.differ_table.isVisible()
    assert view.rule.text() == (
        "Organisationernas syn visas när deltagarna anger minst två organisationer (deltagarna anger nu 0)."
    )
    projector = workshop.show_projector(full_screen=False)
    assert "organisations" not in [slide.kind for slide in projector.slides]


def test_typing_an_organisation_regroups_at_once(qtbot, workshop: WorkshopWindow, fake_dialogs) -> None:
    workshop.session.open(EXAMPLE)
    projector = workshop.show_projector(full_screen=False)
    _show_organisations(workshop)
    view = workshop.results.organisations
    # D10 (one of Polisen's two) typed as Norrby kommun, through the Participants menu: Region and
    # Norrby have four each, the pool (Polisen 1, Framåt 1) would be two, so Norrby, named last of
    # the smallest, joins it.
    workshop.tabs.setCurrentIndex(ENTRY_TAB)
    workshop.grid.go_to(0, 9)
    fake_dialogs.answer("get_text", "  norrby kommun ")
    workshop.commands.organisation.trigger()
    assert fake_dialogs.called("get_text")[0][1:] == (
        "Organisation för D10",
        "Organisation (tomt för ingen):",
        "polisen",
    )
    assert workshop.session.group.participant("D10").organisation == "norrby kommun"
    _show_organisations(workshop)
    assert _table(view.means_table)[0] == ["Block", "Region Västernorrland (n = 4)", "Övriga (n = 6)"]
    projector.redraw()
    assert [slide.kind for slide in projector.slides][:2] == ["overview", "organisations"]
    # Everyone in one organisation: no view, and the projector drops the slide.
    group = workshop.session.group
    for code in group.codes:
        group = group.with_participant_details(code, organisation="Region Västernorrland")
    workshop.session.update(group)
    assert not view.means_table.isVisible()
    assert view.rule.text().endswith("(deltagarna anger nu 1).")
    projector.redraw()
    assert "organisations" not in [slide.kind for slide in projector.slides]
