"""Reliability figures: hostile inputs survived, fuzzing executions, SIGKILL-during-ingest runs, corrupt databases.

- every file in tests/data/hostile/ (plus a generated 10 MB single line and 100,000 tiny lines) through
  `rasd extract`: survived = exit 0 or 1 with one-line errors, no traceback, valid output, under a 3 GiB cap;
- --fuzz N random inputs (random bytes in every reader format, random Arabic-ish text through the whole pipeline);
- the SIGKILL test of the store (tests/store/test_ingest.py, ≥ 10 kills at random moments, then resume) and the
  corrupt-database tests, run with pytest.
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SHARED, record, table

HOSTILE = ROOT / "tests" / "data" / "hostile"


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


def survive(path: Path) -> tuple[bool, float]:
    t0 = time.perf_counter()
    try:
        res = subprocess.run([sys.executable, "-m", "rasd", "extract", "--format", "jsonl", str(path)],
                             capture_output=True, timeout=300, preexec_fn=_limit)
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - t0
    err = res.stderr.decode("utf-8", "replace")
    ok = res.returncode in (0, 1) and "Traceback" not in err and "internal error" not in err
    if ok and res.stdout.strip():
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
            out.write(res.stdout)
            out.flush()
            ok = subprocess.run([sys.executable, str(SHARED / "tools" / "validate_document.py"), out.name],
                                capture_output=True).returncode == 0
    return ok, time.perf_counter() - t0


def fuzz(n: int, seed: int) -> tuple[int, int, list[str]]:
    from rasd.api import load_pipeline
    from rasd.errors import RasdError
    from rasd.io import read_records
    from rasd.serialize import to_dict

    rng = random.Random(seed)
    pipe = load_pipeline()
    alphabet = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة ،.؟«»\"'0123456789٠١٢\n") + [
        "\u064e", "\u0651", "ـ", "\u200f", "\u202e", "\u2066", "\ufeff", "\x00", "😀", "\ud800"]
    execs = crashes = 0
    examples: list[str] = []
    for i in range(n):
        try:
            if i % 2:
                data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
                if i % 4 == 1:
                    data = b'{"text": "' + data + b'"}\n' + data
                for kind in (None, "jsonl", "json", "csv", "html"):
                    for item in read_records(data, "fuzz", kind):
                        if hasattr(item, "text"):
                            to_dict(pipe(item))
                        execs += 1
            else:
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
                try:
                    to_dict(pipe.extract(text))
                except RasdError:
                    pass
                execs += 1
        except Exception as exc:  # a crash: anything that is not a RasdError
            crashes += 1
            if len(examples) < 5:
                examples.append(f"{type(exc).__name__}: {exc}"[:200])
    return execs, crashes, examples


def pytest_count(args: list[str]) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                         capture_output=True, text=True)
    passed = sum(int(x) for x in re.findall(r"(\d+) passed", res.stdout))
    failed = sum(int(x) for x in re.findall(r"(\d+) failed", res.stdout))
    return passed, failed, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fuzz", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261125)
    args = ap.parse_args()
    files = sorted(p for p in HOSTILE.iterdir() if p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "ten-megabyte-line.txt"
        unit = "اشتبك الجيش مع داعش في ريف حماة، "
        big.write_text(unit * (10 * 1024 * 1024 // len(unit.encode())), encoding="utf-8")
        tiny = Path(tmp) / "hundred-thousand-lines.txt"
        tiny.write_text("".join(f"خبر {i}\n" for i in range(100_000)), encoding="utf-8")
        results = [(p.name, *survive(p)) for p in files + [big, tiny]]
    survived = sum(1 for _, ok, _ in results if ok)
    slowest = max(results, key=lambda r: r[2])
    execs, crashes, examples = fuzz(args.fuzz, args.seed)
    kill_pass, kill_fail, kill_s = pytest_count(["tests/store/test_ingest.py", "-k", "sigkill"])
    corrupt_pass, corrupt_fail, _ = pytest_count(["tests/store", "-k", "corrupt or damaged or foreign"])
    rows = [
        ["hostile inputs survived", f"{survived} / {len(results)} (slowest: {slowest[0]}, {slowest[2]:.1f} s)"],
        ["fuzzing executions (reader formats × random bytes, random text through the pipeline)",
         f"{execs:,} executions, {crashes} crashes (seed {args.seed})"],
        ["SIGKILL-during-ingest test (≥ 10 kills at random moments, then resume; no partial or duplicate article)",
         f"{kill_pass} passed, {kill_fail} failed ({kill_s:.0f} s)"],
        ["corrupt / foreign database files detected with a clear error", f"{corrupt_pass} tests passed, {corrupt_fail} failed"],
    ]
    body = table(["figure", "value"], rows)
    failed = [name for name, ok, _ in results if not ok]
    if failed or examples:
        body += "\n\nNot survived: " + ", ".join(failed) + ("\n\nCrash examples: " + "; ".join(examples) if examples else "")
    body += ("\n\nThe property-based tests (tests/test_fuzz.py, tests/io, tests/text, tests/core) run a further "
             "~2,000 hypothesis examples on every `make test`.\n")
    print(body)
    record("reliability", "Reliability: hostile inputs, fuzzing, kill tests", body)


if __name__ == "__main__":
    main()
