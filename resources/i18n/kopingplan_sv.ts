<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Köpingplan: the coordinator&apos;s encrypted vault. Without a command, the desktop app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault folder (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault and your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name, for the certificate and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation, e.g. Köpings kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the vault with fictional demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts, schema, cipher settings; never content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity checks and the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for (prefixes match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write your certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact: integrity checks passed and the audit log&apos;s {n} rows are unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has problems; see above. Restore from a backup if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added demo data: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the certificate to {path} (SHA-256 {fp}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Köpingplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{detail} (see &apos;kopingplan --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at {path}. Check the path, or create one with &apos;init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at {path}. Nothing was changed; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again (check Caps Lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is missing, so the vault cannot be unlocked. Restore it from a backup of the vault folder, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a Köpingplan key file. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Köpingplan vault (or it is damaged). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file {path} is empty or cut short. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Köpingplan vault. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was written by a newer version of Köpingplan (schema {found}; this version knows up to {known}). Update the program; the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another Köpingplan window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault at {path} cannot be written (read-only file or folder). Check the file permissions or copy the vault to a writable place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault failed its integrity check: {detail}. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak: {problems}. Anyone who takes the laptop can try passphrases offline for as long as they like, so it must resist billions of guesses. Use four or more unrelated words, or at least 12 varied characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given. Type it at the prompt, or give it on the first line of standard input with --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {kind} with number {id} in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has no words to look for. Type at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be used: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
