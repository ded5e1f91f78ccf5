"""``python -m samverkan_gui`` is the ``samverkan`` command."""

import sys

from samverkan_gui.cli import main

sys.exit(main())
