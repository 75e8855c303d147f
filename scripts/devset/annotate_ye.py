"""Dev gold annotations (see scripts/devset/build.py)."""
from __future__ import annotations

ARTICLES: list = []
