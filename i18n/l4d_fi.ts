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
    <name>BasicDataPage</name>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the basic data ({key})</source>
        <translation>Tallenna perustiedot ({key})</translation>
    </message>
    <message>
        <source>You can read this customer&apos;s data; changing it needs the right to edit.</source>
        <translation>Voit lukea tämän asiakkaan tietoja, mutta niiden muuttaminen edellyttää muokkausoikeutta.</translation>
    </message>
    <message>
        <source>Lift the restriction…</source>
        <translation>Lopeta käsittelyn rajoittaminen…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä…</translation>
    </message>
    <message>
        <source>Restrict the processing of {name}&apos;s data (GDPR Art. 18)? The data stay stored, but the person is left out of every export and marketing list until the restriction is lifted.</source>
        <translation>Rajoitetaanko henkilön {name} tietojen käsittelyä (tietosuoja-asetuksen 18 art.)? Tiedot säilyvät tallennettuina, mutta henkilö jätetään pois kaikista vienneistä ja markkinointilistoista, kunnes rajoittaminen lopetetaan.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The person will be included in exports and marketing lists again. Tell the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Lopetetaanko henkilön {name} tietojen käsittelyn rajoittaminen? Henkilö otetaan taas mukaan vienteihin ja markkinointilistoihin. Ilmoita asiasta henkilölle ennen kuin rajoittaminen lopetetaan (18 art. 3 k.).</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Lopeta rajoittaminen</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Toinen käyttäjä on muuttanut tietoja</translation>
    </message>
    <message>
        <source>Another user saved this customer after you opened it. Change the restriction anyway? Anything you have typed stays in the form.</source>
        <translation>Toinen käyttäjä on tallentanut tämän asiakkaan tiedot sen jälkeen, kun avasit ne. Muutetaanko rajoitusta silti? Kirjoittamasi tiedot säilyvät lomakkeella.</translation>
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
        <source>Restriction</source>
        <translation>Rajoitus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-osoite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>Referring site</source>
        <translation>Viittaava sivusto</translation>
    </message>
    <message>
        <source>Link clicked</source>
        <translation>Napsautettu linkki</translation>
    </message>
    <message>
        <source>Banner seen</source>
        <translation>Nähty banneri</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Laite ja selain</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Laskun numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksutilanne</translation>
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
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Selosteen versio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Objects to</source>
        <translation>Vastustuksen kohde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
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
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Same as a customer&apos;s</source>
        <translation>Sama kuin asiakkaalla</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Record that the person gave their consent to the purpose below.</source>
        <translation>Kirjaa, että henkilö on antanut suostumuksensa alla olevaan käyttötarkoitukseen.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Kirjaa suostumuksen peruutus</translation>
    </message>
    <message>
        <source>Record that the person withdrew their consent. The processing based on it stops from that moment.</source>
        <translation>Kirjaa, että henkilö on peruuttanut suostumuksensa. Suostumukseen perustuva käsittely päättyy siitä hetkestä alkaen.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Tapa:</translation>
    </message>
    <message>
        <source>&amp;When (office time):</source>
        <translation>&amp;Ajankohta (Suomen aikaa):</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>never asked</source>
        <translation>ei kysytty</translation>
    </message>
    <message>
        <source>given</source>
        <translation>annettu</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>peruutettu</translation>
    </message>
    <message>
        <source>Consents now</source>
        <translation>Suostumusten nykytila</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historia, uusin ensin</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>&amp;Kirjaa suostumus…</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>Kirjaa suostumuksen &amp;peruutus…</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Suostumushistoria</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Every purpose already has a consent.</source>
        <translation>Kaikille käyttötarkoituksille on jo annettu suostumus.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>Peruutettavaa suostumusta ei ole.</translation>
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
        <source>&amp;Business ID (y-tunnus):</source>
        <translation>Y-t&amp;unnus:</translation>
    </message>
    <message>
        <source>Sou&amp;rce of the data:</source>
        <translation>Tieto&amp;jen lähde:</translation>
    </message>
    <message>
        <source>N&amp;ame of the source:</source>
        <translation>Lähteen n&amp;imi:</translation>
    </message>
    <message>
        <source>&amp;Free-text notes:</source>
        <translation>&amp;Huomautukset (vapaa teksti):</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +46 …</source>
        <translation>esim. 040 123 4567 tai +46 …</translation>
    </message>
    <message>
        <source>e.g. 2989855-5</source>
        <translation>esim. 2989855-5</translation>
    </message>
    <message>
        <source>Which registry or third party gave the data</source>
        <translation>Rekisteri tai kolmas osapuoli, jolta tiedot saatiin</translation>
    </message>
    <message>
        <source>Ma&amp;y contain data about other people — review before a letter</source>
        <translation>Voi sis&amp;ältää tietoja muista henkilöistä – tarkista ennen kirjeen lähettämistä</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Luotu:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Muutettu viimeksi:</translation>
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
    <name>CustomerImportDialog</name>
    <message>
        <source>Cancelling… the rows written so far are removed.</source>
        <translation>Perutaan… tähän mennessä kirjoitetut rivit poistetaan.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Tiedosto: {name}</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Rivit, joita ei tuoda</translation>
    </message>
    <message>
        <source>Customers already in the register</source>
        <translation>Rekisterissä jo olevat asiakkaat</translation>
    </message>
    <message>
        <source>Skip them: keep the register as it is</source>
        <translation>Ohita ne: rekisteri pysyy ennallaan</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Päivitä ne tiedoston tiedoilla</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Virheelliset rivit</translation>
    </message>
    <message>
        <source>Import all valid rows</source>
        <translation>Tuo kaikki virheettömät rivit</translation>
    </message>
    <message>
        <source>Import nothing unless all rows are valid</source>
        <translation>Älä tuo mitään, elleivät kaikki rivit ole virheettömiä</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <source>Columns not imported (no field of the register): {names}</source>
        <translation>Sarakkeet, joita ei tuoda (rekisterissä ei ole vastaavaa kenttää): {names}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Luetaan ja tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the report, then import.</source>
        <translation>Rekisteriin ei ole vielä tallennettu mitään. Tarkista raportti ja aloita sitten tuonti.</translation>
    </message>
    <message>
        <source>Importing… Cancel removes every row imported so far.</source>
        <translation>Tuodaan… Peru-painike poistaa kaikki tähän mennessä tuodut rivit.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Tuonti peruttiin. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>Tuonti on valmis.</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) imported.</source>
        <translation>
            <numerusform>Tuotiin %n uusi asiakas.</numerusform>
            <numerusform>Tuotiin %n uutta asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) updated.</source>
        <translation>
            <numerusform>Päivitettiin %n rekisterissä jo ollut asiakas.</numerusform>
            <numerusform>Päivitettiin %n rekisterissä jo ollutta asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) named a customer already in the register; {skipped} of them left as they were.</source>
        <translation>
            <numerusform>%n rivi koski rekisterissä jo olevaa asiakasta; ennalleen jätettiin {skipped}.</numerusform>
            <numerusform>%n riviä koski rekisterissä jo olevia asiakkaita; niistä {skipped} jätettiin ennalleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported because of problems.</source>
        <translation>
            <numerusform>%n rivi jäi tuomatta virheiden vuoksi.</numerusform>
            <numerusform>%n riviä jäi tuomatta virheiden vuoksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported without marketing consent (suppression list).</source>
        <translation>
            <numerusform>%n asiakas tuotiin ilman markkinointisuostumusta (estolista).</numerusform>
            <numerusform>%n asiakasta tuotiin ilman markkinointisuostumusta (estolista).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>Tiedostossa on %n rivi.</numerusform>
            <numerusform>Tiedostossa on %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be imported.</source>
        <translation>
            <numerusform>Tuodaan %n uusi asiakas.</numerusform>
            <numerusform>Tuodaan %n uutta asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a customer already in the register.</source>
        <translation>
            <numerusform>%n rivi koskee rekisterissä jo olevaa asiakasta.</numerusform>
            <numerusform>%n riviä koskee rekisterissä jo olevia asiakkaita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported.</source>
        <translation>
            <numerusform>%n rivissä on virheitä, eikä sitä tuoda.</numerusform>
            <numerusform>%n rivissä on virheitä, eikä niitä tuoda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marketing consent is recorded for %n of them.</source>
        <translation>
            <numerusform>Markkinointisuostumus kirjataan heistä %n asiakkaalle.</numerusform>
            <numerusform>Markkinointisuostumus kirjataan heistä %n asiakkaalle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have an email or phone on the suppression list (the person has objected to direct marketing): imported without marketing consent. Rows: {rows}</source>
        <translation>
            <numerusform>%n rivin sähköpostiosoite tai puhelinnumero on estolistalla (henkilö on vastustanut suoramarkkinointia): rivi tuodaan ilman markkinointisuostumusta. Rivi: {rows}</numerusform>
            <numerusform>%n rivin sähköpostiosoite tai puhelinnumero on estolistalla (henkilö on vastustanut suoramarkkinointia): rivit tuodaan ilman markkinointisuostumusta. Rivit: {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>Basic &amp;data</source>
        <translation>Pe&amp;rustiedot</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>Suostumuks&amp;et</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>&amp;Vastustukset</translation>
    </message>
    <message>
        <source>&amp;Technical data</source>
        <translation>Tekniset tie&amp;dot</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>L&amp;askut</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Pyynn&amp;öt</translation>
    </message>
    <message>
        <source>Opening the customer&apos;s data…</source>
        <translation>Avataan asiakkaan tietoja…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>{name} – customer {number}</source>
        <translation>{name} – asiakas {number}</translation>
    </message>
    <message>
        <source>Processing restricted (GDPR Art. 18) since {date}. The data stay stored, but this person is left out of exports and marketing lists.</source>
        <translation>Käsittelyä rajoitettu {date} alkaen (tietosuoja-asetuksen 18 art.). Tiedot säilyvät tallennettuina, mutta henkilö jätetään pois vienneistä ja markkinointilistoista.</translation>
    </message>
    <message>
        <source>The objection to direct marketing was recorded.</source>
        <translation>Suoramarkkinoinnin vastustus on kirjattu.</translation>
    </message>
    <message>
        <source>These consents ended at once: {names}.</source>
        <translation>Nämä suostumukset päättyivät heti: {names}.</translation>
    </message>
    <message>
        <source>No marketing consent was in force.</source>
        <translation>Voimassa ei ollut markkinointisuostumusta.</translation>
    </message>
    <message>
        <source>The email address and phone number went on the suppression list: no later import brings this person back into marketing.</source>
        <translation>Sähköpostiosoite ja puhelinnumero lisättiin estolistalle: mikään myöhempi tuonti ei palauta henkilöä markkinoinnin piiriin.</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Vastustus kirjattu</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The basic data have changes that are not saved. Close the window and lose them?</source>
        <translation>Perustiedoissa on muutoksia, joita ei ole tallennettu. Suljetaanko ikkuna ja hylätään muutokset?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>restricted</source>
        <translation>rajoitettu</translation>
    </message>
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
        <source>&amp;Open…</source>
        <translation>A&amp;vaa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Vi&amp;e tiedostoon…</translation>
    </message>
    <message>
        <source>&amp;Marketing list…</source>
        <translation>&amp;Markkinointilista…</translation>
    </message>
    <message>
        <source>Impor&amp;t customers…</source>
        <translation>Tuo a&amp;siakkaita…</translation>
    </message>
    <message>
        <source>Import &amp;web events…</source>
        <translation>Tuo ve&amp;rkkotapahtumia…</translation>
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
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected customer(s) to a CSV file?</source>
        <translation>
            <numerusform>Viedäänkö %n valittu asiakas CSV-tiedostoon?</numerusform>
            <numerusform>Viedäänkö %n valittua asiakasta CSV-tiedostoon?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n customer(s) matching the search to a CSV file?</source>
        <translation>
            <numerusform>Viedäänkö hakua vastaava %n asiakas CSV-tiedostoon?</numerusform>
            <numerusform>Viedäänkö hakua vastaavat %n asiakasta CSV-tiedostoon?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n customer(s) of the register to a CSV file?</source>
        <translation>
            <numerusform>Viedäänkö rekisterin %n asiakas CSV-tiedostoon?</numerusform>
            <numerusform>Viedäänkö rekisterin kaikki %n asiakasta CSV-tiedostoon?</numerusform>
        </translation>
    </message>
    <message>
        <source>People whose processing is restricted (GDPR Art. 18) are left out of every export. The file holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>Henkilöt, joiden tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 art.), jätetään pois kaikista vienneistä. Tiedosto sisältää henkilötietoja: säilytä se turvallisesti ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Writing the customers to the file…</source>
        <translation>Kirjoitetaan asiakkaita tiedostoon…</translation>
    </message>
    <message>
        <source>The export was cancelled; the unfinished file was removed.</source>
        <translation>Vienti peruttiin, ja keskeneräinen tiedosto poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were written to {path}.</source>
        <translation>
            <numerusform>Tiedostoon {path} kirjoitettiin %n asiakas.</numerusform>
            <numerusform>Tiedostoon {path} kirjoitettiin %n asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose processing is restricted were left out.</source>
        <translation>
            <numerusform>%n henkilö, jonka tietojen käsittelyä on rajoitettu, jätettiin pois.</numerusform>
            <numerusform>%n henkilöä, joiden tietojen käsittelyä on rajoitettu, jätettiin pois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing list</source>
        <translation>Markkinointilista</translation>
    </message>
    <message>
        <source>Writing the marketing list…</source>
        <translation>Kirjoitetaan markkinointilistaa…</translation>
    </message>
    <message>
        <source>Import web events</source>
        <translation>Tuo verkkotapahtumia</translation>
    </message>
    <message>
        <source>Web site exports ({patterns})</source>
        <translation>Verkkosivuston vientitiedostot ({patterns})</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Tuodaan tiedostoa {name}…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <source>Spreadsheet CSV files (*.csv *.txt)</source>
        <translation>Taulukkolaskennan CSV-tiedostot (*.csv *.txt)</translation>
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
    <message>
        <source>{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5).</source>
        <translation>{field}: Y-tunnus ei kelpaa (esim. 2989855-5).</translation>
    </message>
    <message>
        <source>{field}: use 1–20 letters, digits or hyphens.</source>
        <translation>{field}: käytä 1–20 merkkiä: kirjaimia, numeroita tai yhdysmerkkejä.</translation>
    </message>
    <message>
        <source>{field}: this customer number is already in use.</source>
        <translation>{field}: asiakasnumero on jo käytössä.</translation>
    </message>
    <message>
        <source>{field}: this invoice number is already in use.</source>
        <translation>{field}: laskun numero on jo käytössä.</translation>
    </message>
    <message>
        <source>{field}: not a valid amount in euros (e.g. 125,50).</source>
        <translation>{field}: euromäärä ei kelpaa (esim. 125,50).</translation>
    </message>
    <message>
        <source>{field}: not a valid time (e.g. 2026-11-24T10:15:00+02:00).</source>
        <translation>{field}: aika ei kelpaa (esim. 2026-11-24T10:15:00+02:00).</translation>
    </message>
    <message>
        <source>{field}: not a valid IPv4 or IPv6 address.</source>
        <translation>{field}: IPv4- tai IPv6-osoite ei kelpaa.</translation>
    </message>
    <message>
        <source>{field}: the same value is on an earlier row of the file.</source>
        <translation>{field}: sama arvo on jo tiedoston aiemmalla rivillä.</translation>
    </message>
    <message>
        <source>{field}: a customer with this value is already in the register.</source>
        <translation>{field}: rekisterissä on jo asiakas, jolla on sama arvo.</translation>
    </message>
    <message>
        <source>{field}: no customer in the register has this value.</source>
        <translation>{field}: rekisterissä ei ole asiakasta, jolla olisi tämä arvo.</translation>
    </message>
    <message>
        <source>{field}: more than one customer has this value; the row cannot be linked.</source>
        <translation>{field}: arvo on useammalla kuin yhdellä asiakkaalla, joten riviä ei voi yhdistää asiakkaaseen.</translation>
    </message>
    <message>
        <source>{field}: the row has a different number of cells than the header.</source>
        <translation>{field}: rivillä on eri määrä soluja kuin otsikkorivillä.</translation>
    </message>
    <message>
        <source>{field}: no such purpose.</source>
        <translation>{field}: tällaista käyttötarkoitusta ei ole.</translation>
    </message>
    <message>
        <source>{field}: use 2–40 lowercase letters, digits or underscores.</source>
        <translation>{field}: käytä 2–40 merkkiä: pieniä kirjaimia, numeroita tai alaviivoja.</translation>
    </message>
    <message>
        <source>{field}: a purpose with this code already exists.</source>
        <translation>{field}: samalla tunnuksella on jo käyttötarkoitus.</translation>
    </message>
    <message>
        <source>{field}: the consent is already in that state.</source>
        <translation>{field}: suostumus on jo tässä tilassa.</translation>
    </message>
    <message>
        <source>{field}: a reason is required.</source>
        <translation>{field}: syy on kerrottava.</translation>
    </message>
    <message>
        <source>The person has objected to direct marketing; a marketing consent cannot be recorded.</source>
        <translation>Henkilö on vastustanut suoramarkkinointia, joten markkinointisuostumusta ei voi kirjata.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Tiedostoa ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Tiedosto ei ole UTF-8- eikä Windows-1252-muotoista tekstiä.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason}.</source>
        <translation>Tiedosto ei ole kelvollista JSON-muotoa: {reason}.</translation>
    </message>
    <message>
        <source>The file has no column for {column}.</source>
        <translation>Tiedostosta puuttuu sarake: {column}.</translation>
    </message>
    <message>
        <source>Two columns of the file mean the same field: {column}.</source>
        <translation>Tiedostossa on kaksi saraketta samalle kentälle: {column}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Tuonti peruttiin, eikä mitään tallennettu.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have errors.</source>
        <translation>Mitään ei tuotu: {count} rivillä on virheitä.</translation>
    </message>
