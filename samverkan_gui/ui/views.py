"""The views a window shows, named once for both windows and the workflows that ask for them.

The main window stacks them in this order; the workshop window has no start view
and shows the others as tabs (its entry grid is where answers go, as the block
pages are in the main window).
"""

from __future__ import annotations

import enum


class View(enum.IntEnum):
    #: The start view: a new assessment, open, recent files, recovered work (main window only).
    START = 0
    #: Where answers go: the block pages; the workshop's entry grid.
    EDITOR = 1
    RESULTS = 2
    PLAN = 3
