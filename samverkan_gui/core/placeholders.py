"""Filling the ``%1``, ``%2``… placeholders of a translated message, in one pass.

Qt's messages (``self.tr("%1 of %2")``) number their placeholders.  Filling them
one by one (``.replace("%1", a).replace("%2", b)``) replaces again inside a
value already put in: a file named ``budget%2.samverkan`` would come out as
"budgetanna.samverkan".  :func:`fill` looks at the template once, as Qt's
``QString.arg(a, b, …)`` does, and never at the values it puts in.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` as ``values[0]``, ``%2`` as ``values[1]``, and so on.

    A placeholder without a value (``%5`` when three are given) stays as written.
    """
    texts = [str(value) for value in values]

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if 1 <= number <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(value_of, template)
