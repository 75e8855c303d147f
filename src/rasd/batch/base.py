"""The engine interface and what a run reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from rasd.batch.schema import FORMAT, PARTITION
from rasd.config import Settings

__all__ = ["BatchResult", "Engine", "manifest_for"]


@dataclass(frozen=True)
class BatchResult:
    """What a batch run did: counts per dataset, time, and the start-up cost of each worker/partition."""

    engine: str
    out: str
    fingerprint: str
    documents: int
    failures: int
    rows: dict[str, int]
    seconds: float
    partitions: int
    setup_seconds: tuple[float, ...] = field(default=())

    @property
    def articles_per_second(self) -> float:
        return (self.documents + self.failures) / self.seconds if self.seconds > 0 else 0.0


class Engine(Protocol):
    """Runs the pipeline over inputs and writes the batch layout (:mod:`rasd.batch.layout`) to ``out``."""

    name: str

    def run(self, inputs: list[str], out: str, *, overwrite: bool = False) -> BatchResult: ...


def manifest_for(result: BatchResult, settings: Settings, inputs: list[str], extra: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
    from rasd import __version__ as version

    m: dict[str, Any] = {
        "format": FORMAT,
        "engine": result.engine,
        "fingerprint": result.fingerprint,
        "pipeline": list(settings.pipeline),
        "settings": settings.to_dict(),
        "rasd_version": version,
        "inputs": list(inputs),
        "partitioning": [PARTITION],
        "documents": result.documents,
        "failures": result.failures,
        "rows": dict(result.rows),
        "seconds": round(result.seconds, 3),
        "partitions": result.partitions,
    }
    m.update(extra or {})
    return m
