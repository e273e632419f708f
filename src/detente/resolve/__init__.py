"""Resolution stage: anchor what the coder found in the world.

- :mod:`detente.resolve.dates` finds time expressions in news sentences ("last month",
  "on Friday", "Nov. 15", "in the first quarter") and anchors them to the publication date,
  giving an :class:`~detente.model.EventDate` with a precision.
- :mod:`detente.resolve.places` is an offline gazetteer (countries, cities, US states and a
  curated list of diplomatic venues and disputed features) that turns place names into
  :class:`~detente.model.Location` records.

Both modules are pure Python: no spaCy, no network, no I/O at import time.
"""
