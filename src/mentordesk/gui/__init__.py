"""The only package that imports PySide6: views, item models, dialogs, undo commands."""
