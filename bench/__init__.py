"""``make bench``: the portal's speed measured against a trivial-view floor (see run.py)."""
