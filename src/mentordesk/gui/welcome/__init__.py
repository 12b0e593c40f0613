"""First run: a welcome that names the sample program as fictional and offers a new program
(a short wizard) or a spreadsheet import instead.

The wizard loads on first use (PEP 562): the welcome opens on a first start while the sample
program is still being made, before the database layer the wizard needs has loaded.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import first_use
from mentordesk.gui.welcome.first_run import WelcomeDialog, show_welcome

if TYPE_CHECKING:
    from mentordesk.gui.welcome.wizard import NewProgramWizard


__getattr__ = first_use(__name__, {"NewProgramWizard": "wizard"})


__all__ = ["NewProgramWizard", "WelcomeDialog", "show_welcome"]
