"""``make bench``: SQL queries and req/s per page type and locale against a trivial-view floor.

Speed is measured here, not asserted in tests. Run from the repository root after
``make prepare`` (``make bench`` does both); it reads whatever database the settings
point at (``DATABASE_URL``) and writes ``bench/REPORT.md``. With ``--scale``
(``make bench-scale``) it measures flat cost with size instead and writes
``bench/SCALE.md`` (``bench/scale.py``); ``--search-speed`` measures only the search
results page of an already-built database and prints its table; ``--scale-pages-only
[LABEL…]`` prints the page table of a database that already holds that volume. Exit
status 1 means a page is over the query budget, a response was not 200, or a page to
measure was missing.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    # Run as a script, Python puts bench/ on sys.path, not the repository root.
    sys.path.insert(0, str(ROOT))
    # Everything the bench does, gunicorn included, uses the settings with the floor view.
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    arguments = sys.argv[1:] if argv is None else argv
    if "--search-speed" in arguments:
        from bench.scale import run_search_speed

        return run_search_speed()
    if "--scale-pages-only" in arguments:
        from bench.scale import run_scale_pages

        return run_scale_pages([a for a in arguments if not a.startswith("--")])
    if "--scale-search" in arguments:
        from bench.scale import run_scale_search

        return run_scale_search(ROOT)
    if "--scale" in arguments:
        from bench.scale import run_scale

        return run_scale(ROOT)
    from bench.harness import run

    return run(ROOT, argv)


if __name__ == "__main__":
    sys.exit(main())
