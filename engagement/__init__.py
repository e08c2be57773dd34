"""Where the public and the units take part: information requests on statutory deadlines,
material submissions and public discussions, public councils. One Django app per
concern, so each keeps its own models, migrations and admin."""
