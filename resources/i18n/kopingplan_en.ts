<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesDialog</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>Att göra reminds you %n day(s) before the agreement ends.</source>
        <translation>
            <numerusform>Att göra reminds you %n day before the agreement ends.</numerusform>
            <numerusform>Att göra reminds you %n days before the agreement ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>%n older backup(s) removed there.</source>
        <translation>
            <numerusform>%n older backup removed there.</numerusform>
            <numerusform>%n older backups removed there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefOutputWords</name>
    <message numerus="yes">
        <source>Saved and signed: %n file(s), {names}.</source>
        <translation>
            <numerusform>Saved and signed: %n file, {names}.</numerusform>
            <numerusform>Saved and signed: %n files, {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) recorded as disclosures.</source>
        <translation>
            <numerusform>%n copy recorded as a disclosure.</numerusform>
            <numerusform>%n copies recorded as disclosures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Note: %n wrong passphrase(s) were tried since the vault was last opened.</source>
        <translation>
            <numerusform>Note: %n wrong passphrase was tried since the vault was last opened.</numerusform>
            <numerusform>Note: %n wrong passphrases were tried since the vault was last opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n half-written file(s) from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</source>
        <translation>
            <numerusform>Note: %n half-written file from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete it yourself.</numerusform>
            <numerusform>Note: %n half-written files from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other word(s), not repeated here</source>
        <translation>
            <numerusform>%n other word, not repeated here</numerusform>
            <numerusform>%n other words, not repeated here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernCorrection</name>
    <message numerus="yes">
        <source>Intake corrected %n time(s), last {time} by {who}: {reason}</source>
        <translation>
            <numerusform>Intake corrected %n time, last {time} by {who}: {reason}</numerusform>
            <numerusform>Intake corrected %n times, last {time} by {who}: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n concern</numerusform>
            <numerusform>%n concerns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message numerus="yes">
        <source>The certificate of %n recipient(s) ends within 30 days or has ended. Ask for a new one in time.</source>
        <translation>
            <numerusform>The certificate of %n recipient ends within 30 days or has ended. Ask for a new one in time.</numerusform>
            <numerusform>The certificates of %n recipients end within 30 days or have ended. Ask for new ones in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message numerus="yes">
        <source>Each attached brief is recorded as a disclosure of its own to each recipient, with its own SHA-256, beside the package&apos;s: %n brief(s).</source>
        <translation>
            <numerusform>Each attached brief is recorded as a disclosure of its own to each recipient, with its own SHA-256, beside the package&apos;s: %n brief.</numerusform>
            <numerusform>Each attached brief is recorded as a disclosure of its own to each recipient, with its own SHA-256, beside the package&apos;s: %n briefs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n disclosure(s) will be recorded.</source>
        <translation>
            <numerusform>In all, %n disclosure will be recorded.</numerusform>
            <numerusform>In all, %n disclosures will be recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSituationPage</name>
    <message numerus="yes">
        <source>%n copy(ies) made for someone else or for no recipient stay out of the package.</source>
        <translation>
            <numerusform>%n copy made for someone else or for no recipient stays out of the package.</numerusform>
            <numerusform>%n copies made for someone else or for no recipient stay out of the package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) (number {numbers})</source>
        <translation>
            <numerusform>%n case (number {numbers})</numerusform>
            <numerusform>%n cases (numbers {numbers})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation picture entry(ies)</source>
        <translation>
            <numerusform>%n situation picture entry</numerusform>
            <numerusform>%n situation picture entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the cases</source>
        <translation>
            <numerusform>%n file of the cases</numerusform>
            <numerusform>%n files of the cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>Revision {n}, adopted on {day} by {who}, with %n commitment(s).</source>
        <translation>
            <numerusform>Revision {n}, adopted on {day} by {who}, with %n commitment.</numerusform>
            <numerusform>Revision {n}, adopted on {day} by {who}, with %n commitments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeftoverNotice</name>
    <message numerus="yes">
        <source>%n half-written file(s) from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</source>
        <translation>
            <numerusform>%n half-written file from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete it yourself.</numerusform>
            <numerusform>%n half-written files from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Unsaved input of %n form(s) was kept, encrypted, when the vault was last locked or closed.</source>
        <translation>
            <numerusform>Unsaved input of %n form was kept, encrypted, when the vault was last locked or closed.</numerusform>
            <numerusform>Unsaved input of %n forms was kept, encrypted, when the vault was last locked or closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n item due today</numerusform>
            <numerusform>%n items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s). Ask the recipient for a new one in time.</source>
        <translation>
            <numerusform>The certificate expires in %n day. Ask the recipient for a new one in time.</numerusform>
            <numerusform>The certificate expires in %n days. Ask the recipient for a new one in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCopies</name>
    <message numerus="yes">
        <source>%n copy(ies) recorded as disclosures.</source>
        <translation>
            <numerusform>%n copy recorded as a disclosure.</numerusform>
            <numerusform>%n copies recorded as disclosures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>Delete %n record(s) for good? They cannot be brought back; only a backup made before still holds them.</source>
        <translation>
            <numerusform>Delete %n record for good? It cannot be brought back; only a backup made before still holds it.</numerusform>
            <numerusform>Delete %n records for good? They cannot be brought back; only a backup made before still holds them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n record deleted for good.</numerusform>
            <numerusform>%n records deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept; they come back for review in a year.</source>
        <translation>
            <numerusform>%n record kept; it comes back for review in a year.</numerusform>
            <numerusform>%n records kept; they come back for review in a year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milieu(s)</source>
        <translation>
            <numerusform>%n milieu</numerusform>
            <numerusform>%n milieus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies)</source>
        <translation>
            <numerusform>%n new entry</numerusform>
            <numerusform>%n new entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message numerus="yes">
        <source>%n wrong passphrase(s) were tried since the vault was last opened.</source>
        <translation>
            <numerusform>%n wrong passphrase was tried since the vault was last opened.</numerusform>
            <numerusform>%n wrong passphrases were tried since the vault was last opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockSafety</name>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereToTurnDialog</name>
    <message numerus="yes">
        <source>The sheet lists %n organisation(s).</source>
        <translation>
            <numerusform>The sheet lists %n organisation.</numerusform>
            <numerusform>The sheet lists %n organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a phone number, e-mail or address is left out.</source>
        <translation>
            <numerusform>%n without a phone number, e-mail or address is left out.</numerusform>
            <numerusform>%n without a phone number, e-mail or address are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name}: %n organisation(s) with their contact details.</source>
        <translation>
            <numerusform>Saved {name}: %n organisation with their contact details.</numerusform>
            <numerusform>Saved {name}: %n organisations with their contact details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit on the page.</source>
        <translation>
            <numerusform>%n did not fit on the page.</numerusform>
            <numerusform>%n did not fit on the page.</numerusform>
        </translation>
    </message>
</context>
</TS>
