"""One article, sentence by sentence: the actor spans, the triggers with the sources and
targets the argument search finds for them, and the events coded (pre-filter off).

    python benchmarks/article_debug.py FILE ["substring" ...] [-p]

Only sentences containing one of the substrings are shown (all when none is given); ``-p``
adds the parse (index:text/POS/dep/head). Refuses files of the sealed held-out sets.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import is_sealed  # noqa: E402  (benchmarks/sealed.py)


def main(argv: list[str]) -> int:
    from detente.config import Options
    from detente.ingest import read_inputs
    from detente.model import Quarantined
    from detente.nlp.actors import ActorResolver
    from detente.nlp.clauses import is_passive
    from detente.pipeline import Coder

    args = [a for a in argv if not a.startswith("-")]
    if not args or is_sealed(str(Path(args[0]).resolve())):
        print(__doc__)
        return 2
    wanted = args[1:]
    coder = Coder(options=Options(prefilter=False))
    ex = coder.extractor
    art = next(iter(read_inputs([args[0]])))
    if isinstance(art, Quarantined):
        print(f"quarantined: {art.reason}")
        return 1
    # parsed as the pipeline parses it (country counts and issuer in user_data)
    doc = coder.nlp(coder._text_to_parse(art))
    resolver = ActorResolver(coder.kb, art.published)
    resolver.prime(doc)
    for sent in doc.sents:
        show = not wanted or any(w in sent.text for w in wanted)
        if show:
            print("##", sent.text.strip()[:200])
            print("  actors:", [(s.text, s.label_) for s in resolver.spans_in(sent)])
            if "-p" in argv:
                print("  " + " ".join(f"{t.i - sent.start}:{t.text}/{t.pos_}/{t.dep_}/"
                                      f"{t.head.i - sent.start}" for t in sent))
            for trig in ex.triggers(sent):
                src, tgt = ex._arguments(trig, resolver, is_passive(trig.token))
                print("  trigger", trig.pattern.id, trig.pattern.cameo, trig.token.text,
                      [a.actor.code for a in src], [a.actor.code for a in tgt])
        for ev in ex.sentence_events(sent, art, resolver, None):
            resolver.note_event(ev)
            if show:
                print("  event", ev.source.code if ev.source else None, ev.cameo,
                      ev.target.code if ev.target else None, ev.status.value, ev.date.value,
                      ev.rule)
        resolver.note_sentence(sent)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
