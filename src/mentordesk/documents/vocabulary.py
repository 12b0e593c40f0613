"""Words the documents print that come from data (statuses, formats, measure names…): marked
here so that they reach the translators' catalogs; the documents translate them with `_()`."""

from mentordesk.documents.i18n import M_

VOCABULARY = (
    # roles and statuses
    M_("mentor"), M_("mentee"), M_("both"), M_("guardian"),
    M_("applied"), M_("screened"), M_("trained"), M_("active"), M_("withdrawn"),
    M_("cleared"), M_("pending"), M_("expired"), M_("not cleared"),
    M_("proposed"), M_("paused"), M_("closed"), M_("draft"), M_("signed"), M_("none yet"),
    M_("open"), M_("completed"), M_("dropped"), M_("to do"), M_("in progress"), M_("done"),
    M_("held"), M_("cancelled"), M_("no-show"), M_("planned"),
    # meeting formats and contact methods
    M_("in person"), M_("video"), M_("phone"), M_("mixed"), M_("email"), M_("text"),
    # the program summary
    M_("Participants"), M_("Matching"), M_("Activity"), M_("Outcomes"),
    M_("Mentors"), M_("Mentees"), M_("Match rate"), M_("Mentor utilization"),
    M_("Active pairs"), M_("Paused pairs"), M_("Closed pairs"), M_("New pairs"),
    M_("Meetings held"), M_("Meetings vs. target"), M_("Mentoring hours"),
    M_("Check-ins done"), M_("Staff contact rate"), M_("Pairs at risk"),
    M_("Goal completion"), M_("Average goal progress"), M_("Average relationship rating"),
    M_("Closure rate"), M_("Early-closure rate"), M_("Retention"), M_("Average match length"),
    M_("Mentors cleared"), M_("Mentors pending"), M_("Mentors expired"),
    M_("Mentors not cleared"),
    M_("Status: applied"), M_("Status: screened"), M_("Status: trained"), M_("Status: active"),
    M_("Status: withdrawn"),
    M_("Open safety concern"), M_("Low relationship rating"), M_("No recent meeting"),
    M_("Guardian check-in overdue"), M_("Check-in overdue"), M_("Mentor not cleared"),
    M_("Other"),
    M_("completed as planned"), M_("ended early"),
    M_("Rotation schedule"), M_("Both roles"),
)  # fmt: skip
