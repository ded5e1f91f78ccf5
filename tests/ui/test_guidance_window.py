"""The background material window: opened from Help, in the window's language, never modal."""

from __future__ import annotations

from samverkan_gui.core.guidance import shipped_guidance
from samverkan_gui.ui.guidance import guidance_html


def test_background_material_opens_beside_the_window_and_follows_the_language(window, qtbot):
    window.commands.guidance.trigger()
    guidance_window = window._guidance_window
    assert guidance_window is not None and guidance_window.isVisible()
    assert not guidance_window.isModal()
    text = guidance_window.browser.toPlainText()
    assert "Har vi samma syn på detta?" in text and "Samhandling" in text
    assert guidance_window.windowTitle() == "Samverkan som gör skillnad"
    window.commands.lang_en.trigger()
    text = guidance_window.browser.toPlainText()
    assert "Do we see this the same way?" in text and "Joint action" in text
    assert "Samhandling" not in text
    guidance_window.close()


def test_guidance_text_is_escaped():
    html = guidance_html(shipped_guidance(), "sv")
    assert "<script" not in html
    assert html.count("<h3>") == len(shipped_guidance().sections)
