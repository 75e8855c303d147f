"""Shared fixtures. Paths to ../shared (present beside the clone in CI and in development)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Shared CI machines are noisy: time limits per example would make property tests flaky, not stricter.
settings.register_profile("rasd", deadline=None, print_blob=True)
settings.load_profile("rasd")

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def validator() -> Path:
    return SHARED / "tools" / "validate_document.py"


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    return SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"
