<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>common.printing</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>files.transfer</name>
    <message numerus="yes">
        <source>%n person(s) already in the target, reused</source>
        <translation>
            <numerusform>%n person already in the target, reused</numerusform>
            <numerusform>%n people already in the target, reused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>matching.actions</name>
    <message numerus="yes">
        <source> %n pin(s) no longer hold and will not be approved: </source>
        <translation>
            <numerusform> %n pin no longer holds and will not be approved: </numerusform>
            <numerusform> %n pins no longer hold and will not be approved: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s); they are now active.</source>
        <translation>
            <numerusform>Approved %n pair; it is now active.</numerusform>
            <numerusform>Approved %n pairs; they are now active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>matching.commands</name>
    <message numerus="yes">
        <source>Approve %n pair(s)</source>
        <translation>
            <numerusform>Approve %n pair</numerusform>
            <numerusform>Approve %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pairs.goals_tab</name>
    <message numerus="yes">
        <source>%n goal(s), {done} completed</source>
        <translation>
            <numerusform>%n goal, {done} completed</numerusform>
            <numerusform>%n goals, {done} completed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pairs.models</name>
    <message numerus="yes">
        <source> and %n more reason(s)</source>
        <translation>
            <numerusform> and %n more reason</numerusform>
            <numerusform> and %n more reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pairs.summaries</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n meeting(s) held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</source>
        <translation>
            <numerusform>&lt;b&gt;%n meeting held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</numerusform>
            <numerusform>&lt;b&gt;%n meetings held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{red}%n open safety concern(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>{red}%n open safety concern&lt;/b&gt;</numerusform>
            <numerusform>{red}%n open safety concerns&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pairs.view</name>
    <message numerus="yes">
        <source>{title}: %n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>{title}: %n item, {overdue} overdue</numerusform>
            <numerusform>{title}: %n items, {overdue} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privacy.passphrase</name>
    <message numerus="yes">
        <source>That passphrase is not right: %n try(s) left.</source>
        <translation>
            <numerusform>That passphrase is not right: %n try left.</numerusform>
            <numerusform>That passphrase is not right: %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privacy.person</name>
    <message numerus="yes">
        <source>Keep their %n pair(s) for the program&apos;s statistics, with “Former participant” in their place</source>
        <translation>
            <numerusform>Keep their %n pair for the program&apos;s statistics, with “Former participant” in their place</numerusform>
            <numerusform>Keep their %n pairs for the program&apos;s statistics, with “Former participant” in their place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports.district_panel</name>
    <message numerus="yes">
        <source>Previous cycles ({with_previous} of %n program(s))</source>
        <translation>
            <numerusform>Previous cycles ({with_previous} of %n program)</numerusform>
            <numerusform>Previous cycles ({with_previous} of %n programs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) · {start} – {end}</source>
        <translation>
            <numerusform>%n program · {start} – {end}</numerusform>
            <numerusform>%n programs · {start} – {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · compared with the previous cycles of %n program(s)</source>
        <translation>
            <numerusform> · compared with the previous cycles of %n program</numerusform>
            <numerusform> · compared with the previous cycles of %n programs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roster.commands</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roster.import_dialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roster.removal_dialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends this pair and removes it too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pairs:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roster.view</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
