"""Documents: see ARCHITECTURE.md."""
