"""A CRFsuite model read into arrays, for Viterbi decoding without building CRFsuite item sequences.

CRFsuite (``python-crfsuite``) scores a token by looking up each of its feature strings (≈ 43 per token) in the
model's attribute database and summing the attribute's weights per label, every time the token is tagged. Most of
rasd's features depend only on the token's text, so :class:`FastCrf` reads the model file once (format of
CRFsuite's ``crf1m.c``: a ``FEAT`` chunk of (type, source, destination, weight) records and a CQDB database of
attribute strings) into a weight matrix ``W[attribute, label]`` and a transition matrix, and the feature extractor
caches each token type's summed weight vectors (own and as a neighbour at -2, -1, +1, +2). Decoding is the same
Viterbi recursion as CRFsuite's ``crf1dc_viterbi`` (first best on ties, in label order), in float64, so labels are
the same as CRFsuite's for the same model (tested on seed and SaudiNewsNet text; sums are taken in another order,
so only an exact tie between two label paths could differ).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from rasd.errors import ResourceError

__all__ = ["FastCrf"]

_FEAT = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])


def _cqdb_strings(buf: bytes, off: int, where: str) -> list[str]:
    """All keys of the CQDB database at ``off``, indexed by id (CRFsuite's label / attribute dictionaries)."""
    magic, _size, _flag, _order, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", buf, off)
    if magic != b"CQDB":
        raise ResourceError(where, 0, f"not a CRFsuite model (no CQDB at {off})")
    refs = np.frombuffer(buf, dtype="<u4", count=bwd_size, offset=off + bwd_off)
    out: list[str] = []
    for r in refs.tolist():
        p = off + r
        _id, ksize = struct.unpack_from("<II", buf, p)
        out.append(buf[p + 8:p + 8 + ksize - 1].decode("utf-8"))
    return out


class FastCrf:
    """Weights of a CRFsuite model: ``labels``, ``attr_index`` (feature string → row), ``W`` (rows × labels, with
    a last all-zero row for unknown features), ``trans`` (from-label × to-label)."""

    def __init__(self, path: str | Path) -> None:
        where = str(path)
        try:
            buf = Path(path).read_bytes()
        except OSError as exc:
            raise ResourceError(where, 0, f"cannot read CRF model: {exc}") from exc
        try:
            (magic, _size, mtype, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, _olr,
             _oar) = struct.unpack_from("<4sI4s9I", buf, 0)
        except struct.error as exc:
            raise ResourceError(where, 0, "not a CRFsuite model (short header)") from exc
        if magic != b"lCRF" or mtype != b"FOMC":
            raise ResourceError(where, 0, "not a CRFsuite first-order model")
        chunk, _csize, n_feat = struct.unpack_from("<4sII", buf, off_feat)
        if chunk != b"FEAT":
            raise ResourceError(where, 0, "not a CRFsuite model (no FEAT chunk)")
        feats = np.frombuffer(buf, dtype=_FEAT, count=n_feat, offset=off_feat + 12)
        self.labels: list[str] = _cqdb_strings(buf, off_labels, where)
        attrs = _cqdb_strings(buf, off_attrs, where)
        if len(self.labels) != n_labels or len(attrs) != n_attrs:
            raise ResourceError(where, 0, "CRFsuite model: dictionary sizes disagree with the header")
        self.attr_index: dict[str, int] = {a: i for i, a in enumerate(attrs)}
        self.unknown = n_attrs  # the zero row
        w = np.zeros((n_attrs + 1, n_labels), dtype=np.float64)
        st = feats[feats["type"] == 0]
        w[st["src"].astype(np.intp), st["dst"].astype(np.intp)] = st["w"]
        tr = feats[feats["type"] == 1]
        trans = np.zeros((n_labels, n_labels), dtype=np.float64)
        trans[tr["src"].astype(np.intp), tr["dst"].astype(np.intp)] = tr["w"]
        self.W = w
        self.trans = trans
        self._trans_t = np.ascontiguousarray(trans.T)  # [to, from]

    @classmethod
    def average(cls, crfs: list[FastCrf]) -> FastCrf:
        """The mean of several models over the same labels (feature bagging: members trained with different
        feature sets): the union of their attributes, each weight the mean of the members' (0 where a member
        lacks the attribute), and the mean transitions. A sequence scores the mean of the members' scores, so
        Viterbi on it decodes the members' product of experts. Labels keep the first member's order."""
        first = crfs[0]
        labels = first.labels
        attrs: dict[str, int] = {}
        for c in crfs:
            for a in c.attr_index:
                if a not in attrs:
                    attrs[a] = len(attrs)
        w = np.zeros((len(attrs) + 1, len(labels)), dtype=np.float64)
        trans = np.zeros((len(labels), len(labels)), dtype=np.float64)
        for c in crfs:
            if sorted(c.labels) != sorted(labels):
                raise ValueError("ensemble members must share their labels")
            perm = np.array([c.labels.index(y) for y in labels], dtype=np.intp)
            rows = np.array([attrs[a] for a in c.attr_index], dtype=np.intp)
            w[rows] += c.W[: len(c.attr_index)][:, perm]
            trans += c.trans[np.ix_(perm, perm)]
        out = cls.__new__(cls)
        out.labels = list(labels)
        out.attr_index = attrs
        out.unknown = len(attrs)
        out.W = w / len(crfs)
        out.trans = trans / len(crfs)
        out._trans_t = np.ascontiguousarray(out.trans.T)
        return out

    def vector(self, feats: list[str]) -> np.ndarray:
        """Summed weight vector (per label) of a list of feature strings (repeats count, unknowns add 0)."""
        get = self.attr_index.get
        unk = self.unknown
        return self.W[[get(f, unk) for f in feats]].sum(axis=0) if feats else np.zeros(len(self.labels))

    def viterbi(self, state: np.ndarray) -> list[int]:
        """Best label ids for a (tokens × labels) state-score matrix (CRFsuite's recursion and tie order)."""
        n = state.shape[0]
        if n == 0:
            return []
        tt = self._trans_t
        score = state[0]
        back = np.empty((n, state.shape[1]), dtype=np.intp)
        for t in range(1, n):
            cand = score + tt  # [to, from]
            b = cand.argmax(axis=1)
            back[t] = b
            score = cand[np.arange(cand.shape[0]), b] + state[t]
        best = int(score.argmax())
        out = [best]
        for t in range(n - 1, 0, -1):
            best = int(back[t, best])
            out.append(best)
        out.reverse()
        return out

    def viterbi_many(self, states: list[np.ndarray]) -> list[list[int]]:
        """:meth:`viterbi` of several sequences at once (padded into one batch: the same numbers per sequence)."""
        lens = [st.shape[0] for st in states]
        if not states:
            return []
        nb, tmax, nl = len(states), max(lens), len(self.labels)
        if tmax == 0:
            return [[] for _ in states]
        pad = np.zeros((nb, tmax, nl))
        for b, st in enumerate(states):
            pad[b, : st.shape[0]] = st
        ln = np.array(lens)
        tt = self._trans_t
        score = pad[:, 0].copy()
        back = np.zeros((nb, tmax, nl), dtype=np.intp)
        for t in range(1, tmax):
            cand = score[:, None, :] + tt  # [batch, to, from]
            back[:, t] = cand.argmax(axis=2)
            live = (ln > t)[:, None]
            score = np.where(live, cand.max(axis=2) + pad[:, t], score)
        last = score.argmax(axis=1)
        best = np.zeros((nb, tmax), dtype=np.intp)
        cur = np.zeros(nb, dtype=np.intp)
        rows = np.arange(nb)
        for t in range(tmax - 1, -1, -1):
            cur = np.where(ln - 1 == t, last, cur)
            best[:, t] = cur
            if t > 0:
                cur = back[rows, t, cur]
        out = best.tolist()
        return [out[b][: lens[b]] for b in range(nb)]
