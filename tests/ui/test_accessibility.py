"""Accessibility of the main window, checked generically.

* Keyboard: every focusable control of the start view, every block page and the
  results is reached by Tab (and back by Shift+Tab); radio buttons of one
  question, which Qt makes a single Tab stop, are each reached with the arrow
  keys. Focus is visible: a focused control looks different on screen.
* Screen readers, through QAccessible: every rating button's name carries its
  question and its scale label, each question group names the question, the
  chart describes its values.
* WCAG 2.1 AA contrast (relative luminance formula) of text and of the chart's
  bars in the light, dark and high-contrast palettes: 4.5:1 for text, 3:1 for
  graphical objects and focus indicators (1.4.3, 1.4.11).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QRadioButton,
    QWidget,
)

from samverkan_gui.present import style
from samverkan_gui.ui.chart import Bar, BarChart

Role = QPalette.ColorRole

# --- palettes -------------------------------------------------------------------------------

#: Windows 11 light system colours, as Qt's Windows theme maps them.
LIGHT = {
    Role.Window: "#f0f0f0",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7",
    Role.Text: "#000000",
    Role.Button: "#f0f0f0",
    Role.ButtonText: "#000000",
    Role.Highlight: "#0067c0",  # Windows 11 default accent
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#6d6d6d",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#000000",
}
#: Windows 11 dark mode system colours (light accent with dark text on it).
#: (docs/screenshots/capture.py's dark palette is only for pictures; its selection is 3.4:1.)
DARK = {
    Role.Window: "#202020",
    Role.WindowText: "#ffffff",
    Role.Base: "#2c2c2c",
    Role.AlternateBase: "#383838",
    Role.Text: "#ffffff",
    Role.Button: "#2d2d2d",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#4cc2ff",
    Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#c5c5c5",
    Role.ToolTipBase: "#2b2b2b",
    Role.ToolTipText: "#ffffff",
}
#: Windows "High Contrast Black" (Aquatic/Night sky share the roles) system colours.
HIGH_CONTRAST_BLACK = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#3ff23f",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
}
#: Windows "High Contrast White" (Desert) system colours.
HIGH_CONTRAST_WHITE = {
    Role.Window: "#ffffff",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#ffffff",
    Role.Text: "#000000",
    Role.Button: "#ffffff",
    Role.ButtonText: "#000000",
    Role.Highlight: "#37006e",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#600000",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#000000",
}
PALETTES = {
    "light": LIGHT,
    "dark": DARK,
    "high-contrast-black": HIGH_CONTRAST_BLACK,
    "high-contrast-white": HIGH_CONTRAST_WHITE,
}

#: (foreground, background, minimum ratio, where the app draws it)
PAIRS = [
    (Role.WindowText, Role.Window, 4.5, "labels, questions, results text"),
    (Role.WindowText, Role.AlternateBase, 4.5, "the question that has the focus"),
    (Role.Text, Role.Base, 4.5, "text fields and the notes"),
    (Role.PlaceholderText, Role.Base, 4.5, "placeholders that say what to type"),
    (Role.ButtonText, Role.Button, 4.5, "buttons"),
    (Role.HighlightedText, Role.Highlight, 4.5, "the selected block in the block list"),
    (Role.ToolTipText, Role.ToolTipBase, 4.5, "tool tips"),
    (Role.Highlight, Role.Window, 3.0, "focus line and the current question's marker"),
    (Role.Highlight, Role.AlternateBase, 3.0, "the current question's marker on its own background"),
    (Role.WindowText, Role.Base, 3.0, "the chart's track outline"),
]


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#0072b2"), QColor("#ffffff")) == pytest.approx(5.19, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("foreground", "background", "minimum", "where"), PAIRS, ids=[p[3] for p in PAIRS])
def test_palette_text_contrast(name: str, foreground, background, minimum: float, where: str) -> None:
    colours = PALETTES[name]
    ratio = contrast(QColor(colours[foreground]), QColor(colours[background]))
    assert ratio >= minimum, f"{where}: {colours[foreground]} on {colours[background]} is {ratio:.2f}:1"


def test_the_window_uses_the_palette_not_style_sheets(window) -> None:
    """The palette checks above only hold if no widget paints its own colours."""
    assert QApplication.instance().styleSheet() == ""
    styled = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget) if w.styleSheet()]
    assert styled == []


def _render_chart(colours: dict[QPalette.ColorRole, str], share: float) -> QImage:
    chart = BarChart()
    chart.setPalette(palette_of(colours))
    bars = [Bar(f"Block {i + 1}", round(share * 100), 100, "50 av 100") for i in range(len(style.SERIES_COLOURS))]
    chart.set_bars(bars, "chart", "values")
    chart.resize(600, chart.sizeHint().height())
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(colours[Role.Window]))
    chart.render(image, QPoint(0, 0))
    chart.deleteLater()
    return image


@pytest.mark.parametrize("name", PALETTES)
def test_chart_bar_ends_stand_out_from_the_track(qapp, name: str) -> None:
    """Where a bar ends, what is drawn there differs from the empty track by at least 3:1 (WCAG 1.4.11).

    The chart is drawn twice, bars half full and empty: the pixels that differ are
    the bars. On each row of a bar, the rightmost differing pixel (or the one left
    of it, for anti-aliasing) is the bar's end; its contrast with the track pixel
    just right of it is what a user sees.
    """
    half, empty = _render_chart(PALETTES[name], 0.5), _render_chart(PALETTES[name], 0.0)
    scan_width = int(half.width() * 0.75)  # left of the value texts
    ends: list[float] = []
    for y in range(half.height()):
        differing = [x for x in range(scan_width) if half.pixel(x, y) != empty.pixel(x, y)]
        if len(differing) < scan_width // 4:
            continue  # not a row through a bar's body (its anti-aliased top or bottom edge)
        end = max(differing)
        track = QColor(empty.pixel(end + 3, y))
        if contrast(track, QColor(PALETTES[name][Role.Base])) > 1.1:
            continue  # the track's own outline row, not its inside
        ends.append(max(contrast(QColor(half.pixel(x, y)), track) for x in (end, end - 1)))
    assert len(ends) >= len(style.SERIES_COLOURS) * 5, "no bars found in the rendered chart"
    low = sorted(ratio for ratio in ends if ratio < 3.0)
    assert not low, f"{len(low)} of {len(ends)} bar-end rows below 3:1 in the {name} palette: {low[:5]}"


def test_app_defined_colours_meet_contrast() -> None:
    """Colours the app sets itself, not taken from the system palette."""
    from samverkan_gui.ui.workshop import projector

    for fill, text in zip(style.RATING_FILLS, style.RATING_INK, strict=True):
        assert contrast(QColor(fill), QColor(text)) >= 4.5, (fill, text)
    assert contrast(QColor(style.BAR), QColor(style.BAR_TRACK)) >= 3.0
    for ink in (projector.INK, projector.MUTED, projector.ACCENT):
        assert contrast(QColor(ink), QColor(projector.BACKGROUND)) >= 4.5, ink
    assert contrast(QColor(projector.INK), QColor(style.PROJECTOR_BUTTON)) >= 4.5  # projector buttons
    assert contrast(QColor(projector.BAR), QColor(projector.TRACK)) >= 3.0


def test_pdf_colours_meet_contrast() -> None:
    from samverkan_gui.report import common

    def hex_of(colour) -> QColor:  # type: ignore[no-untyped-def]
        return QColor(colour.hexval().replace("0x", "#"))

    for ink in (common.INK, common.MUTED, common.ACCENT):
        for paper in ("#ffffff", common.HEADER_BG):
            background = paper if isinstance(paper, str) else hex_of(paper).name()
            assert contrast(hex_of(ink), QColor(background)) >= 4.5, (ink, background)
    assert contrast(hex_of(common.BAR), hex_of(common.BAR_TRACK)) >= 3.0


# --- the window ----------------------------------------------------------------------------


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    return QApplication.focusWidget()


def _tab_stops(view: QWidget) -> list[QWidget]:
    """Every control a keyboard user must reach in ``view``: visible, enabled, taking Tab focus."""
    stops = []
    for widget in view.findChildren(QWidget):
        if not (widget.isVisibleTo(view) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        stops.append(widget)
    return stops


def _tab_cycle(qtbot, backwards: bool = False) -> set[QWidget]:  # type: ignore[no-untyped-def]
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    first = QApplication.focusWidget()
    seen = {first}
    for _ in range(300):
        widget = _press(qtbot, key, modifier)
        if widget is first:
            break
        seen.add(widget)
    return seen


def _assert_all_reachable(qtbot, view: QWidget, where: str) -> None:  # type: ignore[no-untyped-def]
    stops = _tab_stops(view)
    assert stops, f"no focusable controls found in {where}"
    for backwards in (False, True):
        reached = _tab_cycle(qtbot, backwards)
        missing = []
        for widget in stops:
            if widget in reached:
                continue
            # An exclusive radio group is one Tab stop; its other buttons are reached by arrows.
            group = widget.group() if isinstance(widget, QRadioButton) else None
            if group is not None and any(other in reached for other in group.buttons()):
                continue
            missing.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}")
        direction = "Shift+Tab" if backwards else "Tab"
        assert missing == [], f"{where}: not reachable with {direction}: {missing}"


def test_start_view_every_control_reachable_by_tab(window, qtbot) -> None:
    _assert_all_reachable(qtbot, window.start_view, "the start view")


def test_every_block_page_every_control_reachable_by_tab(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    for index, _block in enumerate(questionnaire.blocks):
        window.editor_view.go_to(index, focus=True)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        _assert_all_reachable(qtbot, window.editor_view, f"block page {index + 1}")


def test_results_every_control_reachable_by_tab(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    for question_id in questionnaire.question_ids:
        window.session.set_answer(question_id, 3)
    window.editor_view.request_results()
    qtbot.waitUntil(lambda: window.results_view.isVisible())
    window.results_view.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    _assert_all_reachable(qtbot, window.results_view, "the results")


def test_arrow_keys_reach_and_rate_every_button_of_a_question(window, qtbot, questionnaire) -> None:
    window.start_new(questionnaire, {})
    window.editor_view.go_to(0, focus=True)
    group = window.editor_view.pages[0].groups[0]
    buttons = group.buttons.buttons()
    buttons[0].setFocus()
    reached = {QApplication.focusWidget()}
    for _ in range(len(buttons) - 1):
        reached.add(_press(qtbot, Qt.Key.Key_Right))
    assert set(buttons) <= reached


def test_focus_is_visible(window, qtbot, questionnaire) -> None:
    """Moving the focus with Tab changes what the focused question and button look like."""
    window.start_new(questionnaire, {})
    window.editor_view.go_to(0, focus=True)
    page = window.editor_view.pages[0]
    first, second = page.groups[0], page.groups[1]
    qtbot.waitUntil(lambda: first.isAncestorOf(QApplication.focusWidget()))
    before_group, before_button = second.grab().toImage(), second.buttons.buttons()[0].grab().toImage()
    focused = _press(qtbot, Qt.Key.Key_Tab)  # a real key press, so Qt shows keyboard focus
    assert second.isAncestorOf(focused), "Tab did not move to the next question"
    qtbot.wait(20)
    assert second.grab().toImage() != before_group, "the focused question looks the same as before"
    assert focused.grab().toImage() != before_button or focused is not second.buttons.buttons()[0]


# --- what a screen reader gets --------------------------------------------------------------


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_question_is_named_once_in_the_window(window, questionnaire, lang) -> None:
    """Each question's text is in one accessible name (its group's), each answer names its value and label."""
    window.set_language(lang)
    window.start_new(questionnaire, {})
    questions = {q.text.get(lang) for block in questionnaire.blocks for q in block.questions}
    labels = {questionnaire.scale.label(v, lang): v for v in questionnaire.scale.values}
    for index in range(len(questionnaire.blocks)):
        window.editor_view.go_to(index, focus=False)
    radios = window.findChildren(QRadioButton)
    assert len(radios) == len(questions) * len(labels)
    for radio in radios:
        name = _name(radio)
        assert not [q for q in questions if q in name], f"the question again in the button {name!r}"
        label = [text for text in labels if name == f"{labels[text]} – {text}"]
        assert label, f"radio {radio.text()!r} is not named by its value and scale label: {name!r}"
    groups = [g for g in window.findChildren(QGroupBox) if g.findChildren(QRadioButton)]
    assert len(groups) == len(questions)
    named = [name for name in (_name(g) for g in groups)]
    for question in questions:
        holding = [name for name in named if name.endswith(f": {question}")]
        assert len(holding) == 1, (question, holding)


def test_chart_has_an_accessible_description_with_its_values(window, questionnaire) -> None:
    window.start_new(questionnaire, {})
    for i, question_id in enumerate(questionnaire.question_ids):
        window.session.set_answer(question_id, 1 + i % 5)
    window.editor_view.request_results()
    chart = window.findChild(BarChart)
    assert chart is not None
    interface = QAccessible.queryAccessibleInterface(chart)
    description = interface.text(QAccessible.Text.Description)
    result = window.session.result()
    for block, block_score in zip(questionnaire.blocks, result.blocks, strict=True):
        assert f"{block_score.score} av {block_score.max}" in description
        assert block.name.get("sv").lower() in description.lower()
    assert interface.text(QAccessible.Text.Name)


def test_no_unnamed_controls(window, questionnaire) -> None:
    """Every button and field a keyboard reaches has a name a screen reader can read out."""
    window.start_new(questionnaire, {})
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in _tab_stops(window)
        if isinstance(w, QAbstractButton | QWidget) and not _name(w).strip()
    ]
    assert unnamed == []


def _read_only_tables_that_trap_tab(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    return [
        view.objectName() or type(view).__name__
        for view in root.findChildren(QAbstractItemView)
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and view.tabKeyNavigation()
    ]


def test_no_read_only_table_of_the_main_window_traps_the_tab_key(window, questionnaire) -> None:
    """With tab-key navigation a table keeps Tab for its cells: a keyboard trap (WCAG 2.1.2)."""
    window.start_new(questionnaire, {})
    window.editor_view.request_results()
    assert _read_only_tables_that_trap_tab(window) == []


def test_no_read_only_table_of_the_workshop_window_traps_the_tab_key(qtbot) -> None:
    from samverkan_gui.ui.workshop.window import WorkshopWindow

    workshop = WorkshopWindow()
    try:
        # The paper-form entry grid moves between cells with Tab like a spreadsheet, on purpose
        # (Ctrl+Tab leaves it); every other table must let Tab through.
        assert [name for name in _read_only_tables_that_trap_tab(workshop) if name != "EntryGrid"] == []
    finally:
        workshop.deleteLater()


@pytest.mark.parametrize("name", PALETTES)
def test_group_range_bars_take_readable_colours_from_the_palette(qapp, name: str) -> None:
    """The workshop results' range bars (mean bar, lowest–highest line) are drawn in palette colours.

    WCAG 1.4.11 (3:1 for graphics): the mean bar against its track, the range line against the
    track, and the line's edge against the bar (the ink itself, or its halo where ink and bar are alike).
    """
    from samverkan_gui.ui.workshop.bars import range_colours

    colours = range_colours(palette_of(PALETTES[name]))._asdict()
    assert contrast(colours["bar"], colours["track"]) >= 3.0
    assert contrast(colours["ink"], colours["track"]) >= 3.0
    assert max(contrast(colours["ink"], colours["bar"]), contrast(colours["halo"], colours["bar"])) >= 3.0
    assert contrast(colours["ink"], colours["halo"]) >= 4.5
    # The track belongs to the cell it is drawn in (no light strip in a dark table).
    assert contrast(colours["track"], QColor(PALETTES[name][Role.Base])) < 2.0