</context>
<context>
    <name>EventImportReport</name>
    <message>
        <source>Web events imported</source>
        <translation>Verkkotapahtumat tuotu</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Tiedosto: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported and linked to customers.</source>
        <translation>
            <numerusform>%n tapahtuma tuotiin ja yhdistettiin asiakkaaseen.</numerusform>
            <numerusform>%n tapahtumaa tuotiin ja yhdistettiin asiakkaisiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no customer and were not imported.</source>
        <translation>
            <numerusform>%n rivi ei vastannut yhtäkään asiakasta, eikä sitä tuotu.</numerusform>
            <numerusform>%n riviä ei vastannut yhtäkään asiakasta, eikä niitä tuotu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had problems and were not imported.</source>
        <translation>
            <numerusform>%n rivissä oli virheitä, eikä sitä tuotu.</numerusform>
            <numerusform>%n rivissä oli virheitä, eikä niitä tuotu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that matched no customer</source>
        <translation>Rivit, jotka eivät vastanneet yhtäkään asiakasta</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Virheelliset rivit</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
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
        <source>Street address</source>
        <translation>Katuosoite</translation>
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
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
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
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Tietojen lähde</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Lähteen nimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Laskun numero</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Laskun päivämäärä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-osoite</translation>
    </message>
    <message>
        <source>Referring site</source>
        <translation>Viittaava sivusto</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banneri</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Laite ja selain</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Markkinointisuostumus</translation>
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
    <name>InvoiceDialog</name>
    <message>
        <source>Add invoice</source>
        <translation>Lisää lasku</translation>
    </message>
    <message>
        <source>The buyer&apos;s name and billing address of today are kept with the invoice, as the Accounting Act requires.</source>
        <translation>Ostajan tämänhetkinen nimi ja laskutusosoite tallennetaan laskun yhteyteen kirjanpitolain edellyttämällä tavalla.</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Laskun &amp;numero:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Laskun &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Summa (€):</translation>
    </message>
    <message>
        <source>e.g. 125,50</source>
        <translation>esim. 125,50</translation>
    </message>
    <message>
        <source>Already &amp;paid</source>
        <translation>Jo &amp;maksettu</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>maksamatta</translation>
    </message>
    <message>
        <source>&amp;Add invoice…</source>
        <translation>&amp;Lisää lasku…</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Merkitse &amp;maksetuksi</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Merkitse maksama&amp;ttomaksi</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Invoices are kept for the Accounting Act even after the rest of the customer&apos;s data is erased.</source>
        <translation>Laskut säilytetään kirjanpitolain vuoksi, vaikka asiakkaan muut tiedot poistettaisiin.</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Ei laskuja.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s); unpaid in all: {amount}</source>
        <translation>
            <numerusform>%n lasku; maksamatta yhteensä: {amount}</numerusform>
            <numerusform>%n laskua; maksamatta yhteensä: {amount}</numerusform>
        </translation>
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
    <name>MarketingListDialog</name>
    <message>
        <source>Marketing list</source>
        <translation>Markkinointilista</translation>
    </message>
    <message>
        <source>A CSV file of the people who may be contacted for one purpose today: a current consent for it, no objection to direct marketing and no restriction of processing.</source>
        <translation>CSV-tiedosto henkilöistä, joihin saa tänään ottaa yhteyttä valittua käyttötarkoitusta varten: heillä on siihen voimassa oleva suostumus, he eivät ole vastustaneet suoramarkkinointia, eikä heidän tietojensa käsittelyä ole rajoitettu.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Valitse &amp;tiedosto…</translation>
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
    <name>ObjectionDialog</name>
    <message>
        <source>Record objection</source>
        <translation>Kirjaa vastustus</translation>
    </message>
    <message>
        <source>An objection to direct marketing is absolute: every marketing consent ends at once, and the email address and phone number go on the suppression list so that no later import brings the person back into marketing.</source>
        <translation>Suoramarkkinoinnin vastustus on ehdoton: kaikki markkinointisuostumukset päättyvät heti, ja sähköpostiosoite ja puhelinnumero lisätään estolistalle, jotta mikään myöhempi tuonti ei palauta henkilöä markkinoinnin piiriin.</translation>
    </message>
    <message>
        <source>&amp;Objects to:</source>
        <translation>&amp;Vastustuksen kohde:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Saapumispäivä:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;reason:</source>
        <translation>&amp;Rekisteröidyn ilmoittama syy:</translation>
    </message>
