"""First run: a welcome that names the sample program as fictional and offers a new program
(a short wizard) or a spreadsheet import instead.

The wizard loads on first use (PEP 562): the welcome opens on a first start while the sample
program is still being made, before the database layer the wizard needs has loaded.
"""

from typing import TYPE_CHECKING, Any

from mentordesk.gui.welcome.first_run import WelcomeDialog, show_welcome

if TYPE_CHECKING:
    from mentordesk.gui.welcome.wizard import NewProgramWizard


def __getattr__(name: str) -> Any:
    if name == "NewProgramWizard":
        from mentordesk.gui.welcome.wizard import NewProgramWizard

        return NewProgramWizard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["NewProgramWizard", "WelcomeDialog", "show_welcome"]
