"""First run: a welcome that names the sample program as fictional and offers a new program
(a short wizard) or a spreadsheet import instead."""

from mentordesk.gui.welcome.first_run import WelcomeDialog, show_welcome
from mentordesk.gui.welcome.wizard import NewProgramWizard

__all__ = ["NewProgramWizard", "WelcomeDialog", "show_welcome"]
