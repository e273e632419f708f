"""Event status through the real pipeline: sentence -> status of the event between two actors.

Each row is (sentence, publication date, the dyad's two countries, the CAMEO root or None for
any root, the expected status or None when the event must not be coded at all). The event is
picked by dyad (direction-free) and root; when a sentence has several such events the test
needs one of them to carry the expected status and, for statuses other than ``happened``,
the cue that decided it.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 6)
USCN = ("USA", "CHN")

Row = tuple[str, date, tuple[str, str], str | None, str | None]

PLANNED: list[Row] = [
    # future auxiliaries
    ("Secretary of State Antony Blinken will visit Beijing next week.", PUB, USCN, "04",
     "planned"),
    ("Xi Jinping will meet Joe Biden in San Francisco on Wednesday.", PUB, USCN, "04",
     "planned"),
    ("Blinken shall travel to Beijing on Sunday, the State Department announced.", PUB, USCN,
     "04", "planned"),
    # expected / scheduled / set / due / slated / to
    ("Blinken is expected to travel to Beijing in the coming weeks.", PUB, USCN, "04",
     "planned"),
    ("Officials expect Blinken to travel to Beijing in the coming weeks.", PUB, USCN, "04",
     "planned"),
    ("Biden is scheduled to meet Xi in San Francisco on November 15.", PUB, USCN, "04",
     "planned"),
    ("Yellen is set to visit China next month.", PUB, USCN, "04", "planned"),
    ("Wang Yi is due to arrive in Washington on Thursday for talks with Blinken.", PUB, USCN,
     "04", "planned"),
    ("Kishida is slated to meet Yoon Suk Yeol in Seoul.", PUB, ("JPN", "KOR"), "04",
     "planned"),
    ("Wang Yi is to visit Washington later this month.", PUB, USCN, "04", "planned"),
    ("A meeting between Biden and Xi is scheduled for November 15.", PUB, USCN, "04",
     "planned"),
    # plans, intentions, preparations
    ("Wang Yi plans to visit Washington before the end of the year.", PUB, USCN, "04",
     "planned"),
    ("Biden intends to meet Xi on the sidelines of the APEC summit.", PUB, USCN, "04",
     "planned"),
    ("Yellen is going to visit China in the summer.", PUB, USCN, "04", "planned"),
    ("Biden is looking forward to meeting Xi in San Francisco.", PUB, USCN, "04", "planned"),
    ("Biden said he was looking forward to meeting Xi in San Francisco.", PUB, USCN, "04",
     "planned"),
    ("Kishida is preparing to visit Seoul for talks with Yoon.", PUB, ("JPN", "KOR"), "04",
     "planned"),
    # phrases that look ahead to an event
    ("Wang Yi arrived in Washington ahead of a meeting between Biden and Xi.", PUB, USCN,
     "04", "planned"),
    ("The two governments moved closer to a summit between Biden and Xi.", PUB, USCN, "04",
     "planned"),
    ("The call paved the way for a visit by Yellen to China.", PUB, USCN, "04", "planned"),
    ("Officials are laying the groundwork for talks between Fumio Kishida and Yoon Suk Yeol.",
     PUB,
     ("JPN", "KOR"), "04", "planned"),
    ("Analysts see the call as a step toward a meeting between Biden and Xi.", PUB, USCN,
     "04", "planned"),
    # planned events named by a noun
    ("Blinken's planned visit to Beijing was discussed at the White House.", PUB, USCN,
     "04", "planned"),
    ("Talks between Blinken and Wang Yi are planned for next week.", PUB, USCN, "04",
     "planned"),
    ("Biden announced his decision to meet Xi in San Francisco.", PUB, USCN, "04", "planned"),
    ("The summit between Biden and Xi is on track for next week.", PUB, USCN, "04",
     "planned"),
    ("Officials discussed the upcoming meeting between Biden and Xi.", PUB, USCN, "04",
     "planned"),
    # reported future in the past
    ("Biden said Xi would visit Washington next year.", PUB, USCN, "04", "planned"),
    ("Biden said he would visit China.", PUB, USCN, "04", "planned"),
    # a purpose infinitive shares its head's status
    ("Blinken will fly to Beijing next week to meet Xi.", PUB, USCN, "04", "planned"),
    # a plan keeps its status under a modal that qualifies the plan
    ("Analysts said Biden's words may cast a shadow on the plans of U.S. officials to visit "
     "China.", PUB, USCN, "04", "planned"),
    ("Wang Yi is expected to visit Moscow this week, and the Kremlin has not ruled out a "
     "meeting with Putin.", PUB, ("CHN", "RUS"), "04", "planned"),
    # what the event is hoped or doubted to achieve is not whether it takes place
    ("Blinken hopes that his visit to Beijing will stabilize ties.", PUB, USCN, "04",
     "planned"),
    ("Analysts doubt that the talks between Blinken and Wang Yi will produce a breakthrough.",
     PUB, USCN, "04", "planned"),
    ("China's foreign ministry said Blinken's visit to Beijing would go ahead.", PUB, USCN,
     "04", "planned"),
    ("The State Department said Blinken would travel to Beijing next week.", PUB, USCN,
     "04", "planned"),
    ("Kishida told reporters that Yoon Suk Yeol would visit Tokyo in March.", PUB,
     ("JPN", "KOR"), "04", "planned"),
    # an agreement that someone will act is the parties' expression of intent (03x), which
    # did happen, as for "agreed to travel" (examples/README.md conventions)
    ("The two sides agreed that Blinken would travel to China to follow up on the talks.",
     date(2022, 11, 14), USCN, "03", "happened"),
    # saying one is willing or ready to act is an intent expressed, which happened
    ("Beijing said it was willing to resume military talks with Washington.", PUB, USCN, "03",
     "happened"),
    ("Japan's foreign minister said Tokyo stands ready to work with Beijing.", PUB,
     ("JPN", "CHN"), "03", "happened"),
    ("Officials said on Friday that Yellen was going to visit China in July.",
     date(2023, 6, 2), USCN, "04", "planned"),
    # a future date alone
    ("Yellen travels to Beijing next week for talks with He Lifeng.", PUB, USCN, "04",
     "planned"),
    # headline infinitive
    ("Biden to meet Xi in San Francisco", PUB, USCN, "04", "planned"),
    # agreeing, pledging, promising: CAMEO codes the intent (03x), which was expressed
    ("Biden and Xi agreed to hold talks on artificial intelligence.", PUB, USCN, "03",
     "happened"),
    ("Russia pledged to resume talks with Ukraine.", PUB, ("RUS", "UKR"), "03", "happened"),
    ("Japan and South Korea will agree to resume talks on export controls.", PUB,
     ("JPN", "KOR"), "03", "planned"),
]

UNCERTAIN: list[Row] = [
    # a need is not a deed
    ("The United States and China need to expand cooperation on climate change.", PUB, USCN,
     "03", "uncertain"),
    # not settled
    ("The November meeting between Biden and Xi in San Francisco is still inconclusive.",
     PUB, USCN, "04", "uncertain"),
    ("A visit by Wang Yi to Washington has not yet been cleared.", PUB, USCN, "04",
     "uncertain"),
    ("Officials in both capitals are working to arrange a meeting between Biden and Xi.",
     PUB, USCN, "04", "uncertain"),
    ("Blinken is expected to travel to Beijing in the coming weeks, though the State "
     "Department has not confirmed the trip.", PUB, USCN, "04", "uncertain"),
    ("Wang Yi is widely expected to visit Washington before the end of the year, though no "
     "dates have been announced.", PUB, USCN, "04", "uncertain"),
    ("Beijing has not said whether Xi will meet Biden in San Francisco.", PUB, USCN, "04",
     "uncertain"),
    ("Blinken is expected to visit Beijing, with no date yet set.", PUB, USCN, "04",
     "uncertain"),
    ("Blinken is expected to visit Beijing next month, pending final confirmation.", PUB,
     USCN, "04", "uncertain"),
    ("Blinken is expected to visit Beijing next month, subject to confirmation by both "
     "sides.", PUB, USCN, "04", "uncertain"),
    ("Blinken is expected to visit Beijing next month, though the date has yet to be fixed.",
     PUB, USCN, "04", "uncertain"),
    ("Yellen is expected to visit Beijing in early July, but the trip has not yet been "
     "officially announced.", date(2023, 6, 20), USCN, "04", "uncertain"),
    ("U.S. officials have said they expect Biden and Xi to meet in San Francisco, although "
     "China has yet to confirm that Xi will attend.", PUB, USCN, "04", "uncertain"),
    ("Officials had hoped it would lead to a visit to Washington by Wang Yi later in the year.",
     PUB, USCN, "04", "uncertain"),
    ("It is unclear whether Xi will meet Biden next month.", PUB, USCN, "04", "uncertain"),
    ("White House officials are preparing for a possible meeting between Biden and Xi.",
     PUB, USCN, "04", "uncertain"),
    ("Xi is considering a visit to Washington.", PUB, USCN, "04", "uncertain"),
    ("A visit by Xi to Washington is not on the agenda.", PUB, USCN, "04", "uncertain"),
    ("Yellen hoped to visit China in the near future.", date(2023, 1, 19), USCN, "04",
     "uncertain"),
    ("Yellen told reporters that she hoped to visit China in the near future.",
     date(2023, 1, 19), USCN, "04", "uncertain"),
    ("Xi is likely to meet Biden in San Francisco.", PUB, USCN, "04", "uncertain"),
    # what an appeal asks for is no event (the appeal, 020, is): nlp.screen
    ("Biden urged Xi to visit Washington.", PUB, USCN, "04", None),
    ("The possibility of a meeting between Biden and Xi was raised by officials.", PUB, USCN,
     "04", "uncertain"),
    ("The Kremlin has not ruled out a meeting between Putin and Xi.", PUB, ("RUS", "CHN"),
     "04", "uncertain"),
    # hedged reports
    ("Wang Yi reportedly met Blinken in Washington last week.", PUB, USCN, "04",
     "uncertain"),
    ("CIA Director William Burns allegedly travelled to Beijing in May.", PUB, USCN, "04",
     "uncertain"),
    ("Xi will meet Biden in San Francisco, an official who spoke on condition of anonymity "
     "said.", PUB, USCN, "04", "uncertain"),
    ("Biden will meet Xi on Wednesday, said an official who was not authorized to speak "
     "publicly.", PUB, USCN, "04", "uncertain"),
    ("According to people familiar with the matter, CIA Director William Burns travelled "
     "to Beijing last month.", PUB, USCN, "04", "uncertain"),
    ("A U.S. official, speaking on condition of anonymity, said Xi would meet Biden.", PUB,
     USCN, "04", "uncertain"),
    ("Sources said Wang Yi had met Jake Sullivan in Vienna.", PUB, USCN, "04", "uncertain"),
    ("CIA Director William Burns is said to have travelled to Beijing in May.", PUB, USCN,
     "04", "uncertain"),
    ("Wang Yi is believed to have met Jake Sullivan in Vienna.", PUB, USCN, "04",
     "uncertain"),
    ("It is understood that Wang Yi met Jake Sullivan in Vienna.", PUB, USCN, "04",
     "uncertain"),
    # questions
    ("Will Xi meet Biden in San Francisco?", PUB, USCN, "04", "uncertain"),
    ("Did Wang Yi meet Blinken in Munich?", PUB, USCN, "04", "uncertain"),
    ("Would Xi meet Biden in San Francisco?", PUB, USCN, "04", "uncertain"),
    ("Is Blinken going to visit Beijing?", PUB, USCN, "04", "uncertain"),
]

HYPOTHETICAL: list[Row] = [
    # conditionals
    ("If Xi travels to San Francisco, he would meet Biden there.", PUB, USCN, "04",
     "hypothetical"),
    ("If Xi chooses to miss the summit, Biden could meet Premier Li Qiang instead.", PUB,
     USCN, "04", "hypothetical"),
    ("If McCarthy meets Tsai Ing-wen, China will hold drills around Taiwan.", PUB,
     ("CHN", "TWN"), "15", "hypothetical"),
    ("If McCarthy meets Tsai Ing-wen, China will hold drills around Taiwan.", PUB,
     ("USA", "TWN"), "04", "hypothetical"),
    ("Unless Beijing changes course, Washington will impose sanctions on Chinese banks.", PUB,
     USCN, "16", "hypothetical"),
    ("Should Xi attend the summit, he would meet Biden on the sidelines.", PUB, USCN, "04",
     "hypothetical"),
    ("Blinken will visit Beijing next month as long as the talks go well.", PUB, USCN, "04",
     "hypothetical"),
    ("Blinken will visit Beijing next month provided that China agrees.", PUB, USCN, "04",
     "hypothetical"),
    ("Blinken will visit Beijing next month on condition that China stops the balloon "
     "flights.", PUB, USCN, "04", "hypothetical"),
    # modals
    ("Xi may not be willing to meet Biden this year.", PUB, USCN, None, "hypothetical"),
    ("The United States could impose new sanctions on Chinese technology firms.", PUB, USCN,
     "16", "hypothetical"),
    ("Beijing might hold large military drills around Taiwan.", PUB, ("CHN", "TWN"), "15",
     "hypothetical"),
    ("Wang Yi may visit Washington in the near future.", PUB, USCN, "04", "hypothetical"),
    ("Xi might meet Biden in San Francisco.", PUB, USCN, "04", "hypothetical"),
    ("Wang Yi would meet Blinken if the talks went well.", PUB, USCN, "04", "hypothetical"),
    ("Analysts say Beijing could stage military drills around Taiwan.", PUB, ("CHN", "TWN"),
     "15", "hypothetical"),
    # a threatened act depends on what the other side does
    ("China threatened to impose sanctions on U.S. defense firms.", PUB, USCN, "16",
     "hypothetical"),
    # counterfactuals
    ("Had Blinken travelled to Beijing, he would have met Xi.", PUB, USCN, "04",
     "hypothetical"),
    ("Without the balloon incident, Blinken would have visited Beijing in February.", PUB,
     USCN, "04", "hypothetical"),
]

DENIED: list[Row] = [
    ("The Kremlin denied that Putin had met Xi in secret last month.", PUB, ("RUS", "CHN"),
     "04", "denied"),
    ("China rejected reports that Wang Yi had met Lavrov in Moscow.", PUB, ("CHN", "RUS"),
     "04", "denied"),
    ("China denied providing lethal aid to Russia.", PUB, ("CHN", "RUS"), "07", "denied"),
    ("The White House denied that CIA Director William Burns had travelled to Beijing.", PUB,
     USCN, "04", "denied"),
    ("Seoul dismissed reports that Yoon Suk Yeol would meet Fumio Kishida next week.", PUB,
     ("KOR", "JPN"), "04", "denied"),
    ("Moscow dismissed claims that Russia had attacked Ukraine's grain silos.", PUB,
     ("RUS", "UKR"), "19", "denied"),
    ("Officials denied that a meeting between Biden and Xi had taken place.", PUB, USCN, "04",
     "denied"),
    ("China said reports that Wang Yi had met Sergei Lavrov in Moscow were false.", PUB,
     ("CHN", "RUS"), "04", "denied"),
    ("Beijing dismissed as groundless reports that Wang Yi had met Sergei Lavrov.", PUB,
     ("CHN", "RUS"), "04", "denied"),
    ("The Kremlin refuted claims that Putin had met Xi in secret.", PUB, ("RUS", "CHN"), "04",
     "denied"),
    ("Manila denied that the Philippines had promised China to remove the ship.", PUB,
     ("PHL", "CHN"), "03", "denied"),
]

CANCELLED: list[Row] = [
    ("Blinken postponed his trip to Beijing.", date(2023, 2, 3), USCN, "04", "cancelled"),
    ("Blinken called off his visit to Beijing on Friday.", date(2023, 2, 3), USCN, "04",
     "cancelled"),
    ("Blinken's trip to Beijing was postponed after the balloon was spotted.",
     date(2023, 2, 3), USCN, "04", "cancelled"),
    ("Washington cancelled talks with Beijing on climate change.", PUB, USCN, "04",
     "cancelled"),
    ("Biden scrapped a planned meeting with Xi.", PUB, USCN, "04", "cancelled"),
    ("Putin put off his visit to Turkey.", PUB, ("RUS", "TUR"), "04", "cancelled"),
    ("Blinken delayed his trip to China indefinitely.", date(2023, 2, 3), USCN, "04",
     "cancelled"),
    ("The trip by Blinken to Beijing has been cancelled.", date(2023, 2, 4), USCN, "04",
     "cancelled"),
    ("Talks between Blinken and Wang Yi are off.", PUB, USCN, "04", "cancelled"),
    ("Blinken's postponed trip to Beijing remains in limbo.", date(2023, 3, 7), USCN,
     "04", "cancelled"),
    # talks that are suspended or blocked are not taking place
    ("Military talks between China and the United States remain suspended.", PUB, USCN,
     "04", "cancelled"),
    ("Military talks between China and the United States remain on hold.", PUB, USCN,
     "04", "cancelled"),
    ("A planned trip to Beijing by Blinken was called off in February.",
     date(2023, 12, 30), USCN, "04", "cancelled"),
    # the outcome told by a second predicate of the event noun
    ("Blinken's trip to China had been planned for February but was put off after the "
     "balloon incident.", date(2023, 6, 18), USCN, "04", "cancelled"),
    ("Wang Yi's visit to Washington was announced in May and then scrapped.",
     date(2023, 6, 18), USCN, "04", "cancelled"),
]

ONGOING: list[Row] = [
    ("China continues to hold military drills around Taiwan.", PUB, ("CHN", "TWN"), "15",
     "ongoing"),
    ("Russia continued to attack Ukraine with drones.", PUB, ("RUS", "UKR"), "19",
     "ongoing"),
    ("Kerry is holding talks with Xie Zhenhua in Beijing this week.", PUB, USCN, "04",
     "ongoing"),
    ("Blinken is visiting Beijing.", PUB, USCN, "04", "ongoing"),
    ("Kerry's visit to Beijing, which began on Sunday, runs until Wednesday.", PUB, USCN,
     "04", "ongoing"),
    ("Talks between Wang Yi and Jake Sullivan are underway in Vienna.", PUB, USCN, "04",
     "ongoing"),
    ("The ongoing talks between Wang Yi and Jake Sullivan in Vienna are going well.", PUB,
     USCN, "04", "ongoing"),
    ("Russia kept attacking Ukraine.", PUB, ("RUS", "UKR"), "19", "ongoing"),
    ("Beijing remains opposed to the U.S. export controls.", PUB, USCN, None, "ongoing"),
    ("China is still blocking military talks with the United States.", PUB, USCN, "19",
     "ongoing"),
    ("China is still blocking military talks with the United States.", PUB, USCN, "04",
     "cancelled"),
]

NEGATED: list[Row] = [
    ("Biden did not meet Xi in Bali.", PUB, USCN, "04", None),
    ("Wang Yi didn't meet Blinken in Munich.", PUB, USCN, "04", None),
    ("Blinken will not travel to Beijing this year.", PUB, USCN, "04", None),
    ("China has not imposed sanctions on U.S. firms.", PUB, USCN, "16", None),
    ("Xi has never visited Washington as president.", PUB, USCN, "04", None),
    ("No meeting between Biden and Xi took place.", PUB, USCN, "04", None),
    ("There was no meeting between Biden and Xi in Bali.", PUB, USCN, "04", None),
    ("Beijing refused to hold talks with Washington.", PUB, USCN, "04", None),
    ("Biden failed to meet Xi in Bali.", PUB, USCN, "04", None),
    # what a refusal refuses is no event: the refusal (12x) is coded, not a cancelled
    # meeting (examples/README.md, one convention for all gold sets)
    ("China turned down an invitation for Defense Secretary Lloyd Austin to meet Defense "
     "Minister Li Shangfu.", PUB, USCN, "04", None),
    ("The Chinese side declined a U.S. request for a call between Lloyd Austin and Li "
     "Shangfu.", PUB, USCN, "04", None),
    ("Blinken left Beijing without meeting Xi.", PUB, USCN, "04", None),
    ("The U.S. and Chinese militaries remain far from restoring their regular contacts.", PUB,
     USCN, "06", None),
    ("Wang Yi does not plan to visit Washington this year.", PUB, USCN, "04", None),
]

HEADLINES: list[Row] = [
    ("Biden meets Xi in San Francisco", date(2023, 11, 15), USCN, "04", "happened"),
    ("Blinken arrives in Beijing for talks with Wang Yi", date(2023, 6, 18), USCN, "04",
     "happened"),
    ("China sanctions U.S. defense firms over Taiwan arms sales", PUB, USCN, "16",
     "happened"),
    ("Yellen meets Chinese Vice Premier He Lifeng in Beijing", date(2023, 7, 8), USCN, "04",
     "happened"),
    ("Putin arrives in Beijing for talks with Xi", date(2023, 10, 17), ("CHN", "RUS"), "04",
     "happened"),
    # an unnamed but not hedged source ("a U.S. official said") does not unsettle the event
    ("A senior administration official who briefed reporters said Biden met Xi for four "
     "hours.", date(2023, 11, 15), USCN, "04", "happened"),
    ("CIA Director William Burns travelled secretly to Beijing last month, a U.S. official "
     "said on Friday.", PUB, USCN, "04", "happened"),
    ("Biden raised objections to China's actions toward Taiwan, according to the White House "
     "account of the talks.", PUB, USCN, "11", "happened"),
    # "according to reports" tells what it reports (examples/README.md)
    ("According to reports, Wang Yi visited Moscow last week.", PUB, ("CHN", "RUS"), "04",
     "happened"),
    # plain past: happened with no cue
    ("Secretary of State Antony Blinken visited Beijing on Monday.", PUB, USCN, "04",
     "happened"),
]

TEMPORAL: list[Row] = [
    ("A meeting would be the first since Biden and Xi met in Bali.", PUB, USCN, "04",
     "happened"),
    ("The meeting will be the first between Biden and Xi since Biden and Xi met in Bali last "
     "November.", PUB, USCN, "04", "happened"),
    ("Beijing suspended several military dialogues after a visit to Taiwan by Nancy "
     "Pelosi.", PUB, ("USA", "TWN"), "04", "happened"),
    ("Xi, who met Biden in Bali last year, may travel to San Francisco.", PUB, USCN, "04",
     "happened"),
    ("Blinken will visit Beijing, months after Pelosi visited Taiwan.", PUB, ("USA", "TWN"),
     "04", "happened"),
    # what a past cause brought about happened
    ("Pelosi's visit to Taipei prompted China to hold large military drills around Taiwan.",
     PUB, ("CHN", "TWN"), "15", "happened"),
    # causes keep their own status too
    ("Climate talks were suspended by Beijing in protest at a visit to Taiwan by Nancy "
     "Pelosi.", PUB, ("USA", "TWN"), "04", "happened"),
    ("Beijing suspended military talks with Washington over Nancy Pelosi's visit to Taiwan.",
     PUB, ("USA", "TWN"), "04", "happened"),
    # an infinitival relative after an ordinal tells what happened
    ("Kerry is the third senior U.S. official to visit China in recent weeks.", PUB, USCN,
     "04", "happened"),
    ("If Xi travels to San Francisco, it would be their first meeting since Biden and Xi "
     "met in Bali.", PUB, USCN, "04", "happened"),
]

# coordinated verbs share their auxiliaries and what governs them, not each other's meaning
COORDINATED: list[Row] = [
    ("Kishida declined to comment but met Yoon Suk Yeol in Seoul on Sunday.", PUB,
     ("JPN", "KOR"), "04", "happened"),
    # (a reported "would" intent to cooperate is the intent expressed, so a meeting shows it)
    ("Austin said Washington would avoid escalation and meet Chinese commanders soon.", PUB,
     USCN, "04", "planned"),
    ("Blinken will fly to Beijing and meet Wang Yi on Sunday.", PUB, USCN, "04", "planned"),
    # a look-ahead phrase about an event told as past stays past
    ("Wang Yi visited Washington ahead of last year's meeting between Biden and Xi.", PUB,
     USCN, "04", "happened"),
]

ALL = [*PLANNED, *UNCERTAIN, *HYPOTHETICAL, *DENIED, *CANCELLED, *ONGOING, *NEGATED,
       *HEADLINES, *TEMPORAL, *COORDINATED]

def _dyad_events(coder, make_article, text, published, dyad, root):
    res = coder.code(make_article(text, published=published))
    assert res.skipped is None, res.skipped
    want = frozenset(dyad)
    return res.events, [e for e in res.events
                        if frozenset((e.source.country, e.target.country)) == want
                        and (root is None or e.root == root)]


def _show(events):
    return [(e.source.code, e.cameo, e.target.code, e.status.value, e.status_cue,
             e.evidence.trigger) for e in events]


@pytest.mark.parametrize(("text", "published", "dyad", "root", "status"), ALL,
                         ids=[r[0][:60] for r in ALL])
def test_nlp_status_of_dyad_event(coder, make_article, text, published, dyad, root, status):
    events, picked = _dyad_events(coder, make_article, text, published, dyad, root)
    if status is None:
        assert not picked, _show(events)
        return
    assert picked, ("no event for the dyad", _show(events))
    matching = [e for e in picked if e.status.value == status]
    assert matching, _show(events)
    if status != "happened":
        assert any(e.status_cue for e in matching), _show(matching)


def test_nlp_status_table_covers_every_status():
    statuses = {r[4] for r in ALL}
    assert statuses >= {"happened", "ongoing", "planned", "uncertain", "hypothetical",
                        "denied", "cancelled", None}
    assert len(ALL) >= 60


# Parse-level rows: the status ``decide()`` gives the trigger in the parse the pipeline makes,
# for constructions whose actors the extractor cannot resolve yet (pronouns, raising verbs)
# or that name no second actor ("Will Xi attend the summit?").
# (sentence, trigger word, expected status or None when the event is negated)
DECIDE: list[tuple[str, str, str | None]] = [
    ("Blinken is expected to travel to Beijing in the coming weeks.", "travel", "planned"),
    ("Biden is scheduled to meet Xi in San Francisco on November 15.", "meet", "planned"),
    ("Yellen is set to visit China next month.", "visit", "planned"),
    ("Wang Yi is due to arrive in Washington on Thursday.", "arrive", "planned"),
    ("Kishida is slated to meet Yoon Suk Yeol in Seoul.", "meet", "planned"),
    ("Biden said he was looking forward to meeting Xi in San Francisco.", "meeting",
     "planned"),
    ("Biden said he would visit China.", "visit", "planned"),
    ("Xi is visiting Washington next week.", "visiting", "planned"),
    ("Wang Yi is widely expected to visit Washington before the end of the year, though no "
     "dates have been announced.", "visit", "uncertain"),
    ("U.S. officials expect Biden and Xi to meet in November, although China has yet to "
     "confirm the meeting.", "meet", "uncertain"),
    ("The date of the meeting is yet to be announced.", "meeting", "uncertain"),
    ("Xi is not expected to attend the summit.", "attend", "uncertain"),
    ("Xi is likely to meet Biden in San Francisco.", "meet", "uncertain"),
    ("Will Xi attend the summit?", "attend", "uncertain"),
    ("Neither government has confirmed that Xi will attend.", "attend", "uncertain"),
    ("Xi may not be willing to meet Biden this year.", "meet", "hypothetical"),
    ("If Xi chooses to miss the summit, analysts say it would be a snub.", "miss",
     "hypothetical"),
    ("A meeting with Biden would be their first in a year.", "meeting", "hypothetical"),
    ("Biden will meet Xi even if the talks on trade fail.", "meet", "planned"),
    # what one side accuses the other of is an allegation
    ("China accused the United States of attacking Chinese ships.", "attacking", "uncertain"),
    ("Xi has never visited Washington.", "visited", None),
    ("Blinken refused to meet Wang Yi.", "meet", None),
]


@pytest.mark.parametrize(("text", "word", "status"), DECIDE, ids=[r[0][:60] for r in DECIDE])
def test_nlp_status_decide_on_parse(coder, text, word, status):
    from detente.nlp.status import decide

    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    decision = decide(trigger, sentence=trigger.sent)
    if status is None:
        assert decision.negated, decision
        return
    assert not decision.negated, decision
    assert decision.status.value == status, decision
    assert decision.cue, decision


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Blinken called off a planned trip to Beijing on Friday.", date(2023, 2, 5), "2023-02-03"),
    ("Blinken postponed his planned trip to Beijing on Friday.", date(2023, 2, 5),
     "2023-02-03"),
])
def test_nlp_status_cancelled_event_dated_by_the_cancelling(coder, make_article, text,
                                                            published, value):
    _, picked = _dyad_events(coder, make_article, text, published, USCN, "04")
    assert [(e.status.value, e.date.value) for e in picked] == [("cancelled", value)]


def test_nlp_status_cue_lists_load():
    from detente.nlp.status import load_cues

    cues = load_cues()
    for name in ("planned_verbs", "uncertain_verbs", "hypothetical_modals", "denial_verbs",
                 "cancel_verbs", "ongoing_verbs", "refusal_verbs", "anonymity_markers"):
        assert cues.sets[name], name
        assert all(w == w.lower() and w.strip() for w in cues.sets[name]), name
    assert ("call", "off") in cues.phrases["cancel_phrases"]
    assert ("on", "hold", "cancelled") in cues.phrases["predicate_phrases"]


def test_nlp_status_every_decision_names_its_cue(coder):
    from detente.model import Status
    from detente.nlp.status import decide

    text = ("The November meeting in San Francisco is still inconclusive, but an American "
            "official told the paper that he is very sure that the two will have a meeting. "
            "Sullivan also held two-day talks with Wang in Malta last month, and high-level "
            "military exchanges are still blocked. If Xi chooses to miss the summit, it would "
            "be read as a snub. Blinken postponed his trip, which Beijing denied had been "
            "planned. Will Xi attend? Reportedly, officials are working to arrange a call.")
    doc = coder.nlp(text)
    for sent in doc.sents:
        for tok in sent:
            d = decide(tok, sentence=sent)
            assert d.status == Status.HAPPENED or d.cue, (tok.text, d)


@pytest.mark.parametrize("text", [
    "Scholz said Germany and France needed to deepen their cooperation on defence.",
    "Albanese said Australia and Japan need to strengthen their cooperation on energy.",
])
def test_nlp_status_need_to_cooperate_is_an_expressed_intent(coder, make_article, text):
    from detente.model import Status

    evs = [e for e in coder.code(make_article(text)).events if e.root == "03"]
    assert evs and all(e.status == Status.HAPPENED for e in evs), \
        [(e.cameo, e.status, e.status_cue) for e in evs]


@pytest.mark.parametrize("text, said", [
    ("Japan said it would deepen cooperation with the Philippines on maritime security.", True),
    ("Kenya said it will expand cooperation with Ethiopia.", True),
    # told without a speaker it is still the side's intent, stated when the text tells it
    # (the readable gold never has an intent 03 planned; session 12, status10)
    ("Japan will deepen cooperation with the Philippines.", True),
])
def test_nlp_status_reported_will_cooperate_is_an_expressed_intent(coder, make_article, text,
                                                                   said):
    from detente.model import Status

    evs = [e for e in coder.code(make_article(text)).events if e.root == "03"]
    want = Status.HAPPENED if said else Status.PLANNED
    assert evs and all(e.status == want for e in evs), \
        [(e.cameo, e.status, e.status_cue) for e in evs]
