"""Imported by the forkserver of `communique.scale.run_pool` (its only way to run code
before forking): builds and warms the default extraction pipeline once, so the workers
forked from it start with every model, matcher and the knowledge base already in memory."""

from .scale import preload

preload()
