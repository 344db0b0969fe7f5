"""msgraph-lint: find the lines of MindSpore Graph-mode code that will hurt."""

__version__ = "0.1.0"
