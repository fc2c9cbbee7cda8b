"""vngov: Vietnamese government news -> queryable meetings, directives and deadlines."""

__version__ = "0.1.0"