</context>
<context>
    <name>ObjectionsPage</name>
    <message>
        <source>Record &amp;objection…</source>
        <translation>&amp;Kirjaa vastustus…</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Vastustukset</translation>
    </message>
    <message>
        <source>This person has objected to direct marketing: no marketing consent can be recorded, and their email address and phone number are on the suppression list.</source>
        <translation>Henkilö on vastustanut suoramarkkinointia: markkinointisuostumusta ei voi kirjata, ja hänen sähköpostiosoitteensa ja puhelinnumeronsa ovat estolistalla.</translation>
    </message>
    <message>
        <source>No objections recorded.</source>
        <translation>Vastustuksia ei ole kirjattu.</translation>
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
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>No data subject requests from this customer.</source>
        <translation>Tältä asiakkaalta ei ole tullut rekisteröidyn oikeuksia koskevia pyyntöjä.</translation>
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
    <name>TechnicalDataPage</name>
    <message>
        <source>Technical data from the web site</source>
        <translation>Verkkosivuston tekniset tiedot</translation>
    </message>
    <message>
        <source>Imported from the web site&apos;s exports (Customers tab → Import web events…). Newest first.</source>
        <translation>Tuotu verkkosivuston vientitiedostoista (Asiakkaat-välilehti → Tuo verkkotapahtumia…). Uusin ensin.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Tekniset tiedot</translation>
    </message>
    <message>
        <source>No web events are linked to this customer.</source>
        <translation>Tähän asiakkaaseen ei ole liitetty verkkotapahtumia.</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) in all; more are loaded as you scroll.</source>
        <translation>
            <numerusform>Yhteensä %n verkkotapahtuma; lisää ladataan, kun vierität.</numerusform>
            <numerusform>Yhteensä %n verkkotapahtumaa; lisää ladataan, kun vierität.</numerusform>
        </translation>
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
    <message>
        <source>Given by the customer</source>
        <translation>Asiakkaalta itseltään</translation>
    </message>
    <message>
        <source>From a registry, with consent</source>
        <translation>Rekisteristä, suostumuksella</translation>
    </message>
    <message>
        <source>From a third party, with consent</source>
        <translation>Kolmannelta osapuolelta, suostumuksella</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Tuotu tiedostosta</translation>
    </message>
    <message>
        <source>Ended by an objection</source>
        <translation>Päättynyt vastustuksen vuoksi</translation>
    </message>
    <message>
        <source>Direct marketing (incl. ad targeting)</source>
        <translation>Suoramarkkinointi (myös mainonnan kohdentaminen)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytiikka</translation>
    </message>
    <message>
        <source>Service development</source>
        <translation>Palvelujen kehittäminen</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>Asiakassuhde</translation>
    </message>
</context>
</TS>
