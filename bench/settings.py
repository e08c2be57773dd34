"""Settings for ``make bench``: the dev settings with a URLconf that adds the floor view.

The floor lives here rather than in ``portal.urls`` so production never serves it.
"""

from portal.settings.dev import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
