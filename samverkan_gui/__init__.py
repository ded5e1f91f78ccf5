"""Samverkan: the self-assessment "Testa din samverkan!" as an offline desktop app."""

__version__ = "0.1.0"
