"""Acts told only as a capacity or a permission (prec30, session 30).

"Researchers based in the UK can apply for the grants", "so that the pilots can fly modern
aircraft", "Seoul hopes that Hanoi can help to press Pyongyang": the present-tense modal
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
