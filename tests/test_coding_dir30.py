"""Session 30 (dir30): near misses, an event of the right pair told once too few.

- A meeting or visit told at two coordinated times in one clause ("hosted them in July and
  again in August", "in May and July") happened at each: one event per time (not when two
  subjects share the times, "A and B held talks there in June and July", each at one).
- An invitation accepted ("..., and the invitation was accepted", "and Y accepted", "Y
  accepted the invitation" after "X invited Y") is the invitee's intent to come (036) aimed
  at the inviter, though the accepting clause leaves one of them out.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rows(coded_rows):
    return coded_rows(date(2024, 9, 20), by="country", digits=3)


@pytest.fixture(scope="module")
def dates_of(coder_all):
    """The date values of the events of ``text`` with the given (source, code, target)."""
    from detente.ingest.repair import repair_text
    from detente.model import Article

    def _of(text: str, src: str, code: str, tgt: str) -> list[str | None]:
        rep = repair_text(text)
        art = Article(id=Article.make_id(rep.text, None), title=None, text=rep.text,
                      published=date(2024, 9, 20), origin="test", raw_text=text,
                      repairs=rep.repairs, skip_spans=rep.skip_spans)
        return sorted(e.date.value or "" for e in coder_all.code(art).events
                      if e.source is not None and e.target is not None
                      and (e.source.country, e.cameo[:3], e.target.country) == (src, code, tgt))

    return _of


@pytest.mark.parametrize("text, event, months", [
    ("Hakan Fidan, Turkey's foreign minister, hosted Somali Foreign Minister Ahmed Fiqi in "
     "July and again in August.", ("TUR", "043", "SOM"), ["2024-07", "2024-08"]),
    ("Antony Blinken visited Beijing in April and again in June.", ("USA", "042", "CHN"),
     ["2024-04", "2024-06"]),
    ("Prime Minister Anthony Albanese hosted Fijian Prime Minister Sitiveni Rabuka in "
     "Canberra in May and July.", ("AUS", "043", "FJI"), ["2024-05", "2024-07"]),
])
def test_coding_dir30_meeting_at_each_coordinated_time(dates_of, text, event, months) -> None:
    got = dates_of(text, *event)
    assert [g[:7] for g in got] == months, got


@pytest.mark.parametrize("text, event", [
    # (two subjects, two times: each went once, "respectively")
    ("Secretary of State Antony Blinken and Treasury Secretary Janet Yellen both held talks "
     "in Beijing in June and July.", ("USA", "042", "CHN")),
    # (a span of time is one stretch, not two occasions)
    ("Antony Blinken visited Beijing between April and June.", ("USA", "042", "CHN")),
    # (one time: one event)
    ("Antony Blinken visited Beijing in April.", ("USA", "042", "CHN")),
])
def test_coding_dir30_one_meeting_per_subject_or_span(dates_of, text, event) -> None:
    got = dates_of(text, *event)
    assert len(set(got)) == 1, got


@pytest.mark.parametrize("text, present", [
    ("Prime Minister Narendra Modi invited President Vladimir Putin to visit India for the "
     "annual summit, and the invitation was accepted.", ("RUS", "036", "IND")),
    ("Joko Widodo invited Vladimir Putin to Bali in April, and Putin accepted.",
     ("RUS", "036", "IDN")),
    ("In March Joko Widodo invited Vladimir Putin to Jakarta, and Putin reportedly has "
     "accepted.", ("RUS", "036", "IDN")),
    ("Narendra Modi invited Fumio Kishida to visit India. Kishida accepted the invitation.",
     ("JPN", "036", "IND")),
])
def test_coding_dir30_invitation_accepted_aims_at_inviter(rows, text, present) -> None:
    got = {(s, c, t) for s, c, t, _st in rows(text)}
    assert present in got, got


@pytest.mark.parametrize("text, absent", [
    # (a proposal accepted is no invitation, whatever was invited before)
    ("Narendra Modi invited Fumio Kishida to visit India. Kishida accepted China's proposal.",
     ("JPN", "036", "CHN")),
    # (an invitation declined is no acceptance)
    ("Joko Widodo invited Vladimir Putin to Bali in April, but Putin did not accept.",
     ("RUS", "036", "IDN")),
])
def test_coding_dir30_no_acceptance_without_invitation(rows, text, absent) -> None:
    got = {(s, c, t) for s, c, t, _st in rows(text)}
    assert absent not in got, got


@pytest.mark.parametrize("text, present, absent", [
    # (the place sent out of is the one who expels; the nationality of those expelled is
    # whom it is aimed at, not the doer)
    ("Observers now expect the expulsion of several Norwegian envoys from Russia.",
     ("RUS", "161", "NOR"), ("NOR", "161", "RUS")),
    ("Analysts predicted a swift expulsion of two Russian diplomats from Washington next "
     "week.", ("USA", "161", "RUS"), ("RUS", "161", "USA")),
    # (a doer of its own stays the doer)
    ("Moscow announced the expulsion of four German diplomats from the country.",
     ("RUS", "161", "DEU"), ("DEU", "161", "RUS")),
])
def test_coding_dir30_expelled_from_a_state_by_it(rows, text, present, absent) -> None:
    got = {(s, c, t) for s, c, t, _st in rows(text)}
    assert present in got, got
    assert absent is None or absent not in got, got
