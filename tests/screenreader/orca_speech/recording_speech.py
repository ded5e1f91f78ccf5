"""An Orca speech server that speaks nothing and writes down everything it is asked to say.

Orca loads it as its speech-server factory (``settings.speechServerFactory``); it runs inside
Orca (the system Python with pyatspi), not in the test process.  Each utterance becomes one
line of the transcript, flushed at once so the test can read it while Orca runs:

    say<TAB>text            speech.speak / sayAll (newlines inside the text become " / ")
    key<TAB>text            Orca's echo of a key the user pressed
    char<TAB>text           Orca's echo of a character
    stop<TAB>               Orca interrupts what is being said (speech.stop)

A real synthesizer would take time to speak; this one returns at once, so Orca never hits
its 10-second hang guard the way it does with an unreachable speech-dispatcher.
"""

from __future__ import annotations

import os
import threading

from orca import speechserver

_lock = threading.Lock()
_transcript = None


def _write(kind: str, text: str = "") -> None:
    global _transcript
    with _lock:
        if _transcript is None:
            _transcript = open(os.environ["SAMVERKAN_SR_TRANSCRIPT"], "a", encoding="utf-8", buffering=1)  # noqa: SIM115
        flat = " / ".join(part.strip() for part in str(text).splitlines() if part.strip())
        _transcript.write(f"{kind}\t{flat}\n")
        _transcript.flush()


class SpeechServer(speechserver.SpeechServer):
    _active: SpeechServer | None = None

    @staticmethod
    def getFactoryName():
        return "Transcript"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SpeechServer._active is None:
            SpeechServer._active = SpeechServer()
        return SpeechServer._active

    @staticmethod
    def shutdownActiveServers():
        SpeechServer._active = None

    def getInfo(self):
        return ["Transcript", "transcript"]

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            _write("say", text)

    def speakCharacter(self, character, acss=None):
        _write("char", character)

    def speakKeyEvent(self, event, acss=None):
        _write("key", f"{event.getKeyName()} {event.getLockingStateString()}".strip())

    def sayAll(self, utteranceIterator, progressCallback):
        context = None
        for context, _acss in utteranceIterator:
            _write("say", context.utterance)
            progressCallback(context, speechserver.SayAllContext.PROGRESS)
        if context is not None:
            progressCallback(context, speechserver.SayAllContext.COMPLETED)

    def stop(self):
        _write("stop")

    def shutdown(self):
        SpeechServer._active = None
