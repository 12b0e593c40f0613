"""Help: the user guides shipped inside the application, and About (version, file, licences)."""

from mentordesk.gui.help.about import AboutDialog
from mentordesk.gui.help.guide import GuideWindow

__all__ = ["AboutDialog", "GuideWindow"]
