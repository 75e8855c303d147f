"""Entry point for ``spark-submit``: ``spark-submit [options] rasd_submit.py INPUT... --out DIR [...]``.

Takes the arguments of ``rasd batch`` (the engine is always ``spark``; the master is the one spark-submit set
unless ``--master`` is given). Extract it from the wheel: ``unzip -p rasd-*.whl rasd/batch/submit.py``.
See docs/spark.md.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from rasd.cli import main as rasd_main

    args = list(sys.argv[1:] if argv is None else argv)
    return int(rasd_main(["batch", "--engine", "spark", *args]) or 0)


if __name__ == "__main__":
    sys.exit(main())
