"""District mode: the administrator's District ▸ Coordinators… dialog and its menu."""

from mentordesk.gui.district.coordinators_dialog import CoordinatorsDialog
from mentordesk.gui.district.menu import DistrictMenu

__all__ = ["CoordinatorsDialog", "DistrictMenu"]
