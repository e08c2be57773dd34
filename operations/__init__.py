"""Operating the portal: backups of the database and uploads, and their restore (T3).

Owns no tables. The archive format is in ``archive``, the database engines in
``databases``, uploads in ``media``, the schema version in ``schema`` and the
manifest's contents in ``manifest``; the management commands only tie them together.

An app of its own rather than commands in ``portal``: the project package registers its
templates and static folder explicitly (settings), and as an installed app it would
register them a second time.
"""
