"""Sentence starts at line breaks, set before the parser runs.

News text arrives with headlines, bullet lines and paragraphs separated by blank lines
and no final full stop; the small parser would run them together into one "sentence"
and join their trees. This component marks the token after any line break as a
sentence start (the parser keeps preset starts). Add it with
``nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

__all__ = ["PARAGRAPH_BREAKS", "mark_paragraph_breaks"]

PARAGRAPH_BREAKS = "armstrace_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Any) -> Any:
    """Set ``is_sent_start`` on the first token after each line break."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        broke = "\n" in prev.text or "\n" in prev.whitespace_
        if broke and (not doc[i].is_space or "\n" in prev.whitespace_):
            doc[i].is_sent_start = True
    return doc
