"""The prescribed structure (S1, S2) and how ``bootstrap_portal`` builds it."""
