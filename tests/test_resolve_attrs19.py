"""Status on unseen text (session 17, attrs19).

* "would have been the first president to visit X": an infinitive told of a noun ranked by
  "first / last / only" shares the status of the clause that ranks it, and "would have" with
  no condition in the sentence tells a plan given up (cancelled), not a supposition.
* "X invited Y to visit; no date has been set": the invitation was made (happened); only the
  visit is left open.
* "a further round of talks is anticipated, but no date was announced / given": the open
  date reaches an event noun told through "round of" (uncertain).
* "try to meet on the sidelines of the summit": the summit is the setting and keeps its own
  status; "the summit, which starts on Friday" is scheduled (planned).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 6)  # a Wednesday

#: (text, source country, cameo, target country, rule prefix or None, status)
CASES = [
    # ranked infinitives share the clause's status
    ("Macron would have been the first French president to visit Mongolia.",
     "FRA", "042", "MNG", None, "cancelled"),
    ("Scholz would have been the only European leader to attend the summit in Brasilia.",
     "DEU", "042", "BRA", None, "cancelled"),
    ("Kishida will be the first Japanese premier to visit Kenya.",
     "JPN", "042", "KEN", None, "planned"),
    ("Xi became the first Chinese leader to visit Fiji.",
     "CHN", "042", "FJI", None, "happened"),
    ("Scholz was the last German chancellor to meet Putin in the Kremlin.",
     "DEU", "042", "RUS", None, "happened"),
    # "would have" with no condition: given up; with one: a supposition
    ("Modi would have visited Canberra for the summit.",
     "IND", "042", "AUS", "consult.visit", "cancelled"),
    ("If Modi had gone, he would have met Albanese in Canberra.",
     "IND", "042", "AUS", None, "hypothetical"),
    # the invitation is made; the visit's date is open
    ("Macron invited President Ruto to come to Paris for a state visit; no date was set.",
     "FRA", "036", "KEN", None, "happened"),
    ("Macron invited President Ruto to visit Paris; no date was set.",
     "KEN", "042", "FRA", None, "uncertain"),
    ("Lula invited Prime Minister Modi to visit Brazil; no date has been fixed.",
     "BRA", "036", "IND", None, "happened"),
    # an expected round of talks with no date
    ("A further round of talks between Indian and Chinese commanders is anticipated, but no "
     "date was announced.", "IND", "040", "CHN", None, "uncertain"),
    ("A new round of talks between Iran and Oman is expected, but no date has been given.",
     "IRN", "040", "OMN", None, "uncertain"),
    ("A second round of negotiations between Iran and Oman is planned, but no date has been "
     "confirmed.", "IRN", "046", "OMN", None, "uncertain"),
    # ... but not a report that held talks left no statement
    ("A round of talks between Iran and Oman took place, but no statement has been released.",
     "IRN", "040", "OMN", None, "happened"),
    # the summit beside a meeting tried for keeps its own (scheduled) status
    ("Wong said Modi and Kishida would try to meet on the margins of the G20 summit in "
     "Osaka, which opens on Friday.",
     "IND", "042", "JPN", "consult.meet", "uncertain"),
    ("Wong said Modi and Kishida would try to meet on the margins of the G20 summit in "
     "Osaka, which opens on Friday.",
     "IND", "042", "JPN", "consult.summit_n", "planned"),
    ("Modi will attend the summit in Jakarta, which opens next Tuesday.",
     "IND", "042", "IDN", None, "planned"),
    ("Modi attended the summit in Jakarta, which opened on Tuesday.",
     "IND", "042", "IDN", None, "happened"),
    # a warning is the threat it makes (13x happened); a bare condition stays hypothetical
    ("Sweden became a NATO member in March, and Moscow has warned it will take "
     "countermeasures against Stockholm.", "RUS", "130", "SWE", "threaten.take_measures",
     "happened"),
    ("Tehran threatened to retaliate against London.", "IRN", "130", "GBR",
     "threaten.retaliate", "happened"),
    ("If Manila continues its patrols, Beijing could take countermeasures.", "CHN", "130",
     "PHL", None, "hypothetical"),
    # conditions told by "in the event that / of", "in case" and an inverted "Were ... to"
    ("Washington will impose sanctions on Chinese firms in the event that Beijing supplies "
     "weapons to Moscow.", "USA", "163", "CHN", None, "hypothetical"),
    ("Washington will impose sanctions on Chinese firms in the event that Beijing supplies "
     "weapons to Moscow.", "CHN", "072", "RUS", None, "hypothetical"),
    ("In the event of an attack on Moldova by Russia, Romania would send troops.",
     "RUS", "190", "MDA", None, "hypothetical"),
    ("Were Russia to attack Moldova, Romania would send troops.",
     "RUS", "190", "MDA", None, "hypothetical"),
    ("In case Russia attacks Moldova, Romania will send troops.",
     "RUS", "190", "MDA", None, "hypothetical"),
    # ... not a relative clause of "event", nor "in case" after the act
    ("Russia attacked Moldova in the event that drew wide condemnation from Romania.",
     "RUS", "190", "MDA", None, "happened"),
    ("Azerbaijan launched a new offensive against Armenia, in case anyone doubted its "
     "resolve.", "AZE", "190", "ARM", None, "happened"),
    ("The court ruled in a case Iraq brought against Turkey over oil exports.",
     "IRQ", "115", "TUR", None, "happened"),
    # a reported act, then a claim its doer has not confirmed: open (and no intent is coded
    # as announced by a third party)
    ("Hargeisa said Ethiopia would be the first government to recognise Somaliland, a "
     "claim that Addis Ababa has not confirmed.", "ETH", "054", "SOM", None, "uncertain"),
    ("Hargeisa said that in return Ethiopia would recognise Somaliland, a claim Addis Ababa "
     "has yet to confirm.", "ETH", "054", "SOM", None, "uncertain"),
    ("Officials in Belgrade said Hungary would recognise the new government of Kosovo, a "
     "claim Budapest has not confirmed.", "HUN", "054", "XKX", None, "uncertain"),
]


@pytest.mark.parametrize(("text", "src", "cameo", "tgt", "rule", "status"), CASES)
def test_resolve_attrs19_status(article_events, text, src, cameo, tgt, rule, status):
    events = article_events(text, PUBLISHED)
    evs = [e for e in events if e.source is not None and e.target is not None
           and (e.source.country, e.cameo, e.target.country) == (src, cameo, tgt)
           and (rule is None or e.rule.startswith(rule))]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code, e.rule)
                 for e in events]
    assert {e.status.value for e in evs} == {status}, [(e.rule, e.status.value) for e in evs]


#: (text, source country, cameo, target country, date value or None: the publication date)
DATE_CASES = [
    # the day of the inviting is not the day of the journey invited to
    ("Xi invited Putin on Tuesday to attend the forum in Beijing.", "RUS", "042", "CHN", None),
    ("Macron phoned Khurelsukh on Tuesday and invited him to make an official trip to "
     "Paris.", "MNG", "042", "FRA", None),
    ("Germany postponed the signing on Monday. Scholz spoke with Lula by telephone the same "
     "day and invited him to visit Berlin.", "BRA", "042", "DEU", None),
    # ... but the inviting keeps its day, and a journey's own time dates it
    ("Xi invited Putin on Tuesday to attend the forum in Beijing.", "CHN", "036", "RUS",
     "2024-03-05"),
    ("On Monday Scholz invited Lula to visit Berlin in June.", "BRA", "042", "DEU", "2024-06"),
    ("Modi will visit Tokyo on Friday, officials said.", "IND", "042", "JPN", "2024-03-08"),
    # a gathering told by its opening day: the ISO week (or month) of its usual span
    ("Wong said Modi and Kishida would try to meet on the sidelines of the G20 summit in "
     "Osaka, which starts on Friday.", "IND", "042", "JPN", "2024-W10"),
    ("Modi will attend the summit in Jakarta, which opens next Tuesday.", "IND", "042", "IDN",
     "2024-W11"),
    ("Modi will attend the summit in Jakarta, which opens on Sunday.", "IND", "042", "IDN",
     "2024-03"),
    ("Modi attended the summit in Jakarta, which began in February.", "IND", "042", "IDN",
     "2024-02"),
    # ... a gathering dated in its own clause keeps its day
    ("Modi will attend the summit in Jakarta on Tuesday.", "IND", "042", "IDN", "2024-03-12"),
    # a clause in the present perfect with its own subject takes no other clause's time
    ("Sweden became a NATO member in March, and Moscow has warned it will take "
     "countermeasures against Stockholm.", "RUS", "130", "SWE", None),
    ("Seoul held drills with Tokyo last week, which Pyongyang has called a rehearsal for "
     "invasion.", "PRK", "112", "JPN", None),
    # ... but a saying still dates the act it announces, and one subject shares its time
    ("Russia has expelled two Swedish diplomats, the foreign ministry said on Monday.",
     "RUS", "161", "SWE", "2024-03-04"),
    ("In February Russia expelled two Swedish diplomats.", "RUS", "161", "SWE", "2024-02"),
]


@pytest.mark.parametrize(("text", "src", "cameo", "tgt", "value"), DATE_CASES)
def test_resolve_attrs19_date(article_events, text, src, cameo, tgt, value):
    events = article_events(text, PUBLISHED)
    evs = [e for e in events if e.source is not None and e.target is not None
           and (e.source.country, e.cameo, e.target.country) == (src, cameo, tgt)
           and e.rule != "consult.meet"]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    expected = value or PUBLISHED.isoformat()
    assert {e.date.value for e in evs} == {expected}, [(e.rule, e.date) for e in evs]
    if value is None:
        assert {e.date.precision.value for e in evs} == {"publication"}


@pytest.mark.parametrize(("text", "value"), [
    ("Kenya recalled its envoy forty-one years ago.", "1983"),
    ("The two states opened embassies thirty years ago.", "1994"),
    ("Ghana cut ties with Israel fifteen years ago.", "2009"),
    ("Chad broke off relations twenty five years ago.", "1999"),
    ("Peru recalled its envoy 41 years ago.", "1983"),
    ("Peru recalled its envoy two years ago.", "2022"),
])
def test_resolve_attrs19_number_words_ago(text, value):
    from detente.resolve.dates import event_date

    at = text.index(" ") + 1
    got = event_date(text, at, at + 5, PUBLISHED, "past")
    assert (got.value, got.precision.value) == (value, "year")
