"""The models of the people app; each lives in the module named after what it keeps."""

from .units import Unit, UnitKind

__all__ = ["Unit", "UnitKind"]
