"""armstrace: evidence-backed graphs of weapons supply chains, read from articles."""

__version__ = "0.1.0"
