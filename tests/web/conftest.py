"""Web-test fixtures: a hand-built store and a real uvicorn server on 127.0.0.1 (a free port) serving it."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from webfixtures import LiveServer, build_store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def live_url(store_path: Path) -> Iterator[str]:
    from rasd.web import Limits, create_app

    app = create_app(store_path, limits=Limits(max_body=20_000, max_text_chars=5_000))
    with LiveServer(app) as url:
        yield url
