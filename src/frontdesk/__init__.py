"""frontdesk: a self-hostable workflow engine for property-management operators."""

__version__ = "0.1.0"
