<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Meeting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wednesdays 15:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. School library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period (ending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals (from the Goals tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print a whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file each (per pair or person), in a One file per person, in a &amp;folderamp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Support check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concern raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported and what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s exit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee&apos;s exit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rematch decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing frees the mentor&apos;s capacity. A closed pair can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>Close pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include sensitive fields (date of birth, gender, pronouns, identity preferences, confidential notes, guardian details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The file will contain confidential and minors&apos; data. Keep it on this computer or share it only with people allowed to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the mentee&apos;s IDP (up to 3 goals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action steps: due date as YYYY-MM-DD; status to do, in progress or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpTab</name>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-term aspirations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term aspirations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDP goals, action plans, resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save IDP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file (Google Forms and Microsoft Forms exports work as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a program, or type a new name to create one with this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role if the file has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for rows without a role; a role column in the file wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Double-click a field to change it, or choose &quot;(ignore)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported. Fix them in the spreadsheet and choose the file again, or import the good rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with an e-mail already in the program or earlier in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Whole Cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agreements, IDPs or certificates of the program: one file each or one combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs scoring below this are not allowed. “none” = no minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also re-match mentees already &amp;paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria &amp;&amp; &amp;weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair the selected draft&apos;s mentor and mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional — kept in the audit log with the next pin, reject, exclusion or approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this pair in every re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never propose this pair again; re-run to fill the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the rotation grid as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this mentor (pin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingWeightsDialog</name>
    <message>
        <source>Matching criteria and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is the weighted mean of the criteria both people answered (0 = not used). Approved pairs keep the score they were approved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills offered vs sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills offered vs sought weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization unit weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority / grade gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority / grade gap weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly availability weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred format weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity preferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity preferences weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer the same unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer a different unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors must be more senior than mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal seniority gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… give or take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors must be cleared by screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash: mentees per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cadence and check-in rules of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected pair (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and upcoming check-ins, meetings, reviews and action steps. Look ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look ahead days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the due items and planned meetings as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the agreement, the IDP, the status sheet or the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prefilled e-mail to the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this proposed pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the pair (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the paused pair (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with date, type, reason and exit feedback; frees the mentor&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the closed pair (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the person is and their place in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matching compares. Separate several values with ; (semicolon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor screening: a mentor must be cleared, with a valid background check, to be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For minors: the parent or guardian and their consent. Confidential: hidden from printouts and exports unless asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional and confidential: hidden from printouts and exports unless you explicitly include them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (agreements, IDPs, summaries, certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG or JPEG picture (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name printed on signature lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the program&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;next cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll over: a new program with the participants who continue (no pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs the pair health rule flags on the period&apos;s last day. Double-click a pair to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year over year comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new program with the same settings and the participants you tick below. Their profiles and screening come along (background check expiry dates are kept); pairs do not. The old program stays for year-over-year comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who continues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone but withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the old program (it stays available for comparison)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to this program (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected people from this program (Delete); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the roster as PDF (sensitive fields only when you ask for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by name, email, department, screening…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program selected. Create one with Program ▸ New Program…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Cadence and check-in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s meeting cadence target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins in month one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian (minors) every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair is at risk when it has not met within 1.5 × the cadence, a check-in is overdue, the latest relationship rating is 2 or lower, or a safety concern is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>mentor</source>
        <extracomment>Every value a view shows, marked for the catalogs (the key is the stored value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New file created. To keep it unreadable without a passphrase, use File ▸ Protect with passphrase…</source>
        <extracomment>Set to print &quot;painted &lt;t&gt;&quot; and &quot;filled &lt;t&gt;&quot; (time.time()) on stderr as the window first paints and as the roster is filled; &quot;quit&quot; also ends the application then (bench/).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common.date_edit</name>
    <message>
        <source>e.g. 2010-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {example} or 2010-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk ran into a problem it did not expect. Everything saved before stays saved; the last action may not have been completed, so please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{__name__}: {error}

A report was written to {v2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common.printing</name>
    <message>
        <source>Could not write {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page shown; preparing the whole document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {v0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {v0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common.unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents.batch_print_dialog</name>
    <message>
        <source>Agreements of every active pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual Development Plans of every mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set for the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDFs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder: give the combined PDF a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a file: choose a folder for one file per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {v0} of {total} files were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing of this kind to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {total} documents saved in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the files: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files.dialogs</name>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open in another window. Open it read-only here (you can look, print and export, but not change anything)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Put the newest good backup in its place? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and there is no good backup of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The file as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: File ▸ Back up now… makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files.preferences</name>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MentorDesk data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help.about</name>
    <message>
        <source>see its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <source>MentorDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster: the program&apos;s participants, screening and guardians; import, export and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: propose mentor–mentee pairs, review them and approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: each pair&apos;s agreement, goals, meetings and check-ins; what is due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: the program&apos;s measures and charts, comparison, summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>The database is attached and the roster filled (the start-up benchmark waits for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Program: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <extracomment>Called once after the first paint instead of loading from ctx.db (the application sets it to open the file in the background, then calls attach_database).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} (Ctrl+{v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program {verb}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous content was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was restored.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MentorDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open MentorDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matching.actions</name>
    <message>
        <source>Matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal ready: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n pin(s) no longer hold and will not be approved: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matching cancelled; the previous drafts are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s); they are now active.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> Not approved ({v0}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval cancelled; no pair was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation: {rounds} rounds, no pair meets twice, {breaks} breaks; {quality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matching.commands</name>
    <message>
        <source>Run matcher ({matched} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin {pair}</source>
        <extracomment>Edit ▸ Undo&apos;s text for each draft action (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude {a_name} / {b_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exclusion {a_name} / {b_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change matching weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matching.models</name>
    <message>
        <source>pin no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity {capacity}, {used} in live pairs, {pinned} pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposed} proposed, {pinned} pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee_name}: score {score:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table · mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matching.view</name>
    <message>
        <source>Rotation schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash rotation schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-match &amp;paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the rotation first (Build rotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a program to match its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({value}): {eligible_mentees} mentees and {eligible_mentors} mentors can be matched, {slots} free mentor places. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal yet: choose the objective and press &lt;i&gt;Run matcher&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts: {drafts} ({pinned} pinned), total score {total}; {unmatched} unmatched after the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin {name} to {v1}; re-runs keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate mentor to pin to this mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pin {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already pinned to {mentee_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee_name} is already pinned to {mentor_name}; unpin that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; — {eligible} eligible of {v2} mentors, best first. Pick one and “Use this mentor” to swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Score &lt;b&gt;{score_text}&lt;/b&gt; / 100: a neutral 50, plus or minus each criterion&apos;s points:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>matching.weights_dialog</name>
    <message>
        <source>Matching criteria and weights — {value} program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults for {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.commands</name>
    <message>
        <source>Not done: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate pair</source>
        <extracomment>The title of each status change (Edit ▸ Undo, the reason prompt), translated where shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.dialogs</name>
    <message>
        <source>The {v0} is {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What the unsaved-changes question calls this form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: a date like 2026-12-01. Status: to do, in progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step}: the due date “{text}” is not a date like 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {v0}: status must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.form_tabs</name>
    <message>
        <source>Agreement {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the program&apos;s defaults, not saved yet: adjust and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian signed (adults: not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet: add them in the Goals tab.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual Development Plan of {mentee_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not saved yet: fill in and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Action plan: {plan}&lt;br&gt;Resources: {resources}&lt;br&gt;Mentor&apos;s role: {role}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No IDP goals yet: in the Goals tab, tick “Part of the mentee&apos;s IDP”.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.goals_tab</name>
    <message numerus="yes">
        <source>%n goal(s), {done} completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No goal selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;none yet&lt;/i&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;no progress logged&lt;/i&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Action steps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Progress log&lt;/b&gt; (latest {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.models</name>
    <message>
        <source> and {others} more reason{v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting within 1.5× the cadence, a check-in overdue, latest rating ≤ 2, or an open safety concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ OPEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.printing</name>
    <message>
        <source>Only for a pair closed as completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair status sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair &amp;status sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual Development Plan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IDP of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IDPs of the mentees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.rules</name>
    <message>
        <source>Change cadence rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.summaries</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n meeting(s) held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · next planned {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · next meeting due {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check-in due 2 days after the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian check-in due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest rating {latest_rating}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{red}%n open safety concern(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins due (the pair is not active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score:&lt;/b&gt; —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score {score:.0f}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#707070&apos;&gt;approved by {v0}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.tabs</name>
    <message>
        <source>Notes in amber are confidential: never printed or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed on {date}: {kind}&lt;/b&gt;&lt;br&gt;Reason: {reason} · initiated by {who} · rematch: {rematch}&lt;br&gt;Mentor&apos;s exit feedback: {mentor_feedback}&lt;br&gt;Mentee&apos;s exit feedback: {mentee_feedback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Paused&lt;/b&gt;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The pair is {value}.&lt;/b&gt; Close it here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Earlier closure {v0} ({v1}), reopened {v2}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairs.view</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor, mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n item(s), {overdue} overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} pairs · {risky} at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;lt;{v0}&amp;gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:{v0}&apos;&gt;(minor)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;Guardian: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: {value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Started {v0} · planned end {v1}&lt;br&gt;Meetings: {label}, {hours:.1f} h · target every {cadence_days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ Needs attention:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;On track.&lt;/b&gt;&lt;/span&gt; Next check-in due {checkin}; next meeting due {meeting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the pair pausing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it resuming?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the pair reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v0} pair — screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair should not start yet:
• </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

To go ahead anyway, say why (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a reason the pair keeps its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program is set up. The link:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy.passphrase</name>
    <message>
        <source>Passphrase</source>
        <extracomment>(attempt number, message to show) → (passphrase, remember) or None when cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right: %n try(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase {TRIES} times: {name} was not opened, and nothing in it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted (SQLCipher, AES-256): without the passphrase nobody can read it, and neither can you — keep the passphrase safe. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the protection (store the file unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is now protected with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous file is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy.person</name>
    <message>
        <source>Export the data held about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {v0} completely?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record about them is deleted ({records} records, in {programs}): profile, screening, guardian and consent, IDP, goals, match proposals, and their name in the audit log. &lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Edit ▸ Undo. Backups and exports made before now still hold their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {v0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before now still hold them: {shown}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep their %n pair(s) for the program&apos;s statistics, with “Former participant” in their place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their pairs completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name to confirm the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy.retention</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the program ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is erased once every program they are in has passed its retention period; their pairs are kept for the statistics with “Former participant”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {v1} (due since {due_since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for erasure today: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase these {count} people completely? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v0} people are due for erasure under the retention rule: Program ▸ Retention… shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programs.dialog</name>
    <message>
        <source>One-on-one</source>
        <extracomment>Receives the field values (the keyword arguments of ProgramService.create/update).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash / speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system&apos;s locale (A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More languages once the documents are translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programs.preferences_dialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These choices are for this computer and every data file. Paper, logo and the coordinator&apos;s name for one program are in Program ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user data folder (one folder per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system writes them ({locale_example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first, ISO (2010-11-22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system&apos;s locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when MentorDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.cards</name>
    <message>
        <source>{expected} expected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no earlier figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <source> — none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs by status at each month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ratings (check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates compared (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.models</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.rollover_dialog</name>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next cycle from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v0} of {total} participants continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.view</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term (quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and tables to &amp;Excel (XLSX)…</source>
        <extracomment>Emitted after a new report is on screen (tests and screenshots wait for it). The day the report is computed for; tests and screenshots set it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and tables to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;summary, whole cycle (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a program to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · figures as of {as_of:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  changes vs {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous: {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another program (e.g. last cycle) to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.worker</name>
    <message>
        <source>Could not compute the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.commands</name>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {people} from {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the new program “{program_name}” stays)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.export_dialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, opens in Excel, LibreOffice, Google Sheets (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program in the main window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.import_dialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for a new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {v0} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ({v0} good rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {total_rows} rows, read as {read_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import into “{program_name}”:&lt;/b&gt; {added} new, {updated} updated, {skipped} skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} with problems will be left out&lt;/b&gt; (see Problems).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Choose the file again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a program above, or type a name for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b91c1c&apos;&gt;{message}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v0} with problems will not be imported.

Import the other {v1} now? You can fix the problem rows in the spreadsheet and import them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m people written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.import_models</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.model</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>(label, colour) per screening state; colour-blind safe pairs and always with text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared · expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · minor (guardian consent applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Screening: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.participant_dialog</name>
    <message>
        <source>separate values with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.removal_dialog</name>
    <message>
        <source>Remove participants in live pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why do these pairs end? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mentor left the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End pairs and remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster.view</name>
    <message>
        <source>All roles</source>
        <extracomment>Typing waits this long for the next key before filtering (filtering itself takes ~5 ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster with sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;sensitive fields (gender, pronouns, notes…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase completely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {who} from this program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their screening, guardian and matching records in this program go with them, and any closed pair they were in. Edit ▸ Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{name} was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome.first_run</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MentorDesk&lt;/h2&gt;&lt;p&gt;Everything you record stays in one file on this computer. To look around first, MentorDesk has opened a &lt;b&gt;sample program&lt;/b&gt;: its people, pairs and notes are &lt;b&gt;fictional&lt;/b&gt;, made up to show every feature.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sample program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a roster, matches, pairs and reports made of fictional people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, format, dates, organization, logo, coordinator and meeting cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a program, then read your list (the template is {name}, File ▸ Import shows where it is).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome.wizard</name>
    <message>
        <source>One-on-one: each mentee has one mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / circle: a mentor with several mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer: participants mentor each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse: younger staff mentor senior staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash / speed: short rotating conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the program called, and how do people meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Mentoring 2027–28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the program&apos;s cycle begins and ends (a school year, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of agreements, certificates and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside High School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who families and mentors contact; printed on agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail or telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often pairs should meet; MentorDesk flags pairs that fall behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual meeting length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{error}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
