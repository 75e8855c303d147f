from __future__ import annotations

from pathlib import Path

import pytest

from rasd.config import DEFAULT_PIPELINE, Settings, resolve
from rasd.errors import ConfigError, PipelineError
from rasd.pipeline import Pipeline, registered


def test_defaults() -> None:
    s = resolve(env={})
    assert s == Settings() and s.pipeline == DEFAULT_PIPELINE


def test_precedence_file_env_flags(tmp_path: Path) -> None:
    f = tmp_path / "rasd.toml"
    f.write_text('[rasd]\nmax_chars = 10\ntaa_marbuta = false\npipeline = ["rasd.text.v1"]\n', encoding="utf-8")
    s = resolve(config_file=f, env={"RASD_MAX_CHARS": "20"})
    assert s.max_chars == 20 and s.taa_marbuta is False
    s = resolve(config_file=f, env={"RASD_MAX_CHARS": "20"}, overrides={"max_chars": 30})
    assert s.max_chars == 30


@pytest.mark.parametrize(
    ("content", "env"),
    [("max_chars = 'many'", {}), ("nonsense = 1", {}), ("max_chars = -1", {}), ("", {"RASD_TAA_MARBUTA": "perhaps"}),
     ("[rasd", {})],
)
def test_bad_settings_are_reported(tmp_path: Path, content: str, env: dict[str, str]) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        resolve(config_file=f, env=env)


def test_missing_settings_file() -> None:
    with pytest.raises(ConfigError, match="not found"):
        resolve(config_file="/nonexistent/rasd.toml", env={})


def test_pipeline_checks_requirements_all_at_once() -> None:
    class Needy:
        name = "needy"
        requires = ("mentions", "places")
        assigns = ("events", "bogus")

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            return doc

        def fingerprint(self) -> str:
            return "1"

    with pytest.raises(PipelineError) as info:
        Pipeline([Needy()])  # type: ignore[list-item]
    msg = str(info.value)
    assert "mentions" in msg and "bogus" in msg


def test_unknown_component_name() -> None:
    with pytest.raises(PipelineError, match="unknown pipeline components"):
        Pipeline.from_settings(Settings(pipeline=("rasd.text.v1", "rasd.nope.v9")))


def test_default_pipeline_builds_and_fingerprint_is_stable() -> None:
    assert set(DEFAULT_PIPELINE) <= set(registered())
    a = Pipeline.from_settings(Settings())
    b = Pipeline.from_settings(Settings())
    assert a.fingerprint == b.fingerprint and len(a.fingerprint) == 16
