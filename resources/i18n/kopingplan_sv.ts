<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
    <name>CaseListPage</name>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
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
    <name>CaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
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
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Cannot be sorted</source>
        <translation>Kan inte sorteras</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>{status} on {day}</source>
        <translation>{status} {day}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ingen sammanfattning)</translation>
    </message>
    <message>
        <source>No people recorded.</source>
        <translation>Inga personer registrerade.</translation>
    </message>
    <message>
        <source>Exit plan: revision {n}, made {day}.</source>
        <translation>Individuell handlingsplan: version {n}, upprättad {day}.</translation>
    </message>
    <message>
        <source>No exit plan.</source>
        <translation>Ingen individuell handlingsplan.</translation>
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
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Read only in this version. Opening the case was recorded in the audit log.</source>
        <translation>Endast läsning i den här versionen. Att ärendet öppnades har skrivits i loggen.</translation>
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
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <source>&amp;People in the case:</source>
        <translation>&amp;Personer i ärendet:</translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Upprepa den nya lösenfrasen: </translation>
    </message>
    <message>
        <source>Köpingplan: the coordinator&apos;s encrypted vault. Without a command, the desktop app starts.</source>
        <translation>Köpingplan: samordnarens krypterade valv. Utan kommando startar programmet med fönster.</translation>
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
        <source>your certificate</source>
        <translation>ditt certifikat</translation>
    </message>
    <message>
        <source>write your certificate (PEM)</source>
        <translation>spara ditt certifikat (PEM)</translation>
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
        <source>Audit log: {problem}</source>
        <translation>Logg: {problem}</translation>
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
        <source>Current passphrase: </source>
        <translation>Nuvarande lösenfras: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen är bytt.</translation>
    </message>
    <message>
        <source>Added demo data: {counts}</source>
        <translation>Lade till demodata: {counts}</translation>
    </message>
    <message>
        <source>Wrote the certificate to {path} (SHA-256 {fp}).</source>
        <translation>Certifikatet sparades i {path} (SHA-256 {fp}).</translation>
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
        <source>The disk is full, so the change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>Disken är full, så ändringen sparades inte. Frigör utrymme och försök igen; allt som sparats tidigare är kvar.</translation>
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
        <source>The certificate cannot be used: {detail}.</source>
        <translation>Certifikatet kan inte användas: {detail}.</translation>
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
        <source>cannot be earlier than the record&apos;s own date</source>
        <translation>kan inte vara tidigare än postens eget datum</translation>
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
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
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
    <name>Kinds</name>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative support contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <translation>Annan</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Oklar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
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
        <source>Not done</source>
        <translation>Ej gjord</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Situation picture entries open here in a later version.</source>
        <translation>Lägesbildsposter går att öppna här i en senare version.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
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
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
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
</TS>
