"""The knowledge base of actors."""

from .base import Actor, KnowledgeBase, RoleSpan, kb_for_options, load_default_kb

__all__ = ["Actor", "KnowledgeBase", "RoleSpan", "kb_for_options", "load_default_kb"]
