"""Reports: every measure with its formula, the charts' series, at-risk lists, exports and the
rollover to a new cycle.
"""

from mentordesk.services.reports.district import (
    DistrictReport,
    DistrictRow,
    compute_district,
    district_programs,
    district_tables,
)
from mentordesk.services.reports.export import (
    export_csv,
    export_xlsx,
    measure_table,
    underlying_tables,
)
from mentordesk.services.reports.measures import (
    compare_programs,
    compute_measures,
    compute_previous,
    equivalent_period,
    period_for,
)
from mentordesk.services.reports.next_cycle import (
    RolloverCandidate,
    RolloverResult,
    rollover,
    rollover_candidates,
)

__all__ = [
    "DistrictReport",
    "DistrictRow",
    "RolloverCandidate",
    "RolloverResult",
    "compare_programs",
    "compute_district",
    "compute_measures",
    "compute_previous",
    "district_programs",
    "district_tables",
    "equivalent_period",
    "export_csv",
    "export_xlsx",
    "measure_table",
    "period_for",
    "rollover",
    "rollover_candidates",
    "underlying_tables",
]
