"""Importing: see ARCHITECTURE.md."""
