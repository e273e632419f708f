"""Resolution stage: anchor what the coder found in the world.

- :mod:`detente.resolve.dates` finds time expressions in news sentences ("last month",
  "on Friday", "Nov. 15", "in the first quarter") and anchors them to the publication date,
  giving an :class:`~detente.model.EventDate` with a precision.
- :mod:`detente.resolve.places` is an offline gazetteer (countries, cities, US states and a
  curated list of diplomatic venues and disputed features) that turns place names into
  :class:`~detente.model.Location` records.

Both modules are pure Python: no spaCy, no network, no I/O at import time.
"""

from typing import Any

#: ``Doc.user_data`` key of the text a doc was made from (:class:`~detente.pipeline.Coder`
#: puts it there): ``doc.text`` joins every token again at each read
DOC_TEXT = "detente.text"


def doc_text(doc: Any) -> str:
    """The text of parsed ``doc``: the one it was made from when the coder left it in
    ``doc.user_data`` (a tokenizer keeps every character, so it is ``doc.text``), else
    ``doc.text``."""
    text = doc.user_data.get(DOC_TEXT)
    return text if isinstance(text, str) else doc.text
