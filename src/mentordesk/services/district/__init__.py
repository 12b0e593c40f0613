"""District mode: who may work on which program on a PostgreSQL server (roles, policies,
assignments). On a file there is nothing to set up: whoever opens it sees everything."""

from mentordesk.services.district.roles import (
    AccessSummary,
    DistrictService,
    Grant,
    InitResult,
)

__all__ = ["AccessSummary", "DistrictService", "Grant", "InitResult"]
