"""Tilmash: keep Kazakh, Russian and English translations correct and consistent.

Importing the package has no side effects; the command line lives in :mod:`toolkit.cli`.
"""

__version__ = "0.1.0"
