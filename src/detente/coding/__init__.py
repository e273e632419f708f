"""Coding resources: the CAMEO/PLOVER codebook and the actor knowledge base (data + loaders)."""
