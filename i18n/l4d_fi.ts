<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <source>The program met an unexpected error ({kind}). Nothing was saved from the action that failed. If it happens again, tell the main administrator.</source>
        <translation>Ohjelmassa tapahtui odottamaton virhe ({kind}). Epäonnistuneesta toiminnosta ei tallentunut mitään. Jos virhe toistuu, ilmoita siitä pääkäyttäjälle.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>Your password was set by the main administrator. Choose your own password to continue.</source>
        <translation>Salasanasi on pääkäyttäjän asettama. Valitse oma salasana, niin pääset jatkamaan.</translation>
    </message>
    <message>
        <source>Give your current password and choose a new one.</source>
        <translation>Anna nykyinen salasanasi ja valitse uusi.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nykyinen salasana:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Uusi salasana uu&amp;delleen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Vaihda salasana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saapumistapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Lakisääteinen</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Luvattu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Administers users</source>
        <translation>Hallinnoi käyttäjiä</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Muokkaa asiakasta</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation>Asiakasnumero:</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(annetaan tallennettaessa)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Lähiosoite:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>P&amp;ostinumero:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Pos&amp;titoimipaikka:</translation>
    </message>
    <message>
        <source>Co&amp;untry (FI, SE, …):</source>
        <translation>&amp;Maa (FI, SE, …):</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>&amp;Letter language:</source>
        <translation>&amp;Kirjeen kieli:</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +46 …</source>
        <translation>esim. 040 123 4567 tai +46 …</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Toinen käyttäjä on muuttanut tietoja</translation>
    </message>
    <message>
        <source>Another user saved this customer after you opened it. Save your version over theirs, or keep editing (your typing stays in the form)?</source>
        <translation>Toinen käyttäjä on tallentanut tämän asiakkaan tiedot sen jälkeen, kun avasit ne. Tallennetaanko oma versiosi hänen versionsa päälle, vai jatkatko muokkaamista (kirjoittamasi tiedot säilyvät lomakkeella)?</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Tallenna oma versioni</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, email, phone, company or customer number</source>
        <translation>Nimi, sähköposti, puhelin, yritys tai asiakasnumero</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the search.</source>
        <translation>
            <numerusform>Haulla löytyi %n asiakas.</numerusform>
            <numerusform>Haulla löytyi %n asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the register.</source>
        <translation>
            <numerusform>Rekisterissä on %n asiakas.</numerusform>
            <numerusform>Rekisterissä on %n asiakasta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: tieto on pakollinen.</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>{field}: contains control characters that are not allowed.</source>
        <translation>{field}: sisältää ohjausmerkkejä, jotka eivät ole sallittuja.</translation>
    </message>
    <message>
        <source>{field}: not a valid email address.</source>
        <translation>{field}: sähköpostiosoite ei kelpaa.</translation>
    </message>
    <message>
        <source>{field}: not a valid phone number.</source>
        <translation>{field}: puhelinnumero ei kelpaa.</translation>
    </message>
    <message>
        <source>{field}: a Finnish postal code has exactly 5 digits.</source>
        <translation>{field}: suomalaisessa postinumerossa on tasan viisi numeroa.</translation>
    </message>
    <message>
        <source>{field}: unknown country code (use two letters, e.g. FI).</source>
        <translation>{field}: tuntematon maatunnus (käytä kaksikirjaimista tunnusta, esim. FI).</translation>
    </message>
    <message>
        <source>{field}: letter language must be fi or en.</source>
        <translation>{field}: kirjeen kielen on oltava fi tai en.</translation>
    </message>
    <message>
        <source>{field}: not one of the allowed values.</source>
        <translation>{field}: arvo ei ole mikään sallituista vaihtoehdoista.</translation>
    </message>
    <message>
        <source>{field}: not a valid date.</source>
        <translation>{field}: päivämäärä ei kelpaa.</translation>
    </message>
    <message>
        <source>{field}: the date cannot be in the future.</source>
        <translation>{field}: päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>{field}: at least {min} characters are needed.</source>
        <translation>{field}: pituuden on oltava vähintään {min} merkkiä.</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters are accepted.</source>
        <translation>{field}: pituus saa olla enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>{field}: this password is too common or easy to guess.</source>
        <translation>{field}: salasana on liian yleinen tai helposti arvattava.</translation>
    </message>
    <message>
        <source>{field}: the password must not contain the username.</source>
        <translation>{field}: salasana ei saa sisältää käyttäjätunnusta.</translation>
    </message>
    <message>
        <source>{field}: the password is not correct.</source>
        <translation>{field}: salasana on väärä.</translation>
    </message>
    <message>
        <source>{field}: the passwords do not match.</source>
        <translation>{field}: salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>{field}: the new password must differ from the current one.</source>
        <translation>{field}: uuden salasanan on oltava eri kuin nykyinen.</translation>
    </message>
    <message>
        <source>{field}: use 2–64 letters, digits, dots, hyphens or underscores.</source>
        <translation>{field}: käytä 2–64 merkkiä: kirjaimia, numeroita, pisteitä, yhdysmerkkejä tai alaviivoja.</translation>
    </message>
    <message>
        <source>{field}: this username is already in use.</source>
        <translation>{field}: käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>{field}: no such record.</source>
        <translation>{field}: tietoa ei löydy.</translation>
    </message>
    <message>
        <source>Login failed: wrong username or password, or the account is locked.</source>
        <translation>Kirjautuminen epäonnistui: käyttäjätunnus tai salasana on väärä, tai tunnus on lukittu.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Liian monta epäonnistunutta yritystä. Yritä uudelleen {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>The password must be changed before continuing.</source>
        <translation>Salasana on vaihdettava ennen kuin voit jatkaa.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Sinulla ei ole oikeutta tähän toimintoon.</translation>
    </message>
    <message>
        <source>Your account is no longer active. Please log in again.</source>
        <translation>Käyttäjätunnuksesi ei ole enää käytössä. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>The database already has users; the first-run setup cannot run again.</source>
        <translation>Tietokannassa on jo käyttäjiä, joten käyttöönottoa ei voi tehdä uudelleen.</translation>
    </message>
    <message>
        <source>At least one active user must keep the right to administer users.</source>
        <translation>Vähintään yhdellä käytössä olevalla käyttäjällä on oltava oikeus hallinnoida käyttäjiä.</translation>
    </message>
    <message>
        <source>This record was changed by another user after you opened it. Your changes have not been saved yet.</source>
        <translation>Toinen käyttäjä on muuttanut näitä tietoja sen jälkeen, kun avasit ne. Muutoksiasi ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>Tietokantaa {path} ei voi avata: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened safely (foreign keys are off).</source>
        <translation>Tietokantaa {path} ei voitu avata turvallisesti (viite-eheyden valvonta ei ole käytössä).</translation>
    </message>
    <message>
        <source>The database {path} was created by a newer version of this program.</source>
        <translation>Tietokanta {path} on luotu tämän ohjelman uudemmalla versiolla.</translation>
    </message>
    <message>
        <source>Upgrading the database {path} failed; it was left unchanged.</source>
        <translation>Tietokannan {path} päivittäminen epäonnistui. Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>The backup could not be made or verified: {reason}.</source>
        <translation>Varmuuskopiota ei voitu tehdä tai tarkistaa: {reason}.</translation>
    </message>
    <message>
        <source>The checkpoint file cannot be read.</source>
        <translation>Tarkistuspistetiedostoa ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Kirjeen kieli</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Pyynnön tyyppi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapumispäivä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saapumistapa</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Käyttöoikeus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>{app} – first start</source>
        <translation>{app} – käyttöönotto</translation>
    </message>
    <message>
        <source>Welcome. This database has no users yet. Create the main administrator (pääkäyttäjä) account: it grants the other accounts and their rights.</source>
        <translation>Tervetuloa. Tietokannassa ei ole vielä käyttäjiä. Luo ensin pääkäyttäjän tunnus: pääkäyttäjä myöntää muut käyttäjätunnukset ja niiden käyttöoikeudet.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Koko &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>&amp;Tehtävänimike (kirjeisiin):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Salasana &amp;uudelleen:</translation>
    </message>
    <message>
        <source>e.g. Managing Director</source>
        <translation>esim. toimitusjohtaja</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Luo tunnus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>{app} – log in</source>
        <translation>{app} – kirjautuminen</translation>
    </message>
    <message>
        <source>Log in with the username the main administrator gave you.</source>
        <translation>Kirjaudu pääkäyttäjältä saamallasi käyttäjätunnuksella.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Käyttäjä&amp;tunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Kirjaudu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Varmuuskopioi tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Tietoja ohjelmasta {app}</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Pyynnöt</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Käyttäjät</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Kirjautuneena: {name} ({role})</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Varmuuskopioi tietokanta</translation>
    </message>
    <message>
        <source>Database (*.sqlite3)</source>
        <translation>Tietokanta (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopiointi</translation>
    </message>
    <message>
        <source>The backup was made and verified:
{path}</source>
        <translation>Varmuuskopio on tehty ja tarkistettu:
{path}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Tietoja ohjelmasta {app}</translation>
    </message>
    <message>
        <source>{app} {version}
Lean 4D Oy&apos;s customer register and data subject request desk.</source>
        <translation>{app} {version}
Lean 4D Oy:n asiakasrekisteri ja rekisteröityjen pyyntöjen käsittely.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Uusi käyttäjä</translation>
    </message>
    <message>
        <source>The user must replace this initial password with their own at the first login. Give it to them in person, not by email.</source>
        <translation>Käyttäjän on vaihdettava tämä alkusalasana omaansa ensimmäisellä kirjautumiskerralla. Anna salasana hänelle henkilökohtaisesti, älä sähköpostitse.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Koko &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>&amp;Tehtävänimike (kirjeisiin):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>&amp;Alkusalasana:</translation>
    </message>
    <message>
        <source>Initial password &amp;again:</source>
        <translation>Alkusalasana &amp;uudelleen:</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
    <message>
        <source>{count} / {min} characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>{count} / {min} merkkiä. Muutamasta toisiinsa liittymättömästä sanasta saa pitkän salasanan, joka on helppo muistaa.</translation>
    </message>
    <message>
        <source>{count} characters: long enough. Common phrases are still refused.</source>
        <translation>{count} merkkiä: riittävän pitkä. Yleisiä sanontoja ei silti hyväksytä.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>&amp;Etsi asiakas:</translation>
    </message>
    <message>
        <source>Name, email, phone or customer number</source>
        <translation>Nimi, sähköposti, puhelin tai asiakasnumero</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Pyynnön tyyppi:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Saapumispäivä:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Saapumis&amp;tapa:</translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation>(ei vielä tunnistettu)</translation>
    </message>
    <message>
        <source>Statutory deadline: {date}</source>
        <translation>Lakisääteinen määräaika: {date}</translation>
    </message>
    <message>
        <source>Promised in the privacy notice: {date}</source>
        <translation>Tietosuojaselosteessa luvattu: {date}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Määräpäivä: {date}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>(not yet identified)</source>
        <translation>(ei vielä tunnistettu)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>Vain avoimet pyynnöt</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Määräpäivä 7 päivän sisällä</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Shown: {shown} · due within 7 days: {soon} · overdue: {overdue}</source>
        <translation>Näytetään: {shown} · määräpäivä 7 päivän sisällä: {soon} · myöhässä: {overdue}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>poistettu käytöstä</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>lukittu</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>salasana vaihdettava</translation>
    </message>
    <message>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Uusi käyttäjä…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Poi&amp;sta käytöstä</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Pa&amp;lauta käyttöön</translation>
    </message>
    <message>
        <source>Users are never deleted, so that the audit trail keeps pointing at them; a deactivated user cannot log in.</source>
        <translation>Käyttäjiä ei koskaan poisteta, jotta tapahtumalokin merkinnät voidaan aina yhdistää heihin. Käytöstä poistettu käyttäjä ei voi kirjautua.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Poista käyttäjä käytöstä</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in. You can reactivate them later.</source>
        <translation>Poistetaanko käyttäjä {name} käytöstä? Hän ei voi enää kirjautua. Voit palauttaa hänet käyttöön myöhemmin.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Tarkastusoikeus (15 art.)</translation>
    </message>
    <message>
        <source>Portability (Art. 20)</source>
        <translation>Siirto-oikeus (20 art.)</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Oikaisu (16 art.)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Poisto (17 art.)</translation>
    </message>
    <message>
        <source>Restriction (Art. 18)</source>
        <translation>Käsittelyn rajoittaminen (18 art.)</translation>
    </message>
    <message>
        <source>Objection (Art. 21)</source>
        <translation>Vastustaminen (21 art.)</translation>
    </message>
    <message>
        <source>Consent withdrawal (Art. 7(3))</source>
        <translation>Suostumuksen peruutus (7 art. 3 k.)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lukija</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
</context>
</TS>
