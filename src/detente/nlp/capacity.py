"""Acts told only as a capacity or a permission (prec30, session 30).

"Swiss scientists can apply for the grants again", "so that its pilots can fly the new
jets", "hopes that Ankara can help to press Moscow": the present-tense modal
"can" tells what a party is able or allowed to do, not an act done, planned or supposed as
an outcome ("could resume talks" is a supposition and stays, hypothetical). The status
resolver marks such acts hypothetical or uncertain with the cue "can"; they are not coded.

:func:`capacity_only` is asked by :class:`detente.nlp.events.EventExtractor` for the events
of each trigger.
"""

from __future__ import annotations

from detente.model import Event, Status

#: status cues of a capacity or permission (present-tense "can"; "cannot" is a negation and
#: handled by the status resolver as a refusal or denial)
CAPACITY_CUES = frozenset({"can"})


def capacity_only(ev: Event) -> bool:
    """Whether ``ev`` is told only as something its source can do: unsure (hypothetical or
    uncertain) with a capacity cue as the reason."""
    return ev.status in (Status.HYPOTHETICAL, Status.UNCERTAIN) and (
        (ev.status_cue or "").lower() in CAPACITY_CUES)
