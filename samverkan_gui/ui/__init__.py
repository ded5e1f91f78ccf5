"""Everything Qt: main window, pages, widgets, dialogs, languages."""
