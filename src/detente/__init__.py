"""detente: evidence-backed political event data from news."""

__version__ = "0.1.0"
PIPELINE_VERSION = "detente-0.1.0"
