"""Date and time formats per language (L1), found through ``FORMAT_MODULE_PATH``.

Django ships no Kazakh format module, so Kazakh fell back to the English defaults
("Қар. 20, 2026", "2 Т.Қ."); the Russian and English modules here only pin the
conventions a visitor of a Kazakh university expects (24-hour time). Each module
sets only what it overrides; everything else falls back to Django's module for
the language. Machine formats (feeds, iCalendar, ``datetime`` attributes) never go
through these names.
"""
