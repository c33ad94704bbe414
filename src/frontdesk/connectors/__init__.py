"""PMS/CRM connectors: CSV portfolio imports (and, later, signed webhooks and write-back)."""

from frontdesk.connectors.csv_import import ImportFailed, ImportReport, RowError, import_portfolio

__all__ = ["ImportFailed", "ImportReport", "RowError", "import_portfolio"]
