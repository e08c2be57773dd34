"""The models of the people app; each lives in the module named after what it keeps."""

from .directory import Category, Person, PublicPosition
from .pages import DirectoryPage, ExpertIndexPage
from .units import Unit, UnitKind

__all__ = [
    "Category",
    "DirectoryPage",
    "ExpertIndexPage",
    "Person",
    "PublicPosition",
    "Unit",
    "UnitKind",
]
