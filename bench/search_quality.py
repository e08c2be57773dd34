"""Search quality and speed over the demo content, for the report (issue 12).

Recall and precision of the fixed kk/ru/en query sets (``search.quality``) with the
language rules and without them (words as typed, what Wagtail alone would do), and the
median time of the results page in-process over the same queries.
"""

import statistics
import time
from urllib.parse import urlencode

from search.quality import measure, queries

LANGUAGES = ("kk", "ru", "en")


def search_quality_lines(client) -> list[str]:
    lines = [
        "",
        "## Search quality (fixed query sets over the demo)",
        "",
        "Each query is an inflected form; relevant pages are judged by a hand-written list",
        "of the word's forms (`search/quality.py`), not by the stemmer. Macro averages over",
        "the queries that have at least one relevant page.",
        "",
        "| language | queries | judged | recall | precision | recall without stems"
        " | results page p50 (ms) |",
        "|---|---|---|---|---|---|---|",
    ]
    for language in LANGUAGES:
        score = measure(language)
        baseline = measure(language, stems=False)
        timings = []
        for query, _forms in queries(language):
            started = time.perf_counter()
            client.get(f"/{language}/search/?{urlencode({'q': query})}")
            timings.append((time.perf_counter() - started) * 1000)
        lines.append(
            f"| {language} | {score.queries} | {score.judged} | {score.recall:.2f} "
            f"| {score.precision:.2f} | {baseline.recall:.2f} "
            f"| {statistics.median(timings):.0f} |"
        )
        if score.misses:
            lines.append(f"|  | missed in part: {', '.join(score.misses)} | | | | | |")
    return lines
