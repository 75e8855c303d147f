"""The Spark engine: the same pipeline and the same Parquet layout, on Apache Spark (``pyspark`` extra).

How the input is read:

- JSON Lines (``.jsonl``, ``.ndjson``, optionally ``.gz``) are read line by line with Spark (splittable when
  not compressed); each line becomes a Document with :func:`rasd.io.record_to_document` inside the partition;
  lines are numbered per input so failures say ``PATH:LINE`` as ``rasd extract`` does. JSON Lines must be
  UTF-8 on Spark.
- Every other format of ``rasd extract`` (``.txt``, ``.json``, ``.csv``, ``.tsv``, ``.html``, any ``.gz``) is read
  whole with ``binaryFiles`` and parsed by :func:`rasd.io.read_records` inside the partition.

An input that exists on the driver's file system is read as a local file (folders are walked on the driver as
``rasd extract`` does); anything else (``hdfs://``, ``s3a://``, ``gs://``, a glob) is handed to Spark as it is.

Then ``mapPartitions`` runs the pipeline, built once per partition from the resolved settings (and cached per
Python worker process), and yields one nested row per article (document fields plus arrays of mentions, actors,
places and events) or per failure. The rows are cached once and written as the five tables (children exploded
with their position ``idx``) partitioned by ``month``, and the failures dataset; then the manifest.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.batch.base import BatchResult, manifest_for
from rasd.batch.layout import MANIFEST, BatchError
from rasd.batch.schema import (
    CHILD_TABLES,
    COLUMNS,
    FAILURES,
    KEY,
    PARTITION,
    TABLES,
    spark_nested_row,
    spark_nested_schema,
)
from rasd.config import Settings

__all__ = ["SparkEngine", "local_session", "write_nested"]


def local_session(master: str = "local[2]", app_name: str = "rasd batch", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for ``master``; for a local master, Python workers run this interpreter and the web UI
    and progress bar are off."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise BatchError("the Spark engine needs pyspark", hint="pip install 'rasd[spark]'") from exc
    b = SparkSession.builder.appName(app_name).master(master)
    if master.startswith("local"):
        # PySpark starts local Python workers with $PYSPARK_PYTHON (else python3 on the PATH, which may not
        # have rasd): make them run this interpreter unless the user chose one.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        b = b.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        b = b.config("spark.sql.shuffle.partitions", "8")
    for k, v in (conf or {}).items():
        b = b.config(k, v)
    spark = b.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _is_uri(p: str) -> bool:
    return "://" in p or p.startswith("file:")


def _local_files(paths: Iterable[str]) -> Iterator[str]:
    from rasd.io.readers import iter_paths

    return iter_paths(paths)


def _file_uri(p: str) -> str:
    return "file://" + os.path.abspath(p)


# ---- partition side (runs on executors) ----------------------------------------------------------------------

def _lines_to_items(source: str) -> Any:
    def f(pair: tuple[str, int]) -> tuple[Any, ...]:
        line, i = pair
        if i == 0 and line.startswith("\ufeff"):
            line = line[1:]
        return ("L", f"{source}:{i + 1}", line)

    return f


def _partition_fn(settings: Settings, setups: Any) -> Any:
    def run(index: int, items: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        from rasd.batch.work import Worker, file_to_documents, line_to_document
        from rasd.errors import RasdError
        from rasd.io import InputFailure

        t0 = time.perf_counter()
        worker = Worker(settings)
        setups.add([(index, time.perf_counter() - t0, worker.fingerprint)])
        for item in items:
            if item[0] == "L":
                _, where, line = item
                if not line.strip():
                    continue
                yield spark_nested_row(worker.process(line_to_document(line, where)))
            else:
                _, source, data = item
                try:
                    for doc in file_to_documents(bytes(data), source):
                        yield spark_nested_row(worker.process(doc))
                except RasdError as exc:  # pragma: no cover - readers report failures as items
                    yield spark_nested_row(worker.process(InputFailure.from_error(source, exc)))

    return run


def _list_accumulator(sc: Any) -> Any:
    from pyspark.accumulators import AccumulatorParam

    class _ListParam(AccumulatorParam):  # type: ignore[type-arg]
        def zero(self, value: list[Any]) -> list[Any]:
            return []

        def addInPlace(self, a: list[Any], b: list[Any]) -> list[Any]:
            a.extend(b)
            return a

    return sc.accumulator([], _ListParam())


class SparkEngine:
    """Runs the pipeline with ``mapPartitions`` on a Spark cluster (``master``) or an existing ``spark`` session.

    ``partitions`` (default: twice the cluster's default parallelism) is how many pieces the input is cut into
    after reading; each pays the pipeline's start-up cost once.
    """

    name = "spark"

    def __init__(self, settings: Settings, *, master: str | None = None, partitions: int | None = None,
                 spark: Any = None, text_column: str | None = None, conf: dict[str, str] | None = None) -> None:
        if text_column:
            raise BatchError("--text-column is not supported by the Spark engine yet; rename the field to text")
        if partitions is not None and partitions < 1:
            raise BatchError(f"partitions must be at least 1, got {partitions}")
        self.settings = settings
        self.master = master
        self.partitions = partitions
        self.spark = spark
        self.conf = conf

    # -- reading --------------------------------------------------------------------------------------------
    def _items(self, sc: Any, inputs: list[str]) -> Any:
        from rasd.batch.work import input_kind

        rdds = []
        whole: list[tuple[str, str]] = []  # (uri for Spark, source label)
        for arg in inputs:
            local = not _is_uri(arg) and os.path.exists(arg)
            if not local:
                # A URI, a glob, or a path on the cluster's default file system: ask Hadoop whether it matches.
                fs, path = self._fs(sc, arg)
                found = fs.globStatus(path)
                if found is None or len(found) == 0:
                    raise BatchError(f"input not found: {arg}", hint="give files, folders or URIs Spark can read")
            files = list(_local_files([arg])) if local else [arg]
            for f in files:
                kind, _gz = input_kind(f)
                uri = f if _is_uri(f) or not os.path.exists(f) else _file_uri(f)
                if kind == "jsonl":
                    rdds.append(sc.textFile(uri).zipWithIndex().map(_lines_to_items(f)))
                else:
                    whole.append((uri, f))
        if whole:
            labels = {u: s for u, s in whole}
            plain = [u for u, _ in whole if "," not in u]
            odd = [u for u, _ in whole if "," in u]

            def label(pair: tuple[str, bytes]) -> tuple[Any, ...]:
                path, data = pair
                src = labels.get(path) or labels.get(path.replace("file:/", "file:///", 1)) or path
                return ("F", src, data)

            groups = ([",".join(plain)] if plain else []) + odd
            for g in groups:
                rdds.append(sc.binaryFiles(g).map(label))
        if not rdds:
            raise BatchError("no input files")
        return rdds[0] if len(rdds) == 1 else sc.union(rdds)

    # -- writing --------------------------------------------------------------------------------------------
    def _fs(self, sc: Any, out: str) -> tuple[Any, Any]:
        jvm = sc._jvm
        path = jvm.org.apache.hadoop.fs.Path(out)
        return path.getFileSystem(sc._jsc.hadoopConfiguration()), path

    def _prepare(self, sc: Any, out: str, overwrite: bool) -> None:
        fs, path = self._fs(sc, out)
        jvm = sc._jvm
        if not fs.exists(path):
            return
        listing = [s.getPath().getName() for s in fs.listStatus(path)]
        if not listing:
            return
        ours = MANIFEST in listing or any(n in listing for n in (*TABLES, FAILURES))
        if not ours:
            raise BatchError(f"{out} is not empty and is not a rasd batch output; choose another --out folder")
        if not overwrite:
            raise BatchError(f"{out} already holds a rasd batch output")
        for n in (*TABLES, FAILURES, MANIFEST, "_SUCCESS"):
            p = jvm.org.apache.hadoop.fs.Path(path, n)
            if fs.exists(p):
                fs.delete(p, True)

    def _write_text(self, sc: Any, out: str, name: str, text: str) -> None:
        fs, path = self._fs(sc, out)
        p = sc._jvm.org.apache.hadoop.fs.Path(path, name)
        stream = fs.create(p, True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def run(self, inputs: list[str], out: str, *, overwrite: bool = False) -> BatchResult:
        started = time.perf_counter()
        spark = self.spark
        own = False
        if spark is None:
            from pyspark import SparkContext

            own = SparkContext._active_spark_context is None  # stop only a session this run started
            spark = _session(self.master, self.conf)
        sc = spark.sparkContext
        if not _is_uri(out) and sc.master.startswith("local"):
            out = _file_uri(out)
        try:
            from rasd.api import load_pipeline

            fingerprint = load_pipeline(self.settings).fingerprint
            self._prepare(sc, out, overwrite)
            nparts = self.partitions or max(2, sc.defaultParallelism * 2)
            setups = _list_accumulator(sc)
            items = self._items(sc, list(inputs)).repartition(nparts)
            rows = items.mapPartitionsWithIndex(_partition_fn(self.settings, setups))
            counts = write_nested(spark, rows, out)
            seen = sorted({fp for _, _, fp in setups.value})
            if seen and seen != [fingerprint]:
                # Executors with another rasd (or other resources) than the driver: the rows say which
                # pipeline made them, but the output is not one pipeline's; leave it without a manifest.
                raise BatchError(
                    f"the executors ran pipeline(s) {', '.join(seen)} but the driver has {fingerprint}; "
                    f"the output in {out} is left unfinished (no {MANIFEST})",
                    hint="install the same rasd (and resources) on the driver and every executor")
            result = BatchResult(
                engine=self.name, out=out, fingerprint=fingerprint, documents=counts["documents"],
                failures=counts[FAILURES], rows=counts, seconds=time.perf_counter() - started, partitions=nparts,
                setup_seconds=tuple(s for _, s, _ in sorted(setups.value)),
            )
            manifest = manifest_for(result, self.settings, list(inputs),
                                    {"master": sc.master, "spark_version": spark.version})
            self._write_text(sc, out, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            return result
        finally:
            if own:
                spark.stop()


def write_nested(spark: Any, rows: Any, out: str) -> dict[str, int]:
    """Write an RDD of :func:`~rasd.batch.schema.spark_nested_row` rows as the batch layout under ``out``
    (all but the manifest) and return the row count of each dataset."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    df = spark.createDataFrame(rows, spark_nested_schema(), verifySchema=False)
    df = df.persist(StorageLevel.MEMORY_AND_DISK)  # the pipeline runs once; six writes read the cache
    try:
        agg = df.agg(
            F.count(F.col(KEY[0][0])).alias("documents"),
            F.count(F.col(FAILURES)).alias(FAILURES),
            *[F.sum(F.size(F.coalesce(F.col(t), F.array()))).alias(t) for t in CHILD_TABLES],
        ).collect()[0]
        counts = {k: int(agg[k] or 0) for k in ("documents", *CHILD_TABLES, FAILURES)}
        docs = df.where(F.col(FAILURES).isNull())
        key = [F.col(c) for c, _ in KEY]
        (docs.select(*[F.col(c) for c, _ in COLUMNS["documents"]])
             .write.mode("overwrite").partitionBy(PARTITION).parquet(f"{out}/documents"))
        for t in CHILD_TABLES:
            fields = [c for c, _ in COLUMNS[t]][len(KEY) + 1:-1]
            (docs.select(*key, F.col(PARTITION), F.posexplode(F.col(t)).alias("idx", "_item"))
                 .select(*key, F.col("idx").cast("long").alias("idx"),
                         *[F.col("_item." + f).alias(f) for f in fields], F.col(PARTITION))
                 .write.mode("overwrite").partitionBy(PARTITION).parquet(f"{out}/{t}"))
        (df.where(F.col(FAILURES).isNotNull()).select(f"{FAILURES}.*").coalesce(1)
           .write.mode("overwrite").parquet(f"{out}/{FAILURES}"))
    finally:
        df.unpersist()
    return counts


def _session(master: str | None, conf: dict[str, str] | None) -> Any:
    """A session for ``master``; without one, the master spark-submit set, else ``local[*]``."""
    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise BatchError("the Spark engine needs pyspark", hint="pip install 'rasd[spark]'") from exc
    if master is None and not SparkConf().contains("spark.master"):
        master = "local[*]"
    if master is not None and master.startswith("local"):
        return local_session(master, conf=conf)
    b = SparkSession.builder.appName("rasd batch")
    if master is not None:
        b = b.master(master)
    for k, v in (conf or {}).items():
        b = b.config(k, v)
    return b.getOrCreate()
