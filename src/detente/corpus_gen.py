"""A generated news feed for speed benchmarks and scale tests.

``generate(n)`` yields JSON Lines records (``id, title, text, published, source``) of a
general news mix: a share of political articles recombined from the sample corpus' sentences
(with the countries swapped for other pairs and dates moved), the rest non-political news
(sports, weather, business, culture, science, local) written here as templates with slots.
Both kinds have about the same length, so the irrelevant share holds for articles and for
characters alike.
The mix is deterministic for a seed. Some non-political stories name one or two countries
("Spain beat Italy"), as real sports and business news does, so a pre-filter sees the same
kind of near misses it meets in a real feed.

    python -m detente.corpus_gen --articles 10000 --out feed.jsonl [--seed 0]
        [--irrelevant 0.7] [--corpus examples/corpus]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from detente.errors import UsageError

DEFAULT_CORPUS = Path("examples/corpus")

# (name, adjective, capital) used to swap the dyad of recombined political sentences
COUNTRIES = (
    ("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo"),
    ("Russia", "Russian", "Moscow"), ("France", "French", "Paris"),
    ("Brazil", "Brazilian", "Brasilia"), ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"), ("South Korea", "South Korean", "Seoul"),
    ("Australia", "Australian", "Canberra"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Mexico", "Mexican", "Mexico City"), ("Nigeria", "Nigerian", "Abuja"),
    ("Egypt", "Egyptian", "Cairo"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Poland", "Polish", "Warsaw"), ("Canada", "Canadian", "Ottawa"),
    ("Iran", "Iranian", "Tehran"), ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Philippines", "Philippine", "Manila"),
)
_SIDE_A = {"United States": 0, "U.S.": 1, "American": 1, "Washington": 2}
_SIDE_B = {"China": 0, "Chinese": 1, "Beijing": 2}

# Non-political paragraphs. Slots: {team}, {team2}, {city}, {n}, {m}, {pct}, {company},
# {person}, {day}, {month}, {nation}, {nation2}, {adj}.
PARAGRAPHS: dict[str, tuple[str, ...]] = {
    "sports": (
        "{team} came from behind to beat {team2} {n}-{m} on {day}, with a late header from "
        "their captain sealing a result that lifts them to third in the table.",
        "The coach said after the match that his players had shown character in the second "
        "half. \"We were slow to start, but the reaction was exactly what I asked for,\" he "
        "told reporters outside the dressing room.",
        "Tickets for the final in {city} sold out within an hour of going on sale, and the "
        "organisers said extra screens would be put up in the park beside the stadium.",
        "The {adj} sprinter clocked {n}.{m} seconds in the heats, the fastest time in the "
        "world this season, and will run in the final on {day} evening.",
        "{nation} beat {nation2} {n}-{m} in a friendly in {city}, a game both managers used to "
        "try out younger players before the qualifiers in {month}.",
        "Injuries have left the squad short in defence, and the club confirmed on {day} that "
        "its first-choice goalkeeper will miss at least {n} weeks with a knee problem.",
        "A crowd of {n}0,000 watched the marathon, which was won in a course record after the "
        "leading group broke away at the twenty-mile mark along the river.",
        "The tennis championship in {city} was interrupted by rain for more than {n} hours, "
        "pushing the men's semi-finals back to {day}.",
    ),
    "weather": (
        "Forecasters expect temperatures in {city} to climb to {n}{m} degrees by {day}, and "
        "have asked older residents to stay indoors during the hottest part of the afternoon.",
        "Heavy rain overnight flooded several underpasses, and commuters were advised to allow "
        "extra time as buses were diverted around the worst-hit streets.",
        "The weather service issued a yellow warning for wind along the coast, with gusts of up "
        "to {n}0 miles per hour expected on exposed headlands.",
        "A dry spring has left reservoirs at {pct} percent of capacity, and the water company "
        "said a hosepipe ban could follow if the next {n} weeks bring little rain.",
        "Snow closed the mountain pass for a second day, stranding lorries at the border "
        "crossing while ploughs worked to clear drifts up to {n} metres deep.",
        "Fog delayed flights at the airport on {day} morning, with {n}{m} departures held on the "
        "ground until visibility improved shortly before noon.",
        "The autumn was the warmest on record in {city}, the meteorological office said, with "
        "average temperatures {n}.{m} degrees above the long-term mean.",
    ),
    "business": (
        "{company} reported quarterly revenue of {n}.{m} billion dollars, ahead of analysts' "
        "forecasts, as demand for its cloud services kept growing.",
        "Shares in {company} fell {pct} percent in early trading after the retailer cut its "
        "profit outlook, blaming higher wages and a wet summer that kept shoppers at home.",
        "The central bank held its main interest rate at {n}.{m} percent, saying inflation was "
        "easing but remained above its target.",
        "{company} plans to open {n}{m} new stores over the next two years and hire about "
        "{n},000 staff, its chief executive told shareholders at the annual meeting in {city}.",
        "House prices rose {n}.{m} percent in {month} from a year earlier, the smallest "
        "increase in more than a decade, as higher mortgage costs cooled demand.",
        "The carmaker recalled {n}{m},000 vehicles to fix a fault in the braking software, "
        "which it said had not caused any accidents.",
        "{person}, the founder of {company}, will step down as chief executive at the end of "
        "the year and stay on as chair of the board.",
        "{adj} exports of machinery grew for a third month, industry figures showed, helped by "
        "orders from carmakers and a weaker currency.",
    ),
    "culture": (
        "The museum in {city} reopens on {day} after a two-year renovation that added {n} new "
        "galleries and a rooftop garden.",
        "{person}'s debut novel, a family saga set in a fishing village, has been shortlisted "
        "for the prize, the judges announced on {day}.",
        "The festival drew more than {n}{m},000 visitors over the weekend, with queues for the "
        "main stage stretching across the fields on Saturday night.",
        "The orchestra's new music director opens the season with a programme of Brahms and a "
        "premiere by a young composer from {city}.",
        "A film about a retired lighthouse keeper won the audience award at the festival, and "
        "its director said she had spent {n} years raising the money to make it.",
        "The theatre will stage a new production of the musical in {month}, with {person} in "
        "the leading role.",
        "The {adj} painter's first retrospective brings together {n}{m} works, many of them "
        "lent by private collectors and never shown in public before.",
    ),
    "science": (
        "Researchers at the university in {city} have found that a common garden bird can "
        "recognise individual human faces, according to a study published on {day}.",
        "The space agency said its probe had completed its closest pass of the asteroid, "
        "sending back images that show a surface covered in boulders.",
        "A new treatment reduced hospital stays by {pct} percent in a trial of {n}{m}0 "
        "patients, the doctors who led it reported.",
        "Engineers tested a battery that charges in under {n} minutes and keeps {pct} percent of "
        "its capacity after a thousand cycles.",
        "Fossil hunters on the coast uncovered the nearly complete skeleton of a marine reptile "
        "that lived about {n}{m}0 million years ago.",
    ),
    "local": (
        "The council approved plans for a new cycle lane along the high street, despite "
        "objections from some shopkeepers worried about deliveries.",
        "Firefighters were called to a warehouse on the industrial estate on {day} night; no one "
        "was hurt, and the cause of the fire is being investigated.",
        "The library will extend its opening hours from {month}, staying open until eight in "
        "the evening on weekdays.",
        "Volunteers planted {n},{m}00 trees in the park over the weekend as part of a scheme to "
        "double the city's tree cover by the end of the decade.",
        "The bridge will be closed to traffic for {n} weeks from {day} while engineers replace "
        "the expansion joints.",
        "A primary school in {city} raised {n},{m}00 pounds for the children's hospital with a "
        "sponsored walk around the lake.",
    ),
}
TITLES: dict[str, tuple[str, ...]] = {
    "sports": ("{team} edge {team2} in late thriller", "Final sells out in an hour",
               "Sprinter sets season's best", "Goalkeeper out for {n} weeks"),
    "weather": ("Heat warning for {city}", "Floods disrupt the morning commute",
                "Wind warning on the coast", "Warmest autumn on record"),
    "business": ("{company} beats forecasts", "Retailer cuts outlook",
                 "Rates on hold", "House price growth slows"),
    "culture": ("Museum reopens after renovation", "Debut novel shortlisted",
                "Festival draws record crowds", "A painter's first retrospective"),
    "science": ("Birds recognise faces, study finds", "Probe passes asteroid",
                "Trial cuts hospital stays", "Marine reptile found on the coast"),
    "local": ("Council backs cycle lane", "Warehouse fire on industrial estate",
              "Library to open later", "Bridge closure from {day}"),
}
FILLERS: dict[str, tuple[str, ...]] = {
    "team": ("Riverside Rovers", "Northgate United", "Harbour City", "Valley Athletic",
             "the Eagles", "Portside Wanderers", "Hillcrest Town", "the Foxes"),
    "city": ("Leeds", "Lyon", "Osaka", "Porto", "Denver", "Adelaide", "Gothenburg",
             "Bologna", "Valencia", "Rotterdam"),
    "company": ("Northwind Systems", "Bluefield Retail", "Arden Motors", "Kestrel Foods",
                "Lumen Cloud", "Harrow & Co", "Pinecrest Bank"),
    "person": ("Maria Lindqvist", "Tomas Okafor", "Ana Ribeiro", "Daniel Hart",
               "Priya Raman", "Lucas Moreau", "Hannah Becker"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "month": ("January", "March", "April", "June", "September", "October", "November"),
}
NATIONS = ("Spain", "Italy", "Argentina", "Norway", "Portugal", "Brazil", "Japan", "Ghana")
ADJECTIVES = ("Kenyan", "Jamaican", "Dutch", "German", "Italian", "Norwegian", "Chilean")


def _political_sentences(corpus: Path) -> list[str]:
    from detente.ingest import read_inputs
    from detente.model import Article
    from detente.nlp.prefilter import Prefilter

    out: list[str] = []
    for item in read_inputs([str(corpus)]):
        if isinstance(item, Article):
            for a, b in Prefilter.sentences(item.text):
                s = " ".join(item.text[a:b].split())
                if 40 <= len(s) <= 400:
                    out.append(s)
    return out


def _swap(sentence: str, pair: tuple[int, int] | None) -> str:
    if pair is None:
        return sentence
    a, b = COUNTRIES[pair[0]], COUNTRIES[pair[1]]

    def sub(table: dict[str, int], names: tuple[str, str, str], text: str) -> str:
        pattern = r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len,
                                                                   reverse=True)) + r")(?=\W)"
        return re.sub(pattern, lambda m: names[table[m.group(1)]], text)

    return sub(_SIDE_B, b, sub(_SIDE_A, a, sentence))


def _fill(template: str, rng: random.Random) -> str:
    values: dict[str, Any] = {k: rng.choice(v) for k, v in FILLERS.items()}
    team2 = [t for t in FILLERS["team"] if t != values["team"]]
    nat = rng.sample(NATIONS, 2)
    values.update(team2=rng.choice(team2), n=rng.randint(2, 9), m=rng.randint(0, 9),
                  pct=rng.randint(3, 60), nation=nat[0], nation2=nat[1],
                  adj=rng.choice(ADJECTIVES))
    return template.format(**values)


def generate(n: int, *, seed: int = 0, irrelevant: float = 0.7,
             corpus: str | Path = DEFAULT_CORPUS) -> Iterator[dict[str, Any]]:
    """Yield ``n`` article records, about ``irrelevant`` of them non-political.

    Raises :class:`~detente.errors.UsageError` when ``corpus`` (the sample articles the
    political stories are recombined from) is missing or has no text.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise UsageError(f"sample corpus {corpus} does not exist",
                         hint="run from the project root or pass --corpus examples/corpus")
    sentences = _political_sentences(corpus)
    if not sentences:
        raise UsageError(f"sample corpus {corpus} has no usable sentences")
    rng = random.Random(seed)
    topics = sorted(PARAGRAPHS)
    start = date(2023, 1, 1)
    for i in range(n):
        published = start + timedelta(days=rng.randint(0, 364))
        if rng.random() < irrelevant:
            topic = rng.choice(topics)
            paras = rng.sample(PARAGRAPHS[topic], k=min(len(PARAGRAPHS[topic]),
                                                         rng.randint(4, 6)))
            title = _fill(rng.choice(TITLES[topic]), rng)
            text = "\n\n".join(_fill(p, rng) for p in paras)
            kind = topic
        else:
            pair = None if rng.random() < 0.4 else tuple(rng.sample(range(len(COUNTRIES)), 2))
            k = rng.randint(3, 7)
            picked = [_swap(s, pair) for s in rng.sample(sentences, k)]  # type: ignore[arg-type]
            paras = [" ".join(picked[j:j + 2]) for j in range(0, k, 2)]
            title = picked[0][:80].rstrip(" ,;")
            text = "\n\n".join(paras)
            kind = "politics"
        yield {"id": f"gen-{seed}-{i:07d}", "title": title, "text": title + "\n\n" + text,
               "published": published.isoformat(), "source": f"generated/{kind}"}


def write_jsonl(path: str | Path, n: int, **kwargs: Any) -> int:
    """Write ``generate(n, **kwargs)`` to ``path`` as JSON Lines; returns the count."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in generate(n, **kwargs):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a generated news feed (JSON Lines).")
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--irrelevant", type=float, default=0.7)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args(argv)
    write_jsonl(args.out, args.articles, seed=args.seed, irrelevant=args.irrelevant,
                corpus=args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
