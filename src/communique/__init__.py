"""Communiqué: an evidence-linked record of diplomacy from English and Arabic news.

    >>> import communique
    >>> readouts = communique.extract("The envoy met the minister in Geneva on Monday.")
"""

from .api import extract, load_pipeline, process
from .errors import CommuniqueError, InputError
from .model import Article, Entity, Event, Mention, Role, Span, TimeExpr
from .pipeline import Pipeline, stage
from .readout import SCHEMA_ID, validate

__version__ = "0.1.0"

__all__ = [
    "Article",
    "CommuniqueError",
    "Entity",
    "Event",
    "InputError",
    "Mention",
    "Pipeline",
    "Role",
    "SCHEMA_ID",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
    "load_pipeline",
    "process",
    "stage",
    "validate",
]
