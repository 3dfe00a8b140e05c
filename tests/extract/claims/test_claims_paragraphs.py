"""Line breaks start sentences, so headlines do not run into the first paragraph."""

from __future__ import annotations

from typing import Any


def test_line_break_starts_a_sentence(claims_nlp: Any) -> None:
    doc = claims_nlp("Drone factory opens\n\nIran shipped drones to Russia.")
    starts = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert starts == ["Drone factory opens", "Iran shipped drones to Russia."]
