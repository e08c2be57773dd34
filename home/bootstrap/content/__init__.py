"""Demo content of the prescribed tree (S1), written from the university's regulations in
``seeds/``: the Kazakh text is the source, Russian and English are its translations.

``SITE_TREE`` is the kk HomePage spec with every descendant; the builder walks it.
"""

from home.bootstrap.content.home import HOME as SITE_TREE

__all__ = ["SITE_TREE"]
