"""Lexicon merge: names of the actor dictionary that the tagger left untagged become mentions (an explicit rule).

The CRF learns from ANERcorp's 2007 news, so organisations named since («داعش», «قسد», «جيش الإسلام») are often
missed even though rasd's actor dictionary (:mod:`rasd.actors.dictionary`, reviewed data) knows them. After
tagging and document-level spreading, the longest dictionary alias starting at each token (compared on the
tokens' stem keys, so «لداعش» matches «داعش») is tagged when

- every actor it names has a kind the model card maps to an entity type (``decode.lexicon.kinds``; the shipped
  map takes organisation kinds only: armed groups, parties, international and non-governmental organisations,
  media), and all of them map to one type;
- all its tokens are O and the token after it does not continue an entity: the tagger's labels always win
  (``contain=True`` lets a name replace tagger entities wholly inside it; it cost 0.4 F1 on the dev slice, all
  from organisations the tagger had found with ANERcorp's narrower span, «حركة [حماس]», «[حزب الله] اللبناني»,
  so it is off);
- or, with ``split=True`` (shipped), the tagger's entities inside the name (none crossing its edges) are all of
  other types than the name's: the tagger split the organisation's name into a fragment of another type
  («جيش» O + «الإسلام» MISC → «جيش الإسلام» ORG). A tagger entity of the name's own type inside it is a
  convention difference (ANERcorp tags «حماس» in «حركة حماس») and is kept. No change on either dev fold.

The kinds were chosen on the dev slice (``ABLATION.md``): persons, states and state bodies from the dictionary
cost F1 there (generic bodies such as «الحكومة» are not names in ANERcorp's convention); the other organisation
kinds (parties, IGOs, NGOs, media) −0.1; armed groups change nothing on 2007 news and find the modern armed
groups of current news, so the shipped map is ``{"armed_group": "ORG"}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rasd.doc import Token

__all__ = ["lexicon_merge"]

_SKIP = ("other", "punct")


def lexicon_merge(groups: Sequence[Sequence[Token]], labels: Sequence[Sequence[str]],
                  keys: Sequence[Sequence[str]], kinds: Mapping[str, str], dictionary: Any = None,
                  contain: bool = False, split: bool = False) -> list[list[str]]:
    """New labels with untagged dictionary names of mapped kinds tagged (see the module docstring)."""
    from rasd.actors.dictionary import TERMINAL, load

    d = dictionary if dictionary is not None else load()
    names = d.names
    actors = d.actors
    out: list[list[str]] = []
    for g, lab0, ks in zip(groups, labels, keys, strict=True):
        lab = list(lab0)
        n = len(ks)
        i = 0
        while i < n:
            node = names.get(ks[i])
            if node is None or g[i].kind in _SKIP:
                i += 1
                continue
            best = None
            j = i + 1
            while True:
                pays = node.get(TERMINAL)
                if pays is not None:
                    best = (j, pays)
                if j >= n:
                    break
                node = node.get(ks[j])
                if node is None:
                    break
                j += 1
            if best is not None:
                j, pays = best
                # (description actors, «مسلحين» → gen.gunmen, «الأكراد» → comm.kurds, name no one: never tagged)
                typs = {kinds.get(actors[p[1]].kind) if not p[1].startswith(("gen.", "comm.")) else None
                        for p in pays if p[0] == "actor" and p[1] in actors}
                t = typs.pop() if len(typs) == 1 else None
                if t is not None and not lab[i].startswith("I-") \
                        and (j == n or not lab[j].startswith("I-")) \
                        and (contain or all(x == "O" for x in lab[i:j])
                             or (split and j - i >= 2 and all(x[2:] != t for x in lab[i:j]))):
                    lab[i] = "B-" + t
                    for q in range(i + 1, j):
                        lab[q] = "I-" + t
                    i = j
                    continue
            i += 1
        out.append(lab)
    return out
