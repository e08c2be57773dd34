"""Operating the portal: backups of the database and uploads, and their restore (T3).

Owns no tables. The archive format is in ``archive``, the database engines in
``databases``, uploads in ``media``, the schema version in ``schema`` and the
manifest's contents in ``manifest``; the management commands only tie them together.
"""
