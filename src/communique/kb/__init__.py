"""The knowledge base of actors."""

from .base import Actor, KnowledgeBase, RoleSpan, load_default_kb

__all__ = ["Actor", "KnowledgeBase", "RoleSpan", "load_default_kb"]
