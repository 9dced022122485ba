"""Sentence spans with exact offsets into the cleaned text.

syntok rather than pysbd: on the seed article both find the same 43 sentences, but syntok is about six
times faster (7 ms against 40 ms per 6 KB article), and sentence splitting dominates import time.
Each paragraph is split on its own so that no sentence ever runs across a blank line (headings and
captions have no full stop to end them).
"""
from __future__ import annotations

import re

import syntok.segmenter as segmenter

from .model import Paragraph, Sentence

_INNER_STOP = re.compile(r"[.!?…]+[\"”’')\]]*\s+\S")


def split_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Split every paragraph separately; `text[s.start:s.end] == s.text` for every sentence."""
    sentences: list[Sentence] = []
    for para in paragraphs:
        chunk = text[para.start:para.end]
        for start, end in _spans(chunk):
            a, b = para.start + start, para.start + end
            sentences.append(Sentence(index=len(sentences), start=a, end=b, paragraph=para.index, text=text[a:b]))
    return sentences


def _spans(chunk: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not _INNER_STOP.search(chunk.rstrip()):  # one sentence at most: skip the segmenter, half the import time
        lead = len(chunk) - len(chunk.lstrip())
        return [(lead, len(chunk.rstrip()))] if chunk.strip() else []
    for para in segmenter.analyze(chunk):
        for sent in para:
            if sent:
                last = sent[-1]
                spans.append((sent[0].offset, last.offset + len(last.value)))
    if not spans and chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((lead, len(chunk.rstrip())))
    return _closing_marks(chunk, spans)


def _closing_marks(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Close gaps so that a sentence keeps any trailing characters syntok left between it and the next one."""
    fixed: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(spans):
        limit = spans[i + 1][0] if i + 1 < len(spans) else len(chunk)
        tail = chunk[end:limit]
        end += len(tail.rstrip())
        fixed.append((start, end))
    return fixed
