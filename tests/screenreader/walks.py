"""Keyboard walks through the app with Orca listening, and their transcripts.

A walk is a list of :class:`~tests.screenreader.desktop.Step`: one key (or a typed text) and what
Orca said in reply. Its transcript lists, per step, what a listener hears (echo of the keys
left out), one utterance a line; it is written to ``transcripts/<walk>-<language>.txt`` so that
a change in what is spoken shows in review.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.screenreader.desktop import Desktop, Step, Utterance

HERE = Path(__file__).resolve().parent
TRANSCRIPTS = Path(os.environ.get("SAMVERKAN_SR_TRANSCRIPTS", HERE / "transcripts"))

#: 70 of 105 (band 3 of 5, 63–83), the weakest block "Organisatorisk design och ledarskap" (52 %).
DIGITS = "44343" + "32233" + "4433444333" + "4"


@dataclass
class Walk:
    """One walk's steps, in one language."""

    name: str
    language: str
    desktop: Desktop
    steps: list[Step] = field(default_factory=list)
    #: Folders replaced by a placeholder in the transcript (temporary paths differ per run).
    hide_paths: dict[str, str] = field(default_factory=dict)

    def launch(self, *args: str) -> Step:
        said = self.desktop.launch(*args, config=self.desktop.workdir / f"app-{self.name}")
        return self._add(Step("(the window appears)", said))

    def press(self, *keys: str) -> Step:
        """Press each key in turn; the last key's step is returned."""
        step = Step("")
        for key in keys:
            step = self._add(self.desktop.press(key))
        return step

    def type(self, text: str) -> Step:
        return self._add(self.desktop.type_text(text))

    def _add(self, step: Step) -> Step:
        if step.late and self.steps:
            self.steps[-1].said.extend(Utterance(u.kind, self._hide(u.text)) for u in step.late)
        step.late = []
        step.key = self._hide(step.key)
        step.said = [Utterance(u.kind, self._hide(u.text)) for u in step.said]
        self.steps.append(step)
        return step

    def _hide(self, text: str) -> str:
        for path, placeholder in self.hide_paths.items():
            text = text.replace(path, placeholder)
        return text

    # --- reading it back -----------------------------------------------------------------------

    def silent_steps(self) -> list[str]:
        """Keys after which nothing was said but Orca's echo of the key itself."""
        return [step.key for step in self.steps if not step.key.startswith("type ") and not step.speech]

    def transcript(self) -> str:
        lines = [f"# What Orca said, key by key: {self.name} ({self.language})", ""]
        for step in self.steps:
            lines.append(f"[{step.key}]")
            heard = step.heard
            lines.extend(f"    {text}" for text in heard)
            cut = [text for text in step.speech if text not in heard]
            lines.extend(f"    (cut off: {text})" for text in cut)
            if not step.speech:
                lines.append("    (only the keys echoed)" if step.key.startswith("type ") else "    (silence)")
        return "\n".join(lines) + "\n"

    def save(self) -> Path:
        TRANSCRIPTS.mkdir(parents=True, exist_ok=True)
        path = TRANSCRIPTS / f"{self.name}-{self.language}.txt"
        path.write_text(self.transcript(), encoding="utf-8")
        return path


def spoken(step: Step) -> str:
    """Everything heard after one key, as one line (for ``in`` checks)."""
    return " ".join(step.heard)


def count(text: str, needle: str) -> int:
    return len(re.findall(re.escape(needle), text))
