<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>Created {record}</source>
        <translation>Skapade {record}</translation>
    </message>
    <message>
        <source>Changed {record}</source>
        <translation>Ändrade {record}</translation>
    </message>
    <message>
        <source>Deleted {record}</source>
        <translation>Raderade {record}</translation>
    </message>
    <message>
        <source>Opened {record}</source>
        <translation>Öppnade {record}</translation>
    </message>
    <message>
        <source>Viewed {record}</source>
        <translation>Visade {record}</translation>
    </message>
    <message>
        <source>Completed {record}</source>
        <translation>Slutförde {record}</translation>
    </message>
    <message>
        <source>Listed {record}</source>
        <translation>Visade lista över {record}</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>Skapade valvet</translation>
    </message>
    <message>
        <source>Unlocked the vault</source>
        <translation>Låste upp valvet</translation>
    </message>
    <message>
        <source>Backed up the vault</source>
        <translation>Säkerhetskopierade valvet</translation>
    </message>
    <message>
        <source>Restored the vault from a backup</source>
        <translation>Återställde valvet från säkerhetskopia</translation>
    </message>
    <message>
        <source>Changed the passphrase</source>
        <translation>Bytte lösenfras</translation>
    </message>
    <message>
        <source>Made a recovery key</source>
        <translation>Skapade återställningsnyckel</translation>
    </message>
    <message>
        <source>Removed the recovery key</source>
        <translation>Tog bort återställningsnyckeln</translation>
    </message>
    <message>
        <source>Printed the recovery sheet</source>
        <translation>Skrev ut återställningsbladet</translation>
    </message>
    <message>
        <source>Re-encrypted the vault under a new key</source>
        <translation>Krypterade om valvet med ny nyckel</translation>
    </message>
    <message>
        <source>Removed half-written files an interrupted save had left</source>
        <translation>Tog bort halvskrivna filer som en avbruten sparning lämnat</translation>
    </message>
    <message>
        <source>Saved a signed document</source>
        <translation>Sparade signerat dokument</translation>
    </message>
    <message>
        <source>Printed a signed document</source>
        <translation>Skrev ut signerat dokument</translation>
    </message>
    <message>
        <source>Looked at the log (follow-up)</source>
        <translation>Granskade loggen (logguppföljning)</translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation>Öppnade ärende</translation>
    </message>
    <message>
        <source>Moved case to another level</source>
        <translation>Flyttade ärende till annan nivå</translation>
    </message>
    <message>
        <source>Closed case</source>
        <translation>Avslutade ärende</translation>
    </message>
    <message>
        <source>Reopened case</source>
        <translation>Öppnade avslutat ärende på nytt</translation>
    </message>
    <message>
        <source>Recorded a disclosure</source>
        <translation>Registrerade utlämnande</translation>
    </message>
    <message>
        <source>Looked at the disclosure log</source>
        <translation>Visade utlämnandeloggen</translation>
    </message>
    <message>
        <source>Exported an encrypted package</source>
        <translation>Exporterade krypterat paket</translation>
    </message>
    <message>
        <source>Imported a package</source>
        <translation>Importerade paket</translation>
    </message>
    <message>
        <source>Changed the list of legal bases</source>
        <translation>Ändrade listan över rättsliga grunder</translation>
    </message>
    <message>
        <source>Registered a recipient</source>
        <translation>Registrerade mottagare</translation>
    </message>
    <message>
        <source>Verified a recipient&apos;s certificate</source>
        <translation>Verifierade mottagares certifikat</translation>
    </message>
    <message>
        <source>Retention: deleted for good</source>
        <translation>Gallrade (raderade för gott)</translation>
    </message>
    <message>
        <source>Retention: decided to keep</source>
        <translation>Beslutade att bevara (gallringsprövning)</translation>
    </message>
    <message>
        <source>Changed the retention periods</source>
        <translation>Ändrade gallringsfrister</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Ändrade inställning</translation>
    </message>
    <message>
        <source>Changed the backup settings</source>
        <translation>Ändrade inställningar för säkerhetskopior</translation>
    </message>
    <message>
        <source>Exported the certificate</source>
        <translation>Exporterade certifikatet</translation>
    </message>
    <message>
        <source>Changed the signing identity (imported PKCS#12)</source>
        <translation>Bytte signeringsidentitet (importerad PKCS#12)</translation>
    </message>
    <message>
        <source>Locked the vault</source>
        <translation>Låste valvet</translation>
    </message>
    <message>
        <source>Searched the vault (the number of hits)</source>
        <translation>Sökte i valvet (antal träffar)</translation>
    </message>
    <message>
        <source>Revised an exit plan</source>
        <translation>Reviderade individuell handlingsplan</translation>
    </message>
    <message>
        <source>Handed a seat in a working group over</source>
        <translation>Lämnade över en plats i arbetsgrupp</translation>
    </message>
    <message>
        <source>Moved an agenda item</source>
        <translation>Flyttade dagordningspunkt</translation>
    </message>
    <message>
        <source>Filled the vault with fictional demo data</source>
        <translation>Fyllde valvet med påhittade demouppgifter</translation>
    </message>
    <message>
        <source>Corrected note (earlier text kept)</source>
        <translation>Rättade anteckning (tidigare text sparad)</translation>
    </message>
    <message>
        <source>Wrote an overall assessment of the situation picture for a period</source>
        <translation>Skrev en samlad bedömning av lägesbilden för en period</translation>
    </message>
    <message>
        <source>Corrected an overall assessment of the situation picture (earlier text kept)</source>
        <translation>Rättade en samlad bedömning av lägesbilden (tidigare text sparad)</translation>
    </message>
    <message>
        <source>Took an incoming item into the situation picture</source>
        <translation>Tog in en inkommande uppgift i lägesbilden</translation>
    </message>
    <message>
        <source>Linked an incoming item to a case</source>
        <translation>Kopplade en inkommen uppgift till ett ärende</translation>
    </message>
    <message>
        <source>Moved an incoming item to another case</source>
        <translation>Flyttade en inkommen uppgift till ett annat ärende</translation>
    </message>
    <message>
        <source>Unlinked an incoming item from its case</source>
        <translation>Kopplade bort en inkommen uppgift från dess ärende</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy of an incoming file</source>
        <translation>Sparade en okrypterad kopia av en inkommen fil</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Bifogade en fil</translation>
    </message>
    <message>
        <source>Viewed an attachment</source>
        <translation>Visade en bilaga</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy of an attachment</source>
        <translation>Sparade en okrypterad kopia av en bilaga</translation>
    </message>
    <message>
        <source>Removed an attachment</source>
        <translation>Tog bort en bilaga</translation>
    </message>
    <message>
        <source>Listed attachments</source>
        <translation>Listade bilagor</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Registrerade samtycke</translation>
    </message>
    <message>
        <source>Recorded that a consent was withdrawn</source>
        <translation>Registrerade att ett samtycke återkallats</translation>
    </message>
    <message>
        <source>Looked at a case&apos;s consents</source>
        <translation>Visade ärendets samtycken</translation>
    </message>
    <message>
        <source>Set a flag on a case</source>
        <translation>Satte en flagga på ett ärende</translation>
    </message>
    <message>
        <source>Cleared a flag on a case (kept in its history)</source>
        <translation>Tog bort en flagga från ett ärende (finns kvar i historiken)</translation>
    </message>
    <message>
        <source>Changed a case&apos;s priority</source>
        <translation>Ändrade ett ärendes prioritet</translation>
    </message>
    <message>
        <source>Recorded support given after an incident</source>
        <translation>Registrerade stöd efter en händelse</translation>
    </message>
    <message>
        <source>Linked an incident to situation entries</source>
        <translation>Kopplade en händelse till lägesbildsposter</translation>
    </message>
    <message>
        <source>Marked an incident&apos;s follow-up done</source>
        <translation>Markerade uppföljningen av en händelse som klar</translation>
    </message>
    <message>
        <source>Took in a concern</source>
        <translation>Tog emot inkommande oro</translation>
    </message>
    <message>
        <source>Recorded the screening decision on a concern</source>
        <translation>Registrerade beslut om inkommande oro</translation>
    </message>
    <message>
        <source>Corrected a concern&apos;s intake (earlier version kept)</source>
        <translation>Rättade uppgifter om inkommande oro (tidigare version sparad)</translation>
    </message>
    <message>
        <source>Opened a concern</source>
        <translation>Öppnade inkommande oro</translation>
    </message>
    <message>
        <source>Listed incoming concerns</source>
        <translation>Listade inkommande oro</translation>
    </message>
    <message>
        <source>Gave a register extract (GDPR art. 15)</source>
        <translation>Lämnade registerutdrag (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Reviewed a register extract before giving it</source>
        <translation>Granskade registerutdrag inför utlämnande</translation>
    </message>
    <message>
        <source>Copied note to the clipboard</source>
        <translation>Kopierade anteckning till urklipp</translation>
    </message>
    <message>
        <source>Corrected contact (earlier text kept)</source>
        <translation>Rättade kontakt (tidigare text sparad)</translation>
    </message>
    <message>
        <source>Copied contact to the clipboard</source>
        <translation>Kopierade kontakt till urklipp</translation>
    </message>
    <message>
        <source>Removed person from case</source>
        <translation>Tog bort person från ärende</translation>
    </message>
    <message>
        <source>Added a revision of the action plan</source>
        <translation>Lade till en revision av handlingsplanen</translation>
    </message>
    <message>
        <source>Corrected a revision of the action plan</source>
        <translation>Rättade en revision av handlingsplanen</translation>
    </message>
    <message>
        <source>Added a commitment to the action plan</source>
        <translation>Lade till ett åtagande i handlingsplanen</translation>
    </message>
    <message>
        <source>Corrected a commitment of the action plan</source>
        <translation>Rättade ett åtagande i handlingsplanen</translation>
    </message>
    <message>
        <source>Removed a commitment of the action plan</source>
        <translation>Tog bort ett åtagande i handlingsplanen</translation>
    </message>
    <message>
        <source>Recorded an activity at the general level</source>
        <translation>Registrerade en aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>Corrected an activity at the general level</source>
        <translation>Rättade en aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>Removed an activity at the general level</source>
        <translation>Tog bort en aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>Recorded an agreement with a partner</source>
        <translation>Registrerade ett avtal med samarbetspartner</translation>
    </message>
    <message>
        <source>Corrected an agreement with a partner</source>
        <translation>Rättade ett avtal med samarbetspartner</translation>
    </message>
    <message>
        <source>Removed an agreement with a partner</source>
        <translation>Tog bort ett avtal med samarbetspartner</translation>
    </message>
    <message>
        <source>Recorded what was decided before an agreement ends</source>
        <translation>Registrerade beslut inför att ett avtal löper ut</translation>
    </message>
    <message>
        <source>Saved the sheet &apos;Where do I turn?&apos; (organisations only)</source>
        <translation>Sparade bladet Vart vänder jag mig? (bara organisationer)</translation>
    </message>
    <message>
        <source>Saved and signed: {name} (document id {id}).</source>
        <translation>Sparad och signerad: {name} (dokument-id {id}).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Avbrutet: inget sparades.</translation>
    </message>
    <message>
        <source>Making and signing the report…</source>
        <translation>Rapporten tas fram och signeras …</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Only this &amp;case</source>
        <translation>Bara det här &amp;ärendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Rows in the log that match: {count}</source>
        <translation>Loggrader som matchar: {count}</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>ärende {number}</translation>
    </message>
    <message>
        <source>Access log follow-up</source>
        <translation>Logguppföljning</translation>
    </message>
    <message>
        <source>Who opened, changed, printed or disclosed what in the vault. The log names the records, never their content. Looking at it is itself logged.</source>
        <translation>Vem som öppnade, ändrade, skrev ut eller lämnade ut vad i valvet. Loggen anger vilka poster det gäller, aldrig deras innehåll. Att du granskar loggen loggas också.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Händelse:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>&amp;Print signed…</source>
        <translation>Skriv &amp;ut signerad …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>AccessLogRecord</name>
    <message>
        <source>case</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>level change</source>
        <translation>nivåändring</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>participant in a case</source>
        <translation>deltagare i ärende</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>situation entry</source>
        <translation>lägesbildspost</translation>
    </message>
    <message>
        <source>overall assessment of the situation picture</source>
        <translation>samlad bedömning av lägesbilden</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>arbetsgrupp</translation>
    </message>
    <message>
        <source>group membership</source>
        <translation>gruppmedlemskap</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>meeting attendee</source>
        <translation>mötesdeltagare</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>dagordningspunkt</translation>
    </message>
    <message>
        <source>meeting action</source>
        <translation>mötesåtgärd</translation>
    </message>
    <message>
        <source>exit plan</source>
        <translation>individuell handlingsplan</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>relative support</source>
        <translation>anhörigstöd</translation>
    </message>
    <message>
        <source>relative contact</source>
        <translation>anhörigkontakt</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>utlämnande</translation>
    </message>
    <message>
        <source>incident (undue influence)</source>
        <translation>händelse (otillåten påverkan)</translation>
    </message>
    <message>
        <source>action plan revision</source>
        <translation>revision av handlingsplanen</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>incoming item</source>
        <translation>inkommen uppgift</translation>
    </message>
    <message>
        <source>imported package</source>
        <translation>importerat paket</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>åtkomstlogg</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>activity at the general level</source>
        <translation>aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>agreement with a partner</source>
        <translation>avtal med samarbetspartner</translation>
    </message>
    <message>
        <source>commitment of the action plan</source>
        <translation>åtagande i handlingsplanen</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
</context>
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort …</translation>
    </message>
    <message>
        <source>No activity is recorded here. Record one with New activity…</source>
        <translation>Ingen aktivitet är registrerad här. Registrera en med Ny aktivitet …</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>(removed from the registry)</source>
        <translation>(borttagen ur registret)</translation>
    </message>
    <message>
        <source>Own unit</source>
        <translation>Egen enhet</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>{activities}, {participants} in all</source>
        <translation>{activities}, sammanlagt {participants}</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Remove the activity “{title}” of {day}? This cannot be undone.</source>
        <translation>Ta bort aktiviteten ”{title}” den {day}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Activities at the general level</source>
        <translation>Aktiviteter på generell nivå</translation>
    </message>
    <message>
        <source>Information meetings, trainings of staff, campaigns, dialogues with faith communities and associations, school workshops: work that reaches many and names no one. The newest is at the top.</source>
        <translation>Informationsmöten, utbildningar för personal, kampanjer, dialoger med trossamfund och föreningar, workshoppar i skolan: arbete som når många och inte pekar ut någon. Den senaste står överst.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Ny aktivitet …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna …</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <source>Ac&amp;tivities at the general level…</source>
        <translation>Ak&amp;tiviteter på generell nivå …</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity at the general level</source>
        <translation>Ny aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>Activity on {day}</source>
        <translation>Aktivitet den {day}</translation>
    </message>
    <message>
        <source>Own unit (the coordinator)</source>
        <translation>Egen enhet (samordnaren)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Activity at the general level</source>
        <translation>Aktivitet på generell nivå</translation>
    </message>
    <message>
        <source>No personal data is needed here, and none is asked for: write no names of participants. The participants are a number; the target group is said in words.</source>
        <translation>Här behövs inga personuppgifter och inga efterfrågas: skriv inga namn på deltagare. Deltagarna anges som ett antal och målgruppen med ord.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What it was, in a line: &quot;Information evening on online radicalisation&quot;</source>
        <translation>Vad det var, på en rad: ”Informationskväll om radikalisering på nätet”</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Samarbets&amp;partner:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>Who it was for, in words: &quot;staff at the secondary schools&quot;, &quot;parents&quot;</source>
        <translation>Vilka det var för, med ord: ”personal på högstadieskolorna”, ”föräldrar”</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teman:</translation>
    </message>
    <message>
        <source>Number of partic&amp;ipants:</source>
        <translation>Antal de&amp;ltagare:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>inte räknat</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Vad som gjordes:</translation>
    </message>
    <message>
        <source>Content, material used, how it went</source>
        <translation>Innehåll, material som användes, hur det gick</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Följ upp den:</translation>
    </message>
    <message>
        <source>Follow-up &amp;note:</source>
        <translation>Anteckning om &amp;uppföljning:</translation>
    </message>
    <message>
        <source>What to follow up: &quot;ask the schools whether the training is needed again&quot;</source>
        <translation>Vad som ska följas upp: ”fråga skolorna om utbildningen behövs igen”</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>(a topic of its own)</source>
        <translation>(eget ämne)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Lä&amp;gg till</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagordningspunkt</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Ny dagordningspunkt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Part of the case title</source>
        <translation>En del av ärendets rubrik</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>&amp;Situation picture entry:</source>
        <translation>&amp;Lägesbildspost:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>What the meeting should know or discuss (optional)</source>
        <translation>Vad mötet behöver veta eller diskutera (frivilligt)</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>Reminder before the end handled on {day}: {outcome}</source>
        <translation>Påminnelsen före slutdatum hanterades {day}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>Att göra reminds you %n day(s) before the agreement ends.</source>
        <translation>
            <numerusform>Att göra påminner dig %n dag innan avtalet löper ut.</numerusform>
            <numerusform>Att göra påminner dig %n dagar innan avtalet löper ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation>&amp;Vad det gäller:</translation>
    </message>
    <message>
        <source>In a line: &quot;mentor support for young people who want to leave&quot;</source>
        <translation>På en rad: ”mentorsstöd för unga som vill lämna”</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Diary number, contact person&apos;s role, what is followed up</source>
        <translation>Diarienummer, kontaktpersonens roll, vad som följs upp</translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <source>&amp;Agreements (IOP and others):</source>
        <translation>&amp;Avtal (IOP och andra):</translation>
    </message>
    <message>
        <source>Ne&amp;w agreement…</source>
        <translation>Nytt a&amp;vtal …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad det gäller</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Handled {day}</source>
        <translation>Hanterad {day}</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>Inget avtal registrerat.</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Ta bort avtal</translation>
    </message>
    <message>
        <source>Remove the agreement “{title}”? This cannot be undone.</source>
        <translation>Ta bort avtalet ”{title}”? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>AssessmentChart</name>
    <message>
        <source>The exit plan&apos;s assessment, revision by revision</source>
        <translation>Exitplanens bedömning, revision för revision</translation>
    </message>
    <message>
        <source>Motivation has fallen from {before} to {now} since the last revision.</source>
        <translation>Motivationen har sjunkit från {before} till {now} sedan förra revisionen.</translation>
    </message>
    <message>
        <source>Needs in the last two revisions: {areas}.</source>
        <translation>Behov i de två senaste revisionerna: {areas}.</translation>
    </message>
    <message>
        <source>Not assessed in the last two revisions: {areas}.</source>
        <translation>Inte bedömt i de två senaste revisionerna: {areas}.</translation>
    </message>
    <message>
        <source>Nothing stands out since the last revision.</source>
        <translation>Inget sticker ut sedan förra revisionen.</translation>
    </message>
    <message>
        <source>● a need   ○ no need   ? not known</source>
        <translation>● behov   ○ inget behov   ? okänt</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Correct the overall assessment</source>
        <translation>Rätta den samlade bedömningen</translation>
    </message>
    <message>
        <source>New overall assessment of the situation picture</source>
        <translation>Ny samlad bedömning av lägesbilden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bedömning:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>What the entries of the period say about the milieus and orientations, and how the picture has changed since the period before.</source>
        <translation>Vad periodens poster säger om miljöerna och inriktningarna, och hur bilden har förändrats sedan perioden före.</translation>
    </message>
    <message>
        <source>Why it is corrected (kept with the text)</source>
        <translation>Varför den rättas (sparas med texten)</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>No assessment written yet. Write the first for a half-year or a year with New assessment…</source>
        <translation>Ingen bedömning är skriven än. Skriv den första för ett halvår eller ett år med Ny bedömning …</translation>
    </message>
    <message>
        <source>No overall assessment yet. Write one for a period with New assessment…</source>
        <translation>Ingen samlad bedömning ännu. Skriv en för en period med Ny bedömning …</translation>
    </message>
    <message>
        <source>Earlier text, written by {who}, replaced {when} by {by}{reason}:</source>
        <translation>Tidigare text, skriven av {who}, ersatt {when} av {by}{reason}:</translation>
    </message>
    <message>
        <source>The overall assessment of the situation picture for a period (a half-year, a year): what the entries say, and how the picture has changed. A correction keeps the earlier text. The period report prints it with the entries and a comparison with the period before, signed.</source>
        <translation>Den samlade bedömningen av lägesbilden för en period (ett halvår, ett år): vad posterna säger och hur bilden har förändrats. Vid en rättelse sparas den tidigare texten. Periodrapporten skriver ut bedömningen med posterna och en jämförelse med perioden före, signerad.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Period assessments</source>
        <translation>Bedömningar per period</translation>
    </message>
    <message>
        <source>The chosen assessment in full</source>
        <translation>Den valda bedömningen i sin helhet</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny bedömning …</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Rät&amp;ta …</translation>
    </message>
    <message>
        <source>Perio&amp;d report…</source>
        <translation>Perio&amp;drapport …</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Föregående sida</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nästa sida</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia …</translation>
    </message>
    <message>
        <source>Write an unencrypted copy to a file you choose (logged)</source>
        <translation>Skriv en okrypterad kopia till en fil du väljer (loggas)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Incoming file {id}</source>
        <translation>Inkommen fil {id}</translation>
    </message>
    <message>
        <source>Incoming file from {name}, received {day}: {kind}, {size}</source>
        <translation>Inkommen fil från {name}, mottagen {day}: {kind}, {size}</translation>
    </message>
    <message>
        <source>Attachment {id}</source>
        <translation>Bilaga {id}</translation>
    </message>
    <message>
        <source>{kind}, {size}, added {day} by {name}</source>
        <translation>{kind}, {size}, tillagd {day} av {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>This page cannot be shown: the file is damaged. Save a copy to try another program.</source>
        <translation>Sidan kan inte visas: filen är skadad. Spara en kopia och försök med ett annat program.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Bifoga en fil …</translation>
    </message>
    <message>
        <source>Keep a PDF, an image, an Office or OpenDocument file or an e-mail with this record, encrypted in the vault</source>
        <translation>Spara en PDF, en bild, en Office- eller OpenDocument-fil eller ett e-postmeddelande med posten, krypterat i valvet</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Documents, images and e-mail ({patterns})</source>
        <translation>Dokument, bilder och e-post ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia …</translation>
    </message>
    <message>
        <source>Attachments of case {id}, its notes and concerns</source>
        <translation>Bilagor till ärende {id}, dess anteckningar och inkommande oro</translation>
    </message>
    <message>
        <source>Attachments of note {id}</source>
        <translation>Bilagor till anteckning {id}</translation>
    </message>
    <message>
        <source>Attachments of meeting {id}</source>
        <translation>Bilagor till möte {id}</translation>
    </message>
    <message>
        <source>Attachments of incident {id}</source>
        <translation>Bilagor till otillåten påverkan {id}</translation>
    </message>
    <message>
        <source>Attachments of concern {id}</source>
        <translation>Bilagor till inkommande oro {id}</translation>
    </message>
    <message>
        <source>Attachments of the action plan&apos;s revision (record {id})</source>
        <translation>Bilagor till handlingsplanens revision (post {id})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tillagd av</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Hör till</translation>
    </message>
    <message>
        <source>At most {file} MiB a file and {total} MiB for all attachments of the vault. PDFs and images are shown here; other files can be saved as a copy.</source>
        <translation>Högst {file} MiB per fil och {total} MiB för valvets alla bilagor. PDF:er och bilder visas här; andra filer kan sparas som kopia.</translation>
    </message>
    <message>
        <source>note {id}</source>
        <translation>anteckning {id}</translation>
    </message>
    <message>
        <source>concern {id}</source>
        <translation>inkommande oro {id}</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>ärendet</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Inga bilagor ännu.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Bifogar {name} …</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Bifogar …</translation>
    </message>
    <message>
        <source>{name} was attached.</source>
        <translation>{name} bifogades.</translation>
    </message>
    <message>
        <source>Opening the attachment…</source>
        <translation>Öppnar bilagan …</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Spara en kopia av bilagan</translation>
    </message>
    <message>
        <source>Files (*.{extension})</source>
        <translation>Filer (*.{extension})</translation>
    </message>
    <message>
        <source>A copy was saved to {path}. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>En kopia sparades i {path}. Den är inte krypterad: radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia …</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>Ta bort bilagan?</translation>
    </message>
    <message>
        <source>{name} is deleted from the vault for good. A copy saved earlier is not touched. Remove it?</source>
        <translation>{name} raderas för gott ur valvet. En kopia som sparats tidigare berörs inte. Ta bort den?</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} togs bort.</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>&amp;Bilagor …</translation>
    </message>
    <message>
        <source>Files kept with this case and its notes, encrypted in the vault</source>
        <translation>Filer som sparats med ärendet och dess anteckningar, krypterade i valvet</translation>
    </message>
    <message>
        <source>Show the chosen PDF or image in the program, without a copy on disk</source>
        <translation>Visa vald PDF eller bild i programmet, utan någon kopia på disken</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the chosen attachment to a file you choose (logged)</source>
        <translation>Skriv en okrypterad kopia av vald bilaga till en fil du väljer (loggas)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort …</translation>
    </message>
    <message>
        <source>Files kept with this meeting, encrypted in the vault</source>
        <translation>Filer som sparats med mötet, krypterade i valvet</translation>
    </message>
    <message>
        <source>Files kept with this incident, encrypted in the vault</source>
        <translation>Filer som sparats med händelsen, krypterade i valvet</translation>
    </message>
    <message>
        <source>Files kept with this concern, encrypted in the vault</source>
        <translation>Filer som sparats med oron, krypterade i valvet</translation>
    </message>
    <message>
        <source>The revision&apos;s adopted text as a PDF, and other files kept with it, encrypted in the vault</source>
        <translation>Revisionens antagna text som PDF, och andra filer som hör till den, krypterade i valvet</translation>
    </message>
    <message>
        <source>Save it first; then files can be attached.</source>
        <translation>Spara först; sedan kan filer bifogas.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row {seq} was changed after it was written</source>
        <translation>rad {seq} har ändrats efter att den skrevs</translation>
    </message>
    <message>
        <source>rows before {seq} are missing</source>
        <translation>rader före {seq} saknas</translation>
    </message>
    <message>
        <source>row {seq} was inserted or renumbered</source>
        <translation>rad {seq} har lagts in eller numrerats om</translation>
    </message>
    <message>
        <source>row {seq} does not follow the row before it</source>
        <translation>rad {seq} hänger inte ihop med raden före</translation>
    </message>
    <message>
        <source>rows after {seq} were removed from the end</source>
        <translation>rader efter {seq} har tagits bort i slutet</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying the vault</source>
        <translation>Kopierar valvet</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Kontrollerar kopian</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Tar bort gamla säkerhetskopior</translation>
    </message>
    <message>
        <source>Copying the backup</source>
        <translation>Kopierar säkerhetskopian</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Kontrollerar säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Folder for the backup</source>
        <translation>Mapp för säkerhetskopian</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Välj en mapp för säkerhetskopian.</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Säkerhetskopierar valvet …</translation>
    </message>
    <message>
        <source>The backup is made and checked: {folder} ({size}).</source>
        <translation>Säkerhetskopian är gjord och kontrollerad: {folder} ({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed there.</source>
        <translation>
            <numerusform>%n äldre säkerhetskopia togs bort där.</numerusform>
            <numerusform>%n äldre säkerhetskopior togs bort där.</numerusform>
        </translation>
    </message>
    <message>
        <source>That folder is on this computer&apos;s own drive: a lost laptop takes the backup along. Use a USB stick or another drive.</source>
        <translation>Mappen ligger på datorns egen disk: en förlorad dator tar med sig säkerhetskopian. Använd ett USB-minne eller en annan enhet.</translation>
    </message>
    <message>
        <source>Cancelled. No backup was made; nothing changed.</source>
        <translation>Avbrutet. Ingen säkerhetskopia gjordes; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>BriefCopies</name>
    <message>
        <source>Not named (your own copy)</source>
        <translation>Inte namngivet (ditt eget exemplar)</translation>
    </message>
    <message>
        <source>{name} (own unit)</source>
        <translation>{name} (egen enhet)</translation>
    </message>
    <message>
        <source>Choose the legal basis</source>
        <translation>Välj rättslig grund</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>inte namngivet</translation>
    </message>
    <message>
        <source>Copy {n}: {who} – a disclosure</source>
        <translation>Exemplar {n}: {who} – ett utlämnande</translation>
    </message>
    <message>
        <source>Copy {n}: {who}</source>
        <translation>Exemplar {n}: {who}</translation>
    </message>
    <message>
        <source>Not named: a copy for yourself. It is logged, and is no disclosure.</source>
        <translation>Inte namngivet: ett exemplar för dig själv. Det loggas och är inget utlämnande.</translation>
    </message>
    <message>
        <source>Choose a recipient: the copies are numbered by recipient.</source>
        <translation>Välj mottagare: exemplaren numreras efter mottagare.</translation>
    </message>
    <message>
        <source>Outside your own unit: this copy is a disclosure. Give the legal basis, who decided it, their role and the purpose.</source>
        <translation>Utanför din egen enhet: exemplaret är ett utlämnande. Ange rättslig grund, vem som beslutade, beslutsfattarens roll och syftet.</translation>
    </message>
    <message>
        <source>Your own unit: the copy is logged, and is no disclosure.</source>
        <translation>Din egen enhet: exemplaret loggas och är inget utlämnande.</translation>
    </message>
    <message>
        <source>{field} (copy {n})</source>
        <translation>{field} (exemplar {n})</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Save as signed PDF</source>
        <translation>Spara som signerad PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Brief for the meeting of {group}, {time}</source>
        <translation>Underlag för mötet i {group}, {time}</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Mötesunderlag</translation>
    </message>
    <message>
        <source>Case brief</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>ärende {number}</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Nothing was saved and no file was replaced. Save under another name.</source>
        <translation>Ingenting sparades och ingen fil ersattes. Spara under ett annat namn.</translation>
    </message>
    <message>
        <source>The current situation picture</source>
        <translation>Lägesbilden just nu</translation>
    </message>
    <message>
        <source>The whole situation picture, each entry with its source. Every copy has a recipient: a copy outside your own unit is a disclosure, without the sources unless you tick them for it.</source>
        <translation>Hela lägesbilden, varje post med sin källa. Varje exemplar har en mottagare: ett exemplar utanför din egen enhet är ett utlämnande, utan källorna om du inte kryssar i dem för det.</translation>
    </message>
    <message>
        <source>{case} contributes:</source>
        <translation>Från {case} tas med:</translation>
    </message>
    <message>
        <source>{case} is left out: the agenda names it, nothing more.</source>
        <translation>{case} lämnas utanför: dagordningen nämner ärendet, inget mer.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Choose what the brief shows. Leave out what the readers do not need: names are off unless you add them.</source>
        <translation>Välj vad underlaget visar. Ta inte med det som läsarna inte behöver: namn är avstängda om du inte lägger till dem.</translation>
    </message>
    <message>
        <source>What each case contributes</source>
        <translation>Vad varje ärende bidrar med</translation>
    </message>
    <message>
        <source>&amp;Cases in the brief:</source>
        <translation>&amp;Ärenden i underlaget:</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;vå</translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation>&amp;Inriktning</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <source>Level &amp;history</source>
        <translation>Nivå&amp;historik</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>Insatse&amp;r</translation>
    </message>
    <message>
        <source>E&amp;xit plan assessment</source>
        <translation>Inledande &amp;bedömning</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Uppföl&amp;jningar</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Tidigare beslu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Tids&amp;linje</translation>
    </message>
    <message>
        <source>Profession&amp;als</source>
        <translation>&amp;Professionella</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name</source>
        <translation>Personens &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Relatives&apos; names</source>
        <translation>&amp;Anhörigas namn</translation>
    </message>
    <message>
        <source>Names of those called on the co&amp;ver</source>
        <translation>&amp;Kallade på försättsbladet</translation>
    </message>
    <message>
        <source>Sit&amp;uation picture</source>
        <translation>Lä&amp;gesbild</translation>
    </message>
    <message>
        <source>Cop&amp;ies:</source>
        <translation>&amp;Exemplar:</translation>
    </message>
    <message>
        <source>Copies and their recipients</source>
        <translation>Exemplar och mottagare</translation>
    </message>
    <message>
        <source>Add cop&amp;y</source>
        <translation>Lägg till e&amp;xemplar</translation>
    </message>
    <message>
        <source>Remove copy</source>
        <translation>Ta bort exemplar</translation>
    </message>
    <message>
        <source>R&amp;ecipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Rättslig grund:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslutat av:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Sy&amp;fte:</translation>
    </message>
    <message>
        <source>Save as si&amp;gned PDF…</source>
        <translation>Spara som signerad P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Your choices for this brief from before the vault was locked are back. Save or print it, or close the window to throw them away.</source>
        <translation>Dina val för underlaget från innan valvet låstes är tillbaka. Spara eller skriv ut det, eller stäng fönstret om du inte vill behålla valen.</translation>
    </message>
</context>
<context>
    <name>BriefMenu</name>
    <message>
        <source>The current situation &amp;picture (brief)…</source>
        <translation>Läges&amp;bilden just nu (underlag) …</translation>
    </message>
    <message>
        <source>Check a &amp;brief…</source>
        <translation>Kontrollera &amp;underlag …</translation>
    </message>
</context>
<context>
    <name>BriefOutputWords</name>
    <message>
        <source>Cancelled: nothing was saved or printed.</source>
        <translation>Avbrutet: ingenting sparades eller skrevs ut.</translation>
    </message>
    <message>
        <source>Nothing was saved and no file was replaced. Save under another name.</source>
        <translation>Ingenting sparades och ingen fil ersattes. Spara under ett annat namn.</translation>
    </message>
    <message numerus="yes">
        <source>Saved and signed: %n file(s), {names}.</source>
        <translation>
            <numerusform>Sparat och signerat: %n fil, {names}.</numerusform>
            <numerusform>Sparat och signerat: %n filer, {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) recorded as disclosures.</source>
        <translation>
            <numerusform>%n exemplar registrerat som utlämnande.</numerusform>
            <numerusform>%n exemplar registrerade som utlämnanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing the brief…</source>
        <translation>Underlaget signeras …</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>Sent to the printer {name}.</source>
        <translation>Skickat till skrivaren {name}.</translation>
    </message>
</context>
<context>
    <name>BriefPrint</name>
    <message>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut …</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}…</source>
        <translation>Skriver ut sida {page} av {total} …</translation>
    </message>
</context>
<context>
    <name>BriefVerifyDialog</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Signaturen kontrolleras …</translation>
    </message>
    <message>
        <source>Choose a signed PDF brief to check it.</source>
        <translation>Välj ett signerat underlag (PDF) för att kontrollera det.</translation>
    </message>
    <message>
        <source>(no signature found)</source>
        <translation>(ingen signatur hittades)</translation>
    </message>
    <message>
        <source>Intact: nothing was changed since it was signed with your certificate.</source>
        <translation>Intakt: ingenting har ändrats sedan det signerades med ditt certifikat.</translation>
    </message>
    <message>
        <source>Intact, but signed with a certificate this vault does not know. Compare the fingerprint with the sender&apos;s before you rely on it.</source>
        <translation>Intakt, men signerat med ett certifikat som valvet inte känner till. Jämför fingeravtrycket med avsändarens innan du litar på det.</translation>
    </message>
    <message>
        <source>Changed or not validly signed: do not rely on this brief. Ask the sender for a new copy.</source>
        <translation>Ändrat eller inte giltigt signerat: lita inte på underlaget. Be avsändaren om ett nytt exemplar.</translation>
    </message>
    <message>
        <source>Check a brief</source>
        <translation>Kontrollera underlag</translation>
    </message>
    <message>
        <source>Check a signed brief</source>
        <translation>Kontrollera ett signerat underlag</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj …</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signerat av:</translation>
    </message>
    <message>
        <source>Certificate fingerprint:</source>
        <translation>Certifikatets fingeravtryck:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signerat:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Reopen the case</source>
        <translation>Öppna ärendet igen</translation>
    </message>
    <message>
        <source>Reopen the case? It becomes open again; its closing day and reason are cleared.</source>
        <translation>Vill du öppna ärendet igen? Det blir öppet, och avslutsdatum och skäl tas bort.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CaseConsentsDialog</name>
    <message>
        <source>Consents – case {case}</source>
        <translation>Samtycken – ärende {case}</translation>
    </message>
    <message>
        <source>Consents on file for case {case}</source>
        <translation>Registrerade samtycken i ärende {case}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Givet av</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gavs den</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>witness: {name}</source>
        <translation>vittne: {name}</translation>
    </message>
    <message>
        <source>Case {case} has no consent on file.</source>
        <translation>Det finns inget registrerat samtycke i ärende {case}.</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>Samtycket registrerades.</translation>
    </message>
    <message>
        <source>The withdrawal of the consent was recorded.</source>
        <translation>Återkallelsen av samtycket registrerades.</translation>
    </message>
    <message>
        <source>The oral disclosure was recorded.</source>
        <translation>Det muntliga utlämnandet registrerades.</translation>
    </message>
    <message>
        <source>Consents &amp;given…</source>
        <translation>Sa&amp;mtycken …</translation>
    </message>
    <message>
        <source>The consents on file for this case: record, withdraw, and oral disclosures</source>
        <translation>Registrerade samtycken i ärendet: registrera, återkalla och muntliga utlämnanden</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Nytt samtycke …</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla …</translation>
    </message>
    <message>
        <source>Record that the chosen consent was withdrawn</source>
        <translation>Registrera att det valda samtycket har återkallats</translation>
    </message>
    <message>
        <source>&amp;Oral disclosure…</source>
        <translation>&amp;Muntligt utlämnande …</translation>
    </message>
    <message>
        <source>Record what was said about this case to someone outside your unit</source>
        <translation>Registrera vad som sades om ärendet till någon utanför din enhet</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Edit case {number}</source>
        <translation>Ändra ärende {number}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Inriktning:</translation>
    </message>
    <message>
        <source>O&amp;pened on:</source>
        <translation>&amp;Öppnat:</translation>
    </message>
    <message>
        <source>Responsible &amp;group:</source>
        <translation>Ansvarig &amp;grupp:</translation>
    </message>
    <message>
        <source>Responsible p&amp;erson:</source>
        <translation>Ansvarig &amp;person:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <source>The level and the status change in the case window, with a reason (“Move to level…”, “Close case…”).</source>
        <translation>Nivå och status ändras i ärendets fönster, med ett skäl (”Byt nivå …”, ”Avsluta ärendet …”).</translation>
    </message>
</context>
<context>
    <name>CaseIncoming</name>
    <message>
        <source>Move or &amp;unlink…</source>
        <translation>Fl&amp;ytta eller koppla bort …</translation>
    </message>
    <message>
        <source>Save a co&amp;py…</source>
        <translation>Spara en ko&amp;pia …</translation>
    </message>
    <message>
        <source>&amp;View the file</source>
        <translation>Visa fi&amp;len</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>No case matches these filters.</source>
        <translation>Inget ärende matchar filtren.</translation>
    </message>
    <message>
        <source>No cases yet. Create the first with New case… (Ctrl+N).</source>
        <translation>Inga ärenden ännu. Skapa det första med Nytt ärende … (Ctrl+N).</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>All orientations</source>
        <translation>Alla inriktningar</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Öppna och avslutade</translation>
    </message>
    <message>
        <source>With or without</source>
        <translation>Med eller utan</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Någon flagga</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Triage (priority and flags)…</source>
        <translation>&amp;Prioritet och flaggor …</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Inri&amp;ktning:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Fl&amp;ag:</source>
        <translation>F&amp;lagga:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pri&amp;oritet:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Nytt är&amp;ende …</translation>
    </message>
    <message>
        <source>&amp;Title or number:</source>
        <translation>Titel eller n&amp;ummer:</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <source>Enter or double-click opens a case.</source>
        <translation>Enter eller dubbelklick öppnar ett ärende.</translation>
    </message>
</context>
<context>
    <name>CaseReasonDialog</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>To &amp;level:</source>
        <translation>Till &amp;nivå:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>CaseRecordWindows</name>
    <message>
        <source>Corrected. The earlier text is kept as a version.</source>
        <translation>Rättat. Den tidigare texten finns kvar som en tidigare version.</translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
    <message>
        <source>Wh&amp;y corrected:</source>
        <translation>Varför &amp;rättad:</translation>
    </message>
    <message>
        <source>Optional, e.g. a wrong name; kept with the earlier version</source>
        <translation>Frivilligt, t.ex. fel namn; sparas med den tidigare versionen</translation>
    </message>
</context>
<context>
    <name>CaseRows</name>
    <message>
        <source>No people recorded.</source>
        <translation>Inga personer registrerade.</translation>
    </message>
    <message>
        <source>Taken out of the case</source>
        <translation>Borttagna ur ärendet</translation>
    </message>
    <message>
        <source>{day}: {reason}</source>
        <translation>{day}: {reason}</translation>
    </message>
    <message>
        <source>The text is on the clipboard. It is cleared again after a while, and when the vault locks.</source>
        <translation>Texten finns i urklippet. Den tas bort därifrån efter en stund, och genast när valvet låses.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Priority and flags</source>
        <translation>Prioritet och flaggor</translation>
    </message>
    <message>
        <source>Cannot be sorted</source>
        <translation>Kan inte sorteras</translation>
    </message>
</context>
<context>
    <name>CaseTriageDialog</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Triage: {number} {title}</source>
        <translation>Prioritet och flaggor: {number} {title}</translation>
    </message>
    <message>
        <source>Reason: {problem}.</source>
        <translation>Skäl: {problem}.</translation>
    </message>
    <message>
        <source>Flag set: {flag}.</source>
        <translation>Flagga satt: {flag}.</translation>
    </message>
    <message>
        <source>Choose a flag in force in the list first.</source>
        <translation>Välj först en flagga som gäller i listan.</translation>
    </message>
    <message>
        <source>Flag cleared: {flag}.</source>
        <translation>Flagga borttagen: {flag}.</translation>
    </message>
    <message>
        <source>Priority: {priority}.</source>
        <translation>Prioritet: {priority}.</translation>
    </message>
    <message>
        <source>{day}, {who}</source>
        <translation>{day}, {who}</translation>
    </message>
    <message>
        <source>{day}, {who}: {why}</source>
        <translation>{day}, {who}: {why}</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Prioritet och flaggor</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>F&amp;lags, those in force first (a cleared flag is kept):</source>
        <translation>F&amp;laggor, de som gäller först (en borttagen flagga sparas):</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flagga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Flagga:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>Why the flag is set, or why it no longer applies</source>
        <translation>Varför flaggan sätts, eller varför den inte längre gäller</translation>
    </message>
    <message>
        <source>&amp;Set flag</source>
        <translation>&amp;Sätt flagga</translation>
    </message>
    <message>
        <source>Cl&amp;ear the chosen flag</source>
        <translation>&amp;Ta bort vald flagga</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>The package was saved and the disclosure recorded ({name}).</source>
        <translation>Paketet sparades och utlämnandet registrerades ({name}).</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Ärende {number}</translation>
    </message>
    <message>
        <source>{status} on {day}</source>
        <translation>{status} {day}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Öppna &amp;igen …</translation>
    </message>
    <message>
        <source>Clo&amp;se case…</source>
        <translation>&amp;Avsluta ärendet …</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ingen sammanfattning)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>The newest {n} events are shown.</source>
        <translation>De {n} senaste händelserna visas.</translation>
    </message>
    <message>
        <source>All {n} events of the case.</source>
        <translation>Ärendets alla {n} händelser.</translation>
    </message>
    <message>
        <source>Nothing has happened in this case yet.</source>
        <translation>Inget har hänt i ärendet ännu.</translation>
    </message>
    <message>
        <source>Exit &amp;plan…</source>
        <translation>&amp;Handlingsplan …</translation>
    </message>
    <message>
        <source>Opening the case was recorded in the audit log.</source>
        <translation>Att ärendet öppnades har skrivits i loggen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra …</translation>
    </message>
    <message>
        <source>Move to &amp;level…</source>
        <translation>Byt &amp;nivå …</translation>
    </message>
    <message>
        <source>New &amp;note…</source>
        <translation>Ny ant&amp;eckning …</translation>
    </message>
    <message>
        <source>New conta&amp;ct…</source>
        <translation>Ny &amp;kontakt …</translation>
    </message>
    <message>
        <source>Create brie&amp;f…</source>
        <translation>Skapa un&amp;derlag …</translation>
    </message>
    <message>
        <source>A signed PDF brief of this case, to save or print</source>
        <translation>Ett signerat underlag (PDF) om ärendet, att spara eller skriva ut</translation>
    </message>
    <message>
        <source>D&amp;isclose…</source>
        <translation>&amp;Utlämna …</translation>
    </message>
    <message>
        <source>Disclose parts of this case to a verified recipient (encrypted package, recorded as a disclosure)</source>
        <translation>Lämna ut delar av ärendet till en verifierad mottagare (krypterat paket, registreras som utlämnande)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Inriktning:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <source>Priority and flags:</source>
        <translation>Prioritet och flaggor:</translation>
    </message>
    <message>
        <source>P&amp;riority and flags…</source>
        <translation>Pri&amp;oritet och flaggor …</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <source>&amp;People in the case:</source>
        <translation>&amp;Personer i ärendet:</translation>
    </message>
    <message>
        <source>A&amp;dd person…</source>
        <translation>&amp;Lägg till person …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Level &amp;history:</source>
        <translation>Nivå&amp;historik:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Shows the case&apos;s events before the oldest one in the list</source>
        <translation>Visar ärendets händelser före den äldsta i listan</translation>
    </message>
    <message>
        <source>Sho&amp;w older events</source>
        <comment>Alt+letter: in Swedish y (Visa &amp;ytterligare händelser); the case window&apos;s other letters take every letter of &apos;Visa äldre händelser&apos;</comment>
        <translation>Visa &amp;ytterligare händelser</translation>
    </message>
    <message>
        <source>E&amp;xit and relatives</source>
        <translation>Avhopp och anhö&amp;riga</translation>
    </message>
    <message>
        <source>Individual exit plan</source>
        <translation>Individuell handlingsplan</translation>
    </message>
    <message>
        <source>S&amp;upport to relatives:</source>
        <translation>Stöd till anhöri&amp;ga:</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>when a relatives&apos; support was opened: the vocabulary&apos;s word (Öppnat)</comment>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Relati&amp;ve support…</source>
        <translation>Anhörig&amp;stöd …</translation>
    </message>
    <message>
        <source>Inco&amp;ming information</source>
        <translation>Inkomna uppgi&amp;fter</translation>
    </message>
    <message>
        <source>Information received in signed packages and linked to this case, each with its source.</source>
        <translation>Uppgifter som kommit in i signerade paket och kopplats till ärendet, var och en med sin källa.</translation>
    </message>
    <message>
        <source>Incoming information</source>
        <translation>Inkomna uppgifter</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterat</translation>
    </message>
    <message>
        <source>The chosen incoming item</source>
        <translation>Den valda inkomna uppgiften</translation>
    </message>
    <message>
        <source>{day}, after concern {links}</source>
        <translation>{day}, efter inkommande oro {links}</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} till {end}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>page {page}: damaged or changed on disk (its authentication code does not match)</source>
        <translation>sida {page}: skadad eller ändrad på disken (dess autentiseringskod stämmer inte)</translation>
    </message>
    <message>
        <source>page 1 (the header and the list of tables) cannot be read, so nothing else could be checked</source>
        <translation>sida 1 (huvudet och listan över tabeller) kan inte läsas, så inget annat kunde kontrolleras</translation>
    </message>
    <message>
        <source>page {page}: broken structure ({detail})</source>
        <translation>sida {page}: trasig struktur ({detail})</translation>
    </message>
    <message>
        <source>broken structure: {detail}</source>
        <translation>trasig struktur: {detail}</translation>
    </message>
    <message>
        <source>the structural check stopped ({detail}); each table was then checked alone</source>
        <translation>strukturkontrollen avbröts ({detail}); varje tabell kontrollerades sedan för sig</translation>
    </message>
    <message>
        <source>table {table}: damaged, it cannot be checked or read ({detail})</source>
        <translation>tabellen {table}: skadad, den kan inte kontrolleras eller läsas ({detail})</translation>
    </message>
    <message>
        <source>the write-ahead log (vault.db-wal) is missing although it held changes: the last changes before the program stopped are lost</source>
        <translation>transaktionsloggen (vault.db-wal) saknas fast den innehöll ändringar: de sista ändringarna innan programmet stoppades har gått förlorade</translation>
    </message>
    <message>
        <source>the audit log cannot be read to the end ({detail})</source>
        <translation>loggen kan inte läsas till slutet ({detail})</translation>
    </message>
    <message>
        <source>the database does not belong to this key file (it is another vault&apos;s)</source>
        <translation>databasen hör inte till den här nyckelfilen (den tillhör ett annat valv)</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Upprepa den nya lösenfrasen: </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n half-written file(s) from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</source>
        <translation>
            <numerusform>Obs: %n halvskriven fil från en avbruten sparning kunde inte tas bort (mappen eller enheten finns inte där nu, eller är skrivskyddad) och kan innehålla okrypterade uppgifter: {paths}. Programmet försöker igen nästa gång valvet låses upp; du kan också ta bort den själv.</numerusform>
            <numerusform>Obs: %n halvskrivna filer från en avbruten sparning kunde inte tas bort (mappen eller enheten finns inte där nu, eller är skrivskyddad) och kan innehålla okrypterade uppgifter: {paths}. Programmet försöker igen nästa gång valvet låses upp; du kan också ta bort dem själv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the recovery key made on {day} was never shown: the vault locked, or the program stopped, before its sheet was on screen. The recovery sheet on paper may no longer open the vault, and nobody has seen the new key. Make a new recovery key now (&apos;kopingplan recovery-key new&apos;) and print its sheet.</source>
        <translation>Obs: återställningsnyckeln som gjordes {day} visades aldrig: valvet låstes, eller programmet avslutades, innan bladet kom upp på skärmen. Återställningsbladet på papper kanske inte längre öppnar valvet, och ingen har sett den nya nyckeln. Gör en ny återställningsnyckel nu (&apos;kopingplan recovery-key new&apos;) och skriv ut bladet.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan inte användas tillsammans med %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>tar inget värde (fick %r)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>det här måste anges: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av dessa måste anges: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>behöver ett värde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>tar högst ett värde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>behöver minst ett värde</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>behöver %s värde</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>behöver %s värden</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message numerus="yes">
        <source>%n other word(s), not repeated here</source>
        <translation>
            <numerusform>%n annat ord, upprepas inte här</numerusform>
            <numerusform>%n andra ord, upprepas inte här</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} är inget av: {choices}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} är inget heltal</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} ligger inte mellan {low} och {high}</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>texten är inte giltig UTF-8</translation>
    </message>
    <message>
        <source>the text is longer than {n} characters</source>
        <translation>texten är längre än {n} tecken</translation>
    </message>
    <message>
        <source>the text contains control characters</source>
        <translation>texten innehåller styrtecken</translation>
    </message>
    <message>
        <source>the text must be one line without control characters</source>
        <translation>texten ska vara en rad utan styrtecken</translation>
    </message>
    <message>
        <source>{text} is not a date between the years {first} and {last}</source>
        <translation>{text} är inget datum mellan åren {first} och {last}</translation>
    </message>
    <message>
        <source>{text} is not a folder name</source>
        <translation>{text} är inget mappnamn</translation>
    </message>
    <message>
        <source>Köpingplan: the coordinator&apos;s encrypted vault. Without a command, the desktop app starts.</source>
        <translation>Köpingplan: samordnarens krypterade valv. Utan kommando startar programmet med fönster.</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <source>the vault folder (default: %(default)s)</source>
        <translation>valvets mapp (standard: %(default)s)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation>läs lösenfrasen från första raden på standard in</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>språk för meddelanden</translation>
    </message>
    <message>
        <source>check this installation with a temporary vault and exit (no window)</source>
        <translation>kontrollera installationen med ett tillfälligt valv och avsluta (inget fönster)</translation>
    </message>
    <message>
        <source>unlock with the recovery key instead of the passphrase</source>
        <translation>lås upp med återställningsnyckeln i stället för lösenfrasen</translation>
    </message>
    <message>
        <source>create a new vault and your signing identity</source>
        <translation>skapa ett nytt valv och din signeringsidentitet</translation>
    </message>
    <message>
        <source>your name, for the certificate and the audit log</source>
        <translation>ditt namn, för certifikatet och loggen</translation>
    </message>
    <message>
        <source>your organisation, e.g. Köpings kommun</source>
        <translation>din organisation, t.ex. Köpings kommun</translation>
    </message>
    <message>
        <source>fill the vault with fictional demo data</source>
        <translation>fyll valvet med påhittade demodata</translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation>antal ärenden</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>slumpfrö (samma frö ger samma data)</translation>
    </message>
    <message>
        <source>counts, schema, cipher settings; never content</source>
        <translation>antal, schema, krypteringsinställningar; aldrig innehåll</translation>
    </message>
    <message>
        <source>integrity checks and the audit chain</source>
        <translation>integritetskontroller och loggkedjan</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>byt lösenfras</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>fritextsökning</translation>
    </message>
    <message>
        <source>words to look for (prefixes match)</source>
        <translation>ord att söka efter (början av ord räcker)</translation>
    </message>
    <message>
        <source>read the words from standard input (after the passphrase line), so that other users cannot see them in the process list</source>
        <translation>läs orden från standard in (efter lösenfrasraden), så att andra användare inte kan se dem i processlistan</translation>
    </message>
    <message>
        <source>at most this many hits</source>
        <translation>högst så här många träffar</translation>
    </message>
    <message>
        <source>make a signed PDF brief</source>
        <translation>gör ett signerat underlag som PDF</translation>
    </message>
    <message>
        <source>meeting or case number</source>
        <translation>mötes- eller ärendenummer</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <source>numbered copies</source>
        <translation>antal numrerade exemplar</translation>
    </message>
    <message>
        <source>one numbered copy per name</source>
        <translation>ett numrerat exemplar per namn</translation>
    </message>
    <message>
        <source>keep the situation picture&apos;s sources in every named copy (without it a copy outside your own unit has none)</source>
        <translation>behåll lägesbildens källor i varje exemplar med mottagare (utan den saknar ett exemplar utanför din egen enhet källorna)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>skriv över befintliga filer</translation>
    </message>
    <message>
        <source>check a signed brief: who signed it and that it is unchanged</source>
        <translation>kontrollera ett signerat underlag: vem som signerade det och att det är oförändrat</translation>
    </message>
    <message>
        <source>a signer&apos;s certificate (PEM); without it the vault is unlocked</source>
        <translation>en undertecknares certifikat (PEM); utan det låses valvet upp</translation>
    </message>
    <message>
        <source>your certificate</source>
        <translation>ditt certifikat</translation>
    </message>
    <message>
        <source>write your certificate (PEM)</source>
        <translation>spara ditt certifikat (PEM)</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>skriv över en befintlig fil</translation>
    </message>
    <message>
        <source>your active signing identity and the earlier ones</source>
        <translation>din aktiva signeringsidentitet och de tidigare</translation>
    </message>
    <message>
        <source>sign with a PKCS#12 identity your organisation issued; the password is asked for</source>
        <translation>signera med en PKCS#12-identitet som din organisation har utfärdat; lösenordet efterfrågas</translation>
    </message>
    <message>
        <source>the PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12-filen (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Återställningsnyckel: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation>Ditt namn: </translation>
    </message>
    <message>
        <source>Your organisation: </source>
        <translation>Din organisation: </translation>
    </message>
    <message>
        <source>Created the vault in {folder}.</source>
        <translation>Valvet skapades i {folder}.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fp}</source>
        <translation>Certifikatets fingeravtryck (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certifikatets fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Rows in {table}</source>
        <translation>Rader i {table}</translation>
    </message>
    <message>
        <source>Integrity: {problem}</source>
        <translation>Integritet: {problem}</translation>
    </message>
    <message>
        <source>--legal-basis, --decided-by, --role and --purpose are given only with --recipient</source>
        <translation>--legal-basis, --decided-by, --role och --purpose anges bara tillsammans med --recipient</translation>
    </message>
    <message>
        <source>Audit log: {problem}</source>
        <translation>Logg: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n wrong passphrase(s) were tried since the vault was last opened.</source>
        <translation>
            <numerusform>Obs: %n felaktig lösenfras har prövats sedan valvet senast öppnades.</numerusform>
            <numerusform>Obs: %n felaktiga lösenfraser har prövats sedan valvet senast öppnades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the record of wrong passphrases (vault.attempts) was missing or damaged and was started again. That is expected the first time this version opens the vault or after a restore; otherwise someone may have removed it.</source>
        <translation>Obs: registret över felaktiga lösenfraser (vault.attempts) saknades eller var skadat och har börjats om. Det är väntat första gången den här versionen öppnar valvet eller efter en återställning; annars kan någon ha tagit bort det.</translation>
    </message>
    <message>
        <source>The vault is intact: integrity checks passed and the audit log&apos;s {n} rows are unbroken.</source>
        <translation>Valvet är helt: integritetskontrollerna gick igenom och loggens {n} rader är obrutna.</translation>
    </message>
    <message>
        <source>The vault has problems; see above. Restore from a backup if in doubt.</source>
        <translation>Valvet har fel, se ovan. Återställ från en säkerhetskopia om du är osäker.</translation>
    </message>
    <message>
        <source>The passphrase was set with the recovery key. Make a new recovery key now (&apos;kopingplan recovery-key new&apos;) and destroy the old sheet.</source>
        <translation>Lösenfrasen har satts med återställningsnyckeln. Gör en ny återställningsnyckel nu (&apos;kopingplan recovery-key new&apos;) och förstör det gamla bladet.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Nuvarande lösenfras: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen är bytt.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>incoming concern</source>
        <translation>inkommande oro</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>exit plan</source>
        <translation>individuell handlingsplan</translation>
    </message>
    <message>
        <source>relative support</source>
        <translation>anhörigstöd</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>händelse</translation>
    </message>
    <message>
        <source>incoming item</source>
        <translation>inkommen uppgift</translation>
    </message>
    <message>
        <source>situation entry</source>
        <translation>lägesbildspost</translation>
    </message>
    <message>
        <source>situation assessment</source>
        <translation>samlad bedömning</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation>revision av handlingsplanen</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
    <message>
        <source>give the words to look for, or --query-stdin</source>
        <translation>ange orden att söka efter, eller --query-stdin</translation>
    </message>
    <message>
        <source>--cases: from 0 to 1000000</source>
        <translation>--cases: från 0 till 1000000</translation>
    </message>
    <message>
        <source>Added demo data: {counts}</source>
        <translation>Lade till demodata: {counts}</translation>
    </message>
    <message>
        <source>Wrote the certificate to {path} (SHA-256 {fp}).</source>
        <translation>Certifikatet sparades i {path} (SHA-256 {fp}).</translation>
    </message>
    <message>
        <source>Active identity</source>
        <translation>Aktiv identitet</translation>
    </message>
    <message>
        <source>Earlier identity</source>
        <translation>Tidigare identitet</translation>
    </message>
    <message>
        <source>self-signed, made with the vault</source>
        <translation>självsignerad, skapad med valvet</translation>
    </message>
    <message>
        <source>imported PKCS#12</source>
        <translation>importerad PKCS#12</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Utfärdat till</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdat av</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>I bruk sedan</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file: </source>
        <translation>PKCS#12-filens lösenord: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Key usages</source>
        <translation>Nyckelanvändning</translation>
    </message>
    <message>
        <source>CA certificates in the file</source>
        <translation>CA-certifikat i filen</translation>
    </message>
    <message>
        <source>Sign from now on with this certificate? The current one is kept for checking earlier briefs and opening packages sent to it.</source>
        <translation>Signera med det här certifikatet från och med nu? Det nuvarande behålls för att kontrollera tidigare underlag och öppna paket som skickats till det.</translation>
    </message>
    <message>
        <source>The imported certificate is now your signing identity (SHA-256 {fp}).</source>
        <translation>Det importerade certifikatet är nu din signeringsidentitet (SHA-256 {fp}).</translation>
    </message>
    <message>
        <source>a meeting or case number is needed</source>
        <translation>ett mötes- eller ärendenummer behövs</translation>
    </message>
    <message>
        <source>--recipient: at most {n} names</source>
        <translation>--recipient: högst {n} namn</translation>
    </message>
    <message>
        <source>--copies: give as many copies as --recipient names</source>
        <translation>--copies: ange lika många exemplar som --recipient-namn</translation>
    </message>
    <message>
        <source>Wrote the signed brief {path}.</source>
        <translation>Det signerade underlaget {path} har skrivits.</translation>
    </message>
    <message>
        <source>--with-sources: only for a meeting or lagesbild brief</source>
        <translation>--with-sources: bara för ett underlag av typen meeting eller lagesbild</translation>
    </message>
    <message>
        <source>--with-sources is given only with --recipient</source>
        <translation>--with-sources anges bara tillsammans med --recipient</translation>
    </message>
    <message>
        <source>{path} is not a certificate in PEM form (-----BEGIN CERTIFICATE-----)</source>
        <translation>{path} är inget certifikat i PEM-form (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Signerat av: {signer}</translation>
    </message>
    <message>
        <source>Certificate (SHA-256): {fp}</source>
        <translation>Certifikat (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>Signed at: {when}</source>
        <translation>Signerat: {when}</translation>
    </message>
    <message>
        <source>The document is intact and signed by a trusted certificate.</source>
        <translation>Dokumentet är oförändrat och signerat med ett betrott certifikat.</translation>
    </message>
    <message>
        <source>NOT VALID: {problem}</source>
        <translation>INTE GILTIGT: {problem}</translation>
    </message>
    <message>
        <source>a passphrase is never given on the command line, where other users can see it: type it at the prompt, or give it on standard input with --passphrase-stdin</source>
        <translation>en lösenfras anges aldrig på kommandoraden, där andra användare kan se den: skriv den vid frågan, eller ge den på standard in med --passphrase-stdin</translation>
    </message>
    <message>
        <source>{words}: a command is missing, e.g. &apos;info&apos;</source>
        <translation>{words}: ett kommando saknas, till exempel &apos;info&apos;</translation>
    </message>
    <message>
        <source>recipients of encrypted packages</source>
        <translation>mottagare av krypterade paket</translation>
    </message>
    <message>
        <source>register a recipient&apos;s certificate (PEM, DER or PKCS#7)</source>
        <translation>registrera en mottagares certifikat (PEM, DER eller PKCS#7)</translation>
    </message>
    <message>
        <source>default: from the certificate</source>
        <translation>standard: från certifikatet</translation>
    </message>
    <message>
        <source>choose one certificate of a bundle by its SHA-256</source>
        <translation>välj ett av certifikaten i en samling med dess SHA-256</translation>
    </message>
    <message>
        <source>mark verified after comparing the fingerprint with its holder</source>
        <translation>markera som verifierad efter att fingeravtrycket jämförts med innehavaren</translation>
    </message>
    <message>
        <source>number, fingerprint or name</source>
        <translation>nummer, fingeravtryck eller namn</translation>
    </message>
    <message>
        <source>the SHA-256 fingerprint the holder read out</source>
        <translation>SHA-256-fingeravtrycket som innehavaren läste upp</translation>
    </message>
    <message>
        <source>registered recipients</source>
        <translation>registrerade mottagare</translation>
    </message>
    <message>
        <source>make an encrypted package for recipients (a disclosure)</source>
        <translation>gör ett krypterat paket till mottagare (ett utlämnande)</translation>
    </message>
    <message>
        <source>number, fingerprint or name; repeat for several</source>
        <translation>nummer, fingeravtryck eller namn; upprepa för flera</translation>
    </message>
    <message>
        <source>all notes of the cases</source>
        <translation>alla anteckningar i ärendena</translation>
    </message>
    <message>
        <source>the measures of the current exit plans</source>
        <translation>insatserna i de aktuella individuella handlingsplanerna</translation>
    </message>
    <message>
        <source>names and identity numbers of the subjects</source>
        <translation>namn och personnummer för dem ärendena gäller</translation>
    </message>
    <message>
        <source>a covering note</source>
        <translation>ett följebrev</translation>
    </message>
    <message>
        <source>consents on file for a case</source>
        <translation>registrerade samtycken i ett ärende</translation>
    </message>
    <message>
        <source>record a consent for a case</source>
        <translation>registrera ett samtycke i ett ärende</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>ärendets nummer</translation>
    </message>
    <message>
        <source>who gave it: the person, a guardian, or both</source>
        <translation>vem som gav det: personen, en vårdnadshavare eller båda</translation>
    </message>
    <message>
        <source>the guardian&apos;s name</source>
        <translation>vårdnadshavarens namn</translation>
    </message>
    <message>
        <source>an organisation it covers (its number in the registry); repeatable</source>
        <translation>en organisation som det omfattar (dess nummer i registret); kan upprepas</translation>
    </message>
    <message>
        <source>a kind of organisation it covers, e.g. police; repeatable</source>
        <translation>en typ av organisation som det omfattar, t.ex. police; kan upprepas</translation>
    </message>
    <message>
        <source>a purpose it covers, one line; repeatable</source>
        <translation>ett ändamål som det omfattar, en rad; kan upprepas</translation>
    </message>
    <message>
        <source>written or oral</source>
        <translation>skriftligt eller muntligt</translation>
    </message>
    <message>
        <source>who witnessed an oral consent</source>
        <translation>vem som bevittnade ett muntligt samtycke</translation>
    </message>
    <message>
        <source>the day it was given</source>
        <translation>dagen då det gavs</translation>
    </message>
    <message>
        <source>its last day (optional)</source>
        <translation>dess sista giltighetsdag (valfritt)</translation>
    </message>
    <message>
        <source>record that a consent was withdrawn</source>
        <translation>registrera att ett samtycke har återkallats</translation>
    </message>
    <message>
        <source>the consent number</source>
        <translation>samtyckets nummer</translation>
    </message>
    <message>
        <source>the day it no longer holds</source>
        <translation>dagen från vilken det inte längre gäller</translation>
    </message>
    <message>
        <source>how, in a few words</source>
        <translation>hur, med några ord</translation>
    </message>
    <message>
        <source>a case&apos;s consents (logged as looked at)</source>
        <translation>ett ärendes samtycken (loggas som visade)</translation>
    </message>
    <message>
        <source>record a disclosure by word</source>
        <translation>registrera ett muntligt utlämnande</translation>
    </message>
    <message>
        <source>record an oral disclosure (muntligt utlämnande)</source>
        <translation>registrera ett muntligt utlämnande</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>vad som sades</translation>
    </message>
    <message>
        <source>a code or title from &apos;legal-bases&apos;</source>
        <translation>en kod eller titel från &apos;legal-bases&apos;</translation>
    </message>
    <message>
        <source>the decider&apos;s role</source>
        <translation>beslutsfattarens roll</translation>
    </message>
    <message>
        <source>a case it was about; repeatable</source>
        <translation>ett ärende som det gällde; kan upprepas</translation>
    </message>
    <message>
        <source>the recipient organisation (its number in the registry)</source>
        <translation>mottagande organisation (dess nummer i registret)</translation>
    </message>
    <message>
        <source>the recipient person (number in the registry)</source>
        <translation>mottagande person (nummer i registret)</translation>
    </message>
    <message>
        <source>a person it was about beyond the cases&apos; people; repeatable</source>
        <translation>en person som det gällde utöver ärendenas personer; kan upprepas</translation>
    </message>
    <message>
        <source>the meeting it was made at (its minutes list it)</source>
        <translation>mötet där det gjordes (mötets protokoll listar det)</translation>
    </message>
    <message>
        <source>the day it was said (default: now)</source>
        <translation>dagen då det sades (standard: nu)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>giltigt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>har löpt ut</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>gäller ännu inte</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Registrerade samtycke {id}.</translation>
    </message>
    <message>
        <source>Recorded the withdrawal of consent {id}.</source>
        <translation>Registrerade att samtycke {id} har återkallats.</translation>
    </message>
    <message>
        <source>Consents: {n}.</source>
        <translation>Samtycken: {n}.</translation>
    </message>
    <message>
        <source>Recorded oral disclosure {id}.</source>
        <translation>Registrerade muntligt utlämnande {id}.</translation>
    </message>
    <message>
        <source>; on the command line, which other users of this computer can see (ps) and the shell keeps in its history: only a short reason that names no one</source>
        <translation>; på kommandoraden, som andra användare av datorn kan se (ps) och som skalet sparar i sin historik: bara ett kort skäl som inte nämner någon</translation>
    </message>
    <message>
        <source>the reason from a UTF-8 text file, or - for standard input (after the passphrase line with --passphrase-stdin): for a reason that names a person</source>
        <translation>skälet från en textfil i UTF-8, eller - för standard in (efter lösenfrasraden med --passphrase-stdin): för ett skäl som nämner en person</translation>
    </message>
    <message>
        <source>a signed brief to send along: the copy made for the package&apos;s recipients (kopingplan brief … --recipient NAME)</source>
        <translation>ett signerat underlag att skicka med: exemplaret som gjordes för paketets mottagare (kopingplan brief … --recipient NAMN)</translation>
    </message>
    <message>
        <source>an attachment of a chosen case to send along (any kind), by its number</source>
        <translation>en bilaga till ett valt ärende som skickas med (av vilket slag som helst), angiven med sitt nummer</translation>
    </message>
    <message>
        <source>print data.json and write nothing</source>
        <translation>visa data.json utan att skriva någon fil</translation>
    </message>
    <message>
        <source>import a package sent to you</source>
        <translation>importera ett paket som skickats till dig</translation>
    </message>
    <message>
        <source>link everything to this case</source>
        <translation>koppla allt till det här ärendet</translation>
    </message>
    <message>
        <source>incoming information</source>
        <translation>inkomna uppgifter</translation>
    </message>
    <message>
        <source>link an incoming item to a case, or move it to another case</source>
        <translation>koppla en inkommen uppgift till ett ärende, eller flytta den till ett annat ärende</translation>
    </message>
    <message>
        <source>why (needed to move a linked item)</source>
        <translation>varför (krävs för att flytta en kopplad uppgift)</translation>
    </message>
    <message>
        <source>take an incoming item out of its case</source>
        <translation>koppla bort en inkommen uppgift från dess ärende</translation>
    </message>
    <message>
        <source>why it is taken out of its case</source>
        <translation>varför den tas ur sitt ärende</translation>
    </message>
    <message>
        <source>the disclosure log</source>
        <translation>loggen över utlämnanden</translation>
    </message>
    <message>
        <source>part of the name, or the fingerprint</source>
        <translation>del av namnet, eller fingeravtrycket</translation>
    </message>
    <message>
        <source>only disclosures about this person</source>
        <translation>bara utlämnanden som gäller den här personen</translation>
    </message>
    <message>
        <source>only disclosures that left this way</source>
        <translation>bara utlämnanden som gjordes på det här sättet</translation>
    </message>
    <message>
        <source>the legal bases a disclosure can cite</source>
        <translation>de rättsliga grunder ett utlämnande kan hänvisa till</translation>
    </message>
    <message>
        <source>Registered recipient {id}: {label}</source>
        <translation>Mottagare {id} har registrerats: {label}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Utfärdat till: {subject}</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Utfärdat av: {issuer}</translation>
    </message>
    <message>
        <source>Valid: {start} to {end}</source>
        <translation>Gäller: {start} till {end}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fp}</source>
        <translation>Fingeravtryck (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>Not verified: compare the fingerprint with its holder, then run &apos;kopingplan recipient verify {id} --fingerprint …&apos;.</source>
        <translation>Inte verifierad: jämför fingeravtrycket med innehavaren och kör sedan &apos;kopingplan recipient verify {id} --fingerprint …&apos;.</translation>
    </message>
    <message>
        <source>Recipient {id} is verified.</source>
        <translation>Mottagare {id} är verifierad.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifierad</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>INTE verifierad</translation>
    </message>
    <message>
        <source>Warning: the certificate of {label} ends on {date}.</source>
        <translation>Varning: certifikatet för {label} upphör att gälla {date}.</translation>
    </message>
    <message>
        <source>Wrote {path} for {count} recipient(s); disclosure recorded.</source>
        <translation>Skrev {path} till {count} mottagare; utlämnandet har registrerats.</translation>
    </message>
    <message>
        <source>Content SHA-256: {sha}</source>
        <translation>Innehållets SHA-256: {sha}</translation>
    </message>
    <message>
        <source>From: {label} (SHA-256 {fp}), verified signature</source>
        <translation>Från: {label} (SHA-256 {fp}), verifierad signatur</translation>
    </message>
    <message>
        <source>Package: {id}, created {created}</source>
        <translation>Paket: {id}, skapat {created}</translation>
    </message>
    <message>
        <source>Imported {count} item(s).</source>
        <translation>Importerade {count} uppgift(er).</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to no case.</source>
        <translation>Inkommen uppgift {id} är inte kopplad till något ärende.</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to case {case}.</source>
        <translation>Inkommen uppgift {id} är kopplad till ärende {case}.</translation>
    </message>
    <message>
        <source>cases: {ids}</source>
        <translation>ärenden: {ids}</translation>
    </message>
    <message>
        <source>about persons: {ids}</source>
        <translation>om personer: {ids}</translation>
    </message>
    <message>
        <source>make a checked backup in a folder</source>
        <translation>gör en kontrollerad säkerhetskopia i en mapp</translation>
    </message>
    <message>
        <source>the folder, e.g. on a USB stick</source>
        <translation>mappen, t.ex. på ett USB-minne</translation>
    </message>
    <message>
        <source>how many backups of this vault to keep</source>
        <translation>hur många säkerhetskopior av valvet som ska sparas</translation>
    </message>
    <message>
        <source>list the backups in a folder</source>
        <translation>lista säkerhetskopiorna i en mapp</translation>
    </message>
    <message>
        <source>replace the vault with a backup</source>
        <translation>ersätt valvet med en säkerhetskopia</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>mappen med säkerhetskopian</translation>
    </message>
    <message>
        <source>do not ask before switching</source>
        <translation>fråga inte innan valvet byts ut</translation>
    </message>
    <message>
        <source>the recovery key for the safe</source>
        <translation>återställningsnyckeln att förvara i kassaskåpet</translation>
    </message>
    <message>
        <source>make a new recovery key (revokes the old one)</source>
        <translation>gör en ny återställningsnyckel (den gamla slutar gälla)</translation>
    </message>
    <message>
        <source>remove the recovery key</source>
        <translation>ta bort återställningsnyckeln</translation>
    </message>
    <message>
        <source>retention: what is due, decide</source>
        <translation>gallring: se vad som ska gallras och besluta</translation>
    </message>
    <message>
        <source>records whose retention period has run out</source>
        <translation>poster vars gallringsfrist har löpt ut</translation>
    </message>
    <message>
        <source>delete records for good</source>
        <translation>radera poster slutgiltigt</translation>
    </message>
    <message>
        <source>keep a record, with a reason</source>
        <translation>behåll en post, med motivering</translation>
    </message>
    <message>
        <source>re-encrypt the vault under a new key (old key files then open nothing)</source>
        <translation>kryptera om valvet med en ny nyckel (gamla nyckelfiler öppnar då ingenting)</translation>
    </message>
    <message>
        <source>do not ask before starting</source>
        <translation>fråga inte innan det börjar</translation>
    </message>
    <message>
        <source>--yes: there is no one to ask (standard input is not a terminal); add --yes to go ahead</source>
        <translation>--yes: det finns ingen att fråga (standard in är ingen terminal); lägg till --yes för att fortsätta</translation>
    </message>
    <message>
        <source>Backed up to {folder} ({size} MB, checked).</source>
        <translation>Säkerhetskopian sparades i {folder} ({size} MB, kontrollerad).</translation>
    </message>
    <message>
        <source>Removed the older backup {folder}.</source>
        <translation>Tog bort den äldre säkerhetskopian {folder}.</translation>
    </message>
    <message>
        <source>Note: this backup is on the vault&apos;s own drive; keep one elsewhere too.</source>
        <translation>Obs: den här säkerhetskopian ligger på samma enhet som valvet; spara en på ett annat ställe också.</translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation>Säkerhetskopians återställningsnyckel: </translation>
    </message>
    <message>
        <source>Passphrase of the backup (as it was when the backup was made): </source>
        <translation>Säkerhetskopians lösenfras (som den var när kopian gjordes): </translation>
    </message>
    <message>
        <source>Backup made: {when}</source>
        <translation>Säkerhetskopian gjordes: {when}</translation>
    </message>
    <message>
        <source>Schema version: {n}</source>
        <translation>Schemaversion: {n}</translation>
    </message>
    <message>
        <source>Audit log rows: {n}</source>
        <translation>Rader i loggen: {n}</translation>
    </message>
    <message>
        <source>Warning: this backup is of another vault.</source>
        <translation>Varning: den här säkerhetskopian kommer från ett annat valv.</translation>
    </message>
    <message>
        <source>Replace the current vault with this backup?</source>
        <translation>Vill du ersätta det nuvarande valvet med den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Restored the backup into {folder}.</source>
        <translation>Säkerhetskopian har återställts till {folder}.</translation>
    </message>
    <message>
        <source>The previous vault was kept as {folder}.</source>
        <translation>Det tidigare valvet har sparats som {folder}.</translation>
    </message>
    <message>
        <source>The recovery key was removed.</source>
        <translation>Återställningsnyckeln har tagits bort.</translation>
    </message>
    <message>
        <source>{text} is not KIND:NUMBER with KIND one of {kinds}</source>
        <translation>{text} är inte TYP:NUMMER med TYP en av {kinds}</translation>
    </message>
    <message>
        <source>Kept until {day}.</source>
        <translation>Behålls till {day}.</translation>
    </message>
    <message>
        <source>Delete {n} records for good?</source>
        <translation>Vill du radera {n} poster slutgiltigt?</translation>
    </message>
    <message>
        <source>Deleted: {counts}; persons: {persons}.</source>
        <translation>Raderade: {counts}; personer: {persons}.</translation>
    </message>
    <message>
        <source>rekey needs the passphrase, not the recovery key: set a passphrase first with &apos;kopingplan --recovery-key passwd&apos;</source>
        <translation>rekey behöver lösenfrasen, inte återställningsnyckeln: sätt först en lösenfras med &apos;kopingplan --recovery-key passwd&apos;</translation>
    </message>
    <message>
        <source>The recovery key will stop working and a new one must be printed afterwards. Re-encrypt the vault now?</source>
        <translation>Återställningsnyckeln slutar fungera och en ny måste skrivas ut efteråt. Kryptera om valvet nu?</translation>
    </message>
    <message>
        <source>The vault was re-encrypted under a new key and checked ({size} MB, {seconds} s). It opens with the same passphrase; copies of the old key file open nothing in it.</source>
        <translation>Valvet krypterades om med en ny nyckel och kontrollerades ({size} MB, {seconds} s). Det öppnas med samma lösenfras; kopior av den gamla nyckelfilen öppnar ingenting i det.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Varning: {text}</translation>
    </message>
    <message>
        <source>Make it with &apos;kopingplan recovery-key new&apos;.</source>
        <translation>Skapa den med &apos;kopingplan recovery-key new&apos;.</translation>
    </message>
    <message>
        <source>the first day of the period</source>
        <translation>periodens första dag</translation>
    </message>
    <message>
        <source>the last day of the period (included)</source>
        <translation>periodens sista dag (ingår)</translation>
    </message>
    <message>
        <source>only rows concerning this case number</source>
        <translation>bara rader som rör detta ärendenummer</translation>
    </message>
    <message>
        <source>only this action, e.g. cases.open</source>
        <translation>bara denna händelse, t.ex. cases.open</translation>
    </message>
    <message>
        <source>who decided the disclosure</source>
        <translation>vem som beslutade om utlämnandet</translation>
    </message>
    <message>
        <source>signed accountability reports (disclosures, access log, art. 30)</source>
        <translation>signerade rapporter för tillsyn och uppföljning (utlämnanden, logguppföljning, art. 30)</translation>
    </message>
    <message>
        <source>every disclosure of a period, with totals</source>
        <translation>alla utlämnanden under en period, med summering</translation>
    </message>
    <message>
        <source>the access-log follow-up, with the audit chain checked</source>
        <translation>logguppföljning, med kontroll av loggkedjan</translation>
    </message>
    <message>
        <source>the record of processing (GDPR art. 30)</source>
        <translation>registerförteckning (GDPR art. 30)</translation>
    </message>
    <message>
        <source>the report to kommunstyrelsen: counts of a period, small numbers hidden</source>
        <translation>rapporten till kommunstyrelsen: antal för en period, små tal dolda</translation>
    </message>
    <message>
        <source>the lägesbild for a period: the assessment, the entries, the comparison</source>
        <translation>lägesbilden för en period: bedömningen, posterna, jämförelsen</translation>
    </message>
    <message>
        <source>the yearly follow-up of the action plan&apos;s commitments, small numbers hidden</source>
        <translation>den årliga uppföljningen av handlingsplanens åtaganden, små tal dolda</translation>
    </message>
    <message>
        <source>the year followed up</source>
        <translation>året som följs upp</translation>
    </message>
    <message>
        <source>your overall assessment</source>
        <translation>din samlade bedömning</translation>
    </message>
    <message>
        <source>your proposals for the next revision</source>
        <translation>dina förslag inför nästa revision</translation>
    </message>
    <message>
        <source>&apos;Vart vänder jag mig?&apos;: who to call for what, from the partner registry</source>
        <translation>&apos;Vart vänder jag mig?&apos;: vem man ringer om vad, från partnerregistret</translation>
    </message>
    <message>
        <source>the access log as text (logged as viewed)</source>
        <translation>åtkomstloggen som text (att du läst den loggas)</translation>
    </message>
    <message>
        <source>at most this many rows</source>
        <translation>högst så här många rader</translation>
    </message>
    <message>
        <source>Wrote the signed report {path} ({id}).</source>
        <translation>Skrev den signerade rapporten {path} ({id}).</translation>
    </message>
    <message>
        <source>{shown} of {total} rows.</source>
        <translation>{shown} av {total} rader.</translation>
    </message>
    <message>
        <source>incoming concerns (inkommande oro)</source>
        <translation>inkommande oro</translation>
    </message>
    <message>
        <source>take in a concern (open until screened)</source>
        <translation>ta emot en oro (öppen tills den bedömts)</translation>
    </message>
    <message>
        <source>who raised it: an organisation, a person, or anonymous</source>
        <translation>vem som lyfte den: en organisation, en person eller anonym</translation>
    </message>
    <message>
        <source>the organisation that raised it (its number in the registry)</source>
        <translation>organisationen som lyfte den (dess nummer i registret)</translation>
    </message>
    <message>
        <source>the person who raised it (number in the registry)</source>
        <translation>personen som lyfte den (nummer i registret)</translation>
    </message>
    <message>
        <source>who raised it, in words (optional)</source>
        <translation>vem som lyfte den, i ord (frivilligt)</translation>
    </message>
    <message>
        <source>how it came in</source>
        <translation>hur den kom in</translation>
    </message>
    <message>
        <source>the day it came in (default: today)</source>
        <translation>dagen den kom in (standard: i dag)</translation>
    </message>
    <message>
        <source>the concern in words</source>
        <translation>oron i ord</translation>
    </message>
    <message>
        <source>the orientation it seems to concern</source>
        <translation>inriktningen den verkar gälla</translation>
    </message>
    <message>
        <source>the level it seems to concern (optional)</source>
        <translation>nivån den verkar gälla (frivilligt)</translation>
    </message>
    <message>
        <source>record the screening decision</source>
        <translation>registrera beslutet efter förhandsbedömningen</translation>
    </message>
    <message>
        <source>the concern number</source>
        <translation>numret på oron</translation>
    </message>
    <message>
        <source>the case it led to (case_opened)</source>
        <translation>ärendet den ledde till (case_opened)</translation>
    </message>
    <message>
        <source>open a new case with this title (case_opened)</source>
        <translation>öppna ett nytt ärende med den här titeln (case_opened)</translation>
    </message>
    <message>
        <source>to whom it was referred</source>
        <translation>vart den hänvisades</translation>
    </message>
    <message>
        <source>why (referred, no_action)</source>
        <translation>varför (referred, no_action)</translation>
    </message>
    <message>
        <source>the day of the decision (today)</source>
        <translation>beslutsdagen (i dag)</translation>
    </message>
    <message>
        <source>who decided (default: you)</source>
        <translation>vem som beslutade (standard: du)</translation>
    </message>
    <message>
        <source>correct the intake (the earlier version is kept)</source>
        <translation>rätta uppgifterna om oron (den tidigare versionen sparas)</translation>
    </message>
    <message>
        <source>why it is corrected</source>
        <translation>varför den rättas</translation>
    </message>
    <message>
        <source>who raised it</source>
        <translation>vem som framförde den</translation>
    </message>
    <message>
        <source>who raised it, in words</source>
        <translation>vem som framförde den, i ord</translation>
    </message>
    <message>
        <source>concerns, newest first (logged)</source>
        <translation>inkommande oro, nyast först (loggas)</translation>
    </message>
    <message>
        <source>open (to screen), or one decision</source>
        <translation>öppna (att bedöma), eller ett beslut</translation>
    </message>
    <message>
        <source>the year received</source>
        <translation>året den kom in</translation>
    </message>
    <message>
        <source>--case and --new-case: give one of them, not both</source>
        <translation>--case och --new-case: ange det ena, inte båda</translation>
    </message>
    <message>
        <source>--decision case_opened: give the case, --case N or --new-case TITLE</source>
        <translation>--decision case_opened: ange ärendet, --case N eller --new-case TITEL</translation>
    </message>
    <message>
        <source>--case and --new-case go with --decision case_opened only</source>
        <translation>--case och --new-case hör bara till --decision case_opened</translation>
    </message>
    <message>
        <source>--referred-to goes with --decision referred only</source>
        <translation>--referred-to hör bara till --decision referred</translation>
    </message>
    <message>
        <source>activities at the general level (no personal data)</source>
        <translation>aktiviteter på generell nivå (inga personuppgifter)</translation>
    </message>
    <message>
        <source>record an activity</source>
        <translation>registrera en aktivitet</translation>
    </message>
    <message>
        <source>the day it was held</source>
        <translation>dagen den hölls</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>vilket slags aktivitet</translation>
    </message>
    <message>
        <source>what it was called</source>
        <translation>vad den hette</translation>
    </message>
    <message>
        <source>the organisation that organised it (default: your own unit)</source>
        <translation>organisationen som ordnade den (standard: din egen enhet)</translation>
    </message>
    <message>
        <source>a partner organisation that took part (repeatable)</source>
        <translation>en samverkanspart som deltog (kan upprepas)</translation>
    </message>
    <message>
        <source>whom it was for</source>
        <translation>vilka den riktade sig till</translation>
    </message>
    <message>
        <source>an orientation it was about (repeatable)</source>
        <translation>en inriktning den handlade om (kan upprepas)</translation>
    </message>
    <message>
        <source>how many took part</source>
        <translation>hur många som deltog</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>vad som gjordes</translation>
    </message>
    <message>
        <source>the day to follow it up</source>
        <translation>dagen för uppföljning</translation>
    </message>
    <message>
        <source>how it is followed up</source>
        <translation>hur den följs upp</translation>
    </message>
    <message>
        <source>activities, newest first</source>
        <translation>aktiviteter, nyaste först</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>bara det här slaget</translation>
    </message>
    <message>
        <source>only this year</source>
        <translation>bara det här året</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>högst så här många</translation>
    </message>
    <message>
        <source>remove an activity recorded by mistake</source>
        <translation>ta bort en aktivitet som registrerats av misstag</translation>
    </message>
    <message>
        <source>the activity&apos;s number</source>
        <translation>aktivitetens nummer</translation>
    </message>
    <message>
        <source>Recorded activity {id}.</source>
        <translation>Registrerade aktivitet {id}.</translation>
    </message>
    <message>
        <source>Removed activity {id}.</source>
        <translation>Tog bort aktivitet {id}.</translation>
    </message>
    <message>
        <source>Activities: {n}; participants: {total}.</source>
        <translation>Aktiviteter: {n}; deltagare: {total}.</translation>
    </message>
    <message>
        <source>to screen</source>
        <translation>att bedöma</translation>
    </message>
    <message>
        <source>Took in concern {id}.</source>
        <translation>Tog emot oro {id}.</translation>
    </message>
    <message>
        <source>Concern {id}: opened case {case}.</source>
        <translation>Oro {id}: öppnade ärende {case}.</translation>
    </message>
    <message>
        <source>Recorded the decision on concern {id}.</source>
        <translation>Registrerade beslutet om oro {id}.</translation>
    </message>
    <message>
        <source>Corrected concern {id}; the earlier version is kept.</source>
        <translation>Rättade oro {id}; den tidigare versionen är sparad.</translation>
    </message>
    <message>
        <source>Concern {id}: nothing to correct; nothing was changed.</source>
        <translation>Oro {id}: inget att rätta; inget ändrades.</translation>
    </message>
    <message>
        <source>Concerns: {n}.</source>
        <translation>Inkommande oro: {n}.</translation>
    </message>
    <message>
        <source>the action plan&apos;s revisions</source>
        <translation>handlingsplanens revisioner</translation>
    </message>
    <message>
        <source>every revision of the plan, newest first</source>
        <translation>planens alla revisioner, nyaste först</translation>
    </message>
    <message>
        <source>the text of one revision</source>
        <translation>texten i en revision</translation>
    </message>
    <message>
        <source>the revision&apos;s number</source>
        <translation>revisionens nummer</translation>
    </message>
    <message>
        <source>record a new revision of the plan</source>
        <translation>registrera en ny revision av planen</translation>
    </message>
    <message>
        <source>the day it was adopted</source>
        <translation>dagen då den antogs</translation>
    </message>
    <message>
        <source>who adopted it: KF (kommunfullmäktige), KS (kommunstyrelsen) or a name</source>
        <translation>vem som antog den: KF (kommunfullmäktige), KS (kommunstyrelsen) eller ett namn</translation>
    </message>
    <message>
        <source>the plan&apos;s text as adopted (a UTF-8 text file)</source>
        <translation>planens text som den antogs (en textfil i UTF-8)</translation>
    </message>
    <message>
        <source>the decision&apos;s diary number (diarienummer), e.g. KS 2026/123</source>
        <translation>beslutets diarienummer, t.ex. KS 2026/123</translation>
    </message>
    <message>
        <source>what changed since the last revision</source>
        <translation>vad som ändrats sedan förra revisionen</translation>
    </message>
    <message>
        <source>the revision&apos;s number (default: one past the highest)</source>
        <translation>revisionens nummer (annars ett mer än det högsta)</translation>
    </message>
    <message>
        <source>the commitments of a revision</source>
        <translation>en revisions åtaganden</translation>
    </message>
    <message>
        <source>add a commitment to a revision</source>
        <translation>lägg till ett åtagande i en revision</translation>
    </message>
    <message>
        <source>the revision&apos;s number (default: newest)</source>
        <translation>revisionens nummer (annars den nyaste)</translation>
    </message>
    <message>
        <source>what the plan commits to</source>
        <translation>det som planen åtar sig</translation>
    </message>
    <message>
        <source>the day it is due, if it has one</source>
        <translation>dagen då det ska vara klart, om det finns en</translation>
    </message>
    <message>
        <source>a working group that carries it out (repeatable)</source>
        <translation>en arbetsgrupp som genomför det (kan upprepas)</translation>
    </message>
    <message>
        <source>an activity that carries it out (repeatable)</source>
        <translation>en aktivitet som genomför det (kan upprepas)</translation>
    </message>
    <message>
        <source>a partner organisation that carries it out (repeatable)</source>
        <translation>en samarbetspartner som genomför det (kan upprepas)</translation>
    </message>
    <message>
        <source>Recorded revision {n} of the action plan.</source>
        <translation>Registrerade revision {n} av handlingsplanen.</translation>
    </message>
    <message>
        <source>Revisions: {n}.</source>
        <translation>Revisioner: {n}.</translation>
    </message>
    <message>
        <source>Recorded commitment {id} of revision {n}.</source>
        <translation>Registrerade åtagande {id} i revision {n}.</translation>
    </message>
    <message>
        <source>Commitments: {n}.</source>
        <translation>Åtaganden: {n}.</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} organisations.</source>
        <translation>Skrev {path}: {n} organisationer.</translation>
    </message>
    <message>
        <source>{n} organisations did not fit on the page.</source>
        <translation>{n} organisationer fick inte plats på sidan.</translation>
    </message>
    <message>
        <source>a person&apos;s signed register extract (GDPR art. 15)</source>
        <translation>en persons signerade registerutdrag (GDPR art. 15)</translation>
    </message>
    <message>
        <source>the person&apos;s number</source>
        <translation>personens nummer</translation>
    </message>
    <message>
        <source>a part to withhold, e.g. note:12; repeatable, each with --reason</source>
        <translation>en del att undanta, t.ex. note:12; kan upprepas, var och en med --reason</translation>
    </message>
    <message>
        <source>the ground for withholding, e.g. &apos;OSL 26 kap. 1 §&apos;</source>
        <translation>skälet för att undanta, t.ex. &apos;OSL 26 kap. 1 §&apos;</translation>
    </message>
    <message>
        <source>--withhold {part}: name a part by kind and number, e.g. note:12</source>
        <translation>--withhold {part}: ange delen med slag och nummer, t.ex. note:12</translation>
    </message>
    <message>
        <source>--reason needs a --withhold to go with</source>
        <translation>--reason måste höra till en --withhold</translation>
    </message>
    <message>
        <source>give one --reason for each --withhold, or one for all of them</source>
        <translation>ange en --reason för varje --withhold, eller en för alla</translation>
    </message>
    <message>
        <source>Wrote the signed register extract {path} ({id}), recorded as disclosure {number}; withheld parts: {withheld}.</source>
        <translation>Skrev det signerade registerutdraget {path} ({id}), registrerat som utlämnande {number}; undantagna delar: {withheld}.</translation>
    </message>
    <message>
        <source>{text} is not KIND:NUMBER with KIND one of: {kinds}</source>
        <translation>{text} är inte SLAG:NUMMER med SLAG något av: {kinds}</translation>
    </message>
    <message>
        <source>keep a file (PDF, image, Office file, e-mail) with a record</source>
        <translation>spara en fil (PDF, bild, Office-fil, e-post) med en post</translation>
    </message>
    <message>
        <source>the file to attach</source>
        <translation>filen som ska bifogas</translation>
    </message>
    <message>
        <source>a record&apos;s attachments (logged as looked at)</source>
        <translation>en posts bilagor (loggas som visade)</translation>
    </message>
    <message>
        <source>what it belongs to: case:N, note:N, meeting:N, incident:N or concern:N</source>
        <translation>vad den hör till: case:N (ärende), note:N (anteckning), meeting:N (möte), incident:N (otillåten påverkan) eller concern:N (inkommande oro)</translation>
    </message>
    <message>
        <source>case:N (with its notes&apos; and concerns&apos;), note:N, meeting:N, incident:N or concern:N</source>
        <translation>case:N (med anteckningarnas och den inkommande orons), note:N, meeting:N, incident:N eller concern:N</translation>
    </message>
    <message>
        <source>one attachment</source>
        <translation>en bilaga</translation>
    </message>
    <message>
        <source>save a plain copy to a file (logged)</source>
        <translation>spara en okrypterad kopia till en fil (loggas)</translation>
    </message>
    <message>
        <source>the attachment number</source>
        <translation>bilagans nummer</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>Attached {name} as attachment {id} ({kind}, {size}).</source>
        <translation>Bifogade {name} som bilaga {id} ({kind}, {size}).</translation>
    </message>
    <message>
        <source>Attachments: {n}.</source>
        <translation>Bilagor: {n}.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Sparade en kopia i {path}.</translation>
    </message>
    <message>
        <source>a case&apos;s flags and priority</source>
        <translation>ett ärendes flaggor och prioritet</translation>
    </message>
    <message>
        <source>set a flag on a case, with a reason</source>
        <translation>sätt en flagga på ett ärende, med skäl</translation>
    </message>
    <message>
        <source>what the flag says</source>
        <translation>vad flaggan gäller</translation>
    </message>
    <message>
        <source>why, in words</source>
        <translation>varför, med ord</translation>
    </message>
    <message>
        <source>clear a flag (it is kept, with the reason)</source>
        <translation>ta bort en flagga (den sparas, med skälet)</translation>
    </message>
    <message>
        <source>the flag&apos;s number</source>
        <translation>flaggans nummer</translation>
    </message>
    <message>
        <source>set a case&apos;s priority</source>
        <translation>sätt ett ärendes prioritet</translation>
    </message>
    <message>
        <source>cases with a flag or a priority other than normal</source>
        <translation>ärenden med en flagga eller annan prioritet än normal</translation>
    </message>
    <message>
        <source>only cases with this flag (any: some)</source>
        <translation>bara ärenden med den här flaggan (any: någon)</translation>
    </message>
    <message>
        <source>only this priority</source>
        <translation>bara den här prioriteten</translation>
    </message>
    <message>
        <source>Case {case}: flag {id} set ({kind}).</source>
        <translation>Ärende {case}: flagga {id} satt ({kind}).</translation>
    </message>
    <message>
        <source>Case {case}: flag {id} cleared ({kind}).</source>
        <translation>Ärende {case}: flagga {id} borttagen ({kind}).</translation>
    </message>
    <message>
        <source>Case {case}: priority {priority}.</source>
        <translation>Ärende {case}: prioritet {priority}.</translation>
    </message>
    <message>
        <source>Cases: {n}.</source>
        <translation>Ärenden: {n}.</translation>
    </message>
    <message>
        <source>the lägesbild for a period: overall assessments</source>
        <translation>lägesbilden för en period: samlade bedömningar</translation>
    </message>
    <message>
        <source>the overall assessment of the situation picture for a period</source>
        <translation>den samlade bedömningen av lägesbilden för en period</translation>
    </message>
    <message>
        <source>write the overall assessment of a period</source>
        <translation>skriv den samlade bedömningen för en period</translation>
    </message>
    <message>
        <source>the assessment (a UTF-8 text file)</source>
        <translation>bedömningen (en textfil i UTF-8)</translation>
    </message>
    <message>
        <source>correct an assessment; the earlier text is kept</source>
        <translation>rätta en bedömning; den tidigare texten sparas</translation>
    </message>
    <message>
        <source>the assessment&apos;s number (situation assessment list)</source>
        <translation>bedömningens nummer (situation assessment list)</translation>
    </message>
    <message>
        <source>the corrected assessment (a UTF-8 text file)</source>
        <translation>den rättade bedömningen (en textfil i UTF-8)</translation>
    </message>
    <message>
        <source>why it is corrected; kept with the earlier text</source>
        <translation>varför den rättas; sparas med den tidigare texten</translation>
    </message>
    <message>
        <source>the assessments, the latest period first</source>
        <translation>bedömningarna, den senaste perioden först</translation>
    </message>
    <message>
        <source>Stored assessment {id}.</source>
        <translation>Sparade bedömning {id}.</translation>
    </message>
    <message>
        <source>Assessments: {n}.</source>
        <translation>Bedömningar: {n}.</translation>
    </message>
    <message>
        <source>Assessment {id} already says this; nothing was changed.</source>
        <translation>Bedömning {id} säger redan detta; inget ändrades.</translation>
    </message>
    <message>
        <source>Corrected assessment {id}; the earlier text is kept.</source>
        <translation>Rättade bedömning {id}; den tidigare texten finns kvar.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>Kopierat. Urklippet töms om {seconds} s.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Urklippet har tömts.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Avsluta ärendet</translation>
    </message>
    <message>
        <source>A closed case stays in the vault until retention deletes it, and can be reopened until then.</source>
        <translation>Ett avslutat ärende finns kvar i valvet tills det gallras, och kan öppnas igen fram till dess.</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Avsluta ärendet</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment of revision {n}</source>
        <translation>Nytt åtagande i revision {n}</translation>
    </message>
    <message>
        <source>Commitment of revision {n}</source>
        <translation>Åtagande i revision {n}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Commitment of the action plan</source>
        <translation>Åtagande i handlingsplanen</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Åtagande:</translation>
    </message>
    <message>
        <source>What the plan commits to, e.g. &quot;Unggruppen meets every month&quot;</source>
        <translation>Det som planen åtar sig, t.ex. ”Unggruppen träffas varje månad”</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>Carried out by (tick what applies; the yearly follow-up counts what these did):</source>
        <translation>Genomförs av (kryssa för det som gäller; den årliga uppföljningen räknar vad dessa har gjort):</translation>
    </message>
    <message>
        <source>&amp;Working groups:</source>
        <translation>&amp;Arbetsgrupper:</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Arbetsgrupper</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>Akti&amp;viteter:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Samarbets&amp;partner:</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Samarbetspartner</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>C&amp;ommitments of the revision:</source>
        <translation>&amp;Åtaganden i revisionen:</translation>
    </message>
    <message>
        <source>New co&amp;mmitment…</source>
        <translation>Nytt åta&amp;gande …</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Genomförs av</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>(nothing linked)</source>
        <translation>(inget kopplat)</translation>
    </message>
    <message>
        <source>No commitment recorded. Add what the plan commits to.</source>
        <translation>Inget åtagande registrerat. Lägg till det som planen åtar sig.</translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation>Ta bort åtagande</translation>
    </message>
    <message>
        <source>Remove commitment {n}? This cannot be undone.</source>
        <translation>Ta bort åtagande {n}? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>ConcernCorrection</name>
    <message>
        <source>Correct inta&amp;ke…</source>
        <translation>Rätta upp&amp;gifterna …</translation>
    </message>
    <message>
        <source>Correct who raised it, how, when, what, orientation or level; the earlier version is kept and the decision stays as it is</source>
        <translation>Rätta vem som framförde oron, hur, när, vad, inriktning eller nivå; den tidigare versionen sparas och beslutet står kvar som det är</translation>
    </message>
    <message>
        <source>Corrected beca&amp;use:</source>
        <translation>Varf&amp;ör rättas:</translation>
    </message>
    <message>
        <source>e.g. the wrong school was noted at intake</source>
        <translation>t.ex. fel skola antecknades när oron togs emot</translation>
    </message>
    <message numerus="yes">
        <source>Intake corrected %n time(s), last {time} by {who}: {reason}</source>
        <translation>
            <numerusform>Uppgifterna rättade %n gång, senast {time} av {who}: {reason}</numerusform>
            <numerusform>Uppgifterna rättade %n gånger, senast {time} av {who}: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the correction ({reason}): received {day}, {source}, {channel}: {words}</source>
        <translation>Före rättelsen ({reason}): inkom {day}, {source}, {channel}: {words}</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Concern</source>
        <translation>Inkommande oro</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>Oron</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>In&amp;kom:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Sök på namn</translation>
    </message>
    <message>
        <source>Search for a person</source>
        <translation>Sök efter en person</translation>
    </message>
    <message>
        <source>Person who raised it</source>
        <translation>Personen som lyfte oron</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Vem (namn eller &amp;roll):</translation>
    </message>
    <message>
        <source>A name or a role, e.g. the head teacher</source>
        <translation>Ett namn eller en roll, t.ex. rektor</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Vad som sades:</translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation>&amp;Inriktning:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Förhandsbedömning</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>D&amp;ecided on:</source>
        <translation>Beslutsda&amp;tum:</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Besl&amp;utat av:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>The case number the concern led to; &quot;New case&quot; opens one with the title below</source>
        <translation>Numret på ärendet som oron ledde till; ”Nytt ärende” öppnar ett med titeln nedan</translation>
    </message>
    <message>
        <source>&amp;Go to the case</source>
        <translation>&amp;Gå till ärendet</translation>
    </message>
    <message>
        <source>New case &amp;title:</source>
        <translation>Nytt ärendes tit&amp;el:</translation>
    </message>
    <message>
        <source>A working title; it need not name anyone</source>
        <translation>En arbetstitel; den behöver inte namnge någon</translation>
    </message>
    <message>
        <source>Referre&amp;d to:</source>
        <translation>Hänvisad ti&amp;ll:</translation>
    </message>
    <message>
        <source>e.g. social services, the school&apos;s student health team</source>
        <translation>t.ex. socialtjänsten, skolans elevhälsa</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Not yet clear</source>
        <translation>Ännu oklar</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Inte bedömd ännu</translation>
    </message>
    <message>
        <source>Screen the concern once it has been taken in and saved.</source>
        <translation>Bedöm oron när den har tagits emot och sparats.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>New concern</source>
        <translation>Ny inkommande oro</translation>
    </message>
    <message>
        <source>Concern {number}: correcting the intake</source>
        <translation>Oro {number}: uppgifterna rättas</translation>
    </message>
    <message>
        <source>Concern {number}: {decision} on {day}</source>
        <translation>Oro {number}: {decision} {day}</translation>
    </message>
    <message>
        <source>Concern {number}: to screen</source>
        <translation>Oro {number}: att bedöma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Incoming concerns</source>
        <translation>Inkommande oro</translation>
    </message>
    <message>
        <source>Concerns that reached you (a school calls, a parent worries, the police pass on a signal), and how each was screened: a case opened, referred elsewhere, or no action. Open concerns are in To do until they are decided.</source>
        <translation>Oro som har nått dig (en skola ringer, en förälder är orolig, polisen för vidare en signal) och hur var och en bedömdes: ärende öppnat, hänvisad vidare eller ingen åtgärd. Oro som inte är bedömd finns under Att göra tills beslut är fattat.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;New concern…</source>
        <translation>&amp;Ny oro …</translation>
    </message>
    <message>
        <source>Enter or double-click opens a concern.</source>
        <translation>Enter eller dubbelklick öppnar en oro.</translation>
    </message>
    <message>
        <source>No concern matches these filters.</source>
        <translation>Ingen inkommande oro matchar filtren.</translation>
    </message>
    <message>
        <source>No concerns taken in yet. When a school, a parent or the police tell you of a worry, record it with New concern…</source>
        <translation>Ingen inkommande oro har tagits emot än. När en skola, en förälder eller polisen berättar om en oro, registrera den med Ny oro …</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Vad som sades</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>To screen</source>
        <translation>Att bedöma</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Ärende {number}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n inkommande oro</numerusform>
            <numerusform>%n inkommande oro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentEditDialog</name>
    <message>
        <source>New consent for case {case}</source>
        <translation>Nytt samtycke i ärende {case}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>&amp;Givet av:</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
    </message>
    <message>
        <source>the guardian&apos;s name</source>
        <translation>vårdnadshavarens namn</translation>
    </message>
    <message>
        <source>Recipient &amp;organisations:</source>
        <translation>Mottagande &amp;organisationer:</translation>
    </message>
    <message>
        <source>Recipient organisations</source>
        <translation>Mottagande organisationer</translation>
    </message>
    <message>
        <source>Kinds of &amp;recipient:</source>
        <translation>&amp;Typer av mottagare:</translation>
    </message>
    <message>
        <source>Kinds of recipient</source>
        <translation>Typer av mottagare</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>Än&amp;damål:</translation>
    </message>
    <message>
        <source>One purpose a line, as the consent states it</source>
        <translation>Ett ändamål per rad, så som det står i samtycket</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Hur det gavs:</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>V&amp;ittne:</translation>
    </message>
    <message>
        <source>who witnessed an oral consent</source>
        <translation>vem som bevittnade ett muntligt samtycke</translation>
    </message>
    <message>
        <source>Given o&amp;n:</source>
        <translation>Gavs de&amp;n:</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gavs den</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gäller &amp;längst till:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>The person</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>En vårdnadshavare</translation>
    </message>
    <message>
        <source>The person and a guardian</source>
        <translation>Personen och en vårdnadshavare</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har löpt ut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Gäller ännu inte</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <source>Withdrawal of consent {id} (case {case}), given on {given}</source>
        <translation>Återkallelse av samtycke {id} (ärende {case}), som gavs den {given}</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal</source>
        <translation>Registrera &amp;återkallelse</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>Återkallat &amp;den:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>e.g. letter of 3 May, phone call with the mother</source>
        <translation>t.ex. brev den 3 maj, telefonsamtal med mamman</translation>
    </message>
</context>
<context>
    <name>ContactCorrectionDialog</name>
    <message>
        <source>Correct the contact</source>
        <translation>Rätta kontakten</translation>
    </message>
    <message>
        <source>Correct contact</source>
        <translation>Rätta kontakt</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>(earlier person)</source>
        <translation>(tidigare person)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
</context>
<context>
    <name>ContentParts</name>
    <message>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>inriktning</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>level history</source>
        <translation>nivåhistorik</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>insatser</translation>
    </message>
    <message>
        <source>exit plan assessment</source>
        <translation>inledande bedömning</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <source>earlier decisions</source>
        <translation>tidigare beslut</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tidslinje</translation>
    </message>
    <message>
        <source>professionals</source>
        <translation>professionella</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>personens namn</translation>
    </message>
    <message>
        <source>relatives&apos; names</source>
        <translation>anhörigas namn</translation>
    </message>
    <message>
        <source>each entry&apos;s source</source>
        <translation>varje posts källa</translation>
    </message>
    <message>
        <source>Case {id}: {parts}</source>
        <translation>Ärende {id}: {parts}</translation>
    </message>
    <message>
        <source>only the heading</source>
        <translation>endast rubrik</translation>
    </message>
</context>
<context>
    <name>ContentProfileBox</name>
    <message>
        <source>In meeting briefs and case PMs this organisation gets by default</source>
        <translation>I mötesunderlag och PM får organisationen som standard</translation>
    </message>
    <message>
        <source>The working group&apos;s default</source>
        <translation>Arbetsgruppens standard</translation>
    </message>
    <message>
        <source>Per case, never more than you choose for the case in the brief window; you can change it per copy there.</source>
        <translation>Per ärende aldrig mer än du väljer för ärendet i fönstret för underlaget; där kan du också ändra det per exemplar.</translation>
    </message>
</context>
<context>
    <name>CopyContentDialog</name>
    <message>
        <source>Tick what this copy holds of each case. Only the parts chosen for the case can be ticked.</source>
        <translation>Kryssa i vad exemplaret innehåller om varje ärende. Bara de delar som är valda för ärendet kan kryssas i.</translation>
    </message>
    <message>
        <source>Parts per case</source>
        <translation>Delar per ärende</translation>
    </message>
    <message>
        <source>As the &amp;profile says</source>
        <translation>Enligt &amp;profilen</translation>
    </message>
</context>
<context>
    <name>CopyContents</name>
    <message>
        <source>Content of this copy: the choice for each case above.</source>
        <translation>Exemplarets innehåll: det som är valt för varje ärende ovan.</translation>
    </message>
    <message>
        <source>changed for this copy</source>
        <translation>ändrat för det här exemplaret</translation>
    </message>
    <message>
        <source>as the organisation&apos;s profile says</source>
        <translation>enligt organisationens profil</translation>
    </message>
    <message>
        <source>the working group&apos;s default: the organisation has no profile</source>
        <translation>arbetsgruppens standard, organisationen har ingen profil</translation>
    </message>
    <message>
        <source>your own default without names: the organisation has no profile</source>
        <translation>din egen standard utan namn, organisationen har ingen profil</translation>
    </message>
    <message>
        <source>Content of this copy ({how}):
{name}: {held}</source>
        <translation>Exemplarets innehåll ({how}):
{name}: {held}</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>inget ärende</translation>
    </message>
    <message>
        <source>Situation picture: with each entry&apos;s source.</source>
        <translation>Lägesbild: med varje posts källa.</translation>
    </message>
    <message>
        <source>Situation picture: without the entries&apos; sources, as in every copy outside your own unit: a source is often someone who told you in confidence. Add them under Change what this copy holds.</source>
        <translation>Lägesbild: utan posternas källor, som i varje exemplar utanför din egen enhet: en källa är ofta någon som har berättat något för dig i förtroende. Lägg till dem under Ändra innehållet i exemplaret.</translation>
    </message>
    <message>
        <source>Situation picture: without the entries&apos; sources.</source>
        <translation>Lägesbild: utan posternas källor.</translation>
    </message>
    <message>
        <source>the whole situation picture, with each entry&apos;s source</source>
        <translation>hela lägesbilden, med varje posts källa</translation>
    </message>
    <message>
        <source>the whole situation picture, without the entries&apos; sources</source>
        <translation>hela lägesbilden, utan posternas källor</translation>
    </message>
    <message>
        <source>Content of this copy: {held}.</source>
        <translation>Exemplarets innehåll: {held}.</translation>
    </message>
    <message>
        <source>the sources stay out of a copy outside your own unit: a source is often someone who told you in confidence</source>
        <translation>källorna tas inte med i ett exemplar utanför din egen enhet: en källa är ofta någon som har berättat något för dig i förtroende</translation>
    </message>
    <message>
        <source>a content profile names parts of a case, not of the picture</source>
        <translation>en innehållsprofil anger delar av ett ärende, inte av lägesbilden</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Content of copy {n}</source>
        <translation>Innehåll i exemplar {n}</translation>
    </message>
    <message>
        <source>Every copy holds the whole situation picture. Tick what else this copy holds. Each entry&apos;s source is left out of a copy outside your own unit unless you tick it.</source>
        <translation>Varje exemplar innehåller hela lägesbilden. Kryssa i vad exemplaret dessutom innehåller. Varje posts källa tas inte med i ett exemplar utanför din egen enhet om du inte kryssar i den.</translation>
    </message>
    <message>
        <source>Tick what this copy holds of each case and of the situation picture. Only the parts chosen for the brief can be ticked. Each entry&apos;s source is left out of a copy outside your own unit unless you tick it.</source>
        <translation>Kryssa i vad exemplaret innehåller om varje ärende och av lägesbilden. Bara de delar som är valda för underlaget kan kryssas i. Varje posts källa tas inte med i ett exemplar utanför din egen enhet om du inte kryssar i den.</translation>
    </message>
    <message>
        <source>Change &amp;what this copy holds…</source>
        <translation>Ändra inneh&amp;ållet i exemplaret …</translation>
    </message>
</context>
<context>
    <name>DemoCounts</name>
    <message>
        <source>cases</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>level changes</source>
        <translation>nivåändringar</translation>
    </message>
    <message>
        <source>participants in cases</source>
        <translation>deltagare i ärenden</translation>
    </message>
    <message>
        <source>participants taken off cases</source>
        <translation>deltagare borttagna ur ärenden</translation>
    </message>
    <message>
        <source>case priorities</source>
        <translation>prioriteringar av ärenden</translation>
    </message>
    <message>
        <source>case flags</source>
        <translation>flaggor på ärenden</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>samtycken</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>earlier versions of notes</source>
        <translation>tidigare versioner av anteckningar</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <source>earlier versions of contacts</source>
        <translation>tidigare versioner av kontakter</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <source>exit plans</source>
        <translation>individuella handlingsplaner</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>insatser</translation>
    </message>
    <message>
        <source>relatives&apos; support threads</source>
        <translation>anhörigstöd</translation>
    </message>
    <message>
        <source>contacts with relatives</source>
        <translation>kontakter med anhöriga</translation>
    </message>
    <message>
        <source>incoming concerns</source>
        <translation>inkommande oro</translation>
    </message>
    <message>
        <source>earlier versions of concerns</source>
        <translation>tidigare versioner av inkommande oro</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>bilagor</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisationer</translation>
    </message>
    <message>
        <source>content profiles</source>
        <translation>innehållsprofiler</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>arbetsgrupper</translation>
    </message>
    <message>
        <source>group memberships</source>
        <translation>gruppmedlemskap</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>möten</translation>
    </message>
    <message>
        <source>meeting attendees</source>
        <translation>mötesdeltagare</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>dagordningspunkter</translation>
    </message>
    <message>
        <source>meeting actions</source>
        <translation>åtgärder från möten</translation>
    </message>
    <message>
        <source>lägesbild entries</source>
        <translation>lägesbildsposter</translation>
    </message>
    <message>
        <source>sources of lägesbild entries</source>
        <translation>källor till lägesbildsposter</translation>
    </message>
    <message>
        <source>period assessments</source>
        <translation>bedömningar per period</translation>
    </message>
    <message>
        <source>earlier versions of period assessments</source>
        <translation>tidigare versioner av bedömningar per period</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>händelser</translation>
    </message>
    <message>
        <source>support given after incidents</source>
        <translation>stöd efter händelser</translation>
    </message>
    <message>
        <source>incidents linked to lägesbild entries</source>
        <translation>händelser kopplade till lägesbildsposter</translation>
    </message>
    <message>
        <source>disclosures</source>
        <translation>utlämnanden</translation>
    </message>
    <message>
        <source>imported packages</source>
        <translation>importerade paket</translation>
    </message>
    <message>
        <source>items received from the police</source>
        <translation>uppgifter inkomna från polisen</translation>
    </message>
    <message>
        <source>received items linked to records</source>
        <translation>inkomna uppgifter kopplade till poster</translation>
    </message>
    <message>
        <source>action plan revisions</source>
        <translation>revisioner av handlingsplanen</translation>
    </message>
    <message>
        <source>commitments in the action plan</source>
        <translation>åtaganden i handlingsplanen</translation>
    </message>
    <message>
        <source>activities at general level</source>
        <translation>aktiviteter på generell nivå</translation>
    </message>
</context>
<context>
    <name>DisclosureReportDialog</name>
    <message>
        <source>Disclosure report</source>
        <translation>Utlämnanderapport</translation>
    </message>
    <message>
        <source>Every disclosure of the period: when, to whom, on which legal basis, who decided and why, the cases and the checksum of what left. Totals per legal basis and recipient. Signed, for the data protection officer or an auditor.</source>
        <translation>Alla utlämnanden under perioden: när, till vem, med vilket lagstöd, vem som beslutade och varför, vilka ärenden och kontrollsumman för det som lämnades ut. Summering per rättslig grund och mottagare. Signerad, för dataskyddsombudet eller en revisor.</translation>
    </message>
    <message>
        <source>Disclosures in the period: {count}</source>
        <translation>Utlämnanden under perioden: {count}</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Slag av mottagare</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Innehållets SHA-256</translation>
    </message>
    <message>
        <source>Show recipients</source>
        <translation>Visa mottagare</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>De senaste 30 dagarna</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Utlämnande</translation>
    </message>
    <message>
        <source>No disclosure in this period or to this recipient.</source>
        <translation>Inget utlämnande under perioden eller till mottagaren.</translation>
    </message>
    <message>
        <source>No disclosures yet. Every export and every piece of information given out is recorded here (New disclosure…).</source>
        <translation>Inga utlämnanden ännu. Varje export och varje uppgift som lämnas ut registreras här (Nytt utlämnande …).</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>Öppna &amp;personen</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>Alla mottagare</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %n recipient(s) ends within 30 days or has ended. Ask for a new one in time.</source>
        <translation>
            <numerusform>Certifikatet för %n mottagare går ut inom 30 dagar eller har gått ut. Be om ett nytt i god tid.</numerusform>
            <numerusform>Certifikaten för %n mottagare går ut inom 30 dagar eller har gått ut. Be om nya i god tid.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of legal bases was saved.</source>
        <translation>Listan över rättsliga grunder sparades.</translation>
    </message>
    <message>
        <source>The package was saved and the disclosure recorded ({name}).</source>
        <translation>Paketet sparades och utlämnandet registrerades ({name}).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n post importerades.</numerusform>
            <numerusform>%n poster importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n utlämnande</numerusform>
            <numerusform>%n utlämnanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>Every time information left the vault: when, to whom, on what legal basis, who decided, which cases, and the checksum of what left. The content itself is never kept here.</source>
        <translation>Varje gång uppgifter lämnade valvet: när, till vem, med vilket lagstöd, vem som beslutade, vilka ärenden och kontrollsumman för det som lämnades ut. Själva innehållet sparas aldrig här.</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>I&amp;mportera paket …</translation>
    </message>
    <message>
        <source>Incomin&amp;g…</source>
        <translation>In&amp;kommande …</translation>
    </message>
    <message>
        <source>Information received in imported packages, with its source</source>
        <translation>Uppgifter som kommit in i importerade paket, med sin källa</translation>
    </message>
    <message>
        <source>&amp;Legal bases…</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Rättsli&amp;ga grunder …</translation>
    </message>
    <message>
        <source>R&amp;eport…</source>
        <translation>Skriv ut rapp&amp;ort …</translation>
    </message>
    <message>
        <source>The list of legal bases a disclosure can rest on, with their descriptions</source>
        <translation>Listan över rättsliga grunder som ett utlämnande kan vila på, med beskrivningar</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Recipien&amp;t:</source>
        <translation>Mo&amp;ttagare:</translation>
    </message>
    <message>
        <source>&amp;Manage recipients…</source>
        <translation>&amp;Hantera mottagare …</translation>
    </message>
    <message>
        <source>New &amp;disclosure…</source>
        <translation>Nytt &amp;utlämnande …</translation>
    </message>
    <message>
        <source>SHA-256: the checksum of the signed content that left.</source>
        <translation>SHA-256: kontrollsumman för det signerade innehåll som lämnades ut.</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <source>The draft was not kept: the vault refused it.</source>
        <translation>Utkastet sparades inte: valvet tog inte emot det.</translation>
    </message>
    <message>
        <source>There is a saved draft</source>
        <translation>Det finns ett sparat utkast</translation>
    </message>
    <message>
        <source>You started this earlier and saved a draft. Continue from it?</source>
        <translation>Du har börjat på det här tidigare och sparat ett utkast. Vill du fortsätta från det?</translation>
    </message>
    <message>
        <source>&amp;Continue with the draft</source>
        <translation>&amp;Fortsätt med utkastet</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <source>Keep what you have written?</source>
        <translation>Vill du behålla det du har skrivit?</translation>
    </message>
    <message>
        <source>Save it as a draft to continue later; a draft is kept encrypted in the vault. Discard throws away what you have written here.</source>
        <translation>Spara det som utkast för att fortsätta senare; utkastet sparas krypterat i valvet. Släng tar bort det du har skrivit här.</translation>
    </message>
    <message>
        <source>Save d&amp;raft</source>
        <translation>Spara &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>S&amp;läng</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>Fortsätt s&amp;kriva</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>EmptySectionPage</name>
    <message>
        <source>This section comes in a later version of Köpingplan. Records of this kind that are already in the vault are kept safe and will be shown here then.</source>
        <translation>Den här delen kommer i en senare version av Köpingplan. Uppgifter av det här slaget som redan finns i valvet ligger kvar och visas här då.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{detail} (see &apos;kopingplan --help&apos;)</source>
        <translation>{detail} (se &apos;kopingplan --help&apos;)</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder. Check the path.</source>
        <translation>Mappen {path} finns inte eller är ingen mapp. Kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>Standard input is not valid UTF-8 text. Nothing was changed; save the text as UTF-8.</source>
        <translation>Standard in är inte giltig UTF-8-text. Inget ändrades; spara texten som UTF-8.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Check the path, or create one with &apos;init&apos;.</source>
        <translation>Det finns inget valv i {path}. Kontrollera sökvägen eller skapa ett med &apos;init&apos;.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation>Mappen {path} finns inte. Skapa den först eller välj en annan plats.</translation>
    </message>
    <message>
        <source>A vault already exists at {path}. Nothing was changed; choose another place.</source>
        <translation>Det finns redan ett valv i {path}. Inget ändrades; välj en annan plats.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again (check Caps Lock).</source>
        <translation>Fel lösenfras. Inget ändrades; försök igen (kontrollera Caps Lock).</translation>
    </message>
    <message>
        <source>The passphrase is empty. Type the vault&apos;s passphrase; an empty one never opens it.</source>
        <translation>Lösenfrasen är tom. Skriv valvets lösenfras; en tom lösenfras öppnar aldrig valvet.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so the vault cannot be unlocked. Restore it from a backup of the vault folder, or use the recovery key.</source>
        <translation>Nyckelfilen {path} saknas, så valvet kan inte låsas upp. Återställ den från en säkerhetskopia av valvmappen, eller använd återställningsnyckeln.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a Köpingplan key file. Restore the vault folder from a backup.</source>
        <translation>Nyckelfilen {path} är skadad eller ingen nyckelfil från Köpingplan. Återställ valvmappen från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is not a Köpingplan vault (or it is damaged). Nothing was changed.</source>
        <translation>{path} är inget valv från Köpingplan (eller så är det skadat). Inget ändrades.</translation>
    </message>
    <message>
        <source>The key file {path} does not belong to this vault.db: its key opens another vault (or vault.db is not a Köpingplan vault). Nothing was changed. Put back the key file and database that belong together, e.g. both from the same backup.</source>
        <translation>Nyckelfilen {path} hör inte till den här vault.db: dess nyckel öppnar ett annat valv (eller så är vault.db inget valv från Köpingplan). Inget ändrades. Lägg tillbaka den nyckelfil och databas som hör ihop, till exempel båda från samma säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty or cut short. Restore the vault from a backup.</source>
        <translation>Valvfilen {path} är tom eller avkortad. Återställ valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Köpingplan vault. It was not opened.</source>
        <translation>{path} är en okrypterad SQLite-databas, inget valv från Köpingplan. Den öppnades inte.</translation>
    </message>
    <message>
        <source>The vault was written by a newer version of Köpingplan (schema {found}; this version knows up to {known}). Update the program; the vault was not changed.</source>
        <translation>Valvet är skrivet av en nyare version av Köpingplan (schema {found}; den här versionen känner till {known}). Uppdatera programmet; valvet ändrades inte.</translation>
    </message>
    <message>
        <source>The vault is already open in another Köpingplan window or program. Close it there first.</source>
        <translation>Valvet är redan öppet i ett annat fönster eller program. Stäng det där först.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be written (read-only file or folder). Check the file permissions or copy the vault to a writable place.</source>
        <translation>Valvet i {path} går inte att skriva till (skrivskyddad fil eller mapp). Kontrollera behörigheterna eller kopiera valvet till en skrivbar plats.</translation>
    </message>
    <message>
        <source>The vault failed its integrity check: {detail}. Restore it from a backup.</source>
        <translation>Valvet klarade inte integritetskontrollen: {detail}. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The vault is damaged: {first}. Nothing was changed. Problems found: {count} (&apos;kopingplan check&apos; lists them all). Restore the vault from a backup.</source>
        <translation>Valvet är skadat: {first}. Inget ändrades. Antal fel: {count} (&apos;kopingplan check&apos; visar alla). Återställ valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Part of the vault cannot be read: it is damaged. Nothing was changed. Lock the vault, run &apos;kopingplan check&apos; to see where, and restore it from a backup.</source>
        <translation>En del av valvet kan inte läsas: det är skadat. Inget ändrades. Lås valvet, kör &apos;kopingplan check&apos; för att se var, och återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: {problems}. Anyone who takes the laptop can try passphrases offline for as long as they like, so it must resist billions of guesses. Use four or more unrelated words, or at least 12 varied characters.</source>
        <translation>Lösenfrasen är för svag: {problems}. Den som får tag i datorn kan pröva lösenfraser hur länge som helst, så den måste stå emot miljarder gissningar. Använd fyra eller fler orelaterade ord, eller minst 12 varierade tecken.</translation>
    </message>
    <message>
        <source>it is shorter than 12 characters</source>
        <translation>den är kortare än 12 tecken</translation>
    </message>
    <message>
        <source>it is a common password or built on one</source>
        <translation>den är ett vanligt lösenord eller bygger på ett</translation>
    </message>
    <message>
        <source>it contains your name, your organisation or the program&apos;s name</source>
        <translation>den innehåller ditt namn, din organisation eller programmets namn</translation>
    </message>
    <message>
        <source>it is built on a common first name or surname</source>
        <translation>den bygger på ett vanligt förnamn eller efternamn</translation>
    </message>
    <message>
        <source>it repeats the same characters</source>
        <translation>den upprepar samma tecken</translation>
    </message>
    <message>
        <source>it contains a keyboard or alphabet sequence</source>
        <translation>den innehåller en följd från tangentbordet eller alfabetet</translation>
    </message>
    <message>
        <source>it uses only one kind of character</source>
        <translation>den har bara en sorts tecken</translation>
    </message>
    <message>
        <source>it is mostly a date or a number</source>
        <translation>den är mest ett datum eller ett tal</translation>
    </message>
    <message>
        <source>it is too easy to guess</source>
        <translation>den är för lätt att gissa</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De två lösenfraserna skiljer sig åt. Inget ändrades.</translation>
    </message>
    <message>
        <source>No passphrase was given. Type it at the prompt, or give it on the first line of standard input with --passphrase-stdin.</source>
        <translation>Ingen lösenfras angavs. Skriv den vid frågan, eller ge den på första raden av standard in med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be done and nothing was changed. Everything saved before is intact. Free some space and try again.</source>
        <translation>Disken är full, så det gick inte att göra och inget ändrades. Allt som sparats tidigare är intakt. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>There is no {kind} with number {id} in the vault.</source>
        <translation>Det finns ingen post av typen {kind} med nummer {id} i valvet.</translation>
    </message>
    <message>
        <source>The search has no words to look for. Type at least one letter or digit.</source>
        <translation>Sökningen har inga ord att leta efter. Skriv minst en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>The file holds only a certificate authority&apos;s certificate (CA:TRUE), not a person&apos;s. Ask the recipient for their own certificate; one made with &apos;openssl req -x509&apos; needs -addext basicConstraints=critical,CA:FALSE (see OPENSSL.md).</source>
        <translation>Filen innehåller bara en certifikatutfärdares certifikat (CA:TRUE), inte en persons. Be mottagaren om ett eget, personligt certifikat; ett som görs med &apos;openssl req -x509&apos; behöver -addext basicConstraints=critical,CA:FALSE (se OPENSSL.md).</translation>
    </message>
    <message>
        <source>The certificate cannot be used: {detail}.</source>
        <translation>Certifikatet kan inte användas: {detail}.</translation>
    </message>
    <message>
        <source>An unexpected error ({kind}) stopped the command. What was saved before it is safe; run &apos;kopingplan check&apos; if in doubt, and tell support what you ran.</source>
        <translation>Ett oväntat fel ({kind}) stoppade kommandot. Det som sparades före felet finns kvar; kör &apos;kopingplan check&apos; om du är osäker, och berätta för supporten vad du körde.</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>är för lång</translation>
    </message>
    <message>
        <source>must be a single line without tabs</source>
        <translation>måste vara en enda rad utan tabbar</translation>
    </message>
    <message>
        <source>contains invisible control characters; retype the text instead of pasting it</source>
        <translation>innehåller osynliga styrtecken; skriv texten i stället för att klistra in den</translation>
    </message>
    <message>
        <source>is not in normalised Unicode form</source>
        <translation>är inte i normaliserad Unicode-form</translation>
    </message>
    <message>
        <source>must be a date between 1900 and 2100</source>
        <translation>måste vara ett datum mellan 1900 och 2100</translation>
    </message>
    <message>
        <source>must be a time with a time zone</source>
        <translation>måste vara en tid med tidszon</translation>
    </message>
    <message>
        <source>cannot be earlier than the From date</source>
        <translation>kan inte vara tidigare än Från-datumet</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the case was opened</source>
        <translation>kan inte vara tidigare än dagen ärendet öppnades</translation>
    </message>
    <message>
        <source>cannot be later than the day the case was closed</source>
        <translation>kan inte vara senare än dagen ärendet avslutades</translation>
    </message>
    <message>
        <source>cannot be earlier than the day of the contact</source>
        <translation>kan inte vara tidigare än dagen för kontakten</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the membership began</source>
        <translation>kan inte vara tidigare än dagen medlemskapet började</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the measure starts</source>
        <translation>kan inte vara tidigare än dagen insatsen börjar</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the incident happened</source>
        <translation>kan inte vara tidigare än dagen händelsen inträffade</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the activity was held</source>
        <translation>kan inte vara tidigare än dagen aktiviteten hölls</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the consent was given</source>
        <translation>kan inte vara tidigare än dagen samtycket gavs</translation>
    </message>
    <message>
        <source>cannot be earlier than the day the concern was received</source>
        <translation>kan inte vara tidigare än dagen oron kom in</translation>
    </message>
    <message>
        <source>must be a number from 1 to 5</source>
        <translation>måste vara ett tal från 1 till 5</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>måste vara 1 eller mer</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kan inte vara negativt</translation>
    </message>
    <message>
        <source>must refer to a stored record</source>
        <translation>måste hänvisa till en sparad post</translation>
    </message>
    <message>
        <source>is not a valid personal identity number or coordination number</source>
        <translation>är inget giltigt personnummer eller samordningsnummer</translation>
    </message>
    <message>
        <source>must be stored as 12 digits (YYYYMMDDNNNN)</source>
        <translation>måste lagras som 12 siffror (ÅÅÅÅMMDDNNNN)</translation>
    </message>
    <message>
        <source>does not match the identity number</source>
        <translation>stämmer inte med personnumret</translation>
    </message>
    <message>
        <source>has a value that is not one of the choices</source>
        <translation>har ett värde som inte finns bland valen</translation>
    </message>
    <message>
        <source>has a value of the wrong kind</source>
        <translation>har ett värde av fel slag</translation>
    </message>
    <message>
        <source>needs a person, an organisation or a case</source>
        <translation>behöver en person, en organisation eller ett ärende</translation>
    </message>
    <message>
        <source>needs a person or an organisation</source>
        <translation>behöver en person eller en organisation</translation>
    </message>
    <message>
        <source>can only be set when the case is closed</source>
        <translation>kan bara anges när ärendet är avslutat</translation>
    </message>
    <message>
        <source>must differ from the level before</source>
        <translation>måste skilja sig från nivån före</translation>
    </message>
    <message>
        <source>must be a SHA-256 checksum (64 characters 0-9 and a-f)</source>
        <translation>måste vara en SHA-256-kontrollsumma (64 tecken 0–9 och a–f)</translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation>tar upp samma post två gånger</translation>
    </message>
    <message>
        <source>changes only with a reason (use “Move to level” or “Close case”)</source>
        <translation>ändras bara med en motivering (använd ”Flytta till nivå” eller ”Avsluta ärende”)</translation>
    </message>
    <message>
        <source>The file is not a certificate Köpingplan can read. Ask the recipient for their certificate as a PEM or DER file (.pem, .cer, .crt) or a PKCS#7 bundle (.p7b).</source>
        <translation>Filen är inget certifikat som Köpingplan kan läsa. Be mottagaren att skicka sitt certifikat som en PEM- eller DER-fil (.pem, .cer, .crt) eller en PKCS#7-samling (.p7b).</translation>
    </message>
    <message>
        <source>The file holds {count} personal certificates. Choose the one to use by its fingerprint, or ask the recipient for a file with only their own certificate.</source>
        <translation>Filen innehåller {count} personliga certifikat. Välj det som ska användas med dess fingeravtryck, eller be mottagaren om en fil med bara mottagarens eget certifikat.</translation>
    </message>
    <message>
        <source>The certificate expired on {date}. Nothing can be encrypted to it or trusted from it; ask the recipient for their current certificate.</source>
        <translation>Certifikatet slutade gälla {date}. Det kan inte användas för kryptering och inget som är signerat med det kan godtas; be mottagaren om ett aktuellt certifikat.</translation>
    </message>
    <message>
        <source>The certificate is valid only from {date}. Check the computer&apos;s clock, or wait until then.</source>
        <translation>Certifikatet gäller först från {date}. Kontrollera datorns klocka, eller vänta tills dess.</translation>
    </message>
    <message>
        <source>The certificate has an elliptic-curve (EC) key. Köpingplan encrypts packages with RSA key transport only; ask the recipient for a certificate with an RSA key (3072 bits recommended).</source>
        <translation>Certifikatet har en EC-nyckel (elliptisk kurva). Köpingplan krypterar paket bara med RSA-nyckeltransport; be mottagaren om ett certifikat med en RSA-nyckel (3072 bitar rekommenderas).</translation>
    </message>
    <message>
        <source>The certificate has a {kind} key, which Köpingplan cannot encrypt to. Ask the recipient for a certificate with an RSA key (3072 bits recommended).</source>
        <translation>Certifikatet har en nyckel av typen {kind}, som Köpingplan inte kan kryptera till. Be mottagaren om ett certifikat med en RSA-nyckel (3072 bitar rekommenderas).</translation>
    </message>
    <message>
        <source>The certificate&apos;s RSA key has only {bits} bits; at least 2048 are needed (3072 recommended). Ask the recipient for a stronger certificate.</source>
        <translation>Certifikatets RSA-nyckel har bara {bits} bitar; minst 2048 behövs (3072 rekommenderas). Be mottagaren om ett starkare certifikat.</translation>
    </message>
    <message>
        <source>The certificate of {name} may not be used for encryption (its key usage forbids key transport). Ask the recipient for their encryption certificate.</source>
        <translation>Certifikatet för {name} får inte användas för kryptering (nyckelanvändningen tillåter inte nyckeltransport). Be mottagaren om ett certifikat för kryptering.</translation>
    </message>
    <message>
        <source>This certificate is already registered (recipient number {id}). Nothing was changed.</source>
        <translation>Certifikatet är redan registrerat (mottagare nummer {id}). Inget ändrades.</translation>
    </message>
    <message>
        <source>The certificate of {name} has not been verified. Compare its fingerprint with the recipient (by phone, say) and mark it verified first.</source>
        <translation>Certifikatet för {name} har inte verifierats. Jämför först fingeravtrycket med mottagaren (till exempel per telefon) och markera det som verifierat.</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match the registered certificate. Do not mark it verified: the certificate may not be the recipient&apos;s. Nothing was changed.</source>
        <translation>Fingeravtrycket du angav stämmer inte med det registrerade certifikatet. Markera det inte som verifierat: certifikatet kanske inte är mottagarens. Inget ändrades.</translation>
    </message>
    <message>
        <source>Several recipients match “{text}”. Give the recipient&apos;s number or fingerprint.</source>
        <translation>Flera mottagare passar in på ”{text}”. Ange mottagarens nummer eller fingeravtryck.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Välj minst en mottagare.</translation>
    </message>
    <message>
        <source>Nothing is chosen to send. Choose cases, parts of cases, entries or a file.</source>
        <translation>Inget är valt att skicka. Välj ärenden, delar av ärenden, poster eller en fil.</translation>
    </message>
    <message>
        <source>“{code}” is not in the list of legal bases. Choose one from the list, or have it added in the settings.</source>
        <translation>”{code}” finns inte i listan över rättsliga grunder. Välj en i listan, eller se till att den läggs till i inställningarna.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of file a package can carry (PDF, image, Office or OpenDocument file, e-mail). Nothing was made.</source>
        <translation>”{name}” är inte en sorts fil som ett paket kan innehålla (PDF, bild, Office- eller OpenDocument-fil, e-post). Inget skapades.</translation>
    </message>
    <message>
        <source>The files chosen for the package are larger than a package may carry ({limit_mib} MiB for one file, {total_mib} MiB in all). Nothing was made; leave some out, or send them in another package.</source>
        <translation>De valda filerna är större än ett paket får innehålla ({limit_mib} MiB för en fil, {total_mib} MiB sammanlagt). Inget skapades; ta bort några, eller skicka dem i ett annat paket.</translation>
    </message>
    <message>
        <source>A recipient changed after the preview was made. Make the preview again; nothing was sent.</source>
        <translation>En mottagare har ändrats efter att förhandsvisningen gjordes. Gör förhandsvisningen igen; inget skickades.</translation>
    </message>
    <message>
        <source>The package is larger than {limit_mib} MiB and was not opened. Nothing was changed.</source>
        <translation>Paketet är större än {limit_mib} MiB och öppnades inte. Inget ändrades.</translation>
    </message>
    <message>
        <source>The file is not an encrypted package (CMS, DER form). Nothing was changed; check that you chose the right file.</source>
        <translation>Filen är inget krypterat paket (CMS i DER-form). Inget ändrades; kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>The package is not encrypted to your certificate (fingerprint {fingerprint}), so it cannot be opened. Nothing was changed; ask the sender to encrypt it to your current certificate.</source>
        <translation>Paketet är inte krypterat till ditt certifikat (fingeravtryck {fingerprint}), så det går inte att öppna. Inget ändrades; be avsändaren kryptera det till ditt aktuella certifikat.</translation>
    </message>
    <message>
        <source>The package uses encryption Köpingplan does not accept: {problem}. Nothing was changed; ask the sender to use the commands in the instructions.</source>
        <translation>Paketet använder kryptering som Köpingplan inte godtar: {problem}. Inget ändrades; be avsändaren använda kommandona i instruktionerna.</translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5 key transport (use -keyopt rsa_padding_mode:oaep)</source>
        <translation>RSA PKCS#1 v1.5-nyckeltransport (använd -keyopt rsa_padding_mode:oaep)</translation>
    </message>
    <message>
        <source>content encryption without authentication (use -aes-256-gcm)</source>
        <translation>innehållskryptering utan autentisering (använd -aes-256-gcm)</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>en okänd algoritm</translation>
    </message>
    <message>
        <source>The package was altered or damaged on the way: it failed its integrity check and was not opened. Nothing was changed; ask the sender to send it again.</source>
        <translation>Paketet har ändrats eller skadats på vägen: det klarade inte integritetskontrollen och öppnades inte. Inget ändrades; be avsändaren skicka det igen.</translation>
    </message>
    <message>
        <source>The package is signed by a certificate that is not among your recipients (fingerprint {fingerprint}). Nothing was changed. Register the sender&apos;s certificate and verify it before importing.</source>
        <translation>Paketet är signerat med ett certifikat som inte finns bland dina mottagare (fingeravtryck {fingerprint}). Inget ändrades. Registrera avsändarens certifikat och verifiera det innan du importerar.</translation>
    </message>
    <message>
        <source>The package is signed by {name}, whose certificate has not been verified. Nothing was changed; compare the fingerprint with the sender and mark it verified first.</source>
        <translation>Paketet är signerat av {name}, vars certifikat inte har verifierats. Inget ändrades; jämför först fingeravtrycket med avsändaren och markera det som verifierat.</translation>
    </message>
    <message>
        <source>The package is signed by {name}, whose certificate expired on {date}. Nothing was changed; ask the sender for their current certificate and a new package.</source>
        <translation>Paketet är signerat av {name}, vars certifikat slutade gälla {date}. Inget ändrades; be avsändaren om ett aktuellt certifikat och ett nytt paket.</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: its content was changed after signing, or it was not signed by whom it claims. Nothing was changed.</source>
        <translation>Paketets signatur är inte giltig: innehållet har ändrats efter signeringen, eller så är det inte signerat av den det utger sig för att komma från. Inget ändrades.</translation>
    </message>
    <message>
        <source>The package says it comes from another certificate than the one that signed it. Nothing was changed.</source>
        <translation>Paketet uppger att det kommer från ett annat certifikat än det som signerade det. Inget ändrades.</translation>
    </message>
    <message>
        <source>The package is in a format this version does not read ({found}; expected {expected}). Nothing was changed.</source>
        <translation>Paketet har ett format som den här versionen inte läser ({found}; förväntat {expected}). Inget ändrades.</translation>
    </message>
    <message>
        <source>The package&apos;s content is not in order ({problem}). Nothing was changed.</source>
        <translation>Paketets innehåll är inte i ordning ({problem}). Inget ändrades.</translation>
    </message>
    <message>
        <source>the encrypted structure cannot be read</source>
        <translation>den krypterade strukturen går inte att läsa</translation>
    </message>
    <message>
        <source>the signed structure cannot be read</source>
        <translation>den signerade strukturen går inte att läsa</translation>
    </message>
    <message>
        <source>it must carry exactly one signature</source>
        <translation>det måste ha exakt en signatur</translation>
    </message>
    <message>
        <source>the signed content is not a ZIP file</source>
        <translation>det signerade innehållet är ingen ZIP-fil</translation>
    </message>
    <message>
        <source>too many files</source>
        <translation>för många filer</translation>
    </message>
    <message>
        <source>a file name is not allowed</source>
        <translation>ett filnamn är inte tillåtet</translation>
    </message>
    <message>
        <source>a file name occurs twice</source>
        <translation>ett filnamn förekommer två gånger</translation>
    </message>
    <message>
        <source>a file is encrypted or compressed in an unknown way</source>
        <translation>en fil är krypterad eller komprimerad på ett okänt sätt</translation>
    </message>
    <message>
        <source>a file is larger than allowed</source>
        <translation>en fil är större än tillåtet</translation>
    </message>
    <message>
        <source>a file is compressed suspiciously well (ZIP bomb)</source>
        <translation>en fil är misstänkt väl komprimerad (ZIP-bomb)</translation>
    </message>
    <message>
        <source>manifest.json is missing or wrong</source>
        <translation>manifest.json saknas eller är felaktig</translation>
    </message>
    <message>
        <source>the files do not match the manifest&apos;s list</source>
        <translation>filerna stämmer inte med listan i manifestet</translation>
    </message>
    <message>
        <source>a file does not match its checksum</source>
        <translation>en fil stämmer inte med sin kontrollsumma</translation>
    </message>
    <message>
        <source>a JSON file cannot be read</source>
        <translation>en JSON-fil går inte att läsa</translation>
    </message>
    <message>
        <source>the field {field} is missing or wrong</source>
        <translation>fältet {field} saknas eller är felaktigt</translation>
    </message>
    <message>
        <source>the field {field} is not known</source>
        <translation>fältet {field} är okänt</translation>
    </message>
    <message>
        <source>an attachment is not a PDF</source>
        <translation>en bilaga är ingen PDF</translation>
    </message>
    <message>
        <source>a file&apos;s type is missing or not one Köpingplan accepts</source>
        <translation>en fils typ saknas eller är inte en som Köpingplan tar emot</translation>
    </message>
    <message>
        <source>a file&apos;s name does not fit its stated type</source>
        <translation>en fils namn passar inte till dess angivna typ</translation>
    </message>
    <message>
        <source>a file&apos;s content is not of its stated type</source>
        <translation>en fils innehåll är inte av den angivna typen</translation>
    </message>
    <message>
        <source>it holds no information</source>
        <translation>det innehåller inga uppgifter</translation>
    </message>
    <message>
        <source>This package was already imported on {date}. Nothing was changed.</source>
        <translation>Det här paketet importerades redan {date}. Inget ändrades.</translation>
    </message>
    <message>
        <source>must be a short code of lower-case letters, digits and hyphens, unique in the list</source>
        <translation>måste vara en kort kod av gemener, siffror och bindestreck, unik i listan</translation>
    </message>
    <message>
        <source>The backup folder {path} does not exist. Connect the drive or choose another folder.</source>
        <translation>Mappen för säkerhetskopior {path} finns inte. Anslut enheten eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose the folder the backup is to go in.</source>
        <translation>{path} är en fil, inte en mapp. Välj den mapp som säkerhetskopian ska läggas i.</translation>
    </message>
    <message>
        <source>A backup cannot go inside the vault folder itself. Choose a folder on another drive.</source>
        <translation>En säkerhetskopia kan inte ligga i själva valvmappen. Välj en mapp på en annan enhet.</translation>
    </message>
    <message>
        <source>{path} is not a Köpingplan backup (a folder with vault.db and vault.key). Nothing was changed.</source>
        <translation>{path} är ingen säkerhetskopia från Köpingplan (en mapp med vault.db och vault.key). Inget ändrades.</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({detail}). It was not restored and the vault is unchanged. Try an older backup.</source>
        <translation>Säkerhetskopian {path} klarade inte kontrollen ({detail}). Den återställdes inte och valvet är oförändrat. Prova en äldre säkerhetskopia.</translation>
    </message>
    <message>
        <source>its key file is damaged</source>
        <translation>dess nyckelfil är skadad</translation>
    </message>
    <message>
        <source>its database is damaged</source>
        <translation>dess databas är skadad</translation>
    </message>
    <message>
        <source>The backup {path} was made before the vault had a recovery key: only the passphrase valid then opens it. Nothing was changed.</source>
        <translation>Säkerhetskopian {path} gjordes innan valvet hade en återställningsnyckel: bara lösenfrasen som gällde då öppnar den. Inget ändrades.</translation>
    </message>
    <message>
        <source>That recovery key does not open this backup. Nothing was changed; the key that opens it is the one that was newest when the backup was made.</source>
        <translation>Den återställningsnyckeln öppnar inte den här säkerhetskopian. Inget ändrades; det är nyckeln som var den senaste när kopian gjordes som öppnar den.</translation>
    </message>
    <message>
        <source>is outside the allowed range</source>
        <translation>ligger utanför det tillåtna intervallet</translation>
    </message>
    <message>
        <source>must be a number from 1 to 50</source>
        <translation>måste vara ett tal från 1 till 50</translation>
    </message>
    <message>
        <source>must name one recipient per copy (or give only the recipients)</source>
        <translation>måste ange en mottagare per exemplar (eller bara ange mottagarna)</translation>
    </message>
    <message>
        <source>is not among those called to the meeting</source>
        <translation>finns inte bland dem som kallats till mötet</translation>
    </message>
    <message>
        <source>cannot be after the seat&apos;s last day</source>
        <translation>får inte vara efter platsens sista dag</translation>
    </message>
    <message>
        <source>The agenda item stays: actions were decided under it ({count}) and would be removed with it. Nothing was changed.</source>
        <translation>Punkten ligger kvar: åtgärder har beslutats under den ({count}) och skulle tas bort med den. Inget ändrades.</translation>
    </message>
    <message>
        <source>The agenda item {item} belongs to another meeting. Nothing was changed; choose an item of this meeting.</source>
        <translation>Dagordningspunkten {item} hör till ett annat möte. Inget ändrades; välj en punkt i det här mötet.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 48 digits in 8 groups of 6. Check what you typed against the recovery sheet.</source>
        <translation>Det är ingen återställningsnyckel: en återställningsnyckel har 48 siffror i 8 grupper om 6. Jämför det du skrev med återställningsbladet.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key is mistyped (the groups check themselves). Compare it with the recovery sheet and type it again.</source>
        <translation>Grupp {group} i återställningsnyckeln är felskriven (varje grupp har en egen kontroll). Jämför den med återställningsbladet och skriv den igen.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed; check that the sheet belongs to this vault (its vault number) and that the key is still the newest.</source>
        <translation>Den återställningsnyckeln öppnar inte det här valvet. Inget ändrades; kontrollera att bladet hör till det här valvet (dess valvnummer) och att nyckeln fortfarande är den senaste.</translation>
    </message>
    <message>
        <source>This vault has no recovery key. Only the passphrase opens it; if it is lost, restore a backup whose passphrase you know.</source>
        <translation>Det här valvet har ingen återställningsnyckel. Bara lösenfrasen öppnar det; om den har gått förlorad, återställ en säkerhetskopia vars lösenfras du känner till.</translation>
    </message>
    <message>
        <source>belongs to another person in the vault already</source>
        <translation>tillhör redan en annan person i valvet</translation>
    </message>
    <message>
        <source>Record {id} is not due for retention (it is open, or was reopened or changed meanwhile). Nothing was changed; open the review list again.</source>
        <translation>Post {id} ska inte gallras nu (den är öppen, eller har öppnats igen eller ändrats under tiden). Inget ändrades; öppna gallringslistan igen.</translation>
    </message>
    <message>
        <source>must be a day after today</source>
        <translation>måste vara en dag efter i dag</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months</source>
        <translation>måste vara mellan 1 och 600 månader</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again. Nothing in the vault was changed or deleted.</source>
        <translation>För många felaktiga lösenfraser. Vänta {seconds} sekunder och försök sedan igen. Inget i valvet har ändrats eller raderats.</translation>
    </message>
    <message>
        <source>The copy was cancelled. Nothing was kept of it; the vault is unchanged.</source>
        <translation>Kopieringen avbröts. Inget av kopian har sparats; valvet är oförändrat.</translation>
    </message>
    <message>
        <source>There is not enough space in {path}. The copy was not made and was removed again; the vault and earlier backups are unchanged. Free some space or choose another place.</source>
        <translation>Det finns inte tillräckligt med utrymme i {path}. Kopian gjordes inte och har tagits bort igen; valvet och tidigare säkerhetskopior är oförändrade. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <source>The copy could not be written to {path} ({detail}). The vault is unchanged. Check that the drive is connected and writable, or choose another place.</source>
        <translation>Kopian kunde inte skrivas till {path} ({detail}). Valvet är oförändrat. Kontrollera att enheten är ansluten och skrivbar, eller välj en annan plats.</translation>
    </message>
    <message>
        <source>{path} could not be read ({detail}). Nothing was changed. The drive may be failing.</source>
        <translation>{path} kunde inte läsas ({detail}). Inget ändrades. Enheten kan vara på väg att gå sönder.</translation>
    </message>
    <message>
        <source>The vault is busy with another task, so no copy was made. Try again in a moment.</source>
        <translation>Valvet är upptaget med en annan uppgift, så ingen kopia gjordes. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The copy in {path} failed its check ({detail}), so it was removed. The vault is unchanged. The drive may be failing: try another one.</source>
        <translation>Kopian i {path} klarade inte kontrollen ({detail}), så den togs bort. Valvet är oförändrat. Enheten kan vara på väg att gå sönder: prova en annan.</translation>
    </message>
    <message>
        <source>is already in the case with this role</source>
        <translation>finns redan i ärendet med den här rollen</translation>
    </message>
    <message>
        <source>There is not enough free space beside the vault for its re-encrypted copy (about {size} MB are needed). Nothing was changed; free some space and try again.</source>
        <translation>Det finns inte tillräckligt med ledigt utrymme bredvid valvet för den omkrypterade kopian (ungefär {size} MB behövs). Inget ändrades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault failed its check ({detail}), so it was removed. Nothing was changed: the vault still opens with its passphrase and recovery key.</source>
        <translation>Den omkrypterade kopian av valvet klarade inte kontrollen ({detail}) och togs bort. Inget ändrades: valvet öppnas fortfarande med sin lösenfras och återställningsnyckel.</translation>
    </message>
    <message>
        <source>The vault is busy with another task, so it was not re-keyed. Nothing was changed; try again in a moment.</source>
        <translation>Valvet är upptaget med en annan uppgift, så det krypterades inte om. Inget ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The re-key could not write in the vault folder ({detail}). Nothing was changed: the vault still opens with its passphrase and recovery key.</source>
        <translation>Omkrypteringen kunde inte skriva i valvmappen ({detail}). Inget ändrades: valvet öppnas fortfarande med sin lösenfras och återställningsnyckel.</translation>
    </message>
    <message>
        <source>The re-key was interrupted ({detail}) and the vault was locked. Open it again with the passphrase: Köpingplan then finishes or undoes the re-key. Do not delete any file in the vault folder.</source>
        <translation>Omkrypteringen avbröts ({detail}) och valvet låstes. Öppna det igen med lösenfrasen: Köpingplan slutför eller ångrar då omkrypteringen. Ta inte bort någon fil i valvmappen.</translation>
    </message>
    <message>
        <source>The vault folder {path} holds an interrupted re-key that could not be finished or undone ({detail}). Nothing was deleted. Do not delete any file there; check that the drive is writable and open the vault again, or restore a backup.</source>
        <translation>Valvmappen {path} innehåller en avbruten omkryptering som inte kunde slutföras eller ångras ({detail}). Inget togs bort. Ta inte bort någon fil där; kontrollera att enheten går att skriva till och öppna valvet igen, eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job. Nothing was printed.</source>
        <translation>Skrivaren {printer} tog inte emot utskriften. Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>Printing stopped after page {page} of {total}. Check the printer; the pages before may have been printed.</source>
        <translation>Utskriften avbröts efter sida {page} av {total}. Kontrollera skrivaren; sidorna före kan ha skrivits ut.</translation>
    </message>
    <message>
        <source>Choose the number of copies under Copies in the brief window, not in the print dialog: each copy is numbered and signed on its own. Nothing was printed.</source>
        <translation>Välj antalet exemplar under Exemplar i fönstret för underlaget, inte i utskriftsdialogen: varje exemplar numreras och signeras för sig. Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>already holds this seat</source>
        <translation>har redan den här platsen</translation>
    </message>
    <message>
        <source>must be later than the day the seat was taken</source>
        <translation>måste vara senare än dagen då platsen togs</translation>
    </message>
    <message>
        <source>must not be before the start of the period</source>
        <translation>får inte vara före periodens början</translation>
    </message>
    <message>
        <source>The file {name} is not a brief signed in this vault, or it was changed after signing. Only such briefs can be attached; nothing was attached.</source>
        <translation>Filen {name} är inte ett underlag som signerats i detta valv, eller så har den ändrats efter signeringen. Bara sådana underlag kan bifogas; inget bifogades.</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mib} MiB; nothing was attached.</source>
        <translation>Filen {name} är större än {limit_mib} MiB; inget bifogades.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 identity (.p12 or .pfx), or it is damaged. Nothing was changed; ask the issuer for the file again.</source>
        <translation>Filen är ingen PKCS#12-identitet (.p12 eller .pfx), eller så är den skadad. Ingenting har ändrats; be utfärdaren om filen igen.</translation>
    </message>
    <message>
        <source>The password does not open the PKCS#12 file (or the file is damaged). Nothing was changed; check the password the issuer gave you.</source>
        <translation>Lösenordet öppnar inte PKCS#12-filen (eller så är filen skadad). Ingenting har ändrats; kontrollera lösenordet du fick av utfärdaren.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no personal certificate. Nothing was changed; ask the issuer for a file with your certificate and its private key.</source>
        <translation>PKCS#12-filen innehåller inget personligt certifikat. Ingenting har ändrats; be utfärdaren om en fil med ditt certifikat och dess privata nyckel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key, so nothing can be signed with it. Nothing was changed; ask the issuer for a file with your certificate and its private key.</source>
        <translation>PKCS#12-filen innehåller ingen privat nyckel, så ingenting kan signeras med den. Ingenting har ändrats; be utfärdaren om en fil med ditt certifikat och dess privata nyckel.</translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file does not belong to its certificate. Nothing was changed; ask the issuer for a correct file.</source>
        <translation>Den privata nyckeln i PKCS#12-filen hör inte till filens certifikat. Ingenting har ändrats; be utfärdaren om en korrekt fil.</translation>
    </message>
    <message>
        <source>The certificate is valid only from {date}. Nothing was changed; import it from that day on, or check the computer&apos;s clock.</source>
        <translation>Certifikatet gäller först från den {date}. Ingenting har ändrats; importera det från den dagen, eller kontrollera datorns klocka.</translation>
    </message>
    <message>
        <source>The certificate expired on {date}. Nothing was changed; ask the issuer for a new one.</source>
        <translation>Certifikatet gick ut den {date}. Ingenting har ändrats; be utfärdaren om ett nytt.</translation>
    </message>
    <message>
        <source>The certificate lacks the key usage {usages}, which signing briefs requires (PDF validators need nonRepudiation on a signing certificate). Nothing was changed; ask the issuer for a signing certificate.</source>
        <translation>Certifikatet saknar nyckelanvändningen {usages}, som krävs för att signera underlag (PDF-validerare kräver nonRepudiation på ett signeringscertifikat). Ingenting har ändrats; be utfärdaren om ett signeringscertifikat.</translation>
    </message>
    <message>
        <source>The certificate has an elliptic-curve key ({kind}). It could sign briefs, but packages from the police liaison are encrypted with RSA-OAEP, which only an RSA key can open. Nothing was changed; ask the issuer for an RSA key of at least 2048 bits.</source>
        <translation>Certifikatet har en elliptisk kurvnyckel ({kind}). Den skulle kunna signera underlag, men paket från kontaktpolisen krypteras med RSA-OAEP, som bara en RSA-nyckel kan öppna. Ingenting har ändrats; be utfärdaren om en RSA-nyckel på minst 2048 bitar.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key ({kind}) cannot be used: Köpingplan needs an RSA key of at least 2048 bits to sign briefs and open packages. Nothing was changed.</source>
        <translation>Certifikatets nyckel ({kind}) kan inte användas: Köpingplan behöver en RSA-nyckel på minst 2048 bitar för att signera underlag och öppna paket. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The certificate&apos;s RSA key has only {bits} bits; at least 2048 are needed. Nothing was changed; ask the issuer for a longer key.</source>
        <translation>Certifikatets RSA-nyckel har bara {bits} bitar; minst 2048 behövs. Ingenting har ändrats; be utfärdaren om en längre nyckel.</translation>
    </message>
    <message>
        <source>This certificate is already your active signing identity (fingerprint {fingerprint}). Nothing was changed.</source>
        <translation>Det här certifikatet är redan din aktiva signeringsidentitet (fingeravtryck {fingerprint}). Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The file is too large to be a PKCS#12 identity. Nothing was changed; check that you chose the right file.</source>
        <translation>Filen är för stor för att vara en PKCS#12-identitet. Ingenting har ändrats; kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>belongs to another case</source>
        <translation>hör till ett annat ärende</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and the folder.</source>
        <translation>Filen {path} finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Name a file.</source>
        <translation>{path} är en mapp, inte en fil. Ange en fil.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket). Name a file.</source>
        <translation>{path} är ingen vanlig fil (det är en enhet, en rörledning eller en socket). Ange en fil.</translation>
    </message>
    <message>
        <source>The file {path} is larger than {limit_mib} MiB, the most this kind of file can be. Nothing was read; check that you named the right file.</source>
        <translation>Filen {path} är större än {limit_mib} MiB, det mesta en sådan fil kan vara. Inget lästes; kontrollera att du angav rätt fil.</translation>
    </message>
    <message>
        <source>The file {path} is larger than {limit_bytes} bytes, the most this kind of file can be. Nothing was read; check that you named the right file.</source>
        <translation>Filen {path} är större än {limit_bytes} byte, det mesta en sådan fil kan vara. Inget lästes; kontrollera att du angav rätt fil.</translation>
    </message>
    <message>
        <source>The file {path} is empty. Check that you named the right file.</source>
        <translation>Filen {path} är tom. Kontrollera att du angav rätt fil.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read (no permission, or the drive failed). Check the file&apos;s permissions.</source>
        <translation>Filen {path} går inte att läsa (behörighet saknas, eller så har enheten fel). Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>The name {path} is longer than the drive allows. Choose a shorter name.</source>
        <translation>Namnet {path} är längre än enheten tillåter. Välj ett kortare namn.</translation>
    </message>
    <message>
        <source>The file {path} already exists and was not replaced. Choose another name (on the command line, --force replaces it).</source>
        <translation>Filen {path} finns redan och ersattes inte. Välj ett annat namn (på kommandoraden ersätter --force den).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a device or a link to one). Nothing was written; choose a file name.</source>
        <translation>{path} är ingen vanlig fil (det är en mapp, en enhet eller en länk till en sådan). Inget skrevs; välj ett filnamn.</translation>
    </message>
    <message>
        <source>Nothing can be written in {path} (no permission, or a read-only drive). Choose another place.</source>
        <translation>Det går inte att skriva i {path} (behörighet saknas, eller så är enheten skrivskyddad). Välj en annan plats.</translation>
    </message>
    <message>
        <source>must name a recipient organisation or a kind of recipient</source>
        <translation>måste ange en mottagande organisation eller en typ av mottagare</translation>
    </message>
    <message>
        <source>must name the guardian who gave the consent</source>
        <translation>måste ange vilken vårdnadshavare som gav samtycket</translation>
    </message>
    <message>
        <source>must name who witnessed an oral consent</source>
        <translation>måste ange vem som bevittnade ett muntligt samtycke</translation>
    </message>
    <message>
        <source>must say how the consent was withdrawn</source>
        <translation>måste ange hur samtycket återkallades</translation>
    </message>
    <message>
        <source>Consent (OSL 12 kap. 2 §) is cited, but case {case} has no consent on file. Record the consent in the case first, or choose another legal basis. Nothing was disclosed.</source>
        <translation>Samtycke (OSL 12 kap. 2 §) anges som grund, men det finns inget samtycke registrerat i ärende {case}. Registrera samtycket i ärendet först eller välj en annan rättslig grund. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent is cited, but the consent of case {case} that covered {recipient} has been withdrawn. Choose another legal basis or do not disclose. Nothing was disclosed.</source>
        <translation>Samtycke anges som grund, men samtycket i ärende {case} som omfattade {recipient} har återkallats. Välj en annan rättslig grund eller avstå från att lämna ut. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent is cited, but the consent of case {case} that covered {recipient} has expired. Record a new consent if one is given, or choose another legal basis. Nothing was disclosed.</source>
        <translation>Samtycke anges som grund, men samtycket i ärende {case} som omfattade {recipient} har löpt ut. Registrera ett nytt samtycke om ett sådant ges, eller välj en annan rättslig grund. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent is cited, but the consent of case {case} that covers {recipient} was given after the day of the disclosure. Check the dates. Nothing was disclosed.</source>
        <translation>Samtycke anges som grund, men samtycket i ärende {case} som omfattar {recipient} gavs efter dagen för utlämnandet. Kontrollera datumen. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent is cited, but no valid consent of case {case} names {recipient} or its kind of organisation (a recipient must be an organisation in the registry). Nothing was disclosed.</source>
        <translation>Samtycke anges som grund, men inget giltigt samtycke i ärende {case} omfattar {recipient} eller den typen av organisation (mottagaren måste vara en organisation i registret). Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent is cited, but no valid consent of case {case} that names {recipient} covers this purpose. Write the purpose as the consent states it, or choose another legal basis. Nothing was disclosed.</source>
        <translation>Samtycke anges som grund, men inget giltigt samtycke i ärende {case} som omfattar {recipient} gäller detta ändamål. Skriv ändamålet så som det står i samtycket, eller välj en annan rättslig grund. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>Consent can only be cited for a disclosure about a case: choose the case, or another legal basis. Nothing was disclosed.</source>
        <translation>Samtycke kan bara anges som grund för ett utlämnande som gäller ett ärende: välj ärendet eller en annan rättslig grund. Ingenting lämnades ut.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}. Nothing was changed.</source>
        <translation>Samtycket återkallades redan {day}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>cannot be later than now</source>
        <translation>kan inte vara senare än nu</translation>
    </message>
    <message>
        <source>must be case numbers separated by commas</source>
        <translation>måste vara ärendenummer åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>the period can be at most ten years long</source>
        <translation>perioden får vara högst tio år lång</translation>
    </message>
    <message>
        <source>must name the person who raised the concern (from the registry or in words)</source>
        <translation>måste ange personen som lyfte oron (ur registret eller i ord)</translation>
    </message>
    <message>
        <source>an anonymous concern cannot name an organisation or a person of the registry</source>
        <translation>en anonym oro kan inte ange en organisation eller person ur registret</translation>
    </message>
    <message>
        <source>must name the case that was opened</source>
        <translation>måste ange ärendet som öppnades</translation>
    </message>
    <message>
        <source>belongs to a decision, and none is recorded</source>
        <translation>hör till ett beslut, och inget beslut är registrerat</translation>
    </message>
    <message>
        <source>must say who decided</source>
        <translation>måste ange vem som beslutade</translation>
    </message>
    <message>
        <source>cannot be a day after today</source>
        <translation>kan inte vara en dag efter i dag</translation>
    </message>
    <message>
        <source>is recorded when the concern is screened, after it has been taken in</source>
        <translation>registreras när oron bedöms, efter att den tagits emot</translation>
    </message>
    <message>
        <source>cannot be after the day of the screening decision</source>
        <translation>kan inte vara efter dagen för beslutet</translation>
    </message>
    <message>
        <source>This concern was already screened on {day}. A decision is made once; nothing was changed.</source>
        <translation>Den här oron bedömdes redan {day}. Ett beslut fattas en gång; inget ändrades.</translation>
    </message>
    <message>
        <source>The file is not the plan as plain text (it is not UTF-8 text, or it is a PDF, a Word document or a certificate). Nothing was changed; save the plan as plain text (UTF-8).</source>
        <translation>Filen är inte planen som ren text (den är inte text i UTF-8, eller så är den en PDF, ett Word-dokument eller ett certifikat). Inget ändrades; spara planen som ren text (UTF-8).</translation>
    </message>
    <message>
        <source>The action plan has no revision {number}.</source>
        <translation>Handlingsplanen har ingen revision {number}.</translation>
    </message>
    <message>
        <source>{name} is not a kind of file that can be attached (PDF, image, Office or OpenDocument file, e-mail). Nothing was stored.</source>
        <translation>{name} är inte en sorts fil som kan bifogas (PDF, bild, Office- eller OpenDocument-fil, e-post). Inget sparades.</translation>
    </message>
    <message>
        <source>The name {name} says {expected}, but the content is {found}. Nothing was stored; check that you chose the right file.</source>
        <translation>Namnet {name} anger {expected}, men innehållet är {found}. Inget sparades; kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>{name} looks like a {found} file but is damaged or cut off and cannot be opened. Nothing was stored.</source>
        <translation>{name} ser ut som en fil av typen {found} men är skadad eller avkortad och kan inte öppnas. Inget sparades.</translation>
    </message>
    <message>
        <source>The file {path} ({size_mib} MiB) does not fit: the vault&apos;s attachments may take at most {limit_mib} MiB together and {used_mib} MiB are used. Nothing was read; remove attachments that are no longer needed first.</source>
        <translation>Filen {path} ({size_mib} MiB) får inte plats: valvets bilagor får tillsammans ta högst {limit_mib} MiB och {used_mib} MiB är använda. Inget lästes; ta först bort bilagor som inte längre behövs.</translation>
    </message>
    <message>
        <source>This kind of file ({kind}) cannot be shown in the program. Save a copy to open it.</source>
        <translation>Den här sortens fil ({kind}) kan inte visas i programmet. Spara en kopia för att öppna den.</translation>
    </message>
    <message>
        <source>The copy for {recipient} leaves your own unit, so it is a disclosure: give the legal basis, who decided it, their role and the purpose. Nothing was written.</source>
        <translation>Kopian till {recipient} lämnar din egen enhet och är därför ett utlämnande: ange rättslig grund, vem som beslutade, beslutsfattarens roll och syftet. Inget skrevs.</translation>
    </message>
    <message>
        <source>is the number of another revision already</source>
        <translation>är redan numret på en annan revision</translation>
    </message>
    <message>
        <source>The register extract of person {person} has no part {part}. Nothing was written; parts are named by kind and number, e.g. note:12.</source>
        <translation>Registerutdraget för person {person} har ingen del {part}. Inget skrevs; delar anges med slag och nummer, t.ex. note:12.</translation>
    </message>
    <message>
        <source>The withheld part {part} needs a ground, e.g. OSL 26 kap. 1 §, on one line of at most 300 characters. Nothing was written.</source>
        <translation>Den undantagna delen {part} behöver ett skäl, t.ex. OSL 26 kap. 1 §, på en rad med högst 300 tecken. Inget skrevs.</translation>
    </message>
    <message>
        <source>The text of the withheld part {part} would still be printed elsewhere in the extract (an earlier version, another part or a ground). Nothing was written; withhold that part too.</source>
        <translation>Texten i den undantagna delen {part} skulle ändå skrivas ut på ett annat ställe i utdraget (en tidigare version, en annan del eller ett skäl). Inget skrevs; undanta även den delen.</translation>
    </message>
    <message>
        <source>has no follow-up day to mark done</source>
        <translation>har ingen uppföljningsdag att markera som klar</translation>
    </message>
    <message>
        <source>names the organiser as a partner too; the organiser is named once</source>
        <translation>anger arrangören som samarbetspartner också; arrangören anges bara en gång</translation>
    </message>
    <message>
        <source>must be given when the follow-up has a note</source>
        <translation>måste anges när uppföljningen har en anteckning</translation>
    </message>
    <message>
        <source>names an organisation that is not in the registry (removed meanwhile?)</source>
        <translation>anger en organisation som inte finns i registret (borttagen under tiden?)</translation>
    </message>
    <message>
        <source>belongs to an agreement with an end day</source>
        <translation>hör till ett avtal med slutdatum</translation>
    </message>
    <message>
        <source>must say what was decided</source>
        <translation>måste säga vad som beslutades</translation>
    </message>
    <message>
        <source>belongs to a reminder marked done</source>
        <translation>hör till en påminnelse som markerats som klar</translation>
    </message>
    <message>
        <source>must say why the flag no longer applies</source>
        <translation>måste säga varför flaggan inte längre gäller</translation>
    </message>
    <message>
        <source>This case already carries that flag (set on {day}). Clear it first to set it again; nothing was changed.</source>
        <translation>Ärendet har redan den flaggan (satt {day}). Ta bort den först för att sätta den igen; inget ändrades.</translation>
    </message>
    <message>
        <source>must be a year that has begun, from 2000 on</source>
        <translation>måste vara ett år som har börjat, från 2000 och framåt</translation>
    </message>
    <message>
        <source>No revision of the action plan had been adopted by the end of {year}. Record the revision first (File → Action plan), then make the follow-up.</source>
        <translation>Ingen revision av handlingsplanen hade antagits före slutet av {year}. Registrera revisionen först (Arkiv → Handlingsplanen) och gör sedan uppföljningen.</translation>
    </message>
    <message>
        <source>is a contact in a case; it is changed from the case&apos;s window</source>
        <translation>är en kontakt i ett ärende; den ändras från ärendets fönster</translation>
    </message>
    <message>
        <source>The file is not plain text (UTF-8). Nothing was changed; save the text as plain text (UTF-8) and try again.</source>
        <translation>Filen är inte ren text (UTF-8). Inget ändrades; spara texten som ren text (UTF-8) och försök igen.</translation>
    </message>
    <message>
        <source>is not an item of the situation picture kind</source>
        <translation>är inte en uppgift av slaget lägesbild</translation>
    </message>
    <message>
        <source>is in the situation picture already</source>
        <translation>finns redan i lägesbilden</translation>
    </message>
    <message>
        <source>The attachment “{name}” does not belong to a case chosen for this export. Nothing was made; choose its case too, or leave it out.</source>
        <translation>Bilagan ”{name}” hör inte till något ärende som valts för utlämnandet. Inget gjordes; välj också dess ärende eller låt bli att ta med den.</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to case {case} already. Nothing was changed.</source>
        <translation>Inkommen uppgift {id} är redan kopplad till ärende {case}. Inget ändrades.</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to case {case}. Give a reason to move it to another case. Nothing was changed.</source>
        <translation>Inkommen uppgift {id} är kopplad till ärende {case}. Ange ett skäl för att flytta den till ett annat ärende. Inget ändrades.</translation>
    </message>
    <message>
        <source>Give a reason to take incoming item {id} out of its case. Nothing was changed.</source>
        <translation>Ange ett skäl för att koppla bort inkommen uppgift {id} från dess ärende. Inget ändrades.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {max} characters. Shorten it; nothing was changed.</source>
        <translation>Skälet är för långt: högst {max} tecken. Korta det; inget ändrades.</translation>
    </message>
    <message>
        <source>The reason holds control characters. Type it again without them; nothing was changed.</source>
        <translation>Skälet innehåller styrtecken. Skriv det igen utan dem; inget ändrades.</translation>
    </message>
    <message>
        <source>Incoming item {id} is not linked to any case. Nothing was changed.</source>
        <translation>Inkommen uppgift {id} är inte kopplad till något ärende. Inget ändrades.</translation>
    </message>
    <message>
        <source>Incoming item {id} holds no attached file. Nothing was saved.</source>
        <translation>Inkommen uppgift {id} har ingen bifogad fil. Inget sparades.</translation>
    </message>
    <message>
        <source>Flag {id} was cleared already on {day}. Nothing was changed.</source>
        <translation>Flagga {id} togs redan bort {day}. Inget ändrades.</translation>
    </message>
    <message>
        <source>The file {name} is the copy of the brief made for {made_for}, but this package goes to {recipients}: each recipient may get only the copy made for them. Attach the copy made for {recipients}, or make one in the brief window. Nothing was attached.</source>
        <translation>Filen {name} är det exemplar av underlaget som gjordes för {made_for}, men paketet går till {recipients}: varje mottagare får bara det exemplar som gjorts för just dem. Bifoga exemplaret som gjorts för {recipients} eller gör ett i fönstret för underlaget. Inget bifogades.</translation>
    </message>
    <message>
        <source>The file {name} is a copy of the brief made for no recipient (your own copy). A package carries only the copy made for its recipient: in the brief window, make a copy for {recipients}. Nothing was attached.</source>
        <translation>Filen {name} är ett exemplar av underlaget som inte gjorts för någon mottagare (ditt eget exemplar). Ett paket får bara innehålla det exemplar som gjorts för mottagaren: gör ett exemplar för {recipients} i fönstret för underlaget. Inget bifogades.</translation>
    </message>
    <message>
        <source>The vault has no record of saving the file {name} as a copy of a brief, so for whom it was made is not known. In the brief window, make a copy for {recipients}. Nothing was attached.</source>
        <translation>Valvet har ingen uppgift om att filen {name} sparats som ett exemplar av ett underlag, så det går inte att veta för vem det gjordes. Gör ett exemplar för {recipients} i fönstret för underlaget. Inget bifogades.</translation>
    </message>
    <message>
        <source>Choose the package&apos;s recipients before attaching a brief; nothing was attached.</source>
        <translation>Välj paketets mottagare innan du bifogar ett underlag; inget bifogades.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {date}. Nothing can be encrypted to it; leave the recipient out, or ask them for their current certificate.</source>
        <translation>Certifikatet för {name} gick ut {date}. Inget kan krypteras till det; lämna mottagaren utanför, eller be om ett aktuellt certifikat.</translation>
    </message>
    <message>
        <source>fill in a given name or a family name</source>
        <translation>fyll i förnamn eller efternamn</translation>
    </message>
    <message>
        <source>The file is neither a signed brief (a PDF) nor an encrypted package (CMS, DER form): &apos;kopingplan verify&apos; checks those two. Nothing was changed; check that you chose the right file.</source>
        <translation>Filen är varken ett signerat mötesunderlag (en PDF) eller ett krypterat paket (CMS i DER-form): &apos;kopingplan verify&apos; kontrollerar de två. Inget ändrades; kontrollera att du valde rätt fil.</translation>
    </message>
</context>
<context>
    <name>ExitPlanBoundaryPage</name>
    <message>
        <source>Line against criminal investigation</source>
        <translation>Gräns mot brottsutredning</translation>
    </message>
    <message>
        <source>The measures in the plan are support for leaving a violent extremist milieu. They must not be mixed up with criminal investigation or intelligence gathering. Information is shared with the police only within the law (the Public Access to Information and Secrecy Act), and each disclosure is recorded on its own.</source>
        <translation>Insatserna i planen är stöd för att lämna en våldsbejakande miljö. De får inte blandas samman med brottsutredning eller underrättelseinhämtning. Information delas med polisen bara inom ramen för gällande lagstiftning (offentlighets- och sekretesslagen), och varje utlämnande registreras för sig.</translation>
    </message>
    <message>
        <source>I &amp;confirm: this plan is support, not investigation</source>
        <translation>Jag be&amp;kräftar: planen är stöd, inte utredning</translation>
    </message>
    <message>
        <source>Nothing in the plan is done to gather evidence or intelligence, and the individual&apos;s trust is not used for that.</source>
        <translation>Inget i planen görs för att samla bevis eller underrättelser, och individens förtroende används inte till det.</translation>
    </message>
    <message>
        <source>What is &amp;shared with the police, and on what legal grounds:</source>
        <translation>Vad som &amp;delas med polisen, och med vilket lagstöd:</translation>
    </message>
    <message>
        <source>What is shared with the police, and on what legal grounds</source>
        <translation>Vad som delas med polisen, och med vilket lagstöd</translation>
    </message>
    <message>
        <source>Write “Nothing” if nothing is shared.</source>
        <translation>Skriv ”Ingenting” om ingenting delas.</translation>
    </message>
</context>
<context>
    <name>ExitPlanMeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>(none – write below)</source>
        <translation>(ingen – skriv nedan)</translation>
    </message>
    <message>
        <source>Follow up the exit plan</source>
        <translation>Följa upp handlingsplanen</translation>
    </message>
    <message>
        <source>Measure {n}</source>
        <translation>Insats {n}</translation>
    </message>
    <message>
        <source>Each measure needs a responsible actor and a date. Most measures are ordinary municipal services, together with the police, health care, the employment service, civil society and relatives. Follow-up dates appear in To do.</source>
        <translation>Varje insats behöver en ansvarig aktör och ett datum. De flesta insatser är ordinarie kommunal verksamhet, tillsammans med polis, hälso- och sjukvård, arbetsförmedling, civilsamhället och anhöriga. Datum för uppföljning hamnar i Att göra.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>Ta bo&amp;rt insats</translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation>Vald insats</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>A&amp;ctor:</source>
        <translation>A&amp;ktör:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ansvari&amp;g:</translation>
    </message>
    <message>
        <source>Or &amp;in words:</source>
        <translation>Eller med &amp;egna ord:</translation>
    </message>
    <message>
        <source>e.g. the family, a named contact</source>
        <translation>t.ex. familjen, en namngiven kontakt</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <comment>the measure&apos;s start date, as the vocabulary names it (Start)</comment>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Följs upp:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Outc&amp;ome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>If there is no measure &amp;yet, why:</source>
        <translation>&amp;Om det inte finns någon insats än, varför:</translation>
    </message>
    <message>
        <source>Follow up the w&amp;hole plan on:</source>
        <translation>Följ upp &amp;hela planen:</translation>
    </message>
    <message>
        <source>Follow-up date of the whole plan</source>
        <translation>Datum för uppföljning av hela planen</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>Vad som ska följas upp</translation>
    </message>
</context>
<context>
    <name>ExitPlanPracticalPage</name>
    <message>
        <source>Practical dimension</source>
        <translation>Praktisk dimension</translation>
    </message>
    <message>
        <source>{area}: note</source>
        <translation>{area}: anteckning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>The practical dimension is about practical needs such as entering working life, psychiatric support, and relocation for protection or for other reasons. The plan is also the place to look into other problems, such as substance abuse, or to start a neuropsychiatric assessment. Structure and routines in everyday life lower the risk of going back.</source>
        <translation>Den praktiska dimensionen handlar om praktiska behov som inträde i arbetslivet, psykiatriskt stöd och flytt av skyddsskäl eller av andra skäl. I planen kan också andra problem undersökas, till exempel missbruk, eller en neuropsykiatrisk utredning påbörjas. Struktur och rutiner i vardagen minskar risken att individen återgår.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ExitPlanSituationPage</name>
    <message>
        <source>Initial assessment</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj …</translation>
    </message>
    <message>
        <source>Start with an assessment of the individual&apos;s situation, prerequisites, needs and motivation to change. The wish to leave often grows from social and practical reasons; trying to force motivation rarely helps. The milieu the individual wants to leave is defined together by the municipality and the authorities concerned.</source>
        <translation>Börja med en bedömning av individens situation, förutsättningar, behov och motivation till förändring. Viljan att lämna växer ofta fram av sociala och praktiska skäl; att försöka tvinga fram motivation är sällan fruktbart. Den miljö som individen vill lämna definieras i samverkan mellan kommunen och berörda myndigheter.</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>&amp;Förutsättningar:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <source>&amp;Motivation to change:</source>
        <translation>&amp;Motivation till förändring:</translation>
    </message>
    <message>
        <source>&amp;Why this assessment:</source>
        <translation>&amp;Varför den bedömningen:</translation>
    </message>
    <message>
        <source>Milieu to &amp;leave:</source>
        <translation>Miljö att &amp;lämna:</translation>
    </message>
    <message>
        <source>e.g. a named group, a network online</source>
        <translation>t.ex. en namngiven grupp, ett nätverk på nätet</translation>
    </message>
    <message>
        <source>&amp;Took part in the assessment:</source>
        <translation>&amp;Deltog i bedömningen:</translation>
    </message>
    <message>
        <source>e.g. social services, the police liaison, the school</source>
        <translation>t.ex. socialtjänsten, kontaktpolisen, skolan</translation>
    </message>
</context>
<context>
    <name>ExitPlanSocialPage</name>
    <message>
        <source>Social dimension</source>
        <translation>Social dimension</translation>
    </message>
    <message>
        <source>Item {n}</source>
        <translation>Rad {n}</translation>
    </message>
    <message>
        <source>The social dimension is about relationships with relatives, a partner and children, and about the transition to adult life: work, studies or starting a family. A loving relationship and relatives matter most. Add one item per person or part of life and say whether it supports the change or pulls back.</source>
        <translation>Den sociala dimensionen handlar om relationer till anhöriga, partner och barn, och om övergången till vuxenlivet: att börja arbeta, studera eller bilda familj. En kärleksrelation och anhöriga väger tyngst. Lägg till en rad per person eller del av livet och ange om den stöttar förändringen eller drar tillbaka.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation>Ta bort &amp;rad</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Vald rad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
    <message>
        <source>e.g. his sister, studies at Komvux</source>
        <translation>t.ex. hans syster, studier på Komvux</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>&amp;Påverkan:</translation>
    </message>
</context>
<context>
    <name>ExitPlanSummaryPage</name>
    <message>
        <source>Read the plan through. Saving stores it as a new revision; earlier revisions stay in the case&apos;s history.</source>
        <translation>Läs igenom planen. När du sparar lagras den som en ny version; tidigare versioner finns kvar i ärendets historik.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
</context>
<context>
    <name>ExitPlanWizard</name>
    <message>
        <source>Revise the exit plan</source>
        <translation>Revidera handlingsplanen</translation>
    </message>
    <message>
        <source>New exit plan</source>
        <translation>Ny individuell handlingsplan</translation>
    </message>
</context>
<context>
    <name>ExportCaseFiles</name>
    <message>
        <source>The chosen cases have no files.</source>
        <translation>De valda ärendena har inga filer.</translation>
    </message>
    <message>
        <source>Files of the chosen cas&amp;es (tick those that go with the package):</source>
        <translation>Filer i de valda ärend&amp;ena (kryssa för dem som ska följa med paketet):</translation>
    </message>
    <message>
        <source>Files of the chosen cases</source>
        <translation>Filer i de valda ärendena</translation>
    </message>
    <message>
        <source>Case {case}: {name} ({kind}, {size})</source>
        <translation>Ärende {case}: {name} ({kind}, {size})</translation>
    </message>
    <message>
        <source>This file is larger than a package may carry ({limit} MiB); save a copy of it and hand it over another way.</source>
        <translation>Filen är större än ett paket får innehålla ({limit} MiB); spara en kopia av den och lämna över den på annat sätt.</translation>
    </message>
</context>
<context>
    <name>ExportContentPage</name>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Send only what the recipient needs. Only the case details are chosen.</source>
        <translation>Lämna bara ut det mottagaren behöver. Från början är bara ärendets grunduppgifter valda.</translation>
    </message>
    <message>
        <source>&amp;Search cases:</source>
        <translation>&amp;Sök ärenden:</translation>
    </message>
    <message>
        <source>A word of the title or summary</source>
        <translation>Ett ord ur titeln eller sammanfattningen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Case &amp;details (title, level, status, dates)</source>
        <translation>Ärendets &amp;uppgifter (titel, nivå, status, datum)</translation>
    </message>
    <message>
        <source>All no&amp;tes</source>
        <translation>Alla &amp;anteckningar</translation>
    </message>
    <message>
        <source>The exit plan&apos;s &amp;measures</source>
        <translation>Handlingsplanens &amp;insatser</translation>
    </message>
    <message>
        <source>The case&apos;s sub&amp;jects (name, birth year)</source>
        <translation>Ärendets &amp;huvudpersoner (namn, födelseår)</translation>
    </message>
</context>
<context>
    <name>ExportDecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>On what legal basis, decided by whom, and for what purpose.</source>
        <translation>Med vilket lagstöd, beslutat av vem och i vilket syfte.</translation>
    </message>
    <message>
        <source>&amp;Edit the list…</source>
        <translation>Än&amp;dra listan …</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>&amp;Addition to the basis:</source>
        <translation>Ti&amp;llägg till grunden:</translation>
    </message>
    <message>
        <source>Decided b&amp;y (name):</source>
        <translation>Beslu&amp;tat av (namn):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Ärende {number}</translation>
    </message>
    <message>
        <source>Only the case number leaves, no details.</source>
        <translation>Bara ärendenumret lämnar, inga uppgifter om ärendet.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Addition to the basis</source>
        <translation>Tillägg till grunden</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message numerus="yes">
        <source>Each attached brief is recorded as a disclosure of its own to each recipient, with its own SHA-256, beside the package&apos;s: %n brief(s).</source>
        <translation>
            <numerusform>Varje bifogat underlag registreras som ett eget utlämnande till varje mottagare, med sin egen SHA-256, utöver paketets: %n underlag.</numerusform>
            <numerusform>Varje bifogat underlag registreras som ett eget utlämnande till varje mottagare, med sin egen SHA-256, utöver paketets: %n underlag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n disclosure(s) will be recorded.</source>
        <translation>
            <numerusform>Sammanlagt registreras %n utlämnande.</numerusform>
            <numerusform>Sammanlagt registreras %n utlämnanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({kind}, {size} bytes)</source>
        <translation>{name} ({kind}, {size} byte)</translation>
    </message>
    <message>
        <source>Message to the recipient</source>
        <translation>Meddelande till mottagaren</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Package {id}, made {time}.</source>
        <translation>Paket {id}, skapat {time}.</translation>
    </message>
    <message>
        <source>Not verified: nothing can be sent to this recipient yet. Call the recipient on a number you know is theirs, read the fingerprint below aloud group by group, and press Mark as verified when every group matches.</source>
        <translation>Ej verifierad: ingenting kan skickas till mottagaren ännu. Ring mottagaren på ett nummer du vet är hens, läs upp fingeravtrycket nedan grupp för grupp och tryck på Markera som verifierad när varje grupp stämmer.</translation>
    </message>
</context>
<context>
    <name>ExportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>This is exactly what leaves, signed and encrypted to the recipients.</source>
        <translation>Detta är exakt det som lämnas ut, signerat och krypterat till mottagarna.</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Det som lämnar</translation>
    </message>
    <message>
        <source>data.json, exactly as it leaves</source>
        <translation>data.json, exakt som den lämnar</translation>
    </message>
    <message>
        <source>Attached &amp;files (beside data.json):</source>
        <translation>Bifogade &amp;filer (bredvid data.json):</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Show the content in &amp;words</source>
        <translation>Visa innehållet i &amp;ord</translation>
    </message>
    <message>
        <source>Show the e&amp;xact content (data.json)</source>
        <translation>Visa e&amp;xakt innehåll (data.json)</translation>
    </message>
    <message>
        <source>To: {to}. Cases: {cases}; notes: {notes}; measures: {measures}; subjects: {subjects}; situation picture entries: {entries}; attachments: {files}. SHA-256: {sha}</source>
        <translation>Till: {to}. Ärenden: {cases}; anteckningar: {notes}; insatser: {measures}; huvudpersoner: {subjects}; lägesbildsposter: {entries}; bifogade filer: {files}. SHA-256: {sha}</translation>
    </message>
    <message>
        <source>No attached files.</source>
        <translation>Inga bifogade filer.</translation>
    </message>
</context>
<context>
    <name>ExportRecipientPage</name>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Who receives the package? Only verified recipients are listed.</source>
        <translation>Vem ska få paketet? Bara verifierade mottagare visas.</translation>
    </message>
    <message>
        <source>Every verified recipient&apos;s certificate has expired. Ask the recipient for their current certificate and add it under Manage recipients.</source>
        <translation>Alla verifierade mottagares certifikat har gått ut. Be mottagaren om ett aktuellt certifikat och lägg till det under Hantera mottagare.</translation>
    </message>
    <message>
        <source>Certificate expired {date}</source>
        <translation>Certifikatet gick ut {date}</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>No recipient is verified yet. Close this wizard, add the recipient&apos;s certificate under Manage recipients and verify its fingerprint first.</source>
        <translation>Ingen mottagare är verifierad än. Stäng guiden, lägg till mottagarens certifikat under Hantera mottagare och verifiera fingeravtrycket först.</translation>
    </message>
</context>
<context>
    <name>ExportSituationPage</name>
    <message>
        <source>Situation picture and attachments</source>
        <translation>Lägesbild och bilagor</translation>
    </message>
    <message>
        <source>Situation picture entries, signed briefs and files of the chosen cases that leave with the package. Nothing is chosen at first.</source>
        <translation>Lägesbildsposter, signerade underlag och filer i de valda ärendena som lämnas ut med paketet. Inget är valt från början.</translation>
    </message>
    <message>
        <source>&amp;Situation picture entries (newest first):</source>
        <translation>&amp;Lägesbildsposter (nyast först):</translation>
    </message>
    <message>
        <source>Situation picture entries</source>
        <translation>Lägesbildsposter</translation>
    </message>
    <message>
        <source>Attach&amp;ments (signed briefs):</source>
        <translation>Bi&amp;fogade filer (signerade underlag):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Attac&amp;h a brief…</source>
        <translation>Bifoga &amp;underlag …</translation>
    </message>
    <message>
        <source>Create a brie&amp;f…</source>
        <translation>Skapa un&amp;derlag …</translation>
    </message>
    <message>
        <source>Make and sign a brief now; the file it is saved to is attached</source>
        <translation>Gör och signera ett underlag nu; filen det sparas i bifogas</translation>
    </message>
    <message>
        <source>Remo&amp;ve attachment</source>
        <translation>&amp;Ta bort bilagan</translation>
    </message>
    <message>
        <source>Signed brief to attach</source>
        <translation>Signerat underlag att bifoga</translation>
    </message>
    <message>
        <source>Signed briefs (*.pdf);;All files (*)</source>
        <translation>Signerade underlag (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the brief&apos;s signature…</source>
        <translation>Kontrollerar underlagets signatur …</translation>
    </message>
    <message>
        <source>Attached: {names}.</source>
        <translation>Bifogat: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) made for someone else or for no recipient stay out of the package.</source>
        <translation>
            <numerusform>%n exemplar gjort för någon annan eller för ingen mottagare följer inte med paketet.</numerusform>
            <numerusform>%n exemplar gjorda för någon annan eller för ingen mottagare följer inte med paketet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brief&apos;s signature is valid; {name} is attached.</source>
        <translation>Underlagets signatur är giltig; {name} är bifogat.</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} byte)</translation>
    </message>
    <message>
        <source>{name}: not attached (a draft keeps no files)</source>
        <translation>{name}: inte bifogad (ett utkast sparar inga filer)</translation>
    </message>
    <message>
        <source>Attach the signed brief again with Attach a brief…, or choose Remove attachment if it is not to leave.</source>
        <translation>Bifoga det signerade underlaget igen med Bifoga underlag …, eller välj Ta bort bilagan om det inte ska lämnas ut.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>New disclosure</source>
        <translation>Nytt utlämnande</translation>
    </message>
    <message>
        <source>Create &amp;package…</source>
        <translation>Skapa &amp;paket …</translation>
    </message>
    <message>
        <source>Where to save the encrypted package</source>
        <translation>Var det krypterade paketet ska sparas</translation>
    </message>
    <message>
        <source>Encrypted packages (*.p7m)</source>
        <translation>Krypterade paket (*.p7m)</translation>
    </message>
    <message>
        <source>A draft keeps no files. Attach again, under Situation picture and attachments: {names}.</source>
        <translation>Ett utkast sparar inga filer. Bifoga igen under Lägesbild och bilagor: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) (number {numbers})</source>
        <translation>
            <numerusform>%n ärende (nummer {numbers})</numerusform>
            <numerusform>%n ärenden (nummer {numbers})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n mottagare</numerusform>
            <numerusform>%n mottagare</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was not kept: this disclosure names a case that is no longer in the vault (it was deleted after you chose it). Nothing was stored. To disclose what is still in the vault, prepare the disclosure again.</source>
        <translation>Utkastet sparades inte: utlämnandet gäller ett ärende som inte längre finns i valvet (det togs bort efter att du valde det). Ingenting sparades. Vill du lämna ut det som finns kvar i valvet får du förbereda utlämnandet på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n situation picture entry(ies)</source>
        <translation>
            <numerusform>%n lägesbildspost</numerusform>
            <numerusform>%n lägesbildsposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the cases</source>
        <translation>
            <numerusform>%n fil från ärendena</numerusform>
            <numerusform>%n filer från ärendena</numerusform>
        </translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>den rättsliga grunden</translation>
    </message>
    <message>
        <source>Deleted or no longer to be chosen since the draft was saved, so left out: {what}.</source>
        <translation>Borttaget eller inte längre valbart sedan utkastet sparades, och därför utelämnat: {what}.</translation>
    </message>
    <message>
        <source>Signing and encrypting the package…</source>
        <translation>Signerar och krypterar paketet …</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Parts of the extract</source>
        <translation>Utdragets delar</translation>
    </message>
    <message>
        <source>Part (check to withhold)</source>
        <translation>Del (markera för att undanta)</translation>
    </message>
    <message>
        <source>Ground for withholding</source>
        <translation>Skäl för att undanta</translation>
    </message>
    <message>
        <source>What the part says</source>
        <translation>Vad delen innehåller</translation>
    </message>
    <message>
        <source>&amp;Ground for the selected part:</source>
        <translation>S&amp;käl för den valda delen:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Save signed extract…</source>
        <translation>&amp;Spara signerat utdrag …</translation>
    </message>
    <message>
        <source>(withheld with the part above)</source>
        <translation>(undantas med delen ovanför)</translation>
    </message>
    <message>
        <source>{total} parts; {withheld} withheld.</source>
        <translation>{total} delar; {withheld} undantagna.</translation>
    </message>
    <message>
        <source>Give a ground for every withheld part.</source>
        <translation>Ange ett skäl för varje undantagen del.</translation>
    </message>
    <message>
        <source>Save the signed register extract</source>
        <translation>Spara det signerade registerutdraget</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved and signed: {name} (document id {id}), recorded as a disclosure to the person.</source>
        <translation>Sparat och signerat: {name} (dokument-id {id}), registrerat som utlämnande till personen.</translation>
    </message>
    <message>
        <source>Signing the register extract…</source>
        <translation>Signerar registerutdraget …</translation>
    </message>
    <message>
        <source>Register extract (GDPR art. 15)</source>
        <translation>Registerutdrag (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Everything the vault holds about the person, part by part. Check a part to withhold it under secrecy, with the ground for it; what lies under it goes with it. The extract says that something was withheld and on what ground, not what. Saving signs the extract and records it as a disclosure to the person.</source>
        <translation>Allt som valvet innehåller om personen, del för del. Markera en del för att undanta den med stöd av sekretess och ange skälet; det som ligger under den undantas också. Utdraget säger att något har undantagits och med vilket skäl, inte vad. När du sparar signeras utdraget och registreras som ett utlämnande till personen.</translation>
    </message>
    <message>
        <source>Register e&amp;xtract…</source>
        <translation>Register&amp;utdrag …</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Choose a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>Choose a value.</source>
        <translation>Välj ett värde.</translation>
    </message>
    <message>
        <source>Choose a number.</source>
        <translation>Välj ett tal.</translation>
    </message>
    <message>
        <source>Tick this box.</source>
        <translation>Kryssa i rutan.</translation>
    </message>
    <message>
        <source>Fill in: {fields}</source>
        <translation>Fyll i: {fields}</translation>
    </message>
    <message>
        <source>Correct: {fields}</source>
        <translation>Rätta: {fields}</translation>
    </message>
    <message>
        <source>* = must be filled in</source>
        <translation>* = måste fyllas i</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Do you want to replace it?</source>
        <translation>{name} finns redan i {folder}. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Ersätta filerna?</translation>
    </message>
    <message>
        <source>These files already exist in {folder}:
{names}
Do you want to replace them?</source>
        <translation>Filerna finns redan i {folder}:
{names}
Vill du ersätta dem?</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-bild</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-presentation</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-text</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-kalkylblad</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument-presentation</translation>
    </message>
    <message>
        <source>Office 97–2003 file</source>
        <translation>Office 97–2003-fil</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>e-postmeddelande</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>något annat</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Köpingplan</source>
        <translation>Välkommen till Köpingplan</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Skapa ett nytt valv</translation>
    </message>
    <message>
        <source>The demo vault</source>
        <translation>Demovalvet</translation>
    </message>
    <message>
        <source>It is kept in {folder}.</source>
        <translation>Det ligger i {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>Välj en mapp för det nya valvet</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase first (see above).</source>
        <translation>Välj först en starkare lösenfras (se ovan).</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <source>Fill in your name.</source>
        <translation>Fyll i ditt namn.</translation>
    </message>
    <message>
        <source>Fill in your organisation.</source>
        <translation>Fyll i din organisation.</translation>
    </message>
    <message>
        <source>Choose where the vault is kept.</source>
        <translation>Välj var valvet ska ligga.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder. Open it instead, or choose another folder.</source>
        <translation>Det finns redan ett valv i den mappen. Öppna det i stället, eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>Creating the vault and your signing key. This takes a few seconds…</source>
        <translation>Skapar valvet och din signeringsnyckel. Det tar några sekunder …</translation>
    </message>
    <message>
        <source>Choose the vault folder (it holds vault.db)</source>
        <translation>Välj valvets mapp (den som innehåller vault.db)</translation>
    </message>
    <message>
        <source>There is no Köpingplan vault in {folder}. Choose the folder that holds vault.db and vault.key.</source>
        <translation>Det finns inget Köpingplan-valv i {folder}. Välj mappen som innehåller vault.db och vault.key.</translation>
    </message>
    <message>
        <source>Preparing the demo vault. This takes a moment…</source>
        <translation>Förbereder demovalvet. Det tar en stund …</translation>
    </message>
    <message>
        <source>The demo vault is empty: this version of Köpingplan has no demo data generator.</source>
        <translation>Demovalvet är tomt: den här versionen av Köpingplan kan inte skapa demodata.</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose how to begin.</source>
        <translation>Allt du registrerar sparas i ett krypterat valv på den här datorn. Välj hur du vill börja.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Skapa ett nytt valv</translation>
    </message>
    <message>
        <source>For your real work. Protected by a passphrase that only you know.</source>
        <translation>För ditt riktiga arbete. Skyddas av en lösenfras som bara du känner till.</translation>
    </message>
    <message>
        <source>A vault folder made earlier, on this or another computer, for example restored from a backup.</source>
        <translation>En valvmapp som skapats tidigare, på den här eller en annan dator, till exempel återställd från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault</source>
        <translation>Ö&amp;ppna ett befintligt valv</translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation>P&amp;rova demovalvet</translation>
    </message>
    <message>
        <source>Fictional cases and people for looking around. Never put real information in it.</source>
        <translation>Påhittade ärenden och personer att titta runt bland. Lägg aldrig in riktiga uppgifter där.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Choose a passphrase of four or more unrelated words. Nobody can open the vault without it and it cannot be recovered, so write it down and keep it somewhere safe.</source>
        <translation>Välj en lösenfras av fyra eller fler ord som inte hör ihop. Ingen kan öppna valvet utan den och den går inte att återskapa, så skriv ner den och förvara den säkert.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>for example Köpings kommun</source>
        <translation>till exempel Köpings kommun</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp …</translation>
    </message>
    <message>
        <source>Your name and organisation go into the certificate that signs your briefs and into the audit log.</source>
        <translation>Ditt namn och din organisation skrivs in i certifikatet som signerar dina underlag och i loggen.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Skapa valvet</translation>
    </message>
    <message>
        <source>The demo vault holds fictional cases, people and notes made up by the program, so you can try everything without risk. It is a separate vault: your real vault is never mixed with it.</source>
        <translation>Demovalvet innehåller påhittade ärenden, personer och anteckningar som programmet har skapat, så att du kan prova allt utan risk. Det är ett eget valv: ditt riktiga valv blandas aldrig ihop med det.</translation>
    </message>
    <message>
        <source>Its passphrase, which you need when you open it again later:</source>
        <translation>Dess lösenfras, som du behöver när du öppnar det igen senare:</translation>
    </message>
    <message>
        <source>&amp;Open the demo vault</source>
        <translation>Ö&amp;ppna demovalvet</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Steg {n} av {total}</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <source>Save d&amp;raft and close</source>
        <translation>Spara utkast och s&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>cannot be a day that has already passed</source>
        <translation>kan inte vara en dag som redan har varit</translation>
    </message>
    <message>
        <source>cannot be later than now</source>
        <translation>kan inte vara senare än nu</translation>
    </message>
    <message>
        <source>choose one of the choices</source>
        <translation>välj ett av alternativen</translation>
    </message>
    <message>
        <source>add at least one measure, or write why the plan has none for now</source>
        <translation>lägg till minst en insats, eller skriv varför planen inte har någon just nu</translation>
    </message>
    <message>
        <source>choose an organisation or a person, or write who is responsible</source>
        <translation>välj en organisation eller en person, eller skriv vem som är ansvarig</translation>
    </message>
    <message>
        <source>needs a follow-up date while the measure is planned or ongoing</source>
        <translation>behöver ett datum för uppföljning så länge insatsen är planerad eller pågår</translation>
    </message>
    <message>
        <source>must be confirmed before the plan can be saved</source>
        <translation>måste bekräftas innan planen kan sparas</translation>
    </message>
    <message>
        <source>without consent to record, the relative is recorded anonymously: choose “Anonymous” and a pseudonym</source>
        <translation>utan samtycke registreras den anhörige anonymt: välj ”Anonym” och en pseudonym</translation>
    </message>
    <message>
        <source>choose at least one recipient</source>
        <translation>välj minst en mottagare</translation>
    </message>
    <message>
        <source>choose something that leaves: a case, a situation picture entry or a brief</source>
        <translation>välj något som lämnas ut: ett ärende, en lägesbildspost eller ett underlag</translation>
    </message>
    <message>
        <source>attach again each brief the draft had (a draft keeps no files), or remove it from the list if it is not to leave</source>
        <translation>bifoga igen varje underlag som utkastet hade (ett utkast sparar inga filer), eller ta bort det ur listan om det inte ska lämnas ut</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>No revision of the action plan had been adopted by the end of {year}: record it under File → Action plan first.</source>
        <translation>Ingen revision av handlingsplanen hade antagits före slutet av {year}: registrera den först under Arkiv → Handlingsplanen.</translation>
    </message>
    <message numerus="yes">
        <source>Revision {n}, adopted on {day} by {who}, with %n commitment(s).</source>
        <translation>
            <numerusform>Revision {n}, antagen {day} av {who}, med %n åtagande.</numerusform>
            <numerusform>Revision {n}, antagen {day} av {who}, med %n åtaganden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your assessment of commitment {n}</source>
        <translation>Din bedömning av åtagande {n}</translation>
    </message>
    <message>
        <source>Your assessment: what was done, what was not, and why</source>
        <translation>Din bedömning: vad som gjordes, vad som inte gjordes och varför</translation>
    </message>
    <message>
        <source>Yearly follow-up of the action plan</source>
        <translation>Årlig uppföljning av handlingsplanen</translation>
    </message>
    <message>
        <source>For each commitment of the revision in force at the end of the year: the meetings of its working groups, its activities and their participants, contacts with its partners and the cases its groups took up by level, and what was not done. Add your assessment and proposals below: they are printed in the signed PDF and not kept in the vault. No names, case numbers or texts from cases; every count from 1 to 4 is shown as “&lt;5”.</source>
        <translation>För varje åtagande i den revision som gällde vid årets slut: arbetsgruppernas möten, aktiviteterna och deras deltagare, kontakterna med samarbetspartnerna och de ärenden som grupperna tog upp, per nivå, och vad som inte gjordes. Skriv din bedömning och dina förslag nedan: de skrivs ut i den signerade PDF:en och sparas inte i valvet. Inga namn, ärendenummer eller texter ur ärenden; varje antal från 1 till 4 visas som ”&lt;5”.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>The year followed up</source>
        <translation>Året som följs upp</translation>
    </message>
    <message>
        <source>Your &amp;overall assessment:</source>
        <translation>Din &amp;samlade bedömning:</translation>
    </message>
    <message>
        <source>&amp;Proposals for the next revision:</source>
        <translation>&amp;Förslag inför nästa revision:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Save signed PDF…</source>
        <translation>&amp;Spara signerad PDF …</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Redigera grupp</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>e.g. Insatsgrupp Väst</source>
        <translation>t.ex. Insatsgrupp Väst</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Kind&apos;s na&amp;me:</source>
        <translation>Gruppslagets na&amp;mn:</translation>
    </message>
    <message>
        <source>e.g. Trygghetsråd</source>
        <translation>t.ex. Trygghetsråd</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>What the group works with, and at which level</source>
        <translation>Vad gruppen arbetar med och på vilken nivå</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Kalla</translation>
    </message>
    <message>
        <source>Call one more person</source>
        <translation>Kalla ytterligare en person</translation>
    </message>
    <message>
        <source>Someone who is not a member of the group, called to this meeting only.</source>
        <translation>Någon som inte är medlem i gruppen, kallad bara till det här mötet.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Part of the name, or of the identity number</source>
        <translation>En del av namnet eller personnumret</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <source>Signing &amp;identity…</source>
        <translation>Signeringsi&amp;dentitet …</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Imported (PKCS#12)</source>
        <translation>Importerad (PKCS#12)</translation>
    </message>
    <message>
        <source>Self-signed, made with the vault</source>
        <translation>Självsignerad, skapad med valvet</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-identiteter (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export your certificate</source>
        <translation>Exportera ditt certifikat</translation>
    </message>
    <message>
        <source>Certificate of the coordinator</source>
        <translation>Samordnarens certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certifikat (*.pem)</translation>
    </message>
    <message>
        <source>Wrote your certificate to {path}.</source>
        <translation>Ditt certifikat har skrivits till {path}.</translation>
    </message>
    <message>
        <source>The file can be used. Check the facts, then sign with it.</source>
        <translation>Filen kan användas. Kontrollera uppgifterna och signera sedan med den.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Briefs are signed from now on with the imported certificate ({fingerprint}). The earlier identity is kept.</source>
        <translation>Underlag signeras från och med nu med det importerade certifikatet ({fingerprint}). Den tidigare identiteten behålls.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signeringsidentitet</translation>
    </message>
    <message>
        <source>Your signing identity</source>
        <translation>Din signeringsidentitet</translation>
    </message>
    <message>
        <source>Briefs are signed and packages from the police liaison are opened with this certificate and its private key, which never leave the vault. A certificate issued by your organisation can replace the self-signed one; the earlier identities are kept so that old briefs can still be checked and packages sent to them can still be opened.</source>
        <translation>Underlag signeras och paket från kontaktpolisen öppnas med det här certifikatet och dess privata nyckel, som aldrig lämnar valvet. Ett certifikat som din organisation har utfärdat kan ersätta det självsignerade; de tidigare identiteterna behålls så att äldre underlag fortfarande kan kontrolleras och paket som skickats till dem fortfarande kan öppnas.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Utfärdat till:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Utfärdat av:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Giltigt:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Ursprung:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingeravtryck (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Earlier identities:</source>
        <translation>&amp;Tidigare identiteter:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Utfärdat till</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>I bruk sedan</translation>
    </message>
    <message>
        <source>Import a PKCS#12 identity</source>
        <translation>Importera en PKCS#12-identitet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Password of the file:</source>
        <translation>Filens &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Ö&amp;ppna filen</translation>
    </message>
    <message>
        <source>The certificate in the file</source>
        <translation>Certifikatet i filen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Nyckel:</translation>
    </message>
    <message>
        <source>Key usages:</source>
        <translation>Nyckelanvändning:</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA-certifikat:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your organisation&apos;s IT department gave you. After the import, briefs are signed with this certificate; the current identity is kept.</source>
        <translation>Jämför fingeravtrycket med det som organisationens IT-avdelning har gett dig. Efter importen signeras underlag med det här certifikatet; den nuvarande identiteten behålls.</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>&amp;Importera PKCS#12 …</translation>
    </message>
    <message>
        <source>E&amp;xport certificate…</source>
        <translation>E&amp;xportera certifikat …</translation>
    </message>
    <message>
        <source>&amp;Sign with this certificate</source>
        <translation>&amp;Signera med detta certifikat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Save the incident first; then record the support given.</source>
        <translation>Spara händelsen först; registrera sedan stödet som getts.</translation>
    </message>
    <message>
        <source>No support recorded yet.</source>
        <translation>Inget stöd registrerat än.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>klar {day}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>Drabbad &amp;medarbetare:</translation>
    </message>
    <message>
        <source>Who was targeted (name or role)</source>
        <translation>Vem som drabbades (namn eller roll)</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>&amp;Police:</source>
        <translation>&amp;Polisen:</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Polisanmält</translation>
    </message>
    <message>
        <source>S&amp;upport given:</source>
        <translation>St&amp;öd som getts:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Support entries</source>
        <translation>Stödinsatser med datum</translation>
    </message>
    <message>
        <source>Support given, oldest first</source>
        <translation>Stöd som getts, äldst först</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Givet av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>&amp;Record support…</source>
        <translation>&amp;Lägg till stöd …</translation>
    </message>
    <message>
        <source>Linked situation entries</source>
        <translation>Kopplade lägesbildsposter</translation>
    </message>
    <message>
        <source>Situation entries to link</source>
        <translation>Lägesbildsposter att koppla</translation>
    </message>
    <message>
        <source>Tick the entries of the situation picture this incident belongs with (those observed within 90 days of it, and those already linked).</source>
        <translation>Kryssa för de poster i lägesbilden som händelsen hör ihop med (de som iakttagits inom 90 dagar från den, och de som redan är kopplade).</translation>
    </message>
</context>
<context>
    <name>IncidentSupportDialog</name>
    <message>
        <source>Support given after the incident of {day} ({staff})</source>
        <translation>Stöd efter händelsen {day} ({staff})</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Stöd som getts</translation>
    </message>
    <message>
        <source>&amp;Kind of support:</source>
        <translation>&amp;Typ av stöd:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Givet av:</translation>
    </message>
    <message>
        <source>A manager, occupational health care, the coordinator …</source>
        <translation>En chef, företagshälsovården, samordnaren …</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Vad som gjordes:</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Ingen händelse matchar filtren.</translation>
    </message>
    <message>
        <source>No incidents recorded. Record threats or pressure against staff with New incident…</source>
        <translation>Inga händelser registrerade. Registrera hot och otillåten påverkan mot personal med Ny händelse …</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Stöd som getts</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>{day} (done)</source>
        <translation>{day} (klar)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents against staff</source>
        <translation>Händelser mot personal</translation>
    </message>
    <message>
        <source>Threats, harassment and undue pressure against staff, and the support the employer gave.</source>
        <translation>Hot, trakasserier och otillåten påverkan mot personal, och det stöd arbetsgivaren har gett.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Ny händelse …</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Enter or double-click opens an incident.</source>
        <translation>Enter eller dubbelklick öppnar en händelse.</translation>
    </message>
</context>
<context>
    <name>IncomingActions</name>
    <message>
        <source>&amp;Link to case…</source>
        <translation>&amp;Koppla till ärende …</translation>
    </message>
    <message>
        <source>Move or &amp;unlink…</source>
        <translation>Flytta eller koppla &amp;bort …</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia …</translation>
    </message>
    <message>
        <source>There is no case to link to.</source>
        <translation>Det finns inget ärende att koppla till.</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to no case now.</source>
        <translation>Inkommen uppgift {id} är inte kopplad till något ärende nu.</translation>
    </message>
    <message>
        <source>Incoming item {id} is linked to case {case}.</source>
        <translation>Inkommen uppgift {id} är kopplad till ärende {case}.</translation>
    </message>
    <message>
        <source>Save a copy of the incoming file</source>
        <translation>Spara en kopia av den inkomna filen</translation>
    </message>
    <message>
        <source>Incoming item {id}</source>
        <translation>Inkommen uppgift {id}</translation>
    </message>
    <message>
        <source>Files (*.{extension})</source>
        <translation>Filer (*.{extension})</translation>
    </message>
    <message>
        <source>A copy was saved to {path}. It is not encrypted: delete it when it is no longer needed.</source>
        <translation>En kopia sparades i {path}. Den är inte krypterad: radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia …</translation>
    </message>
    <message>
        <source>&amp;View the file</source>
        <translation>&amp;Visa filen</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Öppnar filen …</translation>
    </message>
</context>
<context>
    <name>IncomingItems</name>
    <message>
        <source>Case details</source>
        <translation>Ärendeuppgifter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Situation picture entry</source>
        <translation>Lägesbildspost</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bifogad fil</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Huvudpersoner</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Uppgiftens källa</translation>
    </message>
    <message>
        <source>Responsible actor</source>
        <translation>Ansvarig aktör</translation>
    </message>
    <message>
        <source>not given (not in the package, or received before this was recorded)</source>
        <translation>ej angivet (inte i paketet, eller mottaget innan detta registrerades)</translation>
    </message>
    <message>
        <source>The sender&apos;s legal basis: {text}</source>
        <translation>Avsändarens rättsliga grund: {text}</translation>
    </message>
    <message>
        <source>Decided by (sender): {text}</source>
        <translation>Beslutat av (avsändaren): {text}</translation>
    </message>
    <message>
        <source>The sender&apos;s purpose: {text}</source>
        <translation>Avsändarens syfte: {text}</translation>
    </message>
    <message>
        <source>Link history:</source>
        <translation>Kopplingshistorik:</translation>
    </message>
    <message>
        <source>{when}: linked to case {to} by {who}</source>
        <translation>{when}: kopplad till ärende {to} av {who}</translation>
    </message>
    <message>
        <source>{when}: taken out of case {source} by {who}</source>
        <translation>{when}: bortkopplad från ärende {source} av {who}</translation>
    </message>
    <message>
        <source>{when}: moved from case {source} to case {to} by {who}</source>
        <translation>{when}: flyttad från ärende {source} till ärende {to} av {who}</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (skäl: {reason})</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <source>Received: {when}</source>
        <translation>Mottaget: {when}</translation>
    </message>
    <message>
        <source>Package: {id}</source>
        <translation>Paket: {id}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Typ: {kind}</translation>
    </message>
    <message>
        <source>The sender&apos;s reference: {ref}</source>
        <translation>Avsändarens referens: {ref}</translation>
    </message>
    <message>
        <source>Dated: {day}</source>
        <translation>Daterat: {day}</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Titel: {title}</translation>
    </message>
    <message>
        <source>File: {name} ({size} bytes)</source>
        <translation>Fil: {name} ({size} byte)</translation>
    </message>
    <message>
        <source>The newest {n} items are shown.</source>
        <translation>De {n} nyaste posterna visas.</translation>
    </message>
    <message>
        <source>Items: {n}.</source>
        <translation>Poster: {n}.</translation>
    </message>
    <message>
        <source>No incoming information is linked to this case.</source>
        <translation>Inga inkomna uppgifter är kopplade till ärendet.</translation>
    </message>
</context>
<context>
    <name>IncomingItemsDialog</name>
    <message>
        <source>Nothing has been received yet.</source>
        <translation>Inget har kommit in än.</translation>
    </message>
    <message>
        <source>Incoming information</source>
        <translation>Inkomna uppgifter</translation>
    </message>
    <message>
        <source>Information received in signed packages, newest first, each with its source (the verified sender) and the case it is in now. An item in the wrong case can be moved or unlinked, with a reason that is kept in its history.</source>
        <translation>Uppgifter som kommit in i signerade paket, nyast först, var och en med sin källa (den verifierade avsändaren) och det ärende den hör till nu. En uppgift i fel ärende kan flyttas eller kopplas bort, med ett skäl som sparas i dess historik.</translation>
    </message>
    <message>
        <source>&amp;Received items:</source>
        <translation>&amp;Mottagna poster:</translation>
    </message>
    <message>
        <source>Received items</source>
        <translation>Mottagna poster</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The chosen item in &amp;full:</source>
        <translation>Den valda posten i sin &amp;helhet:</translation>
    </message>
    <message>
        <source>The chosen item</source>
        <translation>Den valda posten</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>case</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>level change</source>
        <translation>nivåändring</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>case participant</source>
        <translation>ärendedeltagare</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>situation entry</source>
        <translation>lägesbildspost</translation>
    </message>
    <message>
        <source>group</source>
        <translation>arbetsgrupp</translation>
    </message>
    <message>
        <source>group membership</source>
        <translation>gruppmedlemskap</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>meeting attendee</source>
        <translation>mötesdeltagare</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>dagordningspunkt</translation>
    </message>
    <message>
        <source>meeting action</source>
        <translation>mötesåtgärd</translation>
    </message>
    <message>
        <source>exit plan</source>
        <translation>individuell handlingsplan</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>relative support</source>
        <translation>anhörigstöd</translation>
    </message>
    <message>
        <source>relative support contact</source>
        <translation>anhörigkontakt</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>utlämnande</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>händelse</translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation>version av handlingsplanen</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>incoming item</source>
        <translation>inkommen uppgift</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>inkommande oro</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>support entry</source>
        <translation>stödinsats</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>flagga</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>situation assessment</source>
        <translation>samlad bedömning av lägesbilden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Overall assessments of the situation picture</source>
        <translation>Samlade bedömningar av lägesbilden</translation>
    </message>
    <message>
        <source>Incoming concerns</source>
        <translation>Inkommande oro</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Exit plans</source>
        <translation>Individuella handlingsplaner</translation>
    </message>
    <message>
        <source>Relative support</source>
        <translation>Anhörigstöd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Incoming information</source>
        <translation>Inkomna uppgifter</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Activities at the general level</source>
        <translation>Aktiviteter på generell nivå</translation>
    </message>
    <message>
        <source>Commitments of the action plan</source>
        <translation>Åtaganden i handlingsplanen</translation>
    </message>
    <message>
        <source>Revisions of the action plan</source>
        <translation>Revisioner av handlingsplanen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>Nivåändring</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ej gjord</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Holds the case</source>
        <translation>Ansvarig för ärendet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Mötesåtgärd</translation>
    </message>
    <message>
        <source>Relative&apos;s call</source>
        <translation>Anhörigsamtal</translation>
    </message>
    <message>
        <source>Concern to screen</source>
        <translation>Oro att bedöma</translation>
    </message>
    <message>
        <source>Incident follow-up</source>
        <translation>Uppföljning av händelse</translation>
    </message>
    <message>
        <source>Agreement ending</source>
        <translation>Avtal löper ut</translation>
    </message>
</context>
<context>
    <name>LeftoverNotice</name>
    <message numerus="yes">
        <source>%n half-written file(s) from an interrupted save could not be removed (the folder or drive is not there now, or is read-only), and may hold unencrypted data: {paths}. The program tries again at the next unlock; you can also delete them yourself.</source>
        <translation>
            <numerusform>%n halvskriven fil från en avbruten sparning kunde inte tas bort (mappen eller enheten finns inte där nu, eller är skrivskyddad) och kan innehålla okrypterade uppgifter: {paths}. Programmet försöker igen nästa gång valvet låses upp; du kan också ta bort den själv.</numerusform>
            <numerusform>%n halvskrivna filer från en avbruten sparning kunde inte tas bort (mappen eller enheten finns inte där nu, eller är skrivskyddad) och kan innehålla okrypterade uppgifter: {paths}. Programmet försöker igen nästa gång valvet låses upp; du kan också ta bort dem själv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalBasesDialog</name>
    <message>
        <source>The shipped texts are back. Save to keep them.</source>
        <translation>De levererade texterna är tillbaka. Spara för att behålla dem.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <source>Legal bases for disclosures</source>
        <translation>Rättsliga grunder för utlämnanden</translation>
    </message>
    <message>
        <source>The bases a disclosure can rest on, as the person deciding sees them. The municipality&apos;s lawyer keeps the titles and one-line descriptions current and can add the municipality&apos;s own. A disclosure made earlier keeps the title it cited.</source>
        <translation>De grunder ett utlämnande kan vila på, så som den som beslutar ser dem. Kommunens jurist håller titlar och enradsbeskrivningar aktuella och kan lägga till kommunens egna. Ett tidigare utlämnande behåller den titel det hänvisade till.</translation>
    </message>
    <message>
        <source>&amp;Legal bases:</source>
        <translation>&amp;Rättsliga grunder:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Add the municipality&apos;s own</source>
        <translation>Lägg till kommunens &amp;egen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>Restore the shipped te&amp;xts</source>
        <translation>Återställ de levererade &amp;texterna</translation>
    </message>
</context>
<context>
    <name>LinkIncomingDialog</name>
    <message>
        <source>Link incoming item {id} to a case</source>
        <translation>Koppla inkommen uppgift {id} till ett ärende</translation>
    </message>
    <message>
        <source>The item is in no case now.</source>
        <translation>Uppgiften hör inte till något ärende nu.</translation>
    </message>
    <message>
        <source>Choose the case</source>
        <translation>Välj ärendet</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>S&amp;käl (frivilligt):</translation>
    </message>
    <message>
        <source>Move incoming item {id} or unlink it</source>
        <translation>Flytta inkommen uppgift {id} eller koppla bort den</translation>
    </message>
    <message>
        <source>The item is in case {case} now.</source>
        <translation>Uppgiften hör till ärende {case} nu.</translation>
    </message>
    <message>
        <source>No case (unlink it)</source>
        <translation>Inget ärende (koppla bort den)</translation>
    </message>
    <message>
        <source>Choose another case or no case</source>
        <translation>Välj ett annat ärende eller inget ärende</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in its history):</source>
        <translation>S&amp;käl (sparas i dess historik):</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ärende:</translation>
    </message>
    <message>
        <source>An item in no case is kept {months} months after it came in: this one comes up in the retention review now.</source>
        <translation>En uppgift utan ärende sparas i {months} månader efter att den kom in: den här kommer upp på gallringslistan nu.</translation>
    </message>
    <message>
        <source>An item in no case is kept {months} months after it came in: this one comes up in the retention review on {day}.</source>
        <translation>En uppgift utan ärende sparas i {months} månader efter att den kom in: den här kommer upp på gallringslistan den {day}.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <source>The vault locked while this was under way, and it was stopped: {work} Nothing of it took effect: do it again once the vault is open.</source>
        <translation>Valvet låstes medan detta pågick, och det avbröts: {work} Inget av det genomfördes: gör om det när valvet är upplåst.</translation>
    </message>
    <message>
        <source>What was typed in a disclosure being prepared was not kept as a draft when the vault locked: it names a case that is no longer in the vault.</source>
        <translation>Det som skrevs i ett utlämnande som förbereddes sparades inte som utkast när valvet låstes: det gäller ett ärende som inte längre finns i valvet.</translation>
    </message>
    <message>
        <source>What was typed in {forms} could not be kept as a draft when the vault locked, and is lost: {reason}</source>
        <translation>Det som skrevs i {forms} kunde inte sparas undan när valvet låstes och har gått förlorat: {reason}</translation>
    </message>
    <message>
        <source>an open form</source>
        <translation>ett öppet formulär</translation>
    </message>
    <message>
        <source>A form&apos;s kept input is no longer in the vault (it was discarded, or what it was about was deleted), so there is nothing to open again.</source>
        <translation>Uppgifterna som sparades från ett formulär finns inte längre i valvet (de har kastats, eller så har det de gällde tagits bort), så det finns inget att öppna igen.</translation>
    </message>
    <message>
        <source>A package was made and recorded as a disclosure while the vault locked. It was saved as {file}.</source>
        <translation>Ett paket skapades och utlämnandet registrerades medan valvet låstes. Det sparades som {file}.</translation>
    </message>
    <message>
        <source>The package that was being made when the vault locked could not be made, and no disclosure was recorded. The reason: {reason}</source>
        <translation>Paketet som höll på att skapas när valvet låstes kunde inte skapas, och inget utlämnande registrerades. Orsak: {reason}</translation>
    </message>
    <message>
        <source>The package that was being made when the vault locked could not be made, and no disclosure was recorded. The reason is not shown here, as it may name a recipient or a case; New disclosure shows it when you make the package again.</source>
        <translation>Paketet som höll på att skapas när valvet låstes kunde inte skapas, och inget utlämnande registrerades. Orsaken visas inte här, eftersom den kan nämna en mottagare eller ett ärende; Nytt utlämnande visar den när du skapar paketet igen.</translation>
    </message>
    <message>
        <source>The package you asked for before the vault locked could not be made, and no disclosure was recorded. The reason is not shown here, as it may name a recipient or a case; New disclosure shows it when you make the package again.</source>
        <translation>Paketet som du bad om innan valvet låstes kunde inte skapas, och inget utlämnande registrerades. Orsaken visas inte här, eftersom den kan nämna en mottagare eller ett ärende; Nytt utlämnande visar den när du skapar paketet igen.</translation>
    </message>
    <message>
        <source>The package you asked for before the vault locked could not be made, and no disclosure was recorded. The reason: {reason}</source>
        <translation>Paketet som du bad om innan valvet låstes kunde inte skapas, och inget utlämnande registrerades. Orsak: {reason}</translation>
    </message>
    <message>
        <source>The vault locked before the package was made: no package was made and no disclosure was recorded.</source>
        <translation>Valvet låstes innan paketet hann skapas: inget paket skapades och inget utlämnande registrerades.</translation>
    </message>
    <message>
        <source>What you prepared is kept as a draft; make the package from it once the vault is open.</source>
        <translation>Det du förberett är sparat som utkast; skapa paketet från det när valvet är upplåst.</translation>
    </message>
    <message>
        <source>The vault locked while this was still under way, and the lock could not wait for it: {work} How it ends is said here.</source>
        <translation>Valvet låstes medan detta fortfarande pågick, och låsningen kunde inte vänta på det: {work} Hur det slutar visas här.</translation>
    </message>
    <message>
        <source>The vault locked while this was under way, and it ended with an error: {work} Once the vault is open, check whether it took effect, and do it again if not.</source>
        <translation>Valvet låstes medan detta pågick, och det slutade med ett fel: {work} Kontrollera när valvet är öppet om det fick verkan, och gör om det annars.</translation>
    </message>
    <message>
        <source>The vault locked while this was under way, and it was finished all the same: {work}</source>
        <translation>Valvet låstes medan detta pågick, och det slutfördes ändå: {work}</translation>
    </message>
    <message>
        <source>The vault is locked. It closes as soon as the work under way lets go of it; you can unlock it again once it has closed.</source>
        <translation>Valvet är låst. Det stängs så snart arbetet som pågår släpper det; du kan låsa upp det igen när det har stängts.</translation>
    </message>
    <message>
        <source>The vault is locked. It closes as soon as the work under way lets go of it: {work} You can unlock it again once it has closed.</source>
        <translation>Valvet är låst. Det stängs så snart arbetet som pågår släpper det: {work} Du kan låsa upp det igen när det har stängts.</translation>
    </message>
    <message>
        <source>The vault is still closing: the work under way has not let go of it yet. Unlock once it has closed; this window says so.</source>
        <translation>Valvet håller fortfarande på att stängas: arbetet som pågår har inte släppt det ännu. Lås upp när det har stängts; det står i det här fönstret.</translation>
    </message>
    <message>
        <source>The vault has closed: you can unlock it.</source>
        <translation>Valvet har stängts: du kan låsa upp det.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The contact with the relative was saved.</source>
        <translation>Kontakten med den anhörige sparades.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved input of %n form(s) was kept, encrypted, when the vault was last locked or closed.</source>
        <translation>
            <numerusform>Osparade uppgifter i %n formulär sparades krypterat när valvet senast låstes eller stängdes.</numerusform>
            <numerusform>Osparade uppgifter i %n formulär sparades krypterat när valvet senast låstes eller stängdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <source>Discard the input</source>
        <translation>Kasta uppgifterna</translation>
    </message>
    <message>
        <source>To do: {today}; {overdue}.</source>
        <translation>Att göra: {today}; {overdue}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n sak i dag</numerusform>
            <numerusform>%n saker i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>more than {n} overdue</source>
        <translation>fler än {n} försenade</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Show To do</source>
        <translation>Visa Att g&amp;öra</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Incoming concerns</source>
        <translation>Inkommande oro</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personer och organisationer</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Delar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lås valvet nu (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök …</translation>
    </message>
    <message>
        <source>Search the whole vault (Ctrl+F)</source>
        <translation>Sök i hela valvet (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende …</translation>
    </message>
    <message>
        <source>Create a new case (Ctrl+N)</source>
        <translation>Skapa ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Relative called…</source>
        <translation>Anhö&amp;rig har hört av sig …</translation>
    </message>
    <message>
        <source>Record a relative&apos;s call, also without a case</source>
        <translation>Skriv in en anhörigkontakt, även utan ärende</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>{kind}: {what}</source>
        <translation>{kind}: {what}</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Done o&amp;n:</source>
        <translation>Klar &amp;den:</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>No one is called. Add someone with Add extra attendee…</source>
        <translation>Ingen är kallad. Lägg till någon med Kalla fler …</translation>
    </message>
    <message>
        <source>The agenda is empty. Add an item with New agenda item…</source>
        <translation>Dagordningen är tom. Lägg till en punkt med Ny punkt …</translation>
    </message>
    <message>
        <source>No actions yet. Write one below and press Add action.</source>
        <translation>Inga åtgärder ännu. Skriv en nedan och tryck på Lägg till åtgärd.</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Inget möte valt</translation>
    </message>
    <message>
        <source>{group}, {time}</source>
        <translation>{group}, {time}</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(ingen plats angiven)</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Plats: {place}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Beslut: {text}</translation>
    </message>
    <message>
        <source>Mark as &amp;present</source>
        <translation>Markera som &amp;närvarande</translation>
    </message>
    <message>
        <source>Mark as a&amp;bsent</source>
        <translation>Markera som &amp;frånvarande</translation>
    </message>
    <message>
        <source>Write the &amp;decision</source>
        <translation>Skriv &amp;beslutet</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Write what is to be done first.</source>
        <translation>Skriv först vad som ska göras.</translation>
    </message>
    <message>
        <source>The action was added; it shows in To do until done.</source>
        <translation>Åtgärden lades till; den syns under Att göra tills den är klar.</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Ta bort dagordningspunkt</translation>
    </message>
    <message>
        <source>The item “{title}” has a decision or notes; they are deleted with it. Delete the item?</source>
        <translation>Punkten ”{title}” har ett beslut eller anteckningar; de tas bort med den. Ta bort punkten?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>The item was taken off the agenda.</source>
        <translation>Punkten togs bort från dagordningen.</translation>
    </message>
    <message>
        <source>The minutes were saved.</source>
        <translation>Protokollet sparades.</translation>
    </message>
    <message>
        <source>Oral disclosure at this meeting…</source>
        <translation>Muntligt utlämnande vid mötet …</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Add e&amp;xtra attendee…</source>
        <translation>Kalla &amp;fler …</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Ctrl+Up in the list)</source>
        <translation>Flytta upp punkten i dagordningen (Ctrl+Upp i listan)</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Ctrl+Down in the list)</source>
        <translation>Flytta ned punkten i dagordningen (Ctrl+Ned i listan)</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Take the item off the agenda (Delete in the list)</source>
        <translation>Ta bort punkten från dagordningen (Delete i listan)</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <source>Sa&amp;ve minutes</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Spara pro&amp;tokoll</translation>
    </message>
    <message>
        <source>Create meeting brief…</source>
        <comment>No Alt+letter: the view and the meetings list have none left for it</comment>
        <translation>Skapa mötesunderlag …</translation>
    </message>
    <message>
        <source>Attendees (tic&amp;k those present)</source>
        <comment>Alt+letter focuses the attendee list; not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>&amp;Kallade (kryssa i de närvarande)</translation>
    </message>
    <message>
        <source>&amp;Agenda and decisions</source>
        <comment>Alt+letter focuses the agenda; not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>&amp;Dagordning och beslut</translation>
    </message>
    <message>
        <source>Ne&amp;w agenda item…</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>Ny &amp;punkt …</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <comment>No Alt+letter: the window has none left in English; Enter in the decision field does it</comment>
        <translation>Spara beslut</translation>
    </message>
    <message>
        <source>Record the decision of the chosen item (Enter in the Decision field)</source>
        <translation>Spara beslutet för den valda punkten (Enter i fältet Beslut)</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>Due b&amp;y:</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>Klart &amp;senast:</translation>
    </message>
    <message>
        <source>Add action</source>
        <comment>No Alt+letter: the window has none left in English; Enter in any field of the row does it</comment>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Add the action to To do (Enter in any field of this row: Action, Responsible or Due by)</source>
        <translation>Lägg till åtgärden under Att göra (Enter i något av radens fält: Åtgärd, Ansvarig eller Klart senast)</translation>
    </message>
    <message>
        <source>M&amp;inutes after the meeting:</source>
        <comment>Alt+letter: not one of the menu bar (A, R, I; F, S), the meetings list (G, M, N) or this view</comment>
        <translation>Pr&amp;otokoll efter mötet:</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>The groups, their members and their meetings. A new meeting starts from the group&apos;s last one: same place, the cases still open, the members of the day.</source>
        <translation>Grupperna, deras medlemmar och deras möten. Ett nytt möte utgår från gruppens förra: samma plats, de ärenden som fortfarande är öppna, dagens medlemmar.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Members today:</source>
        <translation>Medlemmar i dag:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Möten:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte …</translation>
    </message>
    <message>
        <source>New gr&amp;oup…</source>
        <translation>N&amp;y grupp …</translation>
    </message>
    <message>
        <source>&amp;Change group…</source>
        <comment>Alt+letter: not A, R or I (the menu bar), nor one of the notices</comment>
        <translation>Ändra grupp …</translation>
    </message>
    <message>
        <source>Adds the group&apos;s meetings before the oldest one in the list</source>
        <translation>Lägger till gruppens möten före det äldsta i listan</translation>
    </message>
    <message>
        <source>Show older meetings</source>
        <comment>No Alt+letter in English: the page, its meeting, the menu bar and the notices leave only J, Q and Z (Tab from the list reaches it). In Swedish h (&amp;Hämta äldre möten): every letter of &apos;Visa äldre möten&apos; is taken</comment>
        <translation>&amp;Hämta äldre möten</translation>
    </message>
    <message>
        <source>Members&amp;hip…</source>
        <translation>Med&amp;lemmar …</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Medlemmar i dag</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with New meeting…</source>
        <translation>Inga möten ännu. Planera ett med Nytt möte …</translation>
    </message>
    <message>
        <source>No working groups yet. Start with New group…</source>
        <translation>Inga arbetsgrupper ännu. Börja med Ny grupp …</translation>
    </message>
    <message>
        <source>No members today. Add them with Membership…</source>
        <translation>Inga medlemmar i dag. Lägg till dem med Medlemmar …</translation>
    </message>
    <message>
        <source>The members show here once there is a group.</source>
        <translation>Medlemmarna visas här när det finns en grupp.</translation>
    </message>
    <message>
        <source>Create &amp;brief…</source>
        <translation>Skapa &amp;underlag …</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Lägg till en medlem</translation>
    </message>
    <message>
        <source>Hand over the seat of {member}</source>
        <translation>Överlämning av platsen för {member}</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Gruppmedlem</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Part of the name, or of the identity number</source>
        <translation>En del av namnet eller personnumret</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person …</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>e.g. BoU, Polisen, Socialtjänsten, chair</source>
        <translation>t.ex. BoU, Polisen, Socialtjänsten, ordförande</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Från och med:</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>&amp;End membership on {day}</source>
        <translation>&amp;Avsluta medlemskapet den {day}</translation>
    </message>
    <message>
        <source>Members of {group}</source>
        <translation>Medlemmar i {group}</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Gruppens medlemmar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>{name} belongs to the group until {day}.</source>
        <translation>{name} tillhör gruppen till och med {day}.</translation>
    </message>
    <message>
        <source>Current &amp;members:</source>
        <translation>Nuvarande &amp;medlemmar:</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Lägg till medlem …</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Lämna ö&amp;ver …</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Sista &amp;dag:</translation>
    </message>
    <message>
        <source>&amp;End membership</source>
        <translation>&amp;Avsluta medlemskap</translation>
    </message>
    <message>
        <source>Hi&amp;story (every change, oldest first):</source>
        <translation>&amp;Historik (varje ändring, äldst först):</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The operating system refused: {detail}. Nothing was changed.</source>
        <translation>Operativsystemet vägrade: {detail}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed.</source>
        <translation>Något oväntat gick fel ({kind}). Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>MoveLevelDialog</name>
    <message>
        <source>Move the case to another level</source>
        <translation>Flytta ärendet till en annan nivå</translation>
    </message>
    <message>
        <source>The case is at the {level} level now. The move and its reason are kept in the level history.</source>
        <translation>Ärendet ligger nu på {level} nivå. Flytten och skälet sparas i nivåhistoriken.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Start from the &amp;last meeting (place and open cases)</source>
        <translation>Utgå från &amp;förra mötet (plats och öppna ärenden)</translation>
    </message>
</context>
<context>
    <name>NoteCorrectionDialog</name>
    <message>
        <source>Correct the note</source>
        <translation>Rätta anteckningen</translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation>Rätta anteckning</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Written:</source>
        <translation>S&amp;kriven:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>K&amp;älla:</translation>
    </message>
    <message>
        <source>Where the information comes from, e.g. the police liaison</source>
        <translation>Varifrån uppgiften kommer, t.ex. kontaktpolisen</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>{at} of {count}</source>
        <translation>{at} av {count}</translation>
    </message>
    <message>
        <source>Notice {at} of {count}</source>
        <translation>Meddelande {at} av {count}</translation>
    </message>
    <message>
        <source>Previous notice</source>
        <translation>Föregående meddelande</translation>
    </message>
    <message>
        <source>Next notice</source>
        <translation>Nästa meddelande</translation>
    </message>
</context>
<context>
    <name>OralDisclosureDialog</name>
    <message>
        <source>What you typed before the vault was locked is back in the form. Record it, or close the form to throw it away.</source>
        <translation>Det du skrev innan valvet låstes är tillbaka i formuläret. Registrera det, eller stäng formuläret om du inte vill spara det.</translation>
    </message>
    <message>
        <source>Oral disclosure</source>
        <translation>Muntligt utlämnande</translation>
    </message>
    <message>
        <source>Record &amp;disclosure</source>
        <translation>Registrera &amp;utlämnande</translation>
    </message>
    <message>
        <source>&amp;Oral disclosure…</source>
        <translation>Mu&amp;ntligt utlämnande …</translation>
    </message>
    <message>
        <source>Record what was said about a case to someone outside your unit (muntligt utlämnande)</source>
        <translation>Registrera vad som sades om ett ärende till någon utanför din enhet (muntligt utlämnande)</translation>
    </message>
    <message>
        <source>The oral disclosure was recorded.</source>
        <translation>Det muntliga utlämnandet registrerades.</translation>
    </message>
    <message>
        <source>To &amp;organisation:</source>
        <translation>Till &amp;organisation:</translation>
    </message>
    <message>
        <source>To &amp;person:</source>
        <translation>Till &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Ärenden:</translation>
    </message>
    <message>
        <source>case numbers, separated by commas</source>
        <translation>ärendenummer, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Vad som sades:</translation>
    </message>
    <message>
        <source>In your own words: what was told, not more</source>
        <translation>Med egna ord: vad som berättades, inte mer</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ro&amp;ll:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Än&amp;damål:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Ändra organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ante&amp;ckningar:</translation>
    </message>
    <message>
        <source>O&amp;wn unit:</source>
        <translation>&amp;Egen enhet:</translation>
    </message>
    <message>
        <source>Part of my own unit (sharing with it is not a disclosure)</source>
        <translation>Del av min egen enhet (att dela med den är inget utlämnande)</translation>
    </message>
    <message>
        <source>Social services, school, leisure and the police are separate for secrecy even within one municipality (OSL 8 kap. 2 §): leave this unticked for them.</source>
        <translation>Socialtjänst, skola, fritid och polis är skilda verksamheter i sekretesshänseende även inom samma kommun (OSL 8 kap. 2 §): lämna rutan tom för dem.</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <source>Yes: sharing with it is not a disclosure</source>
        <translation>Ja: att dela med den är inget utlämnande</translation>
    </message>
    <message>
        <source>No: sharing with it is a disclosure (OSL 8 kap. 2 §)</source>
        <translation>Nej: att dela med den är ett utlämnande (OSL 8 kap. 2 §)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra …</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Own unit:</source>
        <translation>Egen enhet:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>&amp;People at the organisation:</source>
        <translation>&amp;Personer i organisationen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Accept and &amp;store</source>
        <translation>Godkänn och &amp;spara</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>Paket att importera</translation>
    </message>
    <message>
        <source>Encrypted packages (*.p7m *.der *.cms);;All files (*)</source>
        <translation>Krypterade paket (*.p7m *.der *.cms);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>Dekrypterar och kontrollerar paketet …</translation>
    </message>
    <message>
        <source>{name} (verified certificate {fingerprint})</source>
        <translation>{name} (verifierat certifikat {fingerprint})</translation>
    </message>
    <message>
        <source>{id}, made {created}</source>
        <translation>{id}, skapat {created}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature is valid. Check the content, then accept.</source>
        <translation>Signaturen är giltig. Granska innehållet och godkänn sedan.</translation>
    </message>
    <message>
        <source>Storing the records…</source>
        <translation>Sparar posterna …</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Importera ett paket</translation>
    </message>
    <message>
        <source>Import an encrypted package</source>
        <translation>Importera ett krypterat paket</translation>
    </message>
    <message>
        <source>A package from a verified recipient, encrypted to your certificate. It is checked and shown here first; nothing is stored until you accept it.</source>
        <translation>Ett paket från en verifierad mottagare, krypterat till ditt certifikat. Det kontrolleras och visas här först; inget sparas förrän du godkänner det.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil …</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>Vad paketet innehåller</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Avsändare:</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rättslig grund:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Poster:</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Poster i paketet</translation>
    </message>
    <message>
        <source>Link to &amp;no case</source>
        <translation>Koppla till &amp;inget ärende</translation>
    </message>
    <message>
        <source>Link every record to one &amp;case:</source>
        <translation>Koppla alla poster till ett &amp;ärende:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
</context>
<context>
    <name>PagedList</name>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
</context>
<context>
    <name>PagedListDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Person in the case</source>
        <translation>Person i ärendet</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Lägg till en person i ärendet</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Part of the name, or of the identity number</source>
        <translation>En del av namnet eller personnumret</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person …</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>R&amp;elation:</source>
        <translation>R&amp;elation:</translation>
    </message>
    <message>
        <source>e.g. mother, social worker, coach</source>
        <translation>t.ex. mamma, socialsekreterare, tränare</translation>
    </message>
</context>
<context>
    <name>PartnerContactDialog</name>
    <message>
        <source>New contact with the organisation</source>
        <translation>Ny kontakt med organisationen</translation>
    </message>
    <message>
        <source>Correct the contact</source>
        <translation>Rätta kontakten</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Vem som deltog:</translation>
    </message>
    <message>
        <source>Contact with an organisation</source>
        <translation>Kontakt med en organisation</translation>
    </message>
</context>
<context>
    <name>PartnerContactList</name>
    <message>
        <source>Contacts with the organisation (o&amp;utside cases):</source>
        <translation>Kontakter med organisationen (&amp;utanför ärenden):</translation>
    </message>
    <message>
        <source>New con&amp;tact…</source>
        <translation>Ny kon&amp;takt …</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Contacts with the organisation</source>
        <translation>Kontakter med organisationen</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Ingen kontakt registrerad.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Remove the contact of {when}? Do this only for a contact recorded by mistake; this cannot be undone.</source>
        <translation>Ta bort kontakten från {when}? Gör det bara för en kontakt som registrerats av misstag; det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Identity no.</source>
        <translation>Personnr</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No person matches the filter.</source>
        <translation>Ingen person matchar filtret.</translation>
    </message>
    <message>
        <source>No persons yet. Add the first with New person…</source>
        <translation>Inga personer ännu. Lägg till den första med Ny person …</translation>
    </message>
    <message>
        <source>No organisation matches the filters.</source>
        <translation>Ingen organisation matchar filtren.</translation>
    </message>
    <message>
        <source>No organisations yet. Add your partners with New organisation…</source>
        <translation>Inga organisationer ännu. Lägg till era samverkansparter med Ny organisation …</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personer och organisationer</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>Na&amp;me or identity number:</source>
        <translation>&amp;Namn eller personnummer:</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Ny p&amp;erson …</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Enter or double-click opens a person.</source>
        <translation>Enter eller dubbelklick öppnar en person.</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>New or&amp;ganisation…</source>
        <translation>Ny or&amp;ganisation …</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Enter or double-click opens an organisation.</source>
        <translation>Enter eller dubbelklick öppnar en organisation.</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Ändra person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>För&amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Born (year):</source>
        <translation>Födelse&amp;år:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Title there:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <source>e.g. social worker, field assistant</source>
        <translation>t.ex. socialsekreterare, fältassistent</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ante&amp;ckningar:</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <source>The first {shown} of {total} persons; type more to narrow the list.</source>
        <translation>De första {shown} av {total} personer; skriv mer för att begränsa listan.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Enter or double-click opens a case.</source>
        <translation>Enter eller dubbelklick öppnar ett ärende.</translation>
    </message>
    <message>
        <source>The person is in no case.</source>
        <translation>Personen finns inte i något ärende.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Opening the person was recorded in the audit log.</source>
        <translation>Att personen öppnades har skrivits i loggen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra …</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Född:</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Befattning:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>&amp;Cases of the person:</source>
        <translation>Personens ä&amp;renden:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>&amp;Action plan…</source>
        <translation>&amp;Handlingsplanen …</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>The action plan</source>
        <translation>Handlingsplanen</translation>
    </message>
    <message>
        <source>The action plan and its revisions</source>
        <translation>Handlingsplanen och dess revisioner</translation>
    </message>
    <message>
        <source>The plan is a living document: record each revision when Kommunfullmäktige or Kommunstyrelsen adopts it, with what changed. The newest is at the top.</source>
        <translation>Planen är ett levande dokument: registrera varje revision när kommunfullmäktige eller kommunstyrelsen antar den, och vad som ändrades. Den nyaste står överst.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <source>The revision&apos;s text</source>
        <translation>Revisionens text</translation>
    </message>
    <message>
        <source>&amp;New revision…</source>
        <translation>&amp;Ny revision …</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Rätta …</translation>
    </message>
    <message>
        <source>No revision of the plan is recorded. Record the plan in force with New revision…</source>
        <translation>Ingen revision av planen är registrerad. Registrera den plan som gäller med Ny revision …</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisioner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRevisionDialog</name>
    <message>
        <source>New revision of the action plan</source>
        <translation>Ny revision av handlingsplanen</translation>
    </message>
    <message>
        <source>Revision {n} of the action plan</source>
        <translation>Revision {n} av handlingsplanen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Revision of the action plan</source>
        <translation>Revision av handlingsplanen</translation>
    </message>
    <message>
        <source>Revision &amp;number:</source>
        <translation>Revisions&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Antagen den:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Beslutad av:</translation>
    </message>
    <message>
        <source>Kommunfullmäktige or Kommunstyrelsen</source>
        <translation>Kommunfullmäktige eller Kommunstyrelsen</translation>
    </message>
    <message>
        <source>D&amp;iary number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>e.g. KS 2026/123</source>
        <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Vad som ändrats:</translation>
    </message>
    <message>
        <source>New sections, changed commitments, what was removed</source>
        <translation>Nya avsnitt, ändrade åtaganden, vad som tagits bort</translation>
    </message>
    <message>
        <source>The plan&apos;s &amp;text:</source>
        <translation>Planens &amp;text:</translation>
    </message>
    <message>
        <source>The plan as adopted: paste it here</source>
        <translation>Planen som den antogs: klistra in den här</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordDialog</name>
    <message>
        <source>Record of processing</source>
        <translation>Registerförteckning</translation>
    </message>
    <message>
        <source>Record of processing (GDPR art. 30)</source>
        <translation>Registerförteckning (GDPR art. 30)</translation>
    </message>
    <message>
        <source>Purposes, categories of people and data with counts from the vault, recipients, retention periods and security measures, from the vault&apos;s own settings. Signed and dated.</source>
        <translation>Ändamål, kategorier av registrerade och uppgifter med antal ur valvet, mottagare, gallringsfrister och säkerhetsåtgärder, ur valvets egna inställningar. Signerad och daterad.</translation>
    </message>
    <message>
        <source>Where the vault does not know something (the data protection officer, the legal basis of the processing), the record says so: fill it in on paper.</source>
        <translation>Där valvet inte känner till något (dataskyddsombudet, den rättsliga grunden för behandlingen) står det i förteckningen: fyll i det på papperet.</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>No recipient is registered yet.</source>
        <translation>Ingen mottagare är registrerad än.</translation>
    </message>
    <message>
        <source>Verified on {date} by {who}.</source>
        <translation>Verifierad {date} av {who}.</translation>
    </message>
    <message>
        <source>{recipient}
verified</source>
        <translation>{recipient}
verifierad</translation>
    </message>
    <message>
        <source>Copy the &amp;fingerprint</source>
        <translation>Kopiera &amp;fingeravtrycket</translation>
    </message>
    <message>
        <source>{recipient}
not verified</source>
        <translation>{recipient}
ej verifierad</translation>
    </message>
    <message>
        <source>The certificate has expired. Ask the recipient for a new one.</source>
        <translation>Certifikatet har gått ut. Be mottagaren om ett nytt.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s). Ask the recipient for a new one in time.</source>
        <translation>
            <numerusform>Certifikatet går ut om %n dag. Be mottagaren om ett nytt i god tid.</numerusform>
            <numerusform>Certifikatet går ut om %n dagar. Be mottagaren om ett nytt i god tid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of the recipient</source>
        <translation>Mottagarens certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der *.p7b *.p7c);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Added. Now call the recipient and compare the fingerprint, group by group.</source>
        <translation>Tillagt. Ring nu mottagaren och jämför fingeravtrycket, grupp för grupp.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Välj ett certifikat</translation>
    </message>
    <message>
        <source>The file holds several certificates. Which one is the recipient&apos;s?</source>
        <translation>Filen innehåller flera certifikat. Vilket är mottagarens?</translation>
    </message>
    <message>
        <source>Marked as verified.</source>
        <translation>Markerat som verifierat.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Recipients of encrypted packages</source>
        <translation>Mottagare av krypterade paket</translation>
    </message>
    <message>
        <source>Add the certificate the recipient sent you, then call them and read the fingerprint aloud, group by group. Mark it verified only when every group matches. Packages can be sent only to verified recipients.</source>
        <translation>Lägg till certifikatet som mottagaren skickade, ring sedan upp och läs fingeravtrycket högt, grupp för grupp. Markera det som verifierat först när varje grupp stämmer. Paket kan bara skickas till verifierade mottagare.</translation>
    </message>
    <message>
        <source>R&amp;egistered recipients:</source>
        <translation>Re&amp;gistrerade mottagare:</translation>
    </message>
    <message>
        <source>Registered recipients</source>
        <translation>Registrerade mottagare</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>&amp;Lägg till certifikat …</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Innehavare:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Utfärdare:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Giltigt:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Nyckel:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, to read aloud:</source>
        <translation>SHA-256-fingeravtryck, att läsa högt:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Mar&amp;k as verified…</source>
        <translation>Markera som &amp;verifierad …</translation>
    </message>
</context>
<context>
    <name>RecordAttachments</name>
    <message>
        <source>Attachments…</source>
        <translation>Bilagor …</translation>
    </message>
    <message>
        <source>Attach&amp;ments…</source>
        <translation>Bil&amp;agor …</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved changes kept when the vault was locked are back in the form. Save them, or close the form and choose not to save.</source>
        <translation>Osparade ändringar som sparades undan när valvet låstes är tillbaka i formuläret. Spara dem, eller stäng formuläret och välj att inte spara.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes in this form?</source>
        <translation>Vill du spara ändringarna i formuläret?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>Spara &amp;inte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RecordTreeList</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort …</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Note, case {number}</source>
        <translation>Anteckning, ärende {number}</translation>
    </message>
    <message>
        <source>Note in case {number}</source>
        <translation>Anteckning i ärende {number}</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Skriven:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source>Contact, case {number}</source>
        <translation>Kontakt, ärende {number}</translation>
    </message>
    <message>
        <source>Contact in case {number}</source>
        <translation>Kontakt i ärende {number}</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>How, with whom:</source>
        <translation>Hur, med vem:</translation>
    </message>
    <message>
        <source>Not recorded (imported or demo data)</source>
        <translation>Inte registrerat (importerade uppgifter eller demouppgifter)</translation>
    </message>
    <message>
        <source>No earlier versions: it has not been corrected since it was written.</source>
        <translation>Inga tidigare versioner: den har inte rättats sedan den skrevs.</translation>
    </message>
    <message>
        <source>; follow up on {day}</source>
        <translation>; följs upp {day}</translation>
    </message>
    <message>
        <source>The text is on the clipboard. It is cleared again after a while, and when the vault locks.</source>
        <translation>Texten finns i urklippet. Den tas bort därifrån efter en stund, och genast när valvet låses.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Skriven av:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Rätta …</translation>
    </message>
    <message>
        <source>Correct the text; the earlier text is kept as a version</source>
        <translation>Rätta texten; den tidigare texten sparas som en tidigare version</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard (cleared again after a while)</source>
        <translation>Kopiera texten till urklippet (tas bort därifrån efter en stund)</translation>
    </message>
    <message>
        <source>&amp;Earlier versions:</source>
        <translation>Tidigare &amp;versioner:</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidigare versioner</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>The chosen earlier version</source>
        <translation>Den valda tidigare versionen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Köpingplan recovery key</source>
        <translation>Återställningsnyckel för Köpingplan</translation>
    </message>
    <message>
        <source>This key opens the Köpingplan vault below if the coordinator&apos;s passphrase is forgotten or the coordinator has left. Anyone who has it and a copy of the vault can read everything in it.</source>
        <translation>Den här nyckeln öppnar Köpingplan-valvet som anges nedan, om samordnarens lösenfras har glömts bort eller samordnaren har slutat. Den som har nyckeln och en kopia av valvet kan läsa allt i det.</translation>
    </message>
    <message>
        <source>Keep this sheet in the employer&apos;s safe. Do not photograph, scan or store it on a computer, and do not keep it with the laptop or the backups.</source>
        <translation>Förvara det här bladet i arbetsgivarens kassaskåp. Fotografera eller skanna det inte och spara det inte på en dator, och förvara det inte tillsammans med datorn eller säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>To use it: start Köpingplan, choose “Use recovery key” at the unlock prompt, type the 48 digits (the dashes are optional), and set a new passphrase at once.</source>
        <translation>Så här används den: starta Köpingplan, välj ”Använd återställningsnyckel” när lösenfrasen efterfrågas, skriv de 48 siffrorna (bindestrecken kan utelämnas) och välj genast en ny lösenfras.</translation>
    </message>
    <message>
        <source>A newer recovery key replaces this one. Backups made while this key was valid still open with it: destroy this sheet only when those backups are gone.</source>
        <translation>En nyare återställningsnyckel ersätter den här. Säkerhetskopior som gjordes medan den här nyckeln gällde går fortfarande att öppna med den: förstör bladet först när de säkerhetskopiorna inte längre finns.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The sheet is printed on paper only: choose a printer, not a file. Nothing was printed.</source>
        <translation>Bladet skrivs bara ut på papper: välj en skrivare, inte en fil. Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <source>Making the recovery key…</source>
        <translation>Skapar återställningsnyckeln …</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer.</source>
        <translation>Bladet skickades till skrivaren.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>The recovery key made on {day} was never shown: the vault locked, or the program stopped, before its sheet was on screen. The recovery sheet on paper may no longer open the vault, and nobody has seen the new key. Make a new recovery key now (Settings → Recovery key) and print its sheet.</source>
        <translation>Återställningsnyckeln som gjordes {day} visades aldrig: valvet låstes, eller programmet avslutades, innan bladet kom upp på skärmen. Återställningsbladet på papper kanske inte längre öppnar valvet, och ingen har sett den nya nyckeln. Gör en ny återställningsnyckel nu (Inställningar → Återställningsnyckel) och skriv ut bladet.</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Gör en ny återställningsnyckel …</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Spara lösenfrasen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Öppnar valvet …</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <source>The recovery key no longer works: it could not be moved to the new key. Make a new recovery key now and destroy the old sheet.</source>
        <translation>Återställningsnyckeln fungerar inte längre: den kunde inte flyttas till den nya nyckeln. Skapa en ny återställningsnyckel nu och förstör det gamla bladet.</translation>
    </message>
    <message>
        <source>Backups made before the re-key still open with the passphrase and recovery key that were valid when they were made. Make a new backup, and destroy the old ones when you can.</source>
        <translation>Säkerhetskopior från före omkrypteringen öppnas fortfarande med den lösenfras och återställningsnyckel som gällde när de gjordes. Gör en ny säkerhetskopia och förstör de gamla när du kan.</translation>
    </message>
    <message>
        <source>Encrypting the vault under a new key</source>
        <translation>Krypterar valvet med en ny nyckel</translation>
    </message>
    <message>
        <source>Checking the re-encrypted vault</source>
        <translation>Kontrollerar det omkrypterade valvet</translation>
    </message>
    <message>
        <source>Sealing the new key with the passphrase</source>
        <translation>Låser in den nya nyckeln med lösenfrasen</translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation>Byter till den nya nyckeln</translation>
    </message>
</context>
<context>
    <name>RelativeSupportAdvicePage</name>
    <message>
        <source>&amp;Refer (tick or untick)</source>
        <translation>&amp;Hänvisa (kryssa i eller ur)</translation>
    </message>
    <message>
        <source>Advice and referrals</source>
        <translation>Råd och hänvisningar</translation>
    </message>
    <message>
        <source>Relatives must know where to turn. Write the advice you gave and where you referred them, for example to social services, an organisation or a faith community.</source>
        <translation>Anhöriga ska veta var de kan vända sig. Skriv vilka råd du gav och vart du hänvisade, till exempel till socialtjänsten, en organisation eller ett trossamfund.</translation>
    </message>
    <message>
        <source>&amp;Advice given:</source>
        <translation>&amp;Råd som gavs:</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Råd som gavs</translation>
    </message>
    <message>
        <source>Re&amp;ferred to:</source>
        <translation>&amp;Hänvisad till:</translation>
    </message>
    <message>
        <source>The relative agrees that we &amp;contact others (e.g. school, social services)</source>
        <translation>Den anhörige samtycker till att vi &amp;kontaktar andra (t.ex. skola, socialtjänst)</translation>
    </message>
</context>
<context>
    <name>RelativeSupportCallerPage</name>
    <message>
        <source>Who made contact</source>
        <translation>Vem hör av sig</translation>
    </message>
    <message>
        <source>Relatives are often the first to see signs of changed behaviour. Meet them with knowledge and respect, and keep the threshold low: a caller may stay anonymous. Without consent, nothing that identifies the relative is recorded.</source>
        <translation>Det är ofta anhöriga som först upptäcker tecken på ett förändrat beteende. Möt dem med kompetens och respekt, och håll tröskeln låg: den som hör av sig får vara anonym. Utan samtycke registreras inget som kan identifiera den anhörige.</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Första kontakten</translation>
    </message>
    <message>
        <source>a name to know them by</source>
        <translation>ett namn att känna igen dem på</translation>
    </message>
    <message>
        <source>e.g. a number, a time</source>
        <translation>t.ex. ett nummer, en tid</translation>
    </message>
    <message>
        <source>A &amp;later contact with:</source>
        <translation>&amp;Uppföljande kontakt med:</translation>
    </message>
    <message>
        <source>&amp;Anonymous, pseudonym:</source>
        <translation>&amp;Anonym, pseudonym:</translation>
    </message>
    <message>
        <source>Reachable a&amp;t:</source>
        <translation>Nås &amp;på:</translation>
    </message>
    <message>
        <source>A person in the re&amp;gistry:</source>
        <translation>En person i re&amp;gistret:</translation>
    </message>
    <message>
        <source>A ne&amp;w person:</source>
        <translation>En n&amp;y person:</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>Relation to the &amp;person of concern:</source>
        <translation>&amp;Relation till den det gäller:</translation>
    </message>
    <message>
        <source>e.g. mother, uncle, friend</source>
        <translation>t.ex. mamma, morbror, vän</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>The relative agrees that the contact is re&amp;corded</source>
        <translation>Den anhörige &amp;samtycker till att kontakten registreras</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>N&amp;är:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
</context>
<context>
    <name>RelativeSupportLinkPage</name>
    <message>
        <source>&amp;Choose this case</source>
        <translation>&amp;Välj det här ärendet</translation>
    </message>
    <message>
        <source>Case and follow-up</source>
        <translation>Ärende och uppföljning</translation>
    </message>
    <message>
        <source>Link the contact to a case if the worry is about someone the municipality already works with, or open a new case. A follow-up date appears in To do.</source>
        <translation>Koppla kontakten till ett ärende om oron gäller någon som kommunen redan arbetar med, eller öppna ett nytt ärende. Ett datum för uppföljning hamnar i Att göra.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>N&amp;o case</source>
        <translation>&amp;Inget ärende</translation>
    </message>
    <message>
        <source>An &amp;existing case:</source>
        <translation>Ett befintligt &amp;ärende:</translation>
    </message>
    <message>
        <source>Find an existing case</source>
        <translation>Sök ett befintligt ärende</translation>
    </message>
    <message>
        <source>number or part of the title</source>
        <translation>nummer eller del av titeln</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Ärenden som hittades</translation>
    </message>
    <message>
        <source>A ne&amp;w case, titled:</source>
        <translation>Ett n&amp;ytt ärende med titeln:</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Det nya ärendets titel</translation>
    </message>
    <message>
        <source>a working title; it need not name anyone</source>
        <translation>en arbetstitel; den behöver inte namnge någon</translation>
    </message>
    <message>
        <source>&amp;Level of the new case:</source>
        <translation>Ni&amp;vå för det nya ärendet:</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Kopplad till:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Följ upp:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
</context>
<context>
    <name>RelativeSupportSummaryPage</name>
    <message>
        <source>Read the contact through before saving. A later contact with the same relative is added to the same thread.</source>
        <translation>Läs igenom kontakten innan du sparar. En senare kontakt med samma anhörig läggs till i samma tråd.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Kontakten</translation>
    </message>
</context>
<context>
    <name>RelativeSupportWizard</name>
    <message>
        <source>Support to a relative</source>
        <translation>Anhörigstöd</translation>
    </message>
    <message>
        <source>“{pseudonym}” (anonymous)</source>
        <translation>”{pseudonym}” (anonym)</translation>
    </message>
    <message>
        <source>{who} – {relation}, last contact {day}</source>
        <translation>{who} – {relation}, senast {day}</translation>
    </message>
    <message>
        <source>#{number} {title} ({level})</source>
        <translation>nr {number} {title} ({level})</translation>
    </message>
</context>
<context>
    <name>RelativeSupportWorryPage</name>
    <message>
        <source>Worry and signs</source>
        <translation>Oro och tecken</translation>
    </message>
    <message>
        <source>Withdraws from family and friends</source>
        <translation>Drar sig undan familj och vänner</translation>
    </message>
    <message>
        <source>New friends or contacts the family does not know</source>
        <translation>Nya vänner eller kontakter som familjen inte känner</translation>
    </message>
    <message>
        <source>Spends time with extremist material online</source>
        <translation>Tar del av extremistiskt material på nätet</translation>
    </message>
    <message>
        <source>Talks in terms of “us and them”</source>
        <translation>Talar i termer av ”vi och dom”</translation>
    </message>
    <message>
        <source>Defends or justifies violence</source>
        <translation>Försvarar eller rättfärdigar våld</translation>
    </message>
    <message>
        <source>New symbols, clothing or appearance</source>
        <translation>Nya symboler, kläder eller nytt utseende</translation>
    </message>
    <message>
        <source>Stays away from school or work</source>
        <translation>Stannar borta från skola eller arbete</translation>
    </message>
    <message>
        <source>Secretive about where they go and who they meet</source>
        <translation>Hemlighetsfull om vart hen går och vilka hen träffar</translation>
    </message>
    <message>
        <source>Sudden change of habits or beliefs</source>
        <translation>Plötsligt ändrade vanor eller åsikter</translation>
    </message>
    <message>
        <source>Talks about or plans travel to a conflict area</source>
        <translation>Talar om eller planerar en resa till ett konfliktområde</translation>
    </message>
    <message>
        <source>Write what worries them, in the relative&apos;s own words. Tick the signs they describe; no single sign means that someone is being radicalised.</source>
        <translation>Skriv vad som oroar, med den anhöriges egna ord. Kryssa i de tecken som den anhörige beskriver; inget enskilt tecken betyder att någon radikaliseras.</translation>
    </message>
    <message>
        <source>What &amp;worries them:</source>
        <translation>Vad som &amp;oroar:</translation>
    </message>
    <message>
        <source>What worries them</source>
        <translation>Vad som oroar</translation>
    </message>
    <message>
        <source>Signs they have seen</source>
        <translation>Tecken som den anhörige har sett</translation>
    </message>
    <message>
        <source>&amp;Other signs:</source>
        <translation>&amp;Andra tecken:</translation>
    </message>
    <message>
        <source>Other signs</source>
        <translation>Andra tecken</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantDialog</name>
    <message>
        <source>Remove from case</source>
        <translation>Ta bort från ärendet</translation>
    </message>
    <message>
        <source>Remove a person from the case</source>
        <translation>Ta bort en person från ärendet</translation>
    </message>
    <message>
        <source>{name} ({role}) is taken out of the case. The person stays in the registry; the removal and its reason are kept with the case.</source>
        <translation>{name} ({role}) tas bort ur ärendet. Personen finns kvar i personregistret; att personen togs bort och varför sparas i ärendet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>&amp;Access log follow-up…</source>
        <translation>&amp;Logguppföljning …</translation>
    </message>
    <message>
        <source>&amp;Disclosure report…</source>
        <translation>&amp;Utlämnanderapport …</translation>
    </message>
    <message>
        <source>Record of &amp;processing (GDPR art. 30)…</source>
        <translation>Register&amp;förteckning (GDPR art. 30) …</translation>
    </message>
    <message>
        <source>&amp;Report to the municipal executive board…</source>
        <translation>Läges&amp;rapport till kommunstyrelsen …</translation>
    </message>
    <message>
        <source>The &amp;situation picture for a period…</source>
        <translation>Lägesbild för en &amp;period …</translation>
    </message>
    <message>
        <source>&amp;Where do I turn?…</source>
        <translation>&amp;Vart vänder jag mig? …</translation>
    </message>
    <message>
        <source>&amp;Yearly follow-up of the action plan…</source>
        <translation>&amp;Årlig uppföljning av handlingsplanen …</translation>
    </message>
</context>
<context>
    <name>ReportCopies</name>
    <message numerus="yes">
        <source>%n copy(ies) recorded as disclosures.</source>
        <translation>
            <numerusform>%n exemplar registrerat som utlämnande.</numerusform>
            <numerusform>%n exemplar registrerade som utlämnanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies and their recipients</source>
        <translation>Exemplar och mottagare</translation>
    </message>
    <message>
        <source>Cop&amp;ies:</source>
        <translation>&amp;Exemplar:</translation>
    </message>
    <message>
        <source>Add cop&amp;y</source>
        <translation>Lägg till e&amp;xemplar</translation>
    </message>
    <message>
        <source>Re&amp;move copy</source>
        <translation>Ta &amp;bort exemplar</translation>
    </message>
    <message>
        <source>R&amp;ecipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;oll:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Save signed PDF…</source>
        <translation>&amp;Spara signerad PDF …</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Recovery key valid when the backup was ma&amp;de:</source>
        <translation>Återställningsnyckel som gällde när kopian &amp;gjordes:</translation>
    </message>
    <message>
        <source>&amp;Passphrase valid when the backup was made:</source>
        <translation>&amp;Lösenfras som gällde när kopian gjordes:</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>Säkerhetskopian att återställa</translation>
    </message>
    <message>
        <source>Choose the backup folder and type the recovery key.</source>
        <translation>Välj säkerhetskopians mapp och skriv återställningsnyckeln.</translation>
    </message>
    <message>
        <source>Choose the backup folder and type its passphrase.</source>
        <translation>Välj säkerhetskopians mapp och skriv dess lösenfras.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian …</translation>
    </message>
    <message>
        <source>This backup belongs to another vault. Restoring it replaces everything in this vault with that vault&apos;s records.</source>
        <translation>Säkerhetskopian hör till ett annat valv. Om du återställer den ersätts allt i det här valvet med det valvets uppgifter.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Gallras sedan</translation>
    </message>
    <message>
        <source>Kept before because</source>
        <translation>Behölls tidigare för att</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Nothing is due for retention.</source>
        <translation>Inget ska gallras nu.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) for good? They cannot be brought back; only a backup made before still holds them.</source>
        <translation>
            <numerusform>Radera %n post för gott? Den kan inte tas tillbaka; bara en tidigare säkerhetskopia innehåller den.</numerusform>
            <numerusform>Radera %n poster för gott? De kan inte tas tillbaka; bara en tidigare säkerhetskopia innehåller dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Raderar …</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n post raderades för gott.</numerusform>
            <numerusform>%n poster raderades för gott.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept; they come back for review in a year.</source>
        <translation>
            <numerusform>%n post behålls; den kommer tillbaka för prövning om ett år.</numerusform>
            <numerusform>%n poster behålls; de kommer tillbaka för prövning om ett år.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>Säkerhets&amp;kopiera …</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Återställ &amp;från säkerhetskopia …</translation>
    </message>
    <message>
        <source>Retention re&amp;view…</source>
        <translation>&amp;Gallring …</translation>
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation>Återställnings&amp;nyckel …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar …</translation>
    </message>
    <message>
        <source>Securit&amp;y…</source>
        <translation>Sä&amp;kerhet …</translation>
    </message>
</context>
<context>
    <name>SafetyBackupDialog</name>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <source>Choose a folder on a USB stick or another drive. The backup is the encrypted vault itself: it opens with the passphrase or recovery key valid today. Older backups of this vault beyond the newest few are removed there.</source>
        <translation>Välj en mapp på ett USB-minne eller en annan enhet. Säkerhetskopian är det krypterade valvet självt: den öppnas med den lösenfras eller återställningsnyckel som gäller i dag. Äldre säkerhetskopior av valvet utöver de senaste tas bort där.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Säkerhets&amp;kopiera</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <source>This vault has no backup yet.</source>
        <translation>Valvet har ingen säkerhetskopia än.</translation>
    </message>
    <message>
        <source>The newest backup of this vault is from {day}.</source>
        <translation>Valvets senaste säkerhetskopia är från {day}.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>S&amp;äkerhetskopiera nu …</translation>
    </message>
</context>
<context>
    <name>SafetyRecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Skapa en återställningsnyckel</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten or the coordinator leaves. Print the sheet and give it to the employer to keep in a safe. A new key replaces any earlier one.</source>
        <translation>En återställningsnyckel öppnar valvet om lösenfrasen glöms bort eller samordnaren slutar. Skriv ut bladet och lämna det till arbetsgivaren att förvara i ett kassaskåp. En ny nyckel ersätter en tidigare.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Din &amp;lösenfras:</translation>
    </message>
    <message>
        <source>This key is shown only now. Print the sheet before you close this window; it is not stored anywhere in plain.</source>
        <translation>Nyckeln visas bara nu. Skriv ut bladet innan du stänger fönstret; den sparas ingenstans i klartext.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Make the &amp;key</source>
        <translation>Skapa &amp;nyckeln</translation>
    </message>
</context>
<context>
    <name>SafetyRecoveryUnlockDialog</name>
    <message>
        <source>Use recovery key</source>
        <translation>Använd återställningsnyckel</translation>
    </message>
    <message>
        <source>Open the vault with the recovery key</source>
        <translation>Öppna valvet med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Type the 48 digits from the recovery sheet. The dashes are optional. You then set a new passphrase at once.</source>
        <translation>Skriv de 48 siffrorna från återställningsbladet. Bindestrecken behövs inte. Sedan väljer du genast en ny lösenfras.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Välj en ny lösenfras</translation>
    </message>
    <message>
        <source>The vault is open. Choose a new passphrase now: the old one no longer matters. The recovery key keeps working; consider making a new one, since it was typed on this computer.</source>
        <translation>Valvet är öppet. Välj en ny lösenfras nu: den gamla spelar ingen roll längre. Återställningsnyckeln fortsätter att gälla; gör gärna en ny, eftersom den har skrivits på den här datorn.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
</context>
<context>
    <name>SafetyRestore</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Situation picture entries</source>
        <translation>Lägesbildsposter</translation>
    </message>
    <message>
        <source>The backup passed its check. Made: {made}.</source>
        <translation>Säkerhetskopian klarade kontrollen. Gjord: {made}.</translation>
    </message>
    <message>
        <source>Other records: {n}</source>
        <translation>Övriga poster: {n}</translation>
    </message>
    <message>
        <source>Audit log entries: {n}</source>
        <translation>Rader i granskningsloggen: {n}</translation>
    </message>
    <message>
        <source>Restore replaces the current vault with this backup. The current vault is kept beside it as a safety copy.</source>
        <translation>Återställningen ersätter det nuvarande valvet med säkerhetskopian. Det nuvarande valvet sparas bredvid som reservkopia.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian är återställd.</translation>
    </message>
    <message>
        <source>The previous vault is kept as {folder}.</source>
        <translation>Det tidigare valvet finns kvar som {folder}.</translation>
    </message>
    <message>
        <source>The restore failed: {error} Unlock again.</source>
        <translation>Återställningen misslyckades: {error} Lås upp igen.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian …</translation>
    </message>
    <message>
        <source>The backup was restored, but no new passphrase was set. Open it with the recovery key and set one.</source>
        <translation>Säkerhetskopian har återställts, men ingen ny lösenfras valdes. Öppna valvet med återställningsnyckeln och välj en.</translation>
    </message>
</context>
<context>
    <name>SafetyRestoreDialog</name>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup is checked first and you see what it holds before anything changes. The current vault is kept beside it as a safety copy.</source>
        <translation>Säkerhetskopian kontrolleras först och du ser vad den innehåller innan något ändras. Det nuvarande valvet sparas bredvid som reservkopia.</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Säkerhetskopians mapp:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bläddra …</translation>
    </message>
    <message>
        <source>&amp;Use the passphrase</source>
        <translation>&amp;Använd lösenfrasen</translation>
    </message>
    <message>
        <source>Use the reco&amp;very key</source>
        <translation>Använd återställnings&amp;nyckeln</translation>
    </message>
    <message>
        <source>&amp;Passphrase valid when the backup was made:</source>
        <translation>&amp;Lösenfras som gällde när kopian gjordes:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>C&amp;heck the backup</source>
        <translation>&amp;Kontrollera kopian</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>SafetyRetention</name>
    <message>
        <source>Closed case</source>
        <translation>Avslutat ärende</translation>
    </message>
    <message>
        <source>Situation picture entry</source>
        <translation>Lägesbildspost</translation>
    </message>
    <message>
        <source>Relative support</source>
        <translation>Anhörigstöd</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Utlämnande</translation>
    </message>
    <message>
        <source>Concern that led to no action</source>
        <translation>Oro som inte ledde till någon åtgärd</translation>
    </message>
    <message>
        <source>Incident against staff</source>
        <translation>Otillåten påverkan mot personal</translation>
    </message>
    <message>
        <source>Contact without a case</source>
        <translation>Kontakt utan ärende</translation>
    </message>
    <message>
        <source>Incoming item without a case</source>
        <translation>Inkommen uppgift utan ärende</translation>
    </message>
    <message>
        <source>Meeting with its minutes</source>
        <translation>Möte med protokoll</translation>
    </message>
    <message>
        <source>Overall assessment of the situation picture</source>
        <translation>Samlad bedömning av lägesbilden</translation>
    </message>
</context>
<context>
    <name>SafetyRetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Gallring att pröva</translation>
    </message>
    <message>
        <source>These records have passed their retention period. Delete them for good, or keep one with a reason: it comes back for review in a year. Deletions are logged without their content.</source>
        <translation>De här posterna har passerat sin gallringsfrist. Radera dem för gott, eller behåll en med ett skäl: den kommer tillbaka för prövning om ett år. Raderingar loggas utan innehåll.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Poster vars gallringstid har gått ut</translation>
    </message>
    <message>
        <source>Reason to &amp;keep:</source>
        <translation>Skäl att &amp;behålla:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Kee&amp;p with reason</source>
        <translation>Behåll &amp;med skäl</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Radera för gott …</translation>
    </message>
</context>
<context>
    <name>SaveCancelButtons</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Sök i allt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Nothing matches all of these words.</source>
        <translation>Inget innehåller alla de här orden.</translation>
    </message>
    <message>
        <source>Esc goes back to the search box.</source>
        <translation>Esc går tillbaka till sökrutan.</translation>
    </message>
    <message>
        <source>The first {n} hits, newest first. Add a word to narrow the search. Enter opens, Esc goes back.</source>
        <translation>De {n} första träffarna, nyaste först. Lägg till ett ord för att begränsa sökningen. Enter öppnar, Esc går tillbaka.</translation>
    </message>
    <message>
        <source>Enter opens the hit, Esc goes back to the search box.</source>
        <translation>Enter öppnar träffen, Esc går tillbaka till sökrutan.</translation>
    </message>
    <message>
        <source>#{number}</source>
        <translation>nr {number}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>People and organisations: the persons in your cases, relatives and professionals, and the partner registry with agreements and contact persons.</source>
        <translation>Personer och organisationer: personerna i dina ärenden, anhöriga och yrkespersoner, och registret över samverkansparter med avtal och kontaktpersoner.</translation>
    </message>
    <message>
        <source>The situation picture: dated entries by milieu and orientation with source and assessment, a current summary, and what changed since the last meeting.</source>
        <translation>Lägesbilden: daterade poster per miljö och inriktning med källa och bedömning, en aktuell sammanfattning och vad som har ändrats sedan förra mötet.</translation>
    </message>
    <message>
        <source>Meetings of the youth group and the intervention groups: agenda, attendees, decisions and actions, and a signed brief to print.</source>
        <translation>Möten i unggruppen och insatsgrupperna: dagordning, deltagare, beslut och åtgärder, och ett signerat mötesunderlag att skriva ut.</translation>
    </message>
    <message>
        <source>To do: follow-ups, measures and meeting actions that are due, overdue first.</source>
        <translation>Att göra: uppföljningar, insatser och mötesåtgärder som ska göras, försenade först.</translation>
    </message>
    <message>
        <source>Disclosures: every time information left the vault, to whom, on what legal basis and who decided.</source>
        <translation>Utlämnanden: varje gång uppgifter lämnat valvet, till vem, med vilket lagstöd och vem som beslutade.</translation>
    </message>
    <message>
        <source>Incidents: threats and pressure against staff, and the support given.</source>
        <translation>Händelser: hot och otillåten påverkan mot personal, och det stöd som getts.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Every change here asks for your current passphrase. A wrong one changes nothing; several in a row bring a growing wait, as at the unlock prompt.</source>
        <translation>Varje ändring här kräver din nuvarande lösenfras. En felaktig ändrar ingenting; flera i rad ger en allt längre väntan, precis som vid upplåsningen.</translation>
    </message>
    <message>
        <source>Your current &amp;passphrase:</source>
        <translation>Din nuvarande &amp;lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Choose a new passphrase: several words that belong together only for you. The recovery key, if there is one, keeps working.</source>
        <translation>Välj en ny lösenfras: flera ord som hör ihop bara för dig. Återställningsnyckeln, om det finns en, fortsätter att gälla.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Upprepa den nya lösenfrasen:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrases</source>
        <translation>&amp;Visa lösenfraserna</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>A recovery key opens the vault if the passphrase is forgotten or the coordinator leaves. It is printed on a sheet for the employer&apos;s safe. A new key replaces the old one: the old sheet then opens nothing in this vault, only backups made while it was valid.</source>
        <translation>En återställningsnyckel öppnar valvet om lösenfrasen glöms bort eller samordnaren slutar. Den skrivs ut på ett blad som arbetsgivaren förvarar i ett kassaskåp. En ny nyckel ersätter den gamla: det gamla bladet öppnar då ingenting i valvet, bara säkerhetskopior som gjordes medan det gällde.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Skapa en ny återställningsnyckel …</translation>
    </message>
    <message>
        <source>Remo&amp;ve the recovery key…</source>
        <translation>&amp;Ta bort återställningsnyckeln …</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation>Kryptera om</translation>
    </message>
    <message>
        <source>Re-encrypting gives the vault a new key. Do it when a copy of the vault folder may be in someone else&apos;s hands (a lost USB stick, a laptop handed in for repair): a new passphrase alone does not lock them out, because an old key file still opens with the old passphrase. The passphrase stays the same. It takes about as long as a backup; you can cancel until the new key is switched in.</source>
        <translation>Omkryptering ger valvet en ny nyckel. Gör det när en kopia av valvmappen kan ha hamnat hos någon annan (ett borttappat USB-minne, en dator som lämnats på reparation): en ny lösenfras räcker inte för att stänga ute dem, eftersom en gammal nyckelfil fortfarande öppnas med den gamla lösenfrasen. Lösenfrasen förblir densamma. Det tar ungefär lika lång tid som en säkerhetskopiering; du kan avbryta tills den nya nyckeln har tagits i bruk.</translation>
    </message>
    <message>
        <source>Re-&amp;encrypt the vault…</source>
        <translation>Kryptera &amp;om valvet …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Temporary files, such as a print job&apos;s pages, go to this computer&apos;s disk: the session offers no private folder in memory for them.</source>
        <translation>Tillfälliga filer, till exempel sidorna i en utskrift, hamnar på datorns disk: sessionen har ingen privat mapp i minnet för dem.</translation>
    </message>
    <message>
        <source>This vault has a recovery key.</source>
        <translation>Valvet har en återställningsnyckel.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: only the passphrase opens it.</source>
        <translation>Valvet har ingen återställningsnyckel: bara lösenfrasen öppnar det.</translation>
    </message>
    <message>
        <source>The recovery key will stop working and a new one must be printed afterwards.</source>
        <translation>Återställningsnyckeln slutar fungera och en ny måste skrivas ut efteråt.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Skriv först din nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Avbrutet. Inget ändrades.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase first (see above).</source>
        <translation>Välj först en starkare ny lösenfras (se ovan).</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Byter lösenfras …</translation>
    </message>
    <message>
        <source>Making the recovery key…</source>
        <translation>Skapar återställningsnyckeln …</translation>
    </message>
    <message>
        <source>A new recovery key was made; any earlier one no longer opens the vault. Print its sheet now: it is shown only once.</source>
        <translation>En ny återställningsnyckel har skapats; en tidigare nyckel öppnar inte längre valvet. Skriv ut bladet nu: det visas bara en gång.</translation>
    </message>
    <message>
        <source>Remove the recovery key</source>
        <translation>Ta bort återställningsnyckeln</translation>
    </message>
    <message>
        <source>Remove the recovery key? Afterwards only your passphrase opens the vault: if it is forgotten, nobody can open it. Backups made before still open with the old sheet.</source>
        <translation>Ta bort återställningsnyckeln? Därefter öppnar bara din lösenfras valvet: glöms den bort kan ingen öppna det. Säkerhetskopior från tidigare öppnas fortfarande med det gamla bladet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Removing the recovery key…</source>
        <translation>Tar bort återställningsnyckeln …</translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new key now?</source>
        <translation>Kryptera om valvet med en ny nyckel nu?</translation>
    </message>
    <message>
        <source>Re-encrypt the vault</source>
        <translation>Kryptera om valvet</translation>
    </message>
    <message>
        <source>Re-&amp;encrypt</source>
        <translation>Kryptera &amp;om</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Krypterar om valvet …</translation>
    </message>
    <message>
        <source>The vault was re-encrypted under a new key.</source>
        <translation>Valvet krypterades om med en ny nyckel.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Passphrase and security…</source>
        <translation>Lösenfras och säkerhet …</translation>
    </message>
    <message>
        <source>Never (the screen lock still locks)</source>
        <translation>Aldrig (skärmlåset låser ändå)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> kopior</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Type a classification line: it is printed on every page of a brief.</source>
        <translation>Skriv en sekretessmarkering: den skrivs ut på varje sida i ett underlag.</translation>
    </message>
    <message>
        <source>The classification line is at most {limit} characters long; it has {n}.</source>
        <translation>Sekretessmarkeringen får vara högst {limit} tecken lång; den har {n}.</translation>
    </message>
    <message>
        <source>“{name}” takes a whole number from {low} to {high}.</source>
        <translation>”{name}” ska vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Disclosures are usually kept longer than cases: the record of what left the vault, to whom and why, answers for the decision after the case is gone.</source>
        <translation>Utlämnanden sparas oftast längre än ärenden: uppgiften om vad som lämnade valvet, till vem och varför, visar grunden för beslutet även när ärendet är borta.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Lås efter så här lång tid utan användning:</translation>
    </message>
    <message>
        <source>The vault also locks when the computer&apos;s screen locks or the computer goes to sleep.</source>
        <translation>Valvet låses också när datorns skärm låses eller datorn går i viloläge.</translation>
    </message>
    <message>
        <source>Clear the clipboard a&amp;fter:</source>
        <translation>&amp;Töm urklippet efter:</translation>
    </message>
    <message>
        <source>Text copied from Köpingplan is removed from the clipboard after this time, and at once when the vault locks. Something you copied from another program since is left alone.</source>
        <translation>Text som kopierats från Köpingplan tas bort från urklippet efter den här tiden, och genast när valvet låses. Det du har kopierat från ett annat program efter det lämnas orört.</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Säkerhets&amp;kopior</translation>
    </message>
    <message>
        <source>&amp;Keep this many of the newest backups:</source>
        <translation>&amp;Behåll så här många av de senaste säkerhetskopiorna:</translation>
    </message>
    <message>
        <source>Older backups of this vault in the same folder are removed after each new backup.</source>
        <translation>Äldre säkerhetskopior av valvet i samma mapp tas bort efter varje ny säkerhetskopia.</translation>
    </message>
    <message>
        <source>Re&amp;mind when the newest backup is older than:</source>
        <translation>&amp;Påminn när den senaste säkerhetskopian är äldre än:</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>&amp;Gallring</translation>
    </message>
    <message>
        <source>How long each kind of record is kept before it appears on the retention review list. The municipality decides the real periods in its retention decision (gallringsbeslut, in the records management plan); enter those here. Nothing is deleted without your decision in the retention review.</source>
        <translation>Hur länge varje slags uppgift sparas innan den kommer upp på gallringslistan. Kommunen bestämmer de verkliga tiderna i sitt gallringsbeslut (i dokumenthanteringsplanen); för in dem här. Inget raderas utan att du har beslutat det i gallringen.</translation>
    </message>
    <message>
        <source>Closed c&amp;ases, after closing:</source>
        <translation>Avslutade ä&amp;renden, efter avslut:</translation>
    </message>
    <message>
        <source>Situation &amp;picture entries, after the observation:</source>
        <translation>&amp;Lägesbildsposter, efter iakttagelsen:</translation>
    </message>
    <message>
        <source>&amp;Relative support without a case, after the latest contact:</source>
        <translation>Anhörigs&amp;töd utan ärende, efter senaste kontakten:</translation>
    </message>
    <message>
        <source>&amp;Disclosures, after the information left:</source>
        <translation>Utlämna&amp;nden, efter att uppgifterna lämnades ut:</translation>
    </message>
    <message>
        <source>Concerns that led to &amp;no action, after the decision:</source>
        <translation>&amp;Oro utan åtgärd, efter beslutet:</translation>
    </message>
    <message>
        <source>Incidents against s&amp;taff, after their follow-up:</source>
        <translation>Otillåten påverkan mot &amp;personal, efter uppföljningen:</translation>
    </message>
    <message>
        <source>C&amp;ontacts without a case, after the contact:</source>
        <translation>Kontakt&amp;er utan ärende, efter kontakten:</translation>
    </message>
    <message>
        <source>Incoming items &amp;without a case, after they came in:</source>
        <translation>&amp;Inkomna uppgifter utan ärende, efter att de kom in:</translation>
    </message>
    <message>
        <source>&amp;Meetings with their minutes, after the meeting:</source>
        <translation>&amp;Möten med protokoll, efter mötet:</translation>
    </message>
    <message>
        <source>O&amp;verall assessments of the situation picture, after the period:</source>
        <translation>Samlade be&amp;dömningar av lägesbilden, efter perioden:</translation>
    </message>
    <message>
        <source>Br&amp;iefs</source>
        <translation>&amp;Underlag</translation>
    </message>
    <message>
        <source>Classification &amp;line:</source>
        <translation>Sekretess&amp;markering:</translation>
    </message>
    <message>
        <source>Printed at the top of every page of a brief, for example the secrecy marking.</source>
        <translation>Skrivs överst på varje sida i ett underlag, till exempel ”SEKRETESS — OSL”.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Avbr&amp;yt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>SituationEntryDialog</name>
    <message>
        <source>New situation picture entry</source>
        <translation>Ny lägesbildspost</translation>
    </message>
    <message>
        <source>Situation picture entry</source>
        <translation>Lägesbildspost</translation>
    </message>
    <message>
        <source>&amp;Milieu:</source>
        <translation>&amp;Miljö:</translation>
    </message>
    <message>
        <source>e.g. a group, a place or a forum online</source>
        <translation>t.ex. en grupp, en plats eller ett forum på nätet</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>&amp;Inriktning:</translation>
    </message>
    <message>
        <source>&amp;Observed on:</source>
        <comment>the vocabulary&apos;s word for the day of an observation (Datum)</comment>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>O&amp;bservation:</source>
        <comment>the vocabulary&apos;s word (Iakttagelse)</comment>
        <translation>I&amp;akttagelse:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>Who or what the information comes from</source>
        <translation>Vem eller vad uppgiften kommer från</translation>
    </message>
    <message>
        <source>Re&amp;liability:</source>
        <translation>&amp;Tillförlitlighet:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>B&amp;edömning:</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Poster</translation>
    </message>
    <message>
        <source>&amp;Milieu:</source>
        <translation>&amp;Miljö:</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny post …</translation>
    </message>
    <message>
        <source>Situation picture entries</source>
        <translation>Lägesbildsposter</translation>
    </message>
    <message>
        <source>Enter or double-click opens an entry.</source>
        <translation>Enter eller dubbelklick öppnar en post.</translation>
    </message>
    <message>
        <source>Current picture</source>
        <translation>Aktuell bild</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Nyligen</translation>
    </message>
    <message>
        <source>Latest observation</source>
        <translation>Senaste iakttagelse</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Inri&amp;ktning:</translation>
    </message>
    <message>
        <source>&amp;Current picture</source>
        <comment>Alt+letter: the menu bar has A, R and I</comment>
        <translation>Aktuell &amp;bild</translation>
    </message>
    <message>
        <source>Chan&amp;ges since</source>
        <translation>&amp;Förändringar sedan</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Changes since this date</source>
        <translation>Ändringar sedan detta datum</translation>
    </message>
    <message>
        <source>Last &amp;meeting of:</source>
        <translation>Senaste &amp;mötet i:</translation>
    </message>
    <message>
        <source>Group whose last meeting counts</source>
        <translation>Gruppen vars senaste möte räknas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Förändringar</translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>Nya poster</translation>
    </message>
    <message>
        <source>New in the picture</source>
        <translation>Ny i lägesbilden</translation>
    </message>
    <message>
        <source>Entries since &amp;then:</source>
        <translation>Poster sedan de&amp;ss:</translation>
    </message>
    <message>
        <source>Entries since then</source>
        <translation>Poster sedan dess</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Milieu</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Tillförlitlighet</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>The current picture is drawn from the entries. There are none yet.</source>
        <translation>Den aktuella bilden byggs av posterna. Det finns inga ännu.</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>Inget har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>No entries since then.</source>
        <translation>Inga poster sedan dess.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Ingen post matchar filtren.</translation>
    </message>
    <message>
        <source>No situation picture entries yet. Write the first with New entry…</source>
        <translation>Inga lägesbildsposter ännu. Skriv den första med Ny post …</translation>
    </message>
    <message>
        <source>All orientations</source>
        <translation>Alla inriktningar</translation>
    </message>
    <message>
        <source>All milieus</source>
        <translation>Alla miljöer</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period assessments</source>
        <translation>P&amp;eriodbedömningar</translation>
    </message>
    <message>
        <source>The newest entry of each milieu and orientation: {milieus}. {recent} since {day} (the last 90 days).</source>
        <translation>Den senaste posten för varje miljö och inriktning: {milieus}. {recent} sedan {day} (de senaste 90 dagarna).</translation>
    </message>
    <message numerus="yes">
        <source>%n milieu(s)</source>
        <translation>
            <numerusform>%n miljö</numerusform>
            <numerusform>%n miljöer</numerusform>
        </translation>
    </message>
    <message>
        <source>The situation picture has no entries yet. Add the first one under “Entries”.</source>
        <translation>Lägesbilden har inga poster ännu. Lägg till den första under ”Poster”.</translation>
    </message>
    <message>
        <source>{group} has not met yet. Choose a date instead.</source>
        <translation>{group} har inte haft något möte ännu. Välj ett datum i stället.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>{entries} in {milieus}, {new} of them new in the picture.</source>
        <translation>{entries} i {milieus}, varav {new} nya i lägesbilden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies)</source>
        <translation>
            <numerusform>%n ny post</numerusform>
            <numerusform>%n nya poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last meeting of {group} on {day}:</source>
        <translation>Sedan senaste mötet i {group} den {day}:</translation>
    </message>
    <message>
        <source>Since {day}:</source>
        <translation>Sedan {day}:</translation>
    </message>
</context>
<context>
    <name>SituationPeriodDialog</name>
    <message>
        <source>The situation picture for a period</source>
        <translation>Lägesbild för en period</translation>
    </message>
    <message>
        <source>The overall assessments written for the period, its entries with source, assessment and reliability, and a comparison with the period of the same length before it: entries by orientation and by milieu, the milieus that are new and those that have gone. Signed. A copy outside your own unit is without the entries&apos; sources unless you tick them for it.</source>
        <translation>De samlade bedömningar som skrivits för perioden, periodens poster med källa, bedömning och tillförlitlighet, och en jämförelse med den lika långa perioden före: poster per inriktning och per miljö, de miljöer som är nya och de som har försvunnit. Signerad. Ett exemplar utanför din egen enhet är utan posternas källor om du inte kryssar i dem för det.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Common periods…</source>
        <translation>Vanliga perioder …</translation>
    </message>
    <message>
        <source>The last half-year</source>
        <translation>Senaste halvåret</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>{days} days, compared with the {days} days before: {first} – {last}.</source>
        <translation>{days} dagar, jämförs med de {days} dagarna före: {first} – {last}.</translation>
    </message>
    <message>
        <source>Report to the municipal executive board</source>
        <translation>Lägesrapport till kommunstyrelsen</translation>
    </message>
    <message>
        <source>How the work goes, in counts for the period and the period of the same length before it: cases by level, orientation and age, new and closed cases, moves between levels, exit plans, support to relatives, disclosures by legal basis, channel and kind of recipient, activities and participants, incidents and the action plan&apos;s commitments. No names, case numbers or texts; every count from 1 to 4 is shown as “&lt;5”, with what would give it away hidden too. Signed.</source>
        <translation>Hur arbetet går, i antal för perioden och den lika långa perioden före: ärenden per nivå, inriktning och ålder, nya och avslutade ärenden, flyttar mellan nivåer, individuella handlingsplaner, anhörigstöd, utlämnanden per rättslig grund, sätt och slag av mottagare, aktiviteter och deltagare, otillåten påverkan och handlingsplanens åtaganden. Inga namn, ärendenummer eller texter; varje antal från 1 till 4 visas som ”&lt;5”, och det som skulle avslöja det döljs också. Signerad.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Common periods</source>
        <translation>Vanliga perioder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Save signed PDF…</source>
        <translation>&amp;Spara signerad PDF …</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Not strong enough</source>
        <translation>Inte tillräckligt stark</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <source>Too weak: {reasons}.</source>
        <translation>För svag: {reasons}.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add another word that has nothing to do with the others.</source>
        <translation>För lätt att gissa. Lägg till ett ord till som inte har med de andra att göra.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Revision {n}, made {day}.</source>
        <translation>Version {n}, upprättad {day}.</translation>
    </message>
    <message>
        <source>No exit plan.</source>
        <translation>Ingen individuell handlingsplan.</translation>
    </message>
    <message>
        <source>Exit &amp;plan…</source>
        <translation>&amp;Handlingsplan …</translation>
    </message>
    <message>
        <source>New exit &amp;plan…</source>
        <translation>Ny &amp;handlingsplan …</translation>
    </message>
    <message>
        <source>No relative has been in touch about this case.</source>
        <translation>Ingen anhörig har hört av sig om det här ärendet.</translation>
    </message>
    <message>
        <source>Motivation {n} of 5.</source>
        <translation>Motivation {n} av 5.</translation>
    </message>
    <message>
        <source>Measures: {planned} planned, {ongoing} ongoing, {done} done.</source>
        <translation>Insatser: {planned} planerade, {ongoing} pågående, {done} klara.</translation>
    </message>
    <message>
        <source>Next follow-up {day}.</source>
        <translation>Nästa uppföljning {day}.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera …</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Rätta …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Re&amp;move from the case…</source>
        <translation>&amp;Ta bort från ärendet …</translation>
    </message>
    <message>
        <source>Open the &amp;case</source>
        <translation>Öppna &amp;ärendet</translation>
    </message>
</context>
<context>
    <name>TakeIncoming</name>
    <message>
        <source>&amp;Take into the situation picture…</source>
        <translation>&amp;Ta in i lägesbilden …</translation>
    </message>
    <message>
        <source>Taken into the situation picture already (entry {id}).</source>
        <translation>Redan intagen i lägesbilden (post {id}).</translation>
    </message>
    <message>
        <source>Taken into the situation picture as entry {id}.</source>
        <translation>Intagen i lägesbilden som post {id}.</translation>
    </message>
</context>
<context>
    <name>TakeIncomingDialog</name>
    <message>
        <source>Take into the situation picture</source>
        <translation>Ta in i lägesbilden</translation>
    </message>
    <message>
        <source>&amp;Reliability (your judgement):</source>
        <translation>&amp;Tillförlitlighet (din bedömning):</translation>
    </message>
    <message>
        <source>A new entry of the situation picture, linked to this incoming item:
Source: {source}
Milieu: {milieu}
Orientation: {orientation}
Observed: {day}</source>
        <translation>En ny lägesbildspost, kopplad till den här inkommande uppgiften:
Källa: {source}
Miljö: {milieu}
Inriktning: {orientation}
Iakttagen: {day}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the work to stop at a safe point…</source>
        <translation>Avbryter: väntar tills arbetet kan stanna på ett säkert ställe …</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>Nothing is due in this period. Follow-ups, measures and meeting actions show here when they are due.</source>
        <translation>Inget förfaller under perioden. Uppföljningar, insatser och mötesåtgärder visas här när de förfaller.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>Den kommande veckan</translation>
    </message>
    <message>
        <source>The coming 30 days</source>
        <translation>De kommande 30 dagarna</translation>
    </message>
    <message>
        <source>The coming year</source>
        <translation>Det kommande året</translation>
    </message>
    <message>
        <source>{items}, {overdue}.</source>
        <translation>{items}, {overdue}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>This item belongs to no case.</source>
        <translation>Den här saken hör inte till något ärende.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Due &amp;until:</source>
        <translation>&amp;Förfaller senast:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Ö&amp;ppna ärendet</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Markera som &amp;klar …</translation>
    </message>
    <message>
        <source>Overdue items are marked with a warning sign, the most urgent in bold. Enter or double-click opens the case.</source>
        <translation>Försenade saker är märkta med en varningssymbol, de mest brådskande i fetstil. Enter eller dubbelklick öppnar ärendet.</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>{priority}; no flags</source>
        <translation>{priority}; inga flaggor</translation>
    </message>
    <message>
        <source>{priority}; flags: {flags}</source>
        <translation>{priority}; flaggor: {flags}</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>No such date: {digit} cannot be typed there.</source>
        <translation>Det datumet finns inte: {digit} går inte att skriva där.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Köpingplan</source>
        <translation>Köpingplan</translation>
    </message>
    <message>
        <source>Something went wrong in the program. What you had saved is safe in the vault; what you were doing may not have been saved. Check it, and lock and unlock the vault if the program behaves oddly. The log says where the error happened, without any content of the vault.</source>
        <translation>Något gick fel i programmet. Det du har sparat finns kvar i valvet, men det du höll på med kanske inte sparades. Kontrollera det, och lås och lås upp valvet om programmet beter sig konstigt. Loggen visar var felet inträffade, utan något innehåll från valvet.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Valv: {folder}</translation>
    </message>
    <message>
        <source>This is the demo vault with fictional data. Its passphrase is: {p}</source>
        <translation>Det här är demovalvet med påhittade uppgifter. Dess lösenfras är: {p}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <source>Unlocking was cancelled. The vault is still locked.</source>
        <translation>Upplåsningen avbröts. Valvet är fortfarande låst.</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Lås upp valvet</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>C&amp;hoose another vault…</source>
        <translation>&amp;Välj ett annat valv …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message numerus="yes">
        <source>%n wrong passphrase(s) were tried since the vault was last opened.</source>
        <translation>
            <numerusform>%n felaktig lösenfras har prövats sedan valvet senast öppnades.</numerusform>
            <numerusform>%n felaktiga lösenfraser har prövats sedan valvet senast öppnades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases (vault.attempts) was missing or damaged and was started again. That is expected after a restore or the first time this version opens the vault; otherwise someone may have removed it.</source>
        <translation>Registret över felaktiga lösenfraser (vault.attempts) saknades eller var skadat och har börjats om. Det är väntat efter en återställning eller första gången den här versionen öppnar valvet; annars kan någon ha tagit bort det.</translation>
    </message>
</context>
<context>
    <name>UnlockSafety</name>
    <message>
        <source>Use &amp;recovery key</source>
        <translation>Använd åt&amp;erställningsnyckel</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Vänta %n s</numerusform>
            <numerusform>Vänta %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation>Filen är inget läsbart PDF-dokument.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Dokumentet är inte signerat.</translation>
    </message>
    <message>
        <source>The signature is damaged and cannot be checked; do not rely on the content.</source>
        <translation>Signaturen är skadad och kan inte kontrolleras; lita inte på innehållet.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed; do not rely on the content.</source>
        <translation>Dokumentet har ändrats efter att det signerades; lita inte på innehållet.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s certificate.</source>
        <translation>Signaturen stämmer inte med undertecknarens certifikat.</translation>
    </message>
    <message>
        <source>Something was added to the document after it was signed; do not rely on the content.</source>
        <translation>Något har lagts till i dokumentet efter att det signerades; lita inte på innehållet.</translation>
    </message>
    <message>
        <source>The document carries more than one signature; a brief has exactly one.</source>
        <translation>Dokumentet har mer än en signatur; ett underlag har exakt en.</translation>
    </message>
    <message>
        <source>The document is intact, but the signer&apos;s certificate is not one you trust. Compare its fingerprint with the one the signer gave you.</source>
        <translation>Dokumentet är oförändrat, men undertecknarens certifikat är inte ett som du litar på. Jämför dess fingeravtryck med det som undertecknaren gav dig.</translation>
    </message>
</context>
<context>
    <name>VerifyFingerprintDialog</name>
    <message>
        <source>Verify the fingerprint</source>
        <translation>Verifiera fingeravtrycket</translation>
    </message>
    <message>
        <source>Call {name} on a number you know is theirs. Ask them to read out the fingerprint of their certificate, and type it here (spaces do not matter).</source>
        <translation>Ring {name} på ett nummer du vet är deras. Be dem läsa upp fingeravtrycket för sitt certifikat och skriv in det här (mellanslag spelar ingen roll).</translation>
    </message>
    <message>
        <source>&amp;Fingerprint as read out:</source>
        <translation>&amp;Fingeravtryck som det lästes upp:</translation>
    </message>
    <message>
        <source>The holder read out &amp;every group, and each matches the screen</source>
        <translation>Innehavaren läste upp &amp;varje grupp, och alla stämmer med skärmen</translation>
    </message>
    <message>
        <source>&amp;Mark verified</source>
        <translation>&amp;Markera som verifierad</translation>
    </message>
</context>
<context>
    <name>Vocabulary.ActivityKind</name>
    <message>
        <source>Information meeting</source>
        <translation>Informationsmöte</translation>
    </message>
    <message>
        <source>Training of staff</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Dialogue with faith communities or associations</source>
        <translation>Dialog med trossamfund eller föreningar</translation>
    </message>
    <message>
        <source>School workshop</source>
        <translation>Workshop i skolan</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Annan aktivitet</translation>
    </message>
</context>
<context>
    <name>Vocabulary.ActorKind</name>
    <message>
        <source>Municipal unit</source>
        <translation>Kommunal verksamhet</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhället</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familjen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan aktör</translation>
    </message>
</context>
<context>
    <name>Vocabulary.AgendaItemKind</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Situation picture topic</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>Vocabulary.AgreementKind</name>
    <message>
        <source>IOP (idea-based public partnership)</source>
        <translation>IOP (idéburet offentligt partnerskap)</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Annat avtal</translation>
    </message>
</context>
<context>
    <name>Vocabulary.AttachmentOwner</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Incoming concern</source>
        <translation>Inkommande oro</translation>
    </message>
    <message>
        <source>Revision of the action plan</source>
        <translation>Revision av handlingsplanen</translation>
    </message>
</context>
<context>
    <name>Vocabulary.CaseRole</name>
    <message>
        <source>Subject of the case</source>
        <translation>Ärendet gäller</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>Vocabulary.CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Digital meeting</source>
        <translation>Digitalt möte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>Vocabulary.ConcernChannel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Encrypted package</source>
        <translation>Krypterat paket</translation>
    </message>
</context>
<context>
    <name>Vocabulary.ConcernDecision</name>
    <message>
        <source>Case opened</source>
        <translation>Ärende öppnat</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Hänvisad vidare</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ingen åtgärd</translation>
    </message>
</context>
<context>
    <name>Vocabulary.ConcernSource</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>Vocabulary.DisclosureChannel</name>
    <message>
        <source>Encrypted export</source>
        <translation>Krypterad export</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Brief copy</source>
        <translation>Kopia av underlag</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Field</name>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>People the case is about</source>
        <translation>Personer som ärendet gäller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Situation picture entries</source>
        <translation>Lägesbildsposter</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Milieu</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Tillförlitlighet</translation>
    </message>
</context>
<context>
    <name>Vocabulary.FlagKind</name>
    <message>
        <source>Threat to others</source>
        <translation>Hot mot andra</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Vapen</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Resplaner</translation>
    </message>
    <message>
        <source>Child in the home</source>
        <translation>Barn i hemmet</translation>
    </message>
    <message>
        <source>Other concern</source>
        <translation>Annan risk</translation>
    </message>
</context>
<context>
    <name>Vocabulary.GroupKind</name>
    <message>
        <source>Youth group</source>
        <translation>Unggrupp</translation>
    </message>
    <message>
        <source>Intervention group</source>
        <translation>Insatsgrupp</translation>
    </message>
    <message>
        <source>SSPF (school, social services, police, leisure)</source>
        <translation>SSPF (skola, socialtjänst, polis, fritid)</translation>
    </message>
    <message>
        <source>Crime prevention council (BRÅ)</source>
        <translation>Brottsförebyggande råd (BRÅ)</translation>
    </message>
    <message>
        <source>Other kind of group</source>
        <translation>Annan sorts grupp</translation>
    </message>
</context>
<context>
    <name>Vocabulary.IncidentKind</name>
    <message>
        <source>Threat</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Trakasserier</translation>
    </message>
    <message>
        <source>Undue pressure</source>
        <translation>Otillåten påverkan</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Våld</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>Vocabulary.IncidentSupportKind</name>
    <message>
        <source>Talk</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Occupational health care</source>
        <translation>Företagshälsovård</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Polisanmälan</translation>
    </message>
    <message>
        <source>Protective measures</source>
        <translation>Skyddsåtgärder</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Annat stöd</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Influence</name>
    <message>
        <source>Supports the change</source>
        <translation>Stöttar förändringen</translation>
    </message>
    <message>
        <source>Pulls back</source>
        <translation>Drar tillbaka</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Varken eller</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Level</name>
    <message>
        <source>General</source>
        <translation>Generell</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specifik</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individinriktad</translation>
    </message>
</context>
<context>
    <name>Vocabulary.MeasureStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
</context>
<context>
    <name>Vocabulary.NeedStatus</name>
    <message>
        <source>A need</source>
        <translation>Behov finns</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Inget behov</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>Vocabulary.OrganisationKind</name>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Culture and leisure</source>
        <translation>Kultur och fritid</translation>
    </message>
    <message>
        <source>Municipal federation</source>
        <translation>Kommunalförbund</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhället</translation>
    </message>
    <message>
        <source>IOP partner</source>
        <translation>IOP-partner</translation>
    </message>
    <message>
        <source>Faith community</source>
        <translation>Trossamfund</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Idrottsförening</translation>
    </message>
    <message>
        <source>Housing company</source>
        <translation>Bostadsbolag</translation>
    </message>
    <message>
        <source>Prison and probation service</source>
        <translation>Kriminalvården (frivården)</translation>
    </message>
    <message>
        <source>Psychiatry (the region)</source>
        <translation>Psykiatrin (regionen)</translation>
    </message>
    <message>
        <source>Security company</source>
        <translation>Bevakningsföretag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Orientation</name>
    <message>
        <source>Right-wing extremism</source>
        <translation>Högerextremism</translation>
    </message>
    <message>
        <source>Left-wing extremism</source>
        <translation>Vänsterextremism</translation>
    </message>
    <message>
        <source>Islamist extremism</source>
        <translation>Islamistisk extremism</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan inriktning</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Oklar inriktning</translation>
    </message>
</context>
<context>
    <name>Vocabulary.PracticalArea</name>
    <message>
        <source>Work or studies</source>
        <translation>Arbete eller studier</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Psychiatric support</source>
        <translation>Psykiatriskt stöd</translation>
    </message>
    <message>
        <source>Relocation for protection</source>
        <translation>Flytt av skyddsskäl</translation>
    </message>
    <message>
        <source>Relocation for other reasons</source>
        <translation>Flytt av andra skäl</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Substance abuse</source>
        <translation>Missbruk</translation>
    </message>
    <message>
        <source>Neuropsychiatric assessment</source>
        <translation>Neuropsykiatrisk utredning</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Priority</name>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
</context>
<context>
    <name>Vocabulary.Reliability</name>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Trolig</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möjlig</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Tveksam</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ej bedömd</translation>
    </message>
</context>
<context>
    <name>Vocabulary.SocialKind</name>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Starting a family</source>
        <translation>Bilda familj</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>WhereToTurnDialog</name>
    <message>
        <source>Where do I turn?</source>
        <translation>Vart vänder jag mig?</translation>
    </message>
    <message>
        <source>Where do I turn? A sheet for relatives and professionals</source>
        <translation>Vart vänder jag mig? Ett blad för anhöriga och yrkesverksamma</translation>
    </message>
    <message>
        <source>One printed page, in Swedish: the organisations of the partner registry that have a phone number, an e-mail address or an address, with what to call them for. It holds no case and no person, so it is not signed: print it, copy it and hand it out.</source>
        <translation>En utskriven sida på svenska: organisationerna i partnerregistret som har telefonnummer, e-postadress eller adress, och vad man kan ringa dem om. Bladet innehåller inga ärenden och inga personer och signeras därför inte: skriv ut det, kopiera det och dela ut det.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF …</translation>
    </message>
    <message numerus="yes">
        <source>The sheet lists %n organisation(s).</source>
        <translation>
            <numerusform>Bladet tar upp %n organisation.</numerusform>
            <numerusform>Bladet tar upp %n organisationer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a phone number, e-mail or address is left out.</source>
        <translation>
            <numerusform>%n som saknar telefonnummer, e-post och adress kommer inte med.</numerusform>
            <numerusform>%n som saknar telefonnummer, e-post och adress kommer inte med.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add phone numbers in People and organisations; until then the sheet says to ask the municipality&apos;s switchboard.</source>
        <translation>Lägg in telefonnummer under Personer och organisationer; till dess hänvisar bladet till kommunens växel.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Save the sheet &apos;Where do I turn?&apos;</source>
        <translation>Spara bladet Vart vänder jag mig?</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Making the sheet…</source>
        <translation>Gör bladet …</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name}: %n organisation(s) with their contact details.</source>
        <translation>
            <numerusform>Sparade {name}: %n organisation med kontaktuppgifter.</numerusform>
            <numerusform>Sparade {name}: %n organisationer med kontaktuppgifter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit on the page.</source>
        <translation>
            <numerusform>%n fick inte plats på sidan.</numerusform>
            <numerusform>%n fick inte plats på sidan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not saved.</source>
        <translation>Bladet sparades inte.</translation>
    </message>
</context>
<context>
    <name>WizardSummary</name>
    <message>
        <source>Exit plan, revision {n}</source>
        <translation>Individuell handlingsplan, version {n}</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Förutsättningar</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Milieu to leave</source>
        <translation>Miljö att lämna</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Social dimension</source>
        <translation>Social dimension</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Inget registrerat.</translation>
    </message>
    <message>
        <source>Practical dimension</source>
        <translation>Praktisk dimension</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Why there is no measure yet</source>
        <translation>Varför det inte finns någon insats än</translation>
    </message>
    <message>
        <source>Follow-up of the plan</source>
        <translation>Uppföljning av planen</translation>
    </message>
    <message>
        <source>Line against criminal investigation</source>
        <translation>Gräns mot brottsutredning</translation>
    </message>
    <message>
        <source>Confirmed: the measures are support, not investigation or intelligence gathering.</source>
        <translation>Bekräftat: insatserna är stöd, inte brottsutredning eller underrättelseinhämtning.</translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation>Inte bekräftat.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Shared with the police</source>
        <translation>Delas med polisen</translation>
    </message>
    <message>
        <source>Contact with a relative</source>
        <translation>Kontakt med en anhörig</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Tråd</translation>
    </message>
    <message>
        <source>Anonymous: {pseudonym}</source>
        <translation>Anonym: {pseudonym}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Reachable at</source>
        <translation>Nås på</translation>
    </message>
    <message>
        <source>{name} (new in the registry)</source>
        <translation>{name} (ny i registret)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Samtycke till registrering</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Other signs</source>
        <translation>Andra tecken</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Consent to contact others</source>
        <translation>Samtycke till kontakt med andra</translation>
    </message>
    <message>
        <source>New case: {title}</source>
        <translation>Nytt ärende: {title}</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Inget ärende</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <source>1 – no motivation to change</source>
        <translation>1 – ingen motivation till förändring</translation>
    </message>
    <message>
        <source>2 – weak</source>
        <translation>2 – svag</translation>
    </message>
    <message>
        <source>3 – some</source>
        <translation>3 – viss</translation>
    </message>
    <message>
        <source>4 – clear</source>
        <translation>4 – tydlig</translation>
    </message>
    <message>
        <source>5 – strong</source>
        <translation>5 – stark</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <source>Motivation (1–5)</source>
        <translation>Motivation (1–5)</translation>
    </message>
    <message>
        <source>Supports / pulls back</source>
        <translation>Stöttar / drar tillbaka</translation>
    </message>
    <message>
        <source>Rev. {n}</source>
        <translation>Rev. {n}</translation>
    </message>
</context>
</TS>
