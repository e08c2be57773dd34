"""Demo content written from the university's regulations in ``seeds/``: the texts of the
prescribed pages and the demo pages below them. The Kazakh text is the source, Russian
and English are its translations.

``SITE_TREE`` is the kk HomePage spec with every descendant; ``demo.builder`` walks it.
"""

from demo.content.home import HOME as SITE_TREE

__all__ = ["SITE_TREE"]
