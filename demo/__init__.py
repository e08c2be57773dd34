"""Demo content, users and measurements: what exists only to show the portal.

``demo`` may import the product; no product app imports ``demo``.
"""
