"""The rasd exception tree.

Every error has a stable ``code`` (used by the CLI's messages and the HTTP API's JSON errors) and a ``hint``
that says what to do next. Library code raises; only ``rasd.cli`` and ``rasd.web`` turn errors into exit
codes, messages or HTTP responses.

::

    RasdError                      rasd.error
    ├── ConfigError                rasd.config
    ├── ResourceError              rasd.resource      (a shipped data file is malformed: file:line)
    ├── InputError                 rasd.input
    │   ├── NotTextError           rasd.input.not_text
    │   ├── DecodeError            rasd.input.decode
    │   ├── FormatError            rasd.input.format   (malformed JSON line, CSV without a text column ...)
    │   └── InputTooLargeError     rasd.input.too_large
    ├── PipelineError              rasd.pipeline      (components that do not fit together)
    ├── ModelError                 rasd.model         (a trained artifact is missing or unreadable)
    └── StoreError                 rasd.store
        └── CorruptStoreError      rasd.store.corrupt
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CorruptStoreError",
    "DecodeError",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "ModelError",
    "NotTextError",
    "PipelineError",
    "RasdError",
    "ResourceError",
    "StoreError",
]


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""

    code = "rasd.error"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(RasdError):
    code = "rasd.config"
    hint = "check the settings file, RASD_* environment variables and command-line flags"


class ResourceError(RasdError):
    """A shipped data file is malformed; the message starts with ``file:line``."""

    code = "rasd.resource"
    hint = "fix the named row of the resource file"

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class InputError(RasdError):
    code = "rasd.input"
    hint = "check the input file"

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.source = source


class NotTextError(InputError):
    code = "rasd.input.not_text"
    hint = "rasd reads text, JSON Lines, JSON, CSV and HTML (optionally gzipped); this file is none of them"


class DecodeError(InputError):
    code = "rasd.input.decode"
    hint = "save the file as UTF-8, or as Windows-1256, ISO-8859-6 or UTF-16"


class FormatError(InputError):
    code = "rasd.input.format"
    hint = "fix the malformed record; the rest of the batch is processed"


class InputTooLargeError(InputError):
    code = "rasd.input.too_large"
    hint = "split the document, or raise the limit with --max-chars / RASD_MAX_CHARS"


class PipelineError(RasdError):
    code = "rasd.pipeline"
    hint = "check the pipeline's component list in the settings"


class ModelError(RasdError):
    code = "rasd.model"
    hint = "reinstall rasd, or retrain the model with `rasd train`"


class StoreError(RasdError):
    code = "rasd.store"
    hint = "check the database path"


class CorruptStoreError(StoreError):
    code = "rasd.store.corrupt"
    hint = "the database file is damaged; restore it from a backup or ingest again into a new file"
