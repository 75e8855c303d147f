"""Distributional word clusters for the NER tagger: build (training time) and look up (inference).

Build: every text is tokenised with rasd's :class:`~rasd.text.tokenize.Tokenizer`; the unit is the normalised
stem word (clitics stripped, so «لداعش» and «داعش» share statistics). For the most frequent stems we count left
and right neighbours (±2 words, directional, distance-weighted), turn the counts into positive PMI with
context-distribution smoothing (α = 0.75), reduce them with a truncated SVD and cluster the unit-length vectors
with k-means at several granularities (Brown-style coarse-to-fine ids). Only NumPy/SciPy are needed, and only
here at build time.

Ship: the map is stored keyed by a 64-bit BLAKE2b hash of each word, never by the word itself, so no text of
the corpus it was learned from travels with the package; lookup at inference is a dict of ints (no NumPy).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["ClusterMap", "build_clusters", "stem_stream", "word_hash"]

_MAGIC = b"RASDCLU1"


def word_hash(word: str) -> int:
    """Stable 64-bit hash of a normalised word (the key of the shipped cluster map)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


@dataclass
class ClusterMap:
    """word-hash → cluster id at each granularity ``ks`` (id ``-1`` = unknown word)."""

    ks: tuple[int, ...]
    table: dict[int, tuple[int, ...]]

    def lookup(self, word: str) -> tuple[int, ...] | None:
        return self.table.get(word_hash(word))

    def to_bytes(self) -> bytes:
        keys = sorted(self.table)
        head = _MAGIC + struct.pack("<II", len(self.ks), len(keys)) + struct.pack(f"<{len(self.ks)}I", *self.ks)
        ka = array("Q", keys)
        cols = [array("H", (self.table[k][j] for k in keys)) for j in range(len(self.ks))]
        body = ka.tobytes() + b"".join(c.tobytes() for c in cols)
        return head + zlib.compress(body, 6)

    @classmethod
    def from_bytes(cls, data: bytes) -> ClusterMap:
        if not data.startswith(_MAGIC):
            raise ValueError("not a rasd cluster map")
        nk, n = struct.unpack_from("<II", data, 8)
        ks = struct.unpack_from(f"<{nk}I", data, 16)
        body = zlib.decompress(data[16 + 4 * nk:])
        ka = array("Q")
        ka.frombytes(body[: 8 * n])
        cols = []
        off = 8 * n
        for _ in range(nk):
            c = array("H")
            c.frombytes(body[off: off + 2 * n])
            cols.append(c)
            off += 2 * n
        table = dict(zip(ka, zip(*cols), strict=True))
        return cls(tuple(ks), table)


def stem_stream(texts: Iterable[str]) -> Iterator[list[str]]:
    """Normalised stem words of each text (one list per text; punctuation kept as its own unit)."""
    from rasd.text.normalize import normalize_word
    from rasd.text.tokenize import TOKEN_RE, Tokenizer

    tok = Tokenizer()
    for text in texts:
        out: list[str] = []
        for m in TOKEN_RE.finditer(text):
            kind = m.lastgroup
            t = m.group()
            if kind == "arabic":
                for _a, _b, role, norm in tok.words_of(t):
                    if role == "stem":
                        out.append(norm)
            elif kind == "number":
                out.append("<num>")
            elif kind == "latin":
                out.append(t.lower())
            else:
                out.append(normalize_word(t))
        yield out


def build_clusters(
    docs: Iterable[Sequence[str]],
    *,
    ks: tuple[int, ...] = (64, 256, 1024),
    max_words: int = 60_000,
    min_count: int = 5,
    max_contexts: int = 20_000,
    dim: int = 100,
    seed: int = 13,
    log: object = None,
) -> tuple[ClusterMap, dict[str, object]]:
    """Learn the cluster map from streams of normalised words (see the module docstring)."""
    import numpy as np
    from scipy import sparse  # type: ignore[import-untyped]
    from scipy.sparse.linalg import svds  # type: ignore[import-untyped]

    say = log if callable(log) else (lambda _m: None)
    docs = [list(doc) for doc in docs]
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(doc)
    vocab = [w for w, c in counts.most_common(max_words) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    nctx = min(max_contexts, len(vocab))
    say(f"clusters: {sum(counts.values()):,} words, {len(vocab):,} types kept, {nctx:,} contexts")
    ids = np.fromiter((index.get(w, -1) for doc in docs for w in [*doc, "</s>"]), dtype=np.int64)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for dist, wgt in ((1, 1.0), (2, 0.5)):
        a, b = ids[:-dist], ids[dist:]
        # b is the right neighbour of a; a is the left neighbour of b.
        m = (a >= 0) & (b >= 0) & (b < nctx)
        rows.append(a[m]); cols.append(nctx + b[m]); vals.append(np.full(int(m.sum()), wgt, np.float32))
        m = (b >= 0) & (a >= 0) & (a < nctx)
        rows.append(b[m]); cols.append(a[m]); vals.append(np.full(int(m.sum()), wgt, np.float32))
    mat = sparse.coo_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(vocab), 2 * nctx),
    ).tocsr()
    mat.sum_duplicates()
    total = mat.sum()
    rsum = np.asarray(mat.sum(axis=1)).ravel()
    csum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    csum = csum / csum.sum()
    coo = mat.tocoo()
    pmi = np.log(coo.data / total) - np.log(rsum[coo.row] / total) - np.log(csum[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=mat.shape)
    say(f"clusters: PPMI matrix {ppmi.shape}, {ppmi.nnz:,} non-zeros; SVD k={dim}")
    u, s, _vt = svds(ppmi, k=dim, random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    vec = vec.astype(np.float32)
    rng = np.random.default_rng(seed)
    assignments = []
    for k in ks:
        say(f"clusters: k-means k={k}")
        assignments.append(_kmeans(vec, k, rng))
    table = {word_hash(w): tuple(int(a[i]) for a in assignments) for i, w in enumerate(vocab)}
    info = {"types": len(vocab), "tokens": int(sum(counts.values())), "contexts": nctx, "dim": dim, "ks": list(ks),
            "min_count": min_count}
    return ClusterMap(tuple(ks), table), info


def _kmeans(x: Any, k: int, rng: Any, iters: int = 25) -> Any:
    """Spherical k-means (cosine), k-means++-lite init from random rows; returns the assignment array."""
    import numpy as np

    assert isinstance(x, np.ndarray)
    assert isinstance(rng, np.random.Generator)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        new = np.empty(len(x), dtype=np.int64)
        for s in range(0, len(x), 8192):
            new[s:s + 8192] = np.argmax(x[s:s + 8192] @ cent.T, axis=1)
        if np.array_equal(new, assign):
            break
        assign = new
        sums = np.zeros_like(cent)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1)
        empty = norms < 1e-9
        cent = sums / np.maximum(norms, 1e-9)[:, None]
        if empty.any():
            cent[empty] = x[rng.integers(len(x), size=int(empty.sum()))]
    return assign
