"""Titles attached to people: `communique.roles.extract.find_roles`."""
