"""Every proper name an article mentions, in order: what pronouns, surnames and definite descriptions resolve to.

Split from names.py, which turns one phrase into a speaker; this module remembers the whole article's names once
(one pass of CAP_RUN over the masked text), so resolving a quote never re-reads the text.
"""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass

from .lexicon import CAP_RUN
from .names import SpeakerRef, clean_run, parse_np

_CUE_NEXT = re.compile(r"\s+(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|noted|tweeted|argued"
                       r"|warned|insisted|asked|replied|continued|suggested)\b")
_SUBJECT_NEXT = re.compile(r",\s|\s+(?:said|says|told|has|had|was|is|will|would|added|wrote)\b")


@dataclass
class Entity:
    start: int
    ref: SpeakerRef
    possessive: bool


_START = operator.attrgetter("start")
_CODE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
_LOWER_HYPHEN = re.compile(r"-[a-z]")
_POSSESSIVE_SPLIT = re.compile(r"(?<=[’']s)\s+")


class EntityIndex:
    """Every proper name of the article in order, for resolving pronouns, surnames and descriptions."""

    def __init__(self, masked: str):
        self.entities: list[Entity] = []
        self.masked = masked
        self.surnames: dict[str, SpeakerRef] = {}
        self.families: dict[str, list[SpeakerRef]] = {}
        self.heads: dict[str, SpeakerRef] = {}
        self.given: dict[str, SpeakerRef] = {}  # 'Sir Keith' after 'Sir Keith Joseph': knights go by given name
        for m in CAP_RUN.finditer(masked):
            self._add(masked, m.start(), m.group())

    def _add(self, masked: str, start: int, text: str) -> None:
        parts = _POSSESSIVE_SPLIT.split(text, maxsplit=1)
        if len(parts) == 2:  # "Atlantic Council's Washington headquarters": two names
            self._add(masked, start, parts[0])
            self._add(masked, start + text.index(parts[1], len(parts[0])), parts[1])
            return
        run = clean_run(text)
        tokens = run.split()
        if (len(tokens) > 1 and tokens[0].endswith("ing") and len(tokens[0]) > 5 and " ".join(tokens[1:]) in text
                and (not masked[:start].rstrip() or masked[:start].rstrip()[-1] in ".!?\n\x01")):
            run = " ".join(tokens[1:])  # 'Impeaching Yoon would require': a sentence-initial gerund is no name
            start = start + text.find(run)
            text = text[text.find(run):]
        if not run or _CODE.search(run.split()[-1]):
            return  # 'Flight QZ8501', 'Airbus A320': codes and models never speak
        end = start + len(text)
        possessive = bool(_POSSESSIVE_AFTER.match(masked, end, end + 2)) or run.endswith(("’s", "'s"))
        run = run[:-2] if run.endswith(("’s", "'s")) else run
        refs = parse_np(run)
        if not refs:
            return
        ref = refs[0]
        if ref.kind == "person" and len(ref.name.split()) >= 2:
            self.surnames.setdefault(ref.name.split()[-1], ref)
            family = self.families.setdefault(ref.name.split()[-1], [])
            if all(r.name != ref.name for r in family):
                family.append(ref)  # 'Michelle Obama' and 'Barack Obama': who a bare 'Mr. Obama' is depends on him
            parts = ref.name.split()
            if (ref.description or "").split()[-1:] in (["Sir"], ["Dame"]):
                self.given.setdefault(parts[0], ref)
            if len(parts) == 3 or "-" in parts[-1] and _LOWER_HYPHEN.search(parts[-1]):
                self.heads.setdefault(parts[0], ref)  # 'Yoon Suk Yeol', 'Lee Jae-myung': the family name comes first
        elif (ref.kind == "person" and ref.name not in self.surnames and ref.name not in self.heads
              and len(run.split()) == 1 and not self._lone_subject(masked, start, end, run)):
            return  # a lone capitalised word is a name once given in full, or when it acts as a subject
        self.entities.append(Entity(start + text.find(run.split()[0]), ref, possessive))

    @staticmethod
    def _lone_subject(masked: str, start: int, end: int, run: str) -> bool:
        """'Biden, whose hands...' or '... and Okafor said': a bare surname acting as a subject."""
        initial = not masked[:start].rstrip() or masked[:start].rstrip()[-1] in ".!?\n\x01"
        if initial:  # 'Smith told ...' opening a sentence is a subject; 'Search and rescue was ...' is not
            return (masked.startswith(", ", end) and not run.endswith("ly")) or bool(_CUE_NEXT.match(masked, end))
        return bool(_SUBJECT_NEXT.match(masked, end))

    def full(self, ref: SpeakerRef) -> SpeakerRef:
        """'Stefaniak' -> the fuller 'Tomasz Stefaniak' mentioned elsewhere in the article."""
        knighted = (ref.description or "").split()[-1:] in (["Sir"], ["Dame"])
        full = (knighted and self.given.get(ref.name)) or self._family_member(ref) or self.surnames.get(ref.name) or \
            self.heads.get(ref.name)
        if ref.kind == "person" and len(ref.name.split()) == 1 and full is not None and not self._other_sex(ref, full):
            return SpeakerRef(name=full.name, kind="person", description=ref.description or full.description,
                              aliases=[ref.name])
        return ref

    @staticmethod
    def _sex(ref: SpeakerRef) -> str | None:
        words = {w.strip(".,").lower() for w in (ref.description or "").split()}
        return "m" if words & {"mr", "sir", "lord"} else "f" if words & {"mrs", "ms", "miss", "lady", "dame"} else None

    def _other_sex(self, ref: SpeakerRef, full: SpeakerRef) -> bool:
        """'Mr. Obama' is not the 'Michelle Obama' the article named in full."""
        from .gender import name_gender

        sex = self._sex(ref)
        return bool(sex) and name_gender(full.name) not in (None, sex)

    def _family_member(self, ref: SpeakerRef) -> SpeakerRef | None:
        """Of two people sharing a surname, the one an honorific's sex or a title in the description points to."""
        family = self.families.get(ref.name, [])
        if len(family) < 2 or not ref.description:
            return None
        from .gender import name_gender

        words = {w.strip(".,").lower() for w in ref.description.split()}
        sex = self._sex(ref)
        fits = [r for r in family if sex and name_gender(r.name) == sex
                or words - {"the", "mr", "mrs", "ms"} & {w.strip(".,").lower() for w in (r.description or "").split()}]
        return fits[0] if len(fits) == 1 else None

    def before(self, pos: int, lo: int = 0) -> list[Entity]:
        """Mentions starting in [lo, pos); entities stay sorted by start, so two bisections find them."""
        i = bisect.bisect_left(self.entities, lo, key=_START)
        return self.entities[i:bisect.bisect_left(self.entities, pos, lo=i, key=_START)]

    def insert(self, entity: Entity) -> None:
        bisect.insort_right(self.entities, entity, key=_START)
