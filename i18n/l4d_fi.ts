<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tietoja ohjelmasta {app}</translation>
    </message>
    <message>
        <source>Lean 4D Oy&apos;s customer register and data subject request desk.</source>
        <translation>Lean 4D Oy:n asiakasrekisteri ja rekisteröityjen pyyntöjen käsittely.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Käännetty:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Lokikansio:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Tuki:</translation>
    </message>
    <message>
        <source>not a built copy (running from the sources)</source>
        <translation>ei käännetty kopio (ajetaan lähdekoodista)</translation>
    </message>
    <message>
        <source>{date} on {system}</source>
        <translation>{date}, {system}</translation>
    </message>
    <message>
        <source>ask the main administrator</source>
        <translation>kysy pääkäyttäjältä</translation>
    </message>
    <message numerus="yes">
        <source>Bundled components and their licences (%n)</source>
        <translation>
            <numerusform>Mukana toimitetut osat ja niiden lisenssit (%n)</numerusform>
            <numerusform>Mukana toimitetut osat ja niiden lisenssit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The licence notices of the bundled components are collected into built copies of the program (make dist); this copy runs from the sources.</source>
        <translation>Mukana toimitettujen osien lisenssitiedot kootaan ohjelman käännettyihin kopioihin (make dist); tämä kopio ajetaan lähdekoodista.</translation>
    </message>
</context>
<context>
    <name>AlreadyCorrectDialog</name>
    <message>
        <source>The data were already correct</source>
        <translation>Tiedot olivat jo oikein</translation>
    </message>
    <message>
        <source>Say in a sentence or two what was checked and against what. The letter tells the person, with their remedies, that the change they asked for was not needed.</source>
        <translation>Kerro lauseella tai kahdella, mitä tarkistettiin ja mihin verraten. Kirje kertoo henkilölle oikeussuojakeinoineen, ettei pyydettyä muutosta tarvittu.</translation>
    </message>
    <message>
        <source>&amp;What was checked:</source>
        <translation>&amp;Mitä tarkistettiin:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>AnnounceLiftDialog</name>
    <message>
        <source>Announce the lifting</source>
        <translation>Ilmoita rajoituksen poistamisesta</translation>
    </message>
    <message>
        <source>The person is told before the restriction is lifted (GDPR Art. 18(3)): the day and the real reason. Send the notice letter; the restriction can be lifted from that day.</source>
        <translation>Henkilölle ilmoitetaan ennen rajoituksen poistamista (tietosuoja-asetuksen 18 artiklan 3 kohta): päivä ja todellinen syy. Lähetä ilmoituskirje; rajoituksen voi poistaa siitä päivästä alkaen.</translation>
    </message>
    <message>
        <source>Lift &amp;on:</source>
        <translation>&amp;Poistetaan:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;In a sentence:</source>
        <translation>&amp;Lauseena:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Yearly accountability report</source>
        <translation>Tietosuojan vuosiraportti</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Vuosi:</translation>
    </message>
    <message>
        <source>annual-report-{year}.pdf</source>
        <translation>vuosiraportti-{year}.pdf</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Tallenna vuosiraportti</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report and the request register were saved:
{pdf}
{csv}</source>
        <translation>Raportti ja pyyntörekisteri tallennettiin:
{pdf}
{csv}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Kirjoitetaan raporttia…</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the question</source>
        <translation>Vastaa kysymykseen</translation>
    </message>
    <message>
        <source>The requester asked: {question}</source>
        <translation>Pyytäjä kysyi: {question}</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Vastaus:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>AnswerRecordsPage</name>
    <message>
        <source>Email and correspondence</source>
        <translation>Sähköposti ja kirjeenvaihto</translation>
    </message>
    <message>
        <source>Accounting firm and books</source>
        <translation>Tilitoimisto ja kirjanpito</translation>
    </message>
    <message>
        <source>Paper files</source>
        <translation>Paperiarkisto</translation>
    </message>
    <message>
        <source>Another system</source>
        <translation>Muu järjestelmä</translation>
    </message>
    <message>
        <source>With the letter, in one bundle</source>
        <translation>Kirjeen mukana samassa paketissa</translation>
    </message>
    <message>
        <source>Encrypted email</source>
        <translation>Salattu sähköposti</translation>
    </message>
    <message>
        <source>Protected download link that expires</source>
        <translation>Suojattu, vanheneva latauslinkki</translation>
    </message>
    <message>
        <source>Memory stick by post</source>
        <translation>Muistitikku postitse</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Look for the person&apos;s data everywhere they may be (email, the accounting firm, paper files) and record what you found; record the questions the requester asked and answer each. The letter says where we looked and answers the questions; the no-data answer is offered only after the searches are recorded.</source>
        <translation>Etsi henkilön tietoja kaikkialta, missä niitä voi olla (sähköposti, tilitoimisto, paperiarkisto), ja kirjaa, mitä löytyi; kirjaa pyytäjän esittämät kysymykset ja vastaa jokaiseen. Kirje kertoo, mistä etsimme, ja vastaa kysymyksiin; vastaus, ettei tietoja ole, on tarjolla vasta, kun haut on kirjattu.</translation>
    </message>
    <message>
        <source>Add &amp;search…</source>
        <translation>Lisää &amp;haku…</translation>
    </message>
    <message>
        <source>Remove search</source>
        <translation>Poista haku</translation>
    </message>
    <message>
        <source>Found, in another lan&amp;guage…</source>
        <translation>Tulos toisella kie&amp;lellä…</translation>
    </message>
    <message>
        <source>Write what the chosen search found in another letter language.</source>
        <translation>Kirjoita valitun haun tulos toisella kirjeen kielellä.</translation>
    </message>
    <message>
        <source>Reason for waiting in a language…</source>
        <translation>Odotuksen syy kielellä…</translation>
    </message>
    <message>
        <source>The copy of the person&apos;s data shows why this request waited for them: write the reason in each language a letter goes in.</source>
        <translation>Henkilön tietojen jäljennös kertoo, miksi tämä pyyntö odotti häntä: kirjoita syy jokaisella kielellä, jolla kirje lähtee.</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>Lisää &amp;kysymys…</translation>
    </message>
    <message>
        <source>Answ&amp;er…</source>
        <translation>&amp;Vastaa…</translation>
    </message>
    <message>
        <source>Deli&amp;very…</source>
        <translation>T&amp;oimitus…</translation>
    </message>
    <message>
        <source>Kept &amp;invoice…</source>
        <translation>Säilytettävä l&amp;asku…</translation>
    </message>
    <message>
        <source>Systems searched</source>
        <translation>Haetut järjestelmät</translation>
    </message>
    <message>
        <source>The requester&apos;s questions</source>
        <translation>Pyytäjän kysymykset</translation>
    </message>
    <message>
        <source>No search recorded beside the register yet.</source>
        <translation>Rekisterin lisäksi ei ole vielä kirjattu hakuja.</translation>
    </message>
    <message>
        <source>No question recorded.</source>
        <translation>Kysymyksiä ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Searched and asked</source>
        <translation>Haut ja kysymykset</translation>
    </message>
    <message>
        <source>Delivery of the electronic copy: not recorded.</source>
        <translation>Sähköisen kopion toimitus: ei kirjattu.</translation>
    </message>
    <message>
        <source>Delivery of the electronic copy: {how}.</source>
        <translation>Sähköisen kopion toimitus: {how}.</translation>
    </message>
    <message>
        <source>Kept invoices matched to the requester: {numbers}.</source>
        <translation>Pyytäjään liitetyt säilytettävät laskut: {numbers}.</translation>
    </message>
    <message>
        <source>No kept invoice is matched to the requester.</source>
        <translation>Pyytäjään ei ole liitetty säilytettäviä laskuja.</translation>
    </message>
    <message>
        <source>Kept after an erasure in the requester&apos;s name: {numbers}. Check them and match those that are the requester&apos;s.</source>
        <translation>Poiston jälkeen säilytettäviä laskuja pyytäjän nimellä: {numbers}. Tarkista ne ja liitä ne, jotka ovat pyytäjän.</translation>
    </message>
</context>
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
    <name>ArchiveModel</name>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Log in</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Käyttäjän lisääminen</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>Käyttäjän muokkaaminen</translation>
    </message>
    <message>
        <source>View a user</source>
        <translation>Käyttäjän tietojen katselu</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>Käyttäjäluettelon katselu</translation>
    </message>
    <message>
        <source>Change a user&apos;s rights</source>
        <translation>Käyttäjän oikeuksien muuttaminen</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Käyttäjän poistaminen käytöstä</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Käyttäjän ottaminen uudelleen käyttöön</translation>
    </message>
    <message>
        <source>Unlock a user</source>
        <translation>Käyttäjän lukituksen avaaminen</translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation>Käyttäjän salasanan nollaaminen</translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>Oman salasanan vaihtaminen</translation>
    </message>
    <message>
        <source>Strengthen a stored password</source>
        <translation>Tallennetun salasanan suojauksen vahvistaminen</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Asiakkaan lisääminen</translation>
    </message>
    <message>
        <source>Edit a customer</source>
        <translation>Asiakkaan muokkaaminen</translation>
    </message>
    <message>
        <source>View a customer&apos;s data</source>
        <translation>Asiakkaan tietojen katselu</translation>
    </message>
    <message>
        <source>Search the customers</source>
        <translation>Asiakkaiden haku</translation>
    </message>
    <message>
        <source>Restrict a customer&apos;s processing</source>
        <translation>Asiakkaan tietojen käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Lift a customer&apos;s restriction</source>
        <translation>Asiakkaan käsittelyrajoituksen poistaminen</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Asiakkaiden vienti</translation>
    </message>
    <message>
        <source>Export a marketing list</source>
        <translation>Markkinointilistan vienti</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Asiakkaan poistaminen</translation>
    </message>
    <message>
        <source>List the consent purposes</source>
        <translation>Suostumusten käyttötarkoitusten katselu</translation>
    </message>
    <message>
        <source>Add a consent purpose</source>
        <translation>Suostumuksen käyttötarkoituksen lisääminen</translation>
    </message>
    <message>
        <source>Rename a consent purpose</source>
        <translation>Suostumuksen käyttötarkoituksen nimen muuttaminen</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Suostumuksen kirjaaminen</translation>
    </message>
    <message>
        <source>Record a consent given</source>
        <translation>Annetun suostumuksen kirjaaminen</translation>
    </message>
    <message>
        <source>Record a consent withdrawn</source>
        <translation>Suostumuksen peruutuksen kirjaaminen</translation>
    </message>
    <message>
        <source>View a customer&apos;s consents</source>
        <translation>Asiakkaan suostumusten katselu</translation>
    </message>
    <message>
        <source>View what relied only on a withdrawn consent</source>
        <translation>Vain peruutettuun suostumukseen perustuvien tietojen tarkastelu</translation>
    </message>
    <message>
        <source>Erase what relied only on a withdrawn consent</source>
        <translation>Vain peruutettuun suostumukseen perustuvien tietojen poistaminen</translation>
    </message>
    <message>
        <source>View a customer&apos;s consent history</source>
        <translation>Asiakkaan suostumushistorian katselu</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>Vastustuksen kirjaaminen</translation>
    </message>
    <message>
        <source>Decide on an objection</source>
        <translation>Vastustuksen ratkaiseminen</translation>
    </message>
    <message>
        <source>View the objections</source>
        <translation>Vastustusten katselu</translation>
    </message>
    <message>
        <source>Add an invoice</source>
        <translation>Laskun lisääminen</translation>
    </message>
    <message>
        <source>View the invoices</source>
        <translation>Laskujen katselu</translation>
    </message>
    <message>
        <source>Change an invoice&apos;s payment</source>
        <translation>Laskun maksutilanteen muuttaminen</translation>
    </message>
    <message>
        <source>Mark an invoice paid</source>
        <translation>Laskun merkitseminen maksetuksi</translation>
    </message>
    <message>
        <source>Mark an invoice unpaid</source>
        <translation>Laskun merkitseminen maksamattomaksi</translation>
    </message>
    <message>
        <source>Delete a kept voucher</source>
        <translation>Säilytetyn tositteen hävittäminen</translation>
    </message>
    <message>
        <source>Import web events</source>
        <translation>Verkkotapahtumien tuonti</translation>
    </message>
    <message>
        <source>View web events</source>
        <translation>Verkkotapahtumien katselu</translation>
    </message>
    <message>
        <source>Erase web events</source>
        <translation>Verkkotapahtumien poistaminen</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>Pyynnön kirjaaminen</translation>
    </message>
    <message>
        <source>View a request</source>
        <translation>Pyynnön katselu</translation>
    </message>
    <message>
        <source>Work out a new request&apos;s dates</source>
        <translation>Uuden pyynnön määräpäivien laskeminen</translation>
    </message>
    <message>
        <source>List the requests</source>
        <translation>Pyyntöluettelon katselu</translation>
    </message>
    <message>
        <source>Export the requests</source>
        <translation>Pyyntöjen vienti</translation>
    </message>
    <message>
        <source>Look for the requester among the customers</source>
        <translation>Pyytäjän etsiminen asiakkaiden joukosta</translation>
    </message>
    <message>
        <source>List the request handlers</source>
        <translation>Pyyntöjen käsittelijöiden luettelon katselu</translation>
    </message>
    <message>
        <source>View a request&apos;s history</source>
        <translation>Pyynnön historian katselu</translation>
    </message>
    <message>
        <source>Assign a request</source>
        <translation>Pyynnön käsittelijän nimeäminen</translation>
    </message>
    <message>
        <source>Record an identity check</source>
        <translation>Henkilöllisyyden tarkistuksen kirjaaminen</translation>
    </message>
    <message>
        <source>Change a request&apos;s status</source>
        <translation>Pyynnön tilan muuttaminen</translation>
    </message>
    <message>
        <source>Wait for the requester</source>
        <translation>Pyynnön siirtäminen odottamaan pyytäjää</translation>
    </message>
    <message>
        <source>Continue a request after waiting</source>
        <translation>Pyynnön jatkaminen odotuksen jälkeen</translation>
    </message>
    <message>
        <source>Extend a request&apos;s deadline</source>
        <translation>Pyynnön määräajan pidentäminen</translation>
    </message>
    <message>
        <source>Close a request</source>
        <translation>Pyynnön sulkeminen</translation>
    </message>
    <message>
        <source>Rectify data on a request</source>
        <translation>Tietojen oikaiseminen pyynnöstä</translation>
    </message>
    <message>
        <source>Restrict processing on a request</source>
        <translation>Käsittelyn rajoittaminen pyynnöstä</translation>
    </message>
    <message>
        <source>Announce the lifting of a restriction</source>
        <translation>Ilmoita rajoituksen poistamisesta</translation>
    </message>
    <message>
        <source>Lift a restriction on a request</source>
        <translation>Poista pyynnön rajoitus</translation>
    </message>
    <message>
        <source>Record a rectification&apos;s finding</source>
        <translation>Kirjaa oikaisun havainto</translation>
    </message>
    <message>
        <source>Write a letter&apos;s text in a language</source>
        <translation>Kirjoita kirjeen teksti kielellä</translation>
    </message>
    <message>
        <source>Act on an objection request</source>
        <translation>Vastustamispyynnön toteuttaminen</translation>
    </message>
    <message>
        <source>Act on a consent withdrawal request</source>
        <translation>Suostumuksen peruutuspyynnön toteuttaminen</translation>
    </message>
    <message>
        <source>Erase on an erasure request</source>
        <translation>Tietojen poistaminen poistopyynnöstä</translation>
    </message>
    <message>
        <source>Erase web events on a request</source>
        <translation>Verkkotapahtumien poistaminen pyynnöstä</translation>
    </message>
    <message>
        <source>Erase what relied only on a withdrawn consent, on a request</source>
        <translation>Vain peruutettuun suostumukseen perustuvien tietojen poistaminen pyynnöstä</translation>
    </message>
    <message>
        <source>View the processors to notify</source>
        <translation>Ilmoitettavien vastaanottajien katselu</translation>
    </message>
    <message>
        <source>Record a processor as notified</source>
        <translation>Vastaanottajalle ilmoittamisen kirjaaminen</translation>
    </message>
    <message>
        <source>Record notifying a processor as disproportionate</source>
        <translation>Vastaanottajalle ilmoittamatta jättämisen kirjaaminen (kohtuuton vaiva)</translation>
    </message>
    <message>
        <source>View what an access answer records</source>
        <translation>Tarkastuspyynnön vastauksen kirjausten katselu</translation>
    </message>
    <message>
        <source>Record a system searched for a person&apos;s data</source>
        <translation>Henkilön tietojen haun kirjaaminen</translation>
    </message>
    <message>
        <source>Remove a recorded search</source>
        <translation>Kirjatun haun poistaminen</translation>
    </message>
    <message>
        <source>Record a requester&apos;s question</source>
        <translation>Pyytäjän kysymyksen kirjaaminen</translation>
    </message>
    <message>
        <source>Answer a requester&apos;s question</source>
        <translation>Pyytäjän kysymykseen vastaaminen</translation>
    </message>
    <message>
        <source>Record how the electronic copy is delivered</source>
        <translation>Sähköisen kopion toimitustavan kirjaaminen</translation>
    </message>
    <message>
        <source>Look for kept invoices in a requester&apos;s name</source>
        <translation>Säilytettävien laskujen haku pyytäjän nimellä</translation>
    </message>
    <message>
        <source>Match a kept invoice to a requester</source>
        <translation>Säilytettävän laskun liittäminen pyytäjään</translation>
    </message>
    <message>
        <source>Gather a person&apos;s data for a request</source>
        <translation>Henkilön tietojen kokoaminen pyyntöä varten</translation>
    </message>
    <message>
        <source>Export a person&apos;s data for a request</source>
        <translation>Henkilön tietojen vienti pyyntöä varten</translation>
    </message>
    <message>
        <source>Plan an erasure</source>
        <translation>Poistosuunnitelman laatiminen</translation>
    </message>
    <message>
        <source>Carry out an erasure</source>
        <translation>Poiston suorittaminen</translation>
    </message>
    <message>
        <source>Clean the database file after an erasure</source>
        <translation>Tietokantatiedoston puhdistaminen poiston jälkeen</translation>
    </message>
    <message>
        <source>View the kept vouchers</source>
        <translation>Säilytettyjen tositteiden katselu</translation>
    </message>
    <message>
        <source>Delete the kept vouchers that are due</source>
        <translation>Erääntyneiden säilytettyjen tositteiden hävittäminen</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Vastaanottajan lisääminen</translation>
    </message>
    <message>
        <source>Edit a processor</source>
        <translation>Vastaanottajan muokkaaminen</translation>
    </message>
    <message>
        <source>View a processor</source>
        <translation>Vastaanottajan tietojen katselu</translation>
    </message>
    <message>
        <source>List the processors</source>
        <translation>Vastaanottajaluettelon katselu</translation>
    </message>
    <message>
        <source>Deactivate a processor</source>
        <translation>Vastaanottajan poistaminen käytöstä</translation>
    </message>
    <message>
        <source>Reactivate a processor</source>
        <translation>Vastaanottajan aktivoiminen uudelleen</translation>
    </message>
    <message>
        <source>List the letters a request can have</source>
        <translation>Pyyntöön laadittavissa olevien kirjeiden katselu</translation>
    </message>
    <message>
        <source>Look up a customer&apos;s letter language</source>
        <translation>Asiakkaan kirjeiden kielen tarkistaminen</translation>
    </message>
    <message>
        <source>Preview a letter</source>
        <translation>Kirjeen esikatselu</translation>
    </message>
    <message>
        <source>Issue a letter</source>
        <translation>Kirjeen tulostaminen tai tallentaminen</translation>
    </message>
    <message>
        <source>Issue a letter with the person&apos;s data files</source>
        <translation>Kirjeen tallentaminen henkilön datatiedostojen kanssa</translation>
    </message>
    <message>
        <source>View a request&apos;s letters</source>
        <translation>Pyynnön kirjeiden katselu</translation>
    </message>
    <message>
        <source>Open an issued letter</source>
        <translation>Arkistoidun kirjeen avaaminen</translation>
    </message>
    <message>
        <source>Print the envelope calibration page</source>
        <translation>Ikkunakirjekuoren kalibrointisivun tulostaminen</translation>
    </message>
    <message>
        <source>View the processing register</source>
        <translation>Käsittelytoimien selosteen katselu</translation>
    </message>
    <message>
        <source>Make the privacy notice</source>
        <translation>Tietosuojaselosteen laatiminen</translation>
    </message>
    <message>
        <source>Edit a purpose of processing</source>
        <translation>Käsittelyn tarkoituksen muokkaaminen</translation>
    </message>
    <message>
        <source>Confirm the legal bases of a purpose</source>
        <translation>Käsittelyn tarkoituksen oikeusperusteiden vahvistaminen</translation>
    </message>
    <message>
        <source>Edit the processing register&apos;s texts</source>
        <translation>Käsittelytoimien selosteen tekstien muokkaaminen</translation>
    </message>
    <message>
        <source>View the letter settings</source>
        <translation>Kirjeasetusten katselu</translation>
    </message>
    <message>
        <source>View the support contact</source>
        <translation>Tuen yhteystietojen katselu</translation>
    </message>
    <message>
        <source>Remove a customer entered by mistake</source>
        <translation>Vahingossa lisätyn asiakkaan poisto</translation>
    </message>
    <message>
        <source>Merge two records of one customer</source>
        <translation>Yhdistä saman asiakkaan kaksi tietuetta</translation>
    </message>
    <message>
        <source>View the office settings</source>
        <translation>Toimiston asetusten katselu</translation>
    </message>
    <message>
        <source>Change the office settings</source>
        <translation>Toimiston asetusten muutos</translation>
    </message>
    <message>
        <source>Change the letter settings</source>
        <translation>Kirjeasetusten muuttaminen</translation>
    </message>
    <message>
        <source>Browse the audit log</source>
        <translation>Tarkastuslokin selaaminen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Tarkastuslokin vienti</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Tarkastuslokin eheyden tarkistaminen</translation>
    </message>
    <message>
        <source>Write an audit log checkpoint</source>
        <translation>Tarkastuslokin tarkistuspisteen tallentaminen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Tietokannan varmuuskopiointi</translation>
    </message>
    <message>
        <source>Turn the encryption of backups on or off</source>
        <translation>Varmuuskopioiden salaus päälle tai pois</translation>
    </message>
    <message>
        <source>Change the backup folder or how many backups are kept</source>
        <translation>Varmuuskopiokansion tai säilytettävien varmuuskopioiden määrän muutos</translation>
    </message>
    <message>
        <source>Fill in demo data</source>
        <translation>Esittelytietojen lisääminen</translation>
    </message>
    <message>
        <source>Look at the backups and their settings</source>
        <translation>Varmuuskopioiden ja niiden asetusten katselu</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Varmuuskopion palautus</translation>
    </message>
    <message>
        <source>Check a backup before restoring it</source>
        <translation>Varmuuskopion tarkistus ennen palautusta</translation>
    </message>
    <message>
        <source>Make the yearly accountability report</source>
        <translation>Vuosiraportin laatiminen</translation>
    </message>
    <message>
        <source>Look at the request statistics</source>
        <translation>Pyyntötilastojen katselu</translation>
    </message>
    <message>
        <source>Look at what has fallen due under the retention rules</source>
        <translation>Säilytyssääntöjen mukaan erääntyneen katselu</translation>
    </message>
    <message>
        <source>Purge under a retention rule</source>
        <translation>Poisto säilytyssäännön mukaan</translation>
    </message>
    <message>
        <source>Change a retention rule</source>
        <translation>Säilytyssäännön muutos</translation>
    </message>
    <message>
        <source>Look at the retention rules</source>
        <translation>Säilytyssääntöjen katselu</translation>
    </message>
    <message>
        <source>Run the retention rules</source>
        <translation>Säilytyssääntöjen ajo</translation>
    </message>
    <message>
        <source>All audit log actions</source>
        <translation>Kaikki tarkastuslokiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All consent actions</source>
        <translation>Kaikki suostumuksiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>Kaikki asiakkaisiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All database actions</source>
        <translation>Kaikki tietokantaan liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All demo data actions</source>
        <translation>Kaikki esittelytietoihin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All erasure actions</source>
        <translation>Kaikki poistoihin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All web event actions</source>
        <translation>Kaikki verkkotapahtumiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All invoice actions</source>
        <translation>Kaikki laskuihin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All letter actions</source>
        <translation>Kaikki kirjeisiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All objection actions</source>
        <translation>Kaikki vastustuksiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All processor actions</source>
        <translation>Kaikki vastaanottajiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All processing register actions</source>
        <translation>Kaikki käsittelytoimien selosteeseen liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All request actions</source>
        <translation>Kaikki pyyntöihin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All settings actions</source>
        <translation>Kaikki asetuksiin liittyvät toiminnot</translation>
    </message>
    <message>
        <source>All actions on a person&apos;s data</source>
        <translation>Kaikki henkilön tietoihin kohdistuvat toiminnot</translation>
    </message>
    <message>
        <source>All user actions</source>
        <translation>Kaikki käyttäjiin liittyvät toiminnot</translation>
    </message>
</context>
<context>
    <name>AuditChecks</name>
    <message>
        <source>Audit log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Tarkistetaan ketjua…</translation>
    </message>
    <message>
        <source>Verify against a checkpoint file</source>
        <translation>Vertaa tarkistuspistetiedostoon</translation>
    </message>
    <message>
        <source>Checkpoint (*.json);;All files (*)</source>
        <translation>Tarkistuspiste (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Writing the checkpoint…</source>
        <translation>Tallennetaan tarkistuspistettä…</translation>
    </message>
    <message>
        <source>Checkpoint written to {path}: {count} entries, last entry {head}, head hash {hash}. Keep it elsewhere or print it.</source>
        <translation>Tarkistuspiste tallennettu tiedostoon {path}: merkintöjä {count}, viimeinen merkintä {head}, sen tiiviste {hash}. Säilytä tiedosto muualla tai tulosta se.</translation>
    </message>
    <message>
        <source>Write a checkpoint</source>
        <translation>Tallenna tarkistuspiste</translation>
    </message>
    <message>
        <source>Checkpoint (*.json)</source>
        <translation>Tarkistuspiste (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n merkintä viety tiedostoon {path}.</numerusform>
            <numerusform>%n merkintää viety tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Tarkastuslokin vienti</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditCounts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n tuotu</numerusform>
            <numerusform>%n tuotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n hylätty</numerusform>
            <numerusform>%n hylätty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n päivitetty</numerusform>
            <numerusform>%n päivitetty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n lasku</numerusform>
            <numerusform>%n laskua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s)</source>
        <translation>
            <numerusform>%n verkkotapahtuma</numerusform>
            <numerusform>%n verkkotapahtumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n suostumus</numerusform>
            <numerusform>%n suostumusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept</source>
        <translation>
            <numerusform>%n kohde säilytetty</numerusform>
            <numerusform>%n kohdetta säilytetty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept</source>
        <translation>
            <numerusform>%n varmuuskopio säilytetään</numerusform>
            <numerusform>%n varmuuskopiota säilytetään</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>for customer service</source>
        <translation>asiakaspalvelua varten</translation>
    </message>
    <message>
        <source>a search</source>
        <translation>haku</translation>
    </message>
    <message>
        <source>all</source>
        <translation>kaikki</translation>
    </message>
    <message>
        <source>open ones</source>
        <translation>avoimet</translation>
    </message>
    <message>
        <source>the rows chosen</source>
        <translation>valitut rivit</translation>
    </message>
    <message>
        <source>the first main administrator</source>
        <translation>ensimmäinen pääkäyttäjä</translation>
    </message>
    <message>
        <source>on</source>
        <translation>päällä</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois</translation>
    </message>
    <message>
        <source>legal bases confirmed</source>
        <translation>oikeusperusteet vahvistettu</translation>
    </message>
    <message>
        <source>kept under the Accounting Act</source>
        <translation>säilytetään kirjanpitolain nojalla</translation>
    </message>
    <message>
        <source>the session had ended</source>
        <translation>istunto oli päättynyt</translation>
    </message>
    <message>
        <source>the password had to be changed first</source>
        <translation>salasana piti ensin vaihtaa</translation>
    </message>
    <message>
        <source>role: main administrator</source>
        <translation>rooli: pääkäyttäjä</translation>
    </message>
    <message>
        <source>role: handler</source>
        <translation>rooli: käsittelijä</translation>
    </message>
    <message>
        <source>role: reader</source>
        <translation>rooli: lukija</translation>
    </message>
    <message>
        <source>to merge two records of one person</source>
        <translation>saman henkilön kahden tietueen yhdistämiseksi</translation>
    </message>
    <message>
        <source>marketing by email</source>
        <translation>markkinointi sähköpostilla</translation>
    </message>
    <message>
        <source>marketing by text message</source>
        <translation>markkinointi tekstiviestillä</translation>
    </message>
    <message>
        <source>ad targeting</source>
        <translation>mainonnan kohdentaminen</translation>
    </message>
    <message>
        <source>request {n}</source>
        <translation>pyyntö {n}</translation>
    </message>
    <message>
        <source>letter {n}</source>
        <translation>kirje {n}</translation>
    </message>
    <message>
        <source>processor {n}</source>
        <translation>käsittelijäyritys {n}</translation>
    </message>
    <message>
        <source>search {n}</source>
        <translation>haku {n}</translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation>kysymys {n}</translation>
    </message>
    <message>
        <source>a customer no longer in the register</source>
        <translation>asiakas, jota ei enää ole rekisterissä</translation>
    </message>
    <message>
        <source>{rule}: {n} removed</source>
        <translation>{rule}: {n} poistettu</translation>
    </message>
    <message>
        <source>person told on {day}</source>
        <translation>henkilölle kerrottu {day}</translation>
    </message>
    <message>
        <source>{right}: granted</source>
        <translation>{right}: myönnetty</translation>
    </message>
    <message>
        <source>{right}: taken away</source>
        <translation>{right}: poistettu</translation>
    </message>
    <message>
        <source>{right}: as the role gives</source>
        <translation>{right}: roolin mukaan</translation>
    </message>
    <message>
        <source>{kind}, in {language}</source>
        <translation>{kind}, kieli: {language}</translation>
    </message>
    <message>
        <source>Customer {duplicate} merged into customer {kept}</source>
        <translation>Asiakas {duplicate} yhdistetty asiakkaaseen {kept}</translation>
    </message>
    <message>
        <source>Customer {number}</source>
        <translation>Asiakas {number}</translation>
    </message>
    <message>
        <source>{customer}: {detail}</source>
        <translation>{customer}: {detail}</translation>
    </message>
</context>
<context>
    <name>AuditObjects</name>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pyyntö</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>lasku</translation>
    </message>
    <message>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <source>import</source>
        <translation>tuonti</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>vastaanottaja</translation>
    </message>
    <message>
        <source>consent purpose</source>
        <translation>suostumuksen käyttötarkoitus</translation>
    </message>
    <message>
        <source>purpose of processing</source>
        <translation>käsittelyn tarkoitus</translation>
    </message>
    <message>
        <source>register text</source>
        <translation>selosteen teksti</translation>
    </message>
</context>
<context>
    <name>AuditOutcomes</name>
    <message>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>estetty</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>too many attempts</source>
        <translation>liian monta yritystä</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>keskeytynyt</translation>
    </message>
    <message>
        <source>file busy</source>
        <translation>tiedosto varattuna</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>ketju katkennut</translation>
    </message>
    <message>
        <source>account not in use</source>
        <translation>tili ei käytössä</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>tili lukittu</translation>
    </message>
    <message>
        <source>failed, account locked</source>
        <translation>epäonnistui, tili lukittiin</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Every action in the register, newest first. The log names staff and record numbers only; a verification checks that no entry was changed or removed.</source>
        <translation>Kaikki rekisterissä tehdyt toiminnot uusimmasta alkaen. Lokiin merkitään vain henkilökunnan nimet ja tietueiden numerot; tarkistus varmistaa, ettei yhtäkään merkintää ole muutettu tai poistettu.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>T&amp;oiminto:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki käyttäjät</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <source>Customer &amp;number:</source>
        <translation>Asiakasn&amp;umero:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>any customer</source>
        <translation>kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Loppupäivä</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>T&amp;yhjennä suodatin</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Tarkastuslokin merkinnät</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <source>Verify against a check&amp;point file…</source>
        <translation>&amp;Vertaa tarkistuspistetiedostoon…</translation>
    </message>
    <message>
        <source>&amp;Write a checkpoint…</source>
        <translation>Tallenna tarkistus&amp;piste…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Vie &amp;CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Tarkistuksen tulos</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total} entries.</source>
        <translation>
            <numerusform>Näytetään %n merkintä (yhteensä {total}).</numerusform>
            <numerusform>Näytetään %n merkintää (yhteensä {total}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>merkintää on muutettu sen kirjoittamisen jälkeen</translation>
    </message>
    <message>
        <source>the entry holds values the program never writes</source>
        <translation>merkinnässä on arvoja, joita ohjelma ei koskaan kirjoita</translation>
    </message>
    <message>
        <source>an entry before it was deleted, or an entry was inserted</source>
        <translation>sitä edeltävä merkintä on poistettu tai väliin on lisätty merkintä</translation>
    </message>
    <message>
        <source>the log ends before the checkpoint&apos;s last entry: entries were removed from the end</source>
        <translation>loki päättyy ennen tarkistuspisteen viimeistä merkintää: lopusta on poistettu merkintöjä</translation>
    </message>
    <message>
        <source>the entry differs from the one the checkpoint recorded</source>
        <translation>merkintä poikkeaa tarkistuspisteeseen kirjatusta merkinnästä</translation>
    </message>
    <message>
        <source>entries were added after the last entry the program recorded outside the database</source>
        <translation>merkintöjä on lisätty sen merkinnän jälkeen, jonka ohjelma viimeksi kirjasi tietokannan ulkopuolelle</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry {id}: {reason}. {count} entries before it are intact.</source>
        <translation>Ketju on KATKENNUT merkinnän {id} kohdalla: {reason}. Sitä edeltävät merkinnät ({count}) ovat ehjiä.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Varmuuskopioiden asetukset</translation>
    </message>
    <message>
        <source>At start the program makes a backup when the last is older than a day. Each is kept for as many days as backups are kept; the erasure letter tells the person so. With a passphrase every backup is encrypted: a copy on a memory stick is then useless without it. The passphrase is not stored anywhere: write it down where you keep the office&apos;s keys, or the backups cannot be restored.</source>
        <translation>Ohjelma ottaa käynnistyessään varmuuskopion, kun edellinen on yli vuorokauden vanha. Kutakin säilytetään niin monta päivää kuin varmuuskopioita säilytetään; poistokirje kertoo tämän henkilölle. Tunnuslauseella jokainen varmuuskopio salataan: muistitikulle kopioitu varmuuskopio on silloin hyödytön ilman sitä. Tunnuslausetta ei tallenneta mihinkään: kirjoita se muistiin sinne, missä toimiston avaimia säilytetään, tai varmuuskopioita ei voi palauttaa.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Varmuuskopio&amp;kansio:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Backups &amp;kept (days):</source>
        <translation>&amp;Säilytettäviä varmuuskopioita (päiviä):</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Uusi tu&amp;nnuslause:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Stop encrypting backups</source>
        <translation>&amp;Lopeta varmuuskopioiden salaus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Backups are encrypted. Type a new passphrase only to change it.</source>
        <translation>Varmuuskopiot salataan. Kirjoita uusi tunnuslause vain, jos haluat vaihtaa sen.</translation>
    </message>
    <message>
        <source>Backups are not encrypted. Type a passphrase to encrypt them.</source>
        <translation>Varmuuskopioita ei salata. Kirjoita tunnuslause, niin ne salataan.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Valitse varmuuskopiokansio</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>Varmuuskopioiden asetukset tallennettiin.</translation>
    </message>
    <message>
        <source>Backups are encrypted.</source>
        <translation>Varmuuskopiot salataan.</translation>
    </message>
    <message>
        <source>Backups are not encrypted.</source>
        <translation>Varmuuskopioita ei salata.</translation>
    </message>
</context>
<context>
    <name>BasicDataPage</name>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Remove as entered by mista&amp;ke…</source>
        <translation>Poista vahin&amp;gossa lisättynä…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>Yhdistä kaksoiskappale…</translation>
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
    <name>ChainWords</name>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>Ketju on ehjä: %n merkintä tarkistettu.</numerusform>
            <numerusform>Ketju on ehjä: %n merkintää tarkistettu.</numerusform>
        </translation>
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
        <source>Change &amp;password</source>
        <translation>&amp;Vaihda salasana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <source>Acceptable: strength {score}/4.</source>
        <translation>Hyväksyttävä: vahvuus {score}/4.</translation>
    </message>
    <message>
        <source>Too short: {count}/{min} characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>Liian lyhyt: {count}/{min} merkkiä. Muutamasta toisiinsa liittymättömästä sanasta saa pitkän salasanan, joka on helppo muistaa.</translation>
    </message>
    <message>
        <source>Too long: {count}/{max} characters.</source>
        <translation>Liian pitkä: {count}/{max} merkkiä.</translation>
    </message>
    <message>
        <source>Not accepted: it contains your username.</source>
        <translation>Ei hyväksytä: salasana sisältää käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <source>Not accepted: a common or easily guessed password.</source>
        <translation>Ei hyväksytä: yleinen tai helposti arvattava salasana.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the request – request {id}</source>
        <translation>Sulje pyyntö – pyyntö {id}</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <source>&amp;Basis of the refusal:</source>
        <translation>Kieltäytymisen &amp;peruste:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Perus&amp;telut:</translation>
    </message>
    <message>
        <source>Written &amp;assessment:</source>
        <translation>Kirjallinen &amp;arvio:</translation>
    </message>
    <message>
        <source>(choose the basis)</source>
        <translation>(valitse peruste)</translation>
    </message>
    <message>
        <source>A refusal states its reasons, the right to complain to the Data Protection Ombudsman and the right to a judicial remedy (Art. 12(4)).</source>
        <translation>Kieltäytymisessä ilmoitetaan sen perustelut, oikeus tehdä valitus tietosuojavaltuutetulle ja oikeus hakea muutosta tuomioistuimessa (12 artiklan 4 kohta).</translation>
    </message>
    <message>
        <source>“Manifestly unfounded or excessive” is for us to prove: write the assessment (e.g. requests repeated at unreasonable intervals).</source>
        <translation>”Ilmeisen perusteeton tai kohtuuton” on meidän osoitettava: kirjoita arvio (esim. pyyntöjä esitetään toistuvasti kohtuuttoman lyhyin väliajoin).</translation>
    </message>
    <message>
        <source>An erasure request is completed only after its erasure has been run.</source>
        <translation>Poistopyynnön voi merkitä valmiiksi vasta, kun sen poisto on suoritettu.</translation>
    </message>
    <message>
        <source>A closed request can no longer be changed.</source>
        <translation>Suljettua pyyntöä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>A basis and an assessment belong to a refusal only.</source>
        <translation>Peruste ja arvio kuuluvat vain kieltäytymiseen.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätiedot</translation>
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
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>Locked until</source>
        <translation>Lukittu asti</translation>
    </message>
    <message>
        <source>One-time password expires</source>
        <translation>Kertakäyttöinen salasana vanhenee</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Siirto ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
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
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Hävityspäivä</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Laskun päivä</translation>
    </message>
    <message>
        <source>Kept because</source>
        <translation>Säilytyksen syy</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Oikeusperusteet</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Kept for (months)</source>
        <translation>Säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Sen jälkeen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Vanhin</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Haettu</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Löytyi</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Mitä löytyi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>In Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Englanniksi</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Suoramarkkinointi</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ohjelman oma</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>tämän tietokoneen oma tiedosto</translation>
    </message>
    <message>
        <source>From the next start the program opens the register at {where}.</source>
        <translation>Seuraavasta käynnistyksestä alkaen ohjelma avaa rekisterin: {where}.</translation>
    </message>
    <message>
        <source>Verify the certificate and the server&apos;s name</source>
        <translation>Tarkista varmenne ja palvelimen nimi</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Tarkista vain varmenne</translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation>Salaa tarkistamatta</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Salaa, jos palvelin tarjoaa salausta</translation>
    </message>
    <message>
        <source>Do not encrypt</source>
        <translation>Älä salaa</translation>
    </message>
    <message>
        <source>Where the register is kept</source>
        <translation>Missä rekisteri on</translation>
    </message>
    <message>
        <source>One computer keeps the register in a file of its own. When several workstations share one register, it is kept on a PostgreSQL server; the server&apos;s password is never saved in the program&apos;s settings.</source>
        <translation>Yksi tietokone pitää rekisterin omassa tiedostossaan. Kun usea työasema käyttää samaa rekisteriä, se on PostgreSQL-palvelimella; palvelimen salasanaa ei koskaan tallenneta ohjelman asetuksiin.</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: tieto on pakollinen.</translation>
    </message>
    <message>
        <source>{field}: a whole number from 1 to 65535.</source>
        <translation>{field}: kokonaisluku väliltä 1–65535.</translation>
    </message>
    <message>
        <source>{field}: not a valid value.</source>
        <translation>{field}: arvo ei kelpaa.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Yhdistetään palvelimeen {server}…</translation>
    </message>
    <message>
        <source>On &amp;this computer (one workstation)</source>
        <translation>&amp;Tällä tietokoneella (yksi työasema)</translation>
    </message>
    <message>
        <source>On a &amp;server (several workstations)</source>
        <translation>&amp;Palvelimella (useita työasemia)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Pal&amp;velin:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rtti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Tieto&amp;kanta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Kä&amp;yttäjä:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>TL&amp;S:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Yhd&amp;istä</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
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
    <name>ConsentPurposeDialog</name>
    <message>
        <source>C&amp;ode:</source>
        <translation>Tu&amp;nnus:</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Nimi &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nimi &amp;englanniksi:</translation>
    </message>
    <message>
        <source>&amp;Direct marketing:</source>
        <translation>Suora&amp;markkinointi:</translation>
    </message>
    <message>
        <source>Edit consent purpose</source>
        <translation>Muokkaa suostumuksen käyttötarkoitusta</translation>
    </message>
    <message>
        <source>New consent purpose</source>
        <translation>Uusi suostumuksen käyttötarkoitus</translation>
    </message>
    <message>
        <source>e.g. newsletter (a–z, 0–9, _)</source>
        <translation>esim. newsletter (a–z, 0–9, _)</translation>
    </message>
    <message>
        <source>what Swedish letters call it</source>
        <translation>millä nimellä ruotsinkieliset kirjeet sitä kutsuvat</translation>
    </message>
    <message>
        <source>an objection to direct marketing ends this consent</source>
        <translation>suoramarkkinoinnin vastustaminen päättää tämän suostumuksen</translation>
    </message>
    <message>
        <source>Now saved: {fi} / {sv} / {en}. Your typing is kept; save again to replace them.</source>
        <translation>Nyt tallennettuna: {fi} / {sv} / {en}. Kirjoittamasi säilyy; tallenna uudelleen korvataksesi ne.</translation>
    </message>
</context>
<context>
    <name>ConsentPurposesDialog</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Suostumusten käyttötarkoitukset</translation>
    </message>
    <message>
        <source>The purposes a customer&apos;s consent is asked for. Their names are what the consent pages, the marketing lists and the letters say; a Swedish letter that names a purpose waits until its Swedish name is written. A code never changes.</source>
        <translation>Käyttötarkoitukset, joihin asiakkaalta pyydetään suostumus. Suostumussivut, markkinointilistat ja kirjeet käyttävät näitä nimiä; ruotsinkielinen kirje, jossa käyttötarkoitus mainitaan, odottaa, kunnes sen ruotsinkielinen nimi on kirjoitettu. Tunnus ei muutu koskaan.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
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
        <source>Co&amp;mpany:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>&amp;Letter language:</source>
        <translation>&amp;Kirjeen kieli:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Maa:</translation>
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
    <name>CustomerExportWords</name>
    <message numerus="yes">
        <source>Export the %n selected customer(s) to a file for spreadsheets?</source>
        <translation>
            <numerusform>Viedäänkö %n valittu asiakas taulukkolaskentatiedostoon?</numerusform>
            <numerusform>Viedäänkö %n valittua asiakasta taulukkolaskentatiedostoon?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n customer(s) matching the search to a file for spreadsheets?</source>
        <translation>
            <numerusform>Viedäänkö hakua vastaava %n asiakas taulukkolaskentatiedostoon?</numerusform>
            <numerusform>Viedäänkö hakua vastaavat %n asiakasta taulukkolaskentatiedostoon?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n customer(s) of the register to a file for spreadsheets?</source>
        <translation>
            <numerusform>Viedäänkö rekisterin %n asiakas taulukkolaskentatiedostoon?</numerusform>
            <numerusform>Viedäänkö rekisterin kaikki %n asiakasta taulukkolaskentatiedostoon?</numerusform>
        </translation>
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
    <name>CustomerListExports</name>
    <message>
        <source>People whose processing is restricted (GDPR Art. 18) are left out of every export. The file holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>Henkilöt, joiden tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 art.), jätetään pois kaikista vienneistä. Tiedosto sisältää henkilötietoja: säilytä se turvallisesti ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Asiakkaiden vienti</translation>
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
        <source>Marketing list</source>
        <translation>Markkinointilista</translation>
    </message>
    <message>
        <source>Writing the marketing list…</source>
        <translation>Kirjoitetaan markkinointilistaa…</translation>
    </message>
    <message>
        <source>The export was cancelled; the unfinished file was removed.</source>
        <translation>Vienti peruttiin, ja keskeneräinen tiedosto poistettiin.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Consent entries: {n}</source>
        <translation>Suostumusmerkintöjä: {n}</translation>
    </message>
    <message>
        <source>Objections: {n}</source>
        <translation>Vastustuksia: {n}</translation>
    </message>
    <message>
        <source>Web events: {n}</source>
        <translation>Sivuston tapahtumia: {n}</translation>
    </message>
    <message>
        <source>Invoices: {n}</source>
        <translation>Laskuja: {n}</translation>
    </message>
    <message>
        <source>Requests: {n}</source>
        <translation>Pyyntöjä: {n}</translation>
    </message>
    <message>
        <source>Letters of those requests: {n}</source>
        <translation>Näiden pyyntöjen kirjeitä: {n}</translation>
    </message>
    <message>
        <source>Records of purged data: {n}</source>
        <translation>Merkintöjä poistetuista tiedoista: {n}</translation>
    </message>
    <message>
        <source>The email addresses differ: keep the one the person uses now; the other is not kept.</source>
        <translation>Sähköpostiosoitteet eroavat: säilytä se, jota henkilö nyt käyttää; toista ei säilytetä.</translation>
    </message>
    <message>
        <source>The phone numbers differ: keep the one the person uses now; the other is not kept.</source>
        <translation>Puhelinnumerot eroavat: säilytä se, jota henkilö nyt käyttää; toista ei säilytetä.</translation>
    </message>
    <message>
        <source>A consent stands differently on the two records: after the merge the latest entry by the time the person acted decides. Both ledgers are kept whole.</source>
        <translation>Suostumuksen tila eroaa tietueiden välillä: yhdistämisen jälkeen ratkaisee viimeisin merkintä sen mukaan, milloin henkilö toimi. Molemmat suostumushistoriat säilyvät kokonaan.</translation>
    </message>
    <message>
        <source>The person objected to direct marketing, or their contact details are on the suppression list: every marketing consent of the merged record ends.</source>
        <translation>Henkilö on vastustanut suoramarkkinointia tai hänen yhteystietonsa ovat estolistalla: yhdistetyn tietueen kaikki markkinointisuostumukset päättyvät.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Yhdistä asiakkaat</translation>
    </message>
    <message>
        <source>Two records of one person become one: the kept record keeps its customer number, takes the value you choose for each field that differs, and receives everything of the duplicate; the duplicate&apos;s number goes out of use. Both ledgers and all history are kept, and the merge is audited. It cannot be undone.</source>
        <translation>Saman henkilön kaksi tietuetta yhdistetään yhdeksi: säilytettävä tietue pitää asiakasnumeronsa, saa jokaiseen eroavaan kenttään valitsemasi arvon ja kaiken kaksoiskappaleeseen liittyvän; kaksoiskappaleen numero poistuu käytöstä. Molemmat historiat säilyvät kokonaan, ja yhdistäminen kirjataan tarkastuslokiin. Sitä ei voi perua.</translation>
    </message>
    <message>
        <source>&amp;Keep the other record</source>
        <translation>&amp;Säilytä toinen tietue</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Kept: no. {number}</source>
        <translation>Säilytetään: nro {number}</translation>
    </message>
    <message>
        <source>Duplicate: no. {number}</source>
        <translation>Kaksoiskappale: nro {number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei merkintöjä)</translation>
    </message>
    <message>
        <source>The notes of both records are kept, the kept record&apos;s first.</source>
        <translation>Molempien tietueiden muistiinpanot säilytetään, säilytettävän tietueen omat ensin.</translation>
    </message>
    <message>
        <source>Joins the kept record from the duplicate: {what}.</source>
        <translation>Kaksoiskappaleelta siirtyy säilytettävälle tietueelle: {what}.</translation>
    </message>
    <message>
        <source>Nothing else hangs on the duplicate.</source>
        <translation>Kaksoiskappaleeseen ei liity muuta.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>Merge customer {duplicate} into customer {kept}? Number {duplicate} goes out of use and the merge cannot be undone.</source>
        <translation>Yhdistetäänkö asiakas {duplicate} asiakkaaseen {kept}? Numero {duplicate} poistuu käytöstä, eikä yhdistämistä voi perua.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
</context>
<context>
    <name>CustomerMerging</name>
    <message>
        <source>Merge customers</source>
        <translation>Yhdistä asiakkaat</translation>
    </message>
    <message>
        <source>Customer {duplicate} was merged into customer {kept}.</source>
        <translation>Asiakas {duplicate} yhdistettiin asiakkaaseen {kept}.</translation>
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
        <source>Remove the customer</source>
        <translation>Asiakkaan poistaminen</translation>
    </message>
    <message>
        <source>Remove customer {number} ({name}) as entered by mistake? This is for a record nothing has been done with; it is audited. A person&apos;s request to erase their data goes through an erasure request instead.</source>
        <translation>Poistetaanko asiakas {number} ({name}) vahingossa lisättynä? Tämä on tarkoitettu tietueelle, jolla ei ole vielä tehty mitään; poisto kirjataan tarkastuslokiin. Henkilön pyyntö tietojensa poistamiseksi käsitellään sen sijaan poistopyyntönä.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>The basic data have changes that are not saved. Save them first?</source>
        <translation>Perustietojen muutoksia ei ole tallennettu. Tallennetaanko ne ensin?</translation>
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
        <source>Name, email, phone, company, customer number, postal code or city</source>
        <translation>Nimi, sähköposti, puhelin, yritys, asiakasnumero, postinumero tai paikkakunta</translation>
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
        <translation>Tuo sivusto&amp;n tapahtumia…</translation>
    </message>
    <message>
        <source>M&amp;erge…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <source>Merge two selected records of one person</source>
        <translation>Yhdistä saman henkilön kaksi valittua tietuetta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln customer(s) match the search.</source>
        <translation>
            <numerusform>Haulla löytyi yli %Ln asiakas.</numerusform>
            <numerusform>Haulla löytyi yli %Ln asiakasta.</numerusform>
        </translation>
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
        <source>No customer matches the search. Check the spelling, or search by another part of the name, email, phone, postal code or city.</source>
        <translation>Haulla ei löytynyt asiakkaita. Tarkista kirjoitusasu tai hae toisella osalla nimeä, sähköpostia, puhelinnumeroa, postinumeroa tai paikkakuntaa.</translation>
    </message>
    <message>
        <source>The register is empty. Add a customer with New customer… (Ctrl+N), or import a CSV or Excel file with Import customers….</source>
        <translation>Rekisteri on tyhjä. Lisää asiakas painikkeella Uusi asiakas… (Ctrl+N) tai tuo CSV- tai Excel-tiedosto painikkeella Tuo asiakkaita….</translation>
    </message>
    <message>
        <source>The register is empty. Someone with the right to edit adds customers.</source>
        <translation>Rekisteri on tyhjä. Asiakkaat lisää käyttäjä, jolla on muokkausoikeus.</translation>
    </message>
</context>
<context>
    <name>DecideObjectionDialog</name>
    <message>
        <source>Decide the objection</source>
        <translation>Ratkaise vastustus</translation>
    </message>
    <message>
        <source>Objection to: {purpose}. Uphold it, and the processing stops; or record the compelling legitimate grounds that override the person&apos;s interests, with reasons (GDPR Art. 21(1)).</source>
        <translation>Vastustuksen kohde: {purpose}. Hyväksy vastustus, jolloin käsittely lopetetaan, tai kirjaa perusteluineen huomattavan tärkeät ja perustellut syyt, jotka syrjäyttävät henkilön edut (tietosuoja-asetuksen 21 artiklan 1 kohta).</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Päätös:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Perus&amp;telut:</translation>
    </message>
</context>
<context>
    <name>DeclineChangeDialog</name>
    <message>
        <source>A change not made</source>
        <translation>Muutos, jota ei tehty</translation>
    </message>
    <message>
        <source>Choose the ground and say which change was not made and why. The letter states it as a partial refusal, with the person&apos;s remedies.</source>
        <translation>Valitse peruste ja kerro, mitä muutosta ei tehty ja miksi. Kirje kertoo sen osittaisena epäämisenä henkilön oikeussuojakeinoineen.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Peruste:</translation>
    </message>
    <message>
        <source>&amp;Which change, and why:</source>
        <translation>&amp;Mikä muutos ja miksi:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of the electronic copy</source>
        <translation>Sähköisen kopion toimitus</translation>
    </message>
    <message>
        <source>How the person&apos;s machine-readable copy reaches them (GDPR Art. 15(3)).</source>
        <translation>Miten henkilön koneluettava kopio toimitetaan hänelle (tietosuoja-asetuksen 15 art. 3 kohta).</translation>
    </message>
    <message>
        <source>&amp;Delivered:</source>
        <translation>&amp;Toimitustapa:</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>T&amp;arkenne:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>DisproportionateDialog</name>
    <message>
        <source>Recipient not notified</source>
        <translation>Vastaanottajalle ei ilmoitettu</translation>
    </message>
    <message>
        <source>Telling {name} is impossible or would take disproportionate effort. Record why: the reason is required.</source>
        <translation>Ilmoittaminen vastaanottajalle {name} on mahdotonta tai vaatisi kohtuutonta vaivaa. Kirjaa syy: se on pakollinen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit user {username}</source>
        <translation>Muokkaa käyttäjää {username}</translation>
    </message>
    <message>
        <source>The username cannot be changed. The role gives the usual rights; exceptions for this user are set under Rights.</source>
        <translation>Käyttäjätunnusta ei voi muuttaa. Rooli antaa tavanomaiset oikeudet; tätä käyttäjää koskevat poikkeukset määritetään kohdassa Oikeudet.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Koko nimi:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>Tehtävä&amp;nimike (kirjeisiin):</translation>
    </message>
    <message>
        <source>Title in &amp;English (for letters):</source>
        <translation>Tehtävänimike &amp;englanniksi (kirjeisiin):</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish (for letters):</source>
        <translation>Tehtävänimike ruot&amp;siksi (kirjeisiin):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
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
        <source>Title in English</source>
        <translation>Tehtävänimike englanniksi</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Tehtävänimike ruotsiksi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Now saved: {name}, {title}, {role}. Your typing is kept; save again to replace those values.</source>
        <translation>Tällä hetkellä tallennettuna: {name}, {title}, {role}. Kirjoittamasi tiedot on säilytetty; korvaa nämä arvot tallentamalla uudelleen.</translation>
    </message>
</context>
<context>
    <name>ErasedReference</name>
    <message>
        <source>ERASED</source>
        <translation>POISTETTU</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <source>Customer record {label}</source>
        <translation>Asiakastietue {label}</translation>
    </message>
    <message>
        <source>Consent ledger entries</source>
        <translation>Suostumusrekisterin merkinnät</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Vastustukset</translation>
    </message>
    <message>
        <source>Suppression list entries (hashed email and phone)</source>
        <translation>Estolistan merkinnät (sähköpostiosoite ja puhelinnumero tiivisteinä)</translation>
    </message>
    <message>
        <source>Web events (technical data)</source>
        <translation>Verkkotapahtumat (tekniset tiedot)</translation>
    </message>
    <message>
        <source>Invoice {label}</source>
        <translation>Lasku {label}</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <source>Request {label}, never linked to the customer: the requester&apos;s name, contact or text names the person</source>
        <translation>Pyyntö {label}, jota ei ole liitetty asiakkaaseen: pyytäjän nimi, yhteystieto tai teksti yksilöi henkilön</translation>
    </message>
    <message>
        <source>Pauses of the requests</source>
        <translation>Pyyntöjen odotusjaksot</translation>
    </message>
    <message>
        <source>Rectification records (field names only)</source>
        <translation>Oikaisumerkinnät (vain kenttien nimet)</translation>
    </message>
    <message>
        <source>Art. 19 checklist lines of the requests</source>
        <translation>Pyyntöjen 19 artiklan tarkistuslistan rivit</translation>
    </message>
    <message>
        <source>Archived letters (the PDF goes; hash, date, kind and language stay)</source>
        <translation>Arkistoidut kirjeet (PDF-tiedosto poistetaan; tiiviste, päivämäärä, kirjeen laji ja kieli säilyvät)</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>poista</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>anonymisoi</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>säilytä</translation>
    </message>
    <message>
        <source>Erased at the person&apos;s request (GDPR Art. 17(1))</source>
        <translation>Poistettu henkilön pyynnöstä (tietosuoja-asetuksen 17 artiklan 1 kohta)</translation>
    </message>
    <message>
        <source>Accounting Act (kirjanpitolaki 2:10): a voucher is kept 6 years (GDPR Art. 17(3)(b))</source>
        <translation>Kirjanpitolaki (2 luku 10 §): tosite säilytetään 6 vuotta (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta)</translation>
    </message>
    <message>
        <source>Its keeping time under the Accounting Act has ended</source>
        <translation>Sen säilytysaika kirjanpitolain mukaan on päättynyt</translation>
    </message>
    <message>
        <source>Objection to direct marketing: kept as hashes only, so that no later import markets to the person (GDPR Art. 21(3))</source>
        <translation>Suoramarkkinoinnin vastustus: säilytetään vain tiivisteinä, jotta henkilölle ei markkinoida myöhemmin tuotujen tietojen perusteella (tietosuoja-asetuksen 21 artiklan 3 kohta)</translation>
    </message>
    <message>
        <source>Accountability (GDPR Art. 5(2)): type, dates and outcome under a pseudonymous reference; the free text goes</source>
        <translation>Osoitusvelvollisuus (tietosuoja-asetuksen 5 artiklan 2 kohta): tyyppi, päivämäärät ja lopputulos pseudonyymillä viitteellä; vapaa teksti poistetaan</translation>
    </message>
    <message>
        <source>Print or save the erasure confirmation letter (Letters page) before running the erasure: afterwards the name and address it goes to are gone.</source>
        <translation>Tulosta tai tallenna poistosta kertova vastauskirje (Kirjeet-välilehti) ennen kuin suoritat poiston: sen jälkeen nimeä ja osoitetta, johon kirje lähetetään, ei enää ole.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the erasure letter was printed or saved, so it no longer describes this plan: print or save a new erasure letter (Letters page), then run the erasure.</source>
        <translation>Henkilön tiedot ovat muuttuneet poistokirjeen tulostamisen tai tallentamisen jälkeen, joten kirje ei enää kuvaa tätä suunnitelmaa: tulosta tai tallenna uusi poistokirje (Kirjeet-sivu) ja suorita poisto sen jälkeen.</translation>
    </message>
    <message>
        <source>Invoice {number}: kept until {date} (Accounting Act)</source>
        <translation>Lasku {number}: säilytetään {date} asti (kirjanpitolaki)</translation>
    </message>
    <message>
        <source>The plan shows what the erasure does to each item before anything happens. Nothing changes until it is run and confirmed.</source>
        <translation>Suunnitelma näyttää, mitä poisto tekee kullekin kohteelle, ennen kuin mitään tapahtuu. Mikään ei muutu ennen kuin poisto suoritetaan ja vahvistetaan.</translation>
    </message>
    <message>
        <source>Erasure plan</source>
        <translation>Poistosuunnitelma</translation>
    </message>
    <message>
        <source>Show the plan &amp;again</source>
        <translation>Näytä suunnitelma &amp;uudelleen</translation>
    </message>
    <message>
        <source>Ru&amp;n the erasure…</source>
        <translation>Suorita p&amp;oisto…</translation>
    </message>
    <message>
        <source>Kept invoices</source>
        <translation>Säilytetyt laskut</translation>
    </message>
    <message>
        <source>Erasure plan for {name}, customer {number}</source>
        <translation>Poistosuunnitelma – {name}, asiakasnumero {number}</translation>
    </message>
    <message>
        <source>The confirmation letter has been printed or saved; it tells the person that the data are erased by {date}.</source>
        <translation>Vahvistuskirje on tulostettu tai tallennettu; siinä kerrotaan henkilölle, että tiedot poistetaan viimeistään {date}.</translation>
    </message>
    <message>
        <source>Only a user with the right to erase customers can show the plan and run the erasure.</source>
        <translation>Vain käyttäjä, jolla on oikeus poistaa asiakkaita, voi näyttää suunnitelman ja suorittaa poiston.</translation>
    </message>
    <message>
        <source>Identify the customer first.</source>
        <translation>Tunnista asiakas ensin.</translation>
    </message>
    <message>
        <source>The request is closed: the erasure cannot run.</source>
        <translation>Pyyntö on suljettu: poistoa ei voi suorittaa.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <source>The erasure was run on {when}. Invoices kept under the Accounting Act are listed with their purge dates in Register → Kept invoices.</source>
        <translation>Poisto suoritettiin {when}. Kirjanpitolain nojalla säilytettävät laskut hävityspäivineen näkyvät kohdassa Rekisteri → Säilytetyt laskut.</translation>
    </message>
    <message>
        <source>The erasure was run on {when}: reference {ref}.</source>
        <translation>Poisto suoritettiin {when}: viite {ref}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n row(s).</source>
        <translation>
            <numerusform>Poistettu: %n rivi.</numerusform>
            <numerusform>Poistettu: %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n row(s).</source>
        <translation>
            <numerusform>Anonymisoitu: %n rivi.</numerusform>
            <numerusform>Anonymisoitu: %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n item(s).</source>
        <translation>
            <numerusform>Säilytetty: %n kohde.</numerusform>
            <numerusform>Säilytetty: %n kohdetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file was cleaned of its traces (checkpoint done).</source>
        <translation>Tietokantatiedosto puhdistettiin jäljistä (tarkistuspiste tehty).</translation>
    </message>
    <message>
        <source>The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy. Close other programs using the database; the checkpoint is done again at the next start of the program, erasure or purge.</source>
        <translation>Poisto on tallennettu, mutta tietokantatiedostoa ei vielä voitu puhdistaa jäljistä: toinen ohjelma piti sitä varattuna. Sulje muut tietokantaa käyttävät ohjelmat; tarkistuspiste tehdään uudelleen ohjelman seuraavan käynnistyksen, poiston tai hävityksen yhteydessä.</translation>
    </message>
    <message>
        <source>Erase {name} (customer {number}) from the register?

This cannot be undone: the customer record, consents, objections and web events are deleted, and the person&apos;s requests keep only a pseudonymous reference.</source>
        <translation>Poistetaanko {name} (asiakasnumero {number}) rekisteristä?

Tätä ei voi perua: asiakastietue, suostumukset, vastustukset ja verkkotapahtumat poistetaan, ja henkilön pyynnöistä säilytetään vain pseudonyymi viite.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are kept under the Accounting Act until their purge date.</source>
        <translation>
            <numerusform>%n lasku säilytetään kirjanpitolain nojalla hävityspäiväänsä asti.</numerusform>
            <numerusform>%n laskua säilytetään kirjanpitolain nojalla hävityspäiväänsä asti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the erasure</source>
        <translation>Suorita poisto</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peru</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poisto</translation>
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
        <source>{field}: a whole number from {min} to {max}.</source>
        <translation>{field}: kokonaisluku {min}–{max}.</translation>
    </message>
    <message>
        <source>The customer cannot be removed as a mistake: something has already been done with the record (a request, letter, invoice, consent, objection or web event). A person&apos;s data are removed through an erasure request.</source>
        <translation>Asiakasta ei voi poistaa vahingossa lisättynä: tietueella on jo tehty jotakin (pyyntö, kirje, lasku, suostumus, vastustus tai verkkotapahtuma). Henkilön tiedot poistetaan poistopyynnön kautta.</translation>
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
        <source>{field}: the date cannot be before {earliest}.</source>
        <translation>{field}: päivämäärä ei voi olla ennen {earliest}.</translation>
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
        <source>The one-time password has expired. Ask the administrator for a new one.</source>
        <translation>Kertakäyttöinen salasana on vanhentunut. Pyydä pääkäyttäjältä uusi.</translation>
    </message>
    <message>
        <source>The audit log could not be written to {path}: {reason}.</source>
        <translation>Tarkastuslokia ei voitu kirjoittaa kohteeseen {path}: {reason}.</translation>
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
        <source>The key of the suppression list is missing or wrong ({file}): without it no email or phone can be checked against the list. Restore it from its backup: the key file beside the database, or on a server the register&apos;s keep database.</source>
        <translation>Estolistan avain puuttuu tai on väärä ({file}): ilman sitä sähköpostiosoitetta tai puhelinnumeroa ei voi tarkistaa listalta. Palauta se varmuuskopiosta: avaintiedosto tietokannan viereen tai palvelimella rekisterin säilötietokantaan.</translation>
    </message>
    <message>
        <source>{field}: give a whole number of months from 1 to {max}.</source>
        <translation>{field}: anna kokonainen kuukausimäärä väliltä 1–{max}.</translation>
    </message>
    <message>
        <source>{field}: a rule runs by itself only once it is confirmed.</source>
        <translation>{field}: sääntö voi toimia itsestään vasta, kun se on vahvistettu.</translation>
    </message>
    <message>
        <source>The erasure journal beside the database cannot be read ({reason}); a restore could bring back people erased since the backup, so it is refused.</source>
        <translation>Tietokannan vieressä olevaa poistopäiväkirjaa ei voi lukea ({reason}). Palautus voisi tuoda takaisin varmuuskopion jälkeen poistettuja henkilöitä, joten se estetään.</translation>
    </message>
    <message>
        <source>The erasure journal beside the database cannot be written ({reason}); nothing was erased.</source>
        <translation>Tietokannan vieressä olevaan poistopäiväkirjaan ei voi kirjoittaa ({reason}); mitään ei poistettu.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {reason}.</source>
        <translation>Varmuuskopiota ei voi palauttaa: {reason}.</translation>
    </message>
    <message>
        <source>The restore failed and the database was left as it was: {reason}.</source>
        <translation>Palautus epäonnistui, ja tietokanta jäi ennalleen: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is not empty: a backup is restored on a server only into an empty database (create a new one first).</source>
        <translation>Tietokanta {path} ei ole tyhjä: palvelimella varmuuskopio palautetaan vain tyhjään tietokantaan (luo ensin uusi).</translation>
    </message>
    <message>
        <source>The database {path} is in use by {count} other connection(s): close the program on the workstations first.</source>
        <translation>Tietokantaa {path} käyttää {count} muuta yhteyttä: sulje ensin ohjelma työasemilta.</translation>
    </message>
    <message>
        <source>The restore into {path} did not finish ({reason}); no workstation can connect to it. Drop the database, create it again empty and restore anew.</source>
        <translation>Palautus tietokantaan {path} jäi kesken ({reason}); mikään työasema ei voi muodostaa siihen yhteyttä. Poista tietokanta, luo se uudelleen tyhjänä ja palauta alusta.</translation>
    </message>
    <message>
        <source>{field}: give a year from {first} to the current year.</source>
        <translation>{field}: anna vuosi väliltä {first}–kuluva vuosi.</translation>
    </message>
    <message>
        <source>The register&apos;s name {database} is too long for its keep database (the name with &quot;_keep&quot; must fit in PostgreSQL&apos;s 63 bytes): choose a name of at most {max} bytes.</source>
        <translation>Rekisterin nimi {database} on liian pitkä sen säilötietokannalle (nimen ja päätteen &quot;_keep&quot; on mahduttava PostgreSQL:n 63 tavuun): valitse enintään {max} tavun nimi.</translation>
    </message>
    <message>
        <source>The register&apos;s keep database {path} (its suppression key and erasure journal) is missing or cannot be made ({reason}): run l4d db setup on the server as its administrator first.</source>
        <translation>Rekisterin säilötietokantaa {path} (sen estolistan avain ja poistopäiväkirja) ei ole, eikä sitä voi tehdä ({reason}): aja ensin l4d db setup palvelimen ylläpitäjänä.</translation>
    </message>
    <message>
        <source>The register&apos;s keep database {path} (its suppression key and erasure journal) cannot be used: {reason}.</source>
        <translation>Rekisterin säilötietokantaa {path} (sen estolistan avain ja poistopäiväkirja) ei voi käyttää: {reason}.</translation>
    </message>
    <message>
        <source>The keep database {path} (the register&apos;s suppression key and erasure journal) could not be made: the administrator needs the CREATEDB right (ALTER ROLE … CREATEDB).</source>
        <translation>Säilötietokantaa {path} (rekisterin estolistan avain ja poistopäiväkirja) ei voitu tehdä: ylläpitäjä tarvitsee CREATEDB-oikeuden (ALTER ROLE … CREATEDB).</translation>
    </message>
    <message>
        <source>The keep database {path} already holds another suppression key: the copied suppression list could not be checked with it. Drop the keep database and run l4d db setup again before copying.</source>
        <translation>Säilötietokannassa {path} on jo toinen estolistan avain: kopioitua estolistaa ei voisi tarkistaa sillä. Poista säilötietokanta ja aja l4d db setup uudelleen ennen kopiointia.</translation>
    </message>
    <message>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: vähintään {min} merkkiä.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>Varmuuskopio on salattu: anna sen tunnuslause.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup; nothing was changed.</source>
        <translation>Tunnuslause ei avaa tätä varmuuskopiota; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{field}: give a whole number from {min} to {max}.</source>
        <translation>{field}: anna kokonaisluku väliltä {min}–{max}.</translation>
    </message>
    <message>
        <source>{field}: not the database&apos;s own folder or a folder inside it (one failure would take both).</source>
        <translation>{field}: ei tietokannan omaa kansiota eikä sen sisällä olevaa kansiota (yksi vika veisi molemmat).</translation>
    </message>
    <message>
        <source>{field}: letter language must be fi, sv or en.</source>
        <translation>{field}: kirjeen kielen on oltava fi, sv tai en.</translation>
    </message>
    <message>
        <source>{field}: use 2–64 characters: the letters a–z (not å, ä or ö), digits, dots, hyphens or underscores.</source>
        <translation>{field}: käytä 2–64 merkkiä: kirjaimia a–z (ei å, ä eikä ö), numeroita, pisteitä, yhdysmerkkejä tai alaviivoja.</translation>
    </message>
    <message>
        <source>{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5).</source>
        <translation>{field}: Y-tunnus ei kelpaa (esim. 2989855-5).</translation>
    </message>
    <message>
        <source>{field}: not a web address (e.g. tietosuoja.fi or https://www.lean4d.fi).</source>
        <translation>{field}: ei ole verkko-osoite (esim. tietosuoja.fi tai https://www.lean4d.fi).</translation>
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
        <source>{field}: the row holds bytes that are not text in the file&apos;s encoding (UTF-8 or Windows-1252); the row was not read.</source>
        <translation>{field}: rivillä on tavuja, jotka eivät ole tekstiä tiedoston merkistössä (UTF-8 tai Windows-1252); riviä ei luettu.</translation>
    </message>
    <message>
        <source>{field}: a quote opened on this row is never closed; the rest of the file could not be read.</source>
        <translation>{field}: tällä rivillä avattua lainausmerkkiä ei suljeta; tiedoston loppua ei voitu lukea.</translation>
    </message>
    <message>
        <source>{field}: the customer was changed after the file was checked; check the file against the register and import the row again.</source>
        <translation>{field}: asiakasta on muutettu tiedoston tarkistamisen jälkeen; tarkista tiedosto rekisteriä vasten ja tuo rivi uudelleen.</translation>
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
        <source>{field}: not a known legal basis.</source>
        <translation>{field}: tuntematon oikeusperuste.</translation>
    </message>
    <message>
        <source>{field}: choose at least one legal basis.</source>
        <translation>{field}: valitse vähintään yksi oikeusperuste.</translation>
    </message>
    <message>
        <source>{field}: name the legitimate interest pursued before confirming the basis.</source>
        <translation>{field}: kerro tavoiteltava oikeutettu etu ennen kuin vahvistat perusteen.</translation>
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
        <source>The file&apos;s header row holds bytes that are not UTF-8 or Windows-1252 text.</source>
        <translation>Tiedoston otsikkorivillä on tavuja, jotka eivät ole UTF-8- tai Windows-1252-tekstiä.</translation>
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
    <message>
        <source>{field}: the time of receipt falls on another day than the received date.</source>
        <translation>{field}: vastaanottoaika on eri päivänä kuin vastaanottopäivä.</translation>
    </message>
    <message>
        <source>{field}: this user has no right to handle requests.</source>
        <translation>{field}: tällä käyttäjällä ei ole oikeutta käsitellä pyyntöjä.</translation>
    </message>
    <message>
        <source>The request is closed and can no longer be changed.</source>
        <translation>Pyyntö on suljettu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>The request cannot move to that status from its current one.</source>
        <translation>Pyyntöä ei voi siirtää nykyisestä tilastaan tähän tilaan.</translation>
    </message>
    <message>
        <source>The request is already waiting for the requester.</source>
        <translation>Pyyntö odottaa jo pyytäjää.</translation>
    </message>
    <message>
        <source>The request is not waiting for the requester.</source>
        <translation>Pyyntö ei odota pyytäjää.</translation>
    </message>
    <message>
        <source>The deadline of this request has already been extended once.</source>
        <translation>Tämän pyynnön määräaikaa on jo pidennetty kerran.</translation>
    </message>
    <message>
        <source>An extension must be told to the requester by the statutory deadline ({statutory}); it cannot be recorded with a later notice date.</source>
        <translation>Määräajan pidennyksestä on ilmoitettava pyytäjälle lakisääteiseen määräaikaan ({statutory}) mennessä; sitä ei voi kirjata myöhemmällä ilmoituspäivällä.</translation>
    </message>
    <message>
        <source>{field}: a refusal as manifestly unfounded or excessive needs a written assessment.</source>
        <translation>{field}: kieltäytyminen ilmeisen perusteettomana tai kohtuuttomana edellyttää kirjallista arviota.</translation>
    </message>
    <message>
        <source>{field}: only a refusal has a basis or an assessment.</source>
        <translation>{field}: vain kieltäytymisellä on peruste tai arvio.</translation>
    </message>
    <message>
        <source>An erasure request can be completed only after its erasure has been run.</source>
        <translation>Poistopyynnön voi merkitä valmiiksi vasta, kun sen poisto on suoritettu.</translation>
    </message>
    <message>
        <source>Request {request} is not an erasure request.</source>
        <translation>Pyyntö {request} ei ole poistopyyntö.</translation>
    </message>
    <message>
        <source>Request {request} is not linked to a customer yet: identify the requester first.</source>
        <translation>Pyyntöä {request} ei ole vielä liitetty asiakkaaseen: tunnista pyytäjä ensin.</translation>
    </message>
    <message>
        <source>Request {request} is closed; an erasure runs only on an open request.</source>
        <translation>Pyyntö {request} on suljettu; poisto voidaan suorittaa vain avoimelle pyynnölle.</translation>
    </message>
    <message>
        <source>The erasure of request {request} has already been run.</source>
        <translation>Pyynnön {request} poisto on jo suoritettu.</translation>
    </message>
    <message>
        <source>The data of request {request} changed after the erasure plan was made: show the plan again and confirm it.</source>
        <translation>Pyynnön {request} tiedot ovat muuttuneet poistosuunnitelman laatimisen jälkeen: näytä suunnitelma uudelleen ja vahvista se.</translation>
    </message>
    <message>
        <source>The processing of this customer&apos;s data is restricted (GDPR Art. 18): the data are only stored. Correct them through the person&apos;s rectification request, or lift the restriction first.</source>
        <translation>Tämän asiakkaan tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla): tiedot vain säilytetään. Korjaa ne henkilön oikaisupyynnön kautta tai poista rajoitus ensin.</translation>
    </message>
    <message>
        <source>The processing register lacks texts this letter or notice prints in its language ({texts}); complete them in Register → Processing register.</source>
        <translation>Käsittelytoimien selosteesta puuttuu tekstejä, jotka tämä kirje tai seloste tulostaa omalla kielellään ({texts}). Täydennä ne kohdassa Rekisteri → Seloste käsittelytoimista.</translation>
    </message>
    <message>
        <source>The legal bases of these purposes are not confirmed yet: {purposes}. The access letter and the privacy notice are issued only after the pääkäyttäjä confirms them in Register → Processing register.</source>
        <translation>Näiden käyttötarkoitusten oikeusperusteita ei ole vielä vahvistettu: {purposes}. Tarkastuspyynnön vastaus ja tietosuojaseloste annetaan vasta, kun pääkäyttäjä on vahvistanut ne (Rekisteri → Seloste käsittelytoimista).</translation>
    </message>
    <message>
        <source>The transfer mechanism of these processors outside the EEA is not recorded: {processors}. Add it in Register → Processors first.</source>
        <translation>Näiden ETA:n ulkopuolisten käsittelijöiden siirtoperustetta ei ole kirjattu: {processors}. Lisää se ensin kohdassa Rekisteri → Vastaanottajarekisteri.</translation>
    </message>
    <message>
        <source>{field}: a processor outside the EEA needs its transfer mechanism (adequacy decision, Data Privacy Framework, standard clauses, binding corporate rules or a derogation).</source>
        <translation>{field}: ETA:n ulkopuoliselle käsittelijälle on kirjattava siirtoperuste (tietosuojan riittävyyttä koskeva päätös, EU:n ja Yhdysvaltojen tietosuojakehys, vakiotietosuojalausekkeet, yritystä koskevat sitovat säännöt tai poikkeus).</translation>
    </message>
    <message>
        <source>{field}: a processor inside the EEA has no transfer mechanism; leave it empty.</source>
        <translation>{field}: ETA:n sisällä olevalla käsittelijällä ei ole siirtoperustetta; jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>{field}: name the clauses&apos; module or the Art. 49 derogation relied on.</source>
        <translation>{field}: kerro lausekkeiden moduuli tai 49 artiklan poikkeus, johon siirto perustuu.</translation>
    </message>
    <message>
        <source>Print or save the erasure confirmation letter of request {request} before running the erasure: afterwards the name and address it goes to are gone.</source>
        <translation>Tulosta tai tallenna pyynnön {request} poistosta kertova vastauskirje ennen kuin suoritat poiston: sen jälkeen nimeä ja osoitetta, johon kirje lähetetään, ei enää ole.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the erasure letter of request {request} was issued, so the letter no longer describes the erasure that would run: issue a new erasure letter, then run the erasure.</source>
        <translation>Henkilön tiedot ovat muuttuneet sen jälkeen, kun pyynnön {request} poistokirje lähti, joten kirje ei enää kuvaa poistoa, joka nyt suoritettaisiin: tulosta tai tallenna uusi poistokirje ja suorita poisto sen jälkeen.</translation>
    </message>
    <message>
        <source>The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy ({attempts} attempts). Close the other programs using the database, then run `l4d maintenance scrub` (with the same --db); otherwise it is done at the next start.</source>
        <translation>Poisto on tallennettu, mutta tietokantatiedostoa ei vielä voitu puhdistaa jäljistä: toinen ohjelma piti sitä varattuna (yrityksiä: {attempts}). Sulje muut tietokantaa käyttävät ohjelmat ja suorita sitten `l4d maintenance scrub` (samalla --db-valinnalla); muuten puhdistus tehdään seuraavassa käynnistyksessä.</translation>
    </message>
    <message>
        <source>The request&apos;s person is not identified yet: link the customer and record the identity check first.</source>
        <translation>Pyynnön henkilöä ei ole vielä tunnistettu: liitä asiakas ja kirjaa henkilöllisyyden tarkistus ensin.</translation>
    </message>
    <message>
        <source>This type of request has no copy of the person&apos;s data; only access and portability requests do.</source>
        <translation>Tämäntyyppiseen pyyntöön ei kuulu kopiota henkilön tiedoista; se kuuluu vain tarkastus- ja siirtopyyntöihin.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written.</source>
        <translation>{path} on jo olemassa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{path} is not a folder that can be written to.</source>
        <translation>{path} ei ole kansio, johon voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The data files could not be written to {path} ({reason}); nothing was left behind.</source>
        <translation>Datatiedostoja ei voitu kirjoittaa kohteeseen {path} ({reason}); keskeneräisiä tiedostoja ei jäänyt.</translation>
    </message>
    <message>
        <source>This action does not belong to a request of this type.</source>
        <translation>Tämä toimenpide ei kuulu tämäntyyppiseen pyyntöön.</translation>
    </message>
    <message>
        <source>The request was made by another customer.</source>
        <translation>Pyynnön teki toinen asiakas.</translation>
    </message>
    <message>
        <source>{field}: the date is before the request was received.</source>
        <translation>{field}: päivämäärä on ennen pyynnön vastaanottamista.</translation>
    </message>
    <message>
        <source>{field}: the date is before the rectification, erasure or restriction was carried out; a recipient cannot have been told of it earlier.</source>
        <translation>{field}: päivämäärä on ennen kuin oikaisu, poisto tai käsittelyn rajoitus tehtiin; vastaanottajalle ei ole voitu ilmoittaa siitä aiemmin.</translation>
    </message>
    <message>
        <source>The processor is no longer active, so it is not on the checklist.</source>
        <translation>Vastaanottaja ei ole enää aktiivinen, joten se ei ole tarkistuslistalla.</translation>
    </message>
    <message>
        <source>The objection has already been decided.</source>
        <translation>Vastustuksesta on jo päätetty.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the plan of what relied only on the withdrawn consent was shown: show the plan again and confirm it.</source>
        <translation>Henkilön tiedot ovat muuttuneet sen jälkeen, kun suunnitelma vain peruutettuun suostumukseen perustuvien tietojen poistamisesta näytettiin: näytä suunnitelma uudelleen ja vahvista se.</translation>
    </message>
    <message>
        <source>An objection to this purpose is already recorded under this request; each purpose is recorded once.</source>
        <translation>Vastustaminen tähän tarkoitukseen on jo kirjattu tähän pyyntöön; kukin tarkoitus kirjataan kerran.</translation>
    </message>
    <message>
        <source>Record which systems were searched for the requester&apos;s data first (Searched and asked): this letter says where we looked.</source>
        <translation>Kirjaa ensin, mistä järjestelmistä pyytäjän tietoja etsittiin (Haut ja kysymykset): tämä kirje kertoo, mistä etsimme.</translation>
    </message>
    <message>
        <source>The request is linked to a customer whose data are held: the access response answers it.</source>
        <translation>Pyyntö on liitetty asiakkaaseen, jonka tietoja säilytetään: siihen vastataan tarkastuspyynnön vastauksella.</translation>
    </message>
    <message>
        <source>{n} of the requester&apos;s questions have no answer yet: the access response answers every question.</source>
        <translation>Pyytäjän kysymyksistä {n} on vielä vastaamatta: vastauksessa vastataan jokaiseen kysymykseen.</translation>
    </message>
    <message>
        <source>{field}: no invoice with this number is kept after an erasure.</source>
        <translation>{field}: tällä numerolla ei ole poiston jälkeen säilytettävää laskua.</translation>
    </message>
    <message>
        <source>The request is linked to a customer: kept invoices are matched only to a requester of whom nothing else is held.</source>
        <translation>Pyyntö on liitetty asiakkaaseen: säilytettäviä laskuja liitetään vain pyytäjään, josta ei säilytetä muita tietoja.</translation>
    </message>
    <message>
        <source>Record the objection first: this letter tells how each objection of the request was handled.</source>
        <translation>Kirjaa ensin vastustaminen: tämä kirje kertoo, miten pyynnön kukin vastustaminen on käsitelty.</translation>
    </message>
    <message>
        <source>{field}: earlier than the latest consent entry for the purpose; the withdrawal would not take effect.</source>
        <translation>{field}: aikaisempi kuin käyttötarkoituksen viimeisin suostumusmerkintä; peruutus ei tulisi voimaan.</translation>
    </message>
    <message>
        <source>A consent the data rely on is still given; they are not erased on this ground.</source>
        <translation>Suostumus, johon tietojen käsittely perustuu, on yhä voimassa; tietoja ei poisteta tällä perusteella.</translation>
    </message>
    <message>
        <source>The letter contains characters that no embedded font can print ({chars}); correct the data or spell them in Latin letters before printing.</source>
        <translation>Kirjeessä on merkkejä, joita mikään upotettu fontti ei pysty tulostamaan ({chars}); korjaa tiedot tai kirjoita merkit latinalaisin kirjaimin ennen tulostamista.</translation>
    </message>
    <message>
        <source>The PDF of this letter was removed with the person&apos;s erasure; only its hash is kept.</source>
        <translation>Tämän kirjeen PDF-tiedosto poistettiin henkilön tietojen poiston yhteydessä; siitä on tallessa vain tiiviste.</translation>
    </message>
    <message>
        <source>This letter does not answer a request of this type.</source>
        <translation>Tällä kirjeellä ei vastata tämäntyyppiseen pyyntöön.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is not confirmed yet: record the identity check first.</source>
        <translation>Pyytäjän henkilöllisyyttä ei ole vielä varmistettu: kirjaa ensin henkilöllisyyden tarkistus.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is already confirmed: this letter would ask for what is no longer needed.</source>
        <translation>Pyytäjän henkilöllisyys on jo varmistettu: kirje pyytäisi tietoja, joita ei enää tarvita.</translation>
    </message>
    <message>
        <source>The request is not linked to a customer, so the letter has no one to go to: link the customer first.</source>
        <translation>Pyyntöä ei ole liitetty asiakkaaseen, joten kirjeellä ei ole vastaanottajaa: liitä ensin asiakas.</translation>
    </message>
    <message>
        <source>The deadline has not been extended: record the extension first.</source>
        <translation>Määräaikaa ei ole pidennetty: kirjaa ensin määräajan pidennys.</translation>
    </message>
    <message>
        <source>The request has not been refused: close it as refused, with the basis, first.</source>
        <translation>Pyyntöä ei ole hylätty: sulje se ensin hylättynä ja kirjaa kieltäytymisen peruste.</translation>
    </message>
    <message>
        <source>The request was refused, so this letter is not written: the refusal letter answers it.</source>
        <translation>Pyyntö on hylätty, joten tätä kirjettä ei kirjoiteta: pyyntöön vastataan kirjeellä ”Perusteltu kieltäytyminen”.</translation>
    </message>
    <message>
        <source>The person&apos;s data have been erased, so no letter can be written to them any more.</source>
        <translation>Henkilön tiedot on poistettu, joten hänelle ei voi enää laatia kirjettä.</translation>
    </message>
    <message>
        <source>{field}: give a number of millimetres from −30 to 30.</source>
        <translation>{field}: anna millimetrimäärä väliltä −30…30.</translation>
    </message>
    <message>
        <source>{field}: give the reasons in at least one full sentence ({words} words or more).</source>
        <translation>{field}: kirjoita perustelut vähintään yhtenä kokonaisena lauseena ({words} sanaa tai enemmän).</translation>
    </message>
    <message>
        <source>{field}: a notice given before today needs the channel it was given by (email, letter, phone, in-person); without one, the extension letter is the notice and is dated the day it leaves.</source>
        <translation>{field}: aiemmin annetulle ilmoitukselle tarvitaan tapa, jolla se annettiin (sähköposti, kirje, puhelin, henkilökohtaisesti); ilman sitä jatkamiskirje on ilmoitus, ja sen päiväys on lähtöpäivä.</translation>
    </message>
    <message>
        <source>A request of type {type} takes effect at once; its time limit cannot be extended.</source>
        <translation>Tyypin {type} pyyntö tulee voimaan heti; sen määräaikaa ei voi jatkaa.</translation>
    </message>
    <message>
        <source>An objection to direct marketing takes effect at once: only the assessment of an objection to other processing can be extended. Record that objection under the request first.</source>
        <translation>Suoramarkkinoinnin vastustaminen tulee voimaan heti: vain muun käsittelyn vastustamisen arviointia voi jatkaa. Kirjaa se vastustaminen pyynnölle ensin.</translation>
    </message>
    <message>
        <source>The extension letter would be the notice of the extension, but the statutory deadline ({statutory}) has passed: an extension is valid only if told by then.</source>
        <translation>Jatkamiskirje olisi ilmoitus jatkamisesta, mutta lakisääteinen määräaika ({statutory}) on jo päättynyt: jatko on pätevä vain, jos siitä ilmoitetaan sitä ennen.</translation>
    </message>
    <message>
        <source>The person is already restricted under this request.</source>
        <translation>Henkilön tietojen käsittely on jo rajoitettu tällä pyynnöllä.</translation>
    </message>
    <message>
        <source>The person is not restricted under this request.</source>
        <translation>Henkilön tietojen käsittelyä ei ole rajoitettu tällä pyynnöllä.</translation>
    </message>
    <message>
        <source>{field}: choose a working day (not a weekend or a public holiday).</source>
        <translation>{field}: valitse arkipäivä (ei viikonloppu eikä arkipyhä).</translation>
    </message>
    <message>
        <source>{field}: the restriction can be lifted only after the person has been told, so choose a day after today.</source>
        <translation>{field}: rajoituksen voi poistaa vasta, kun henkilölle on ilmoitettu, joten valitse päivä tämän päivän jälkeen.</translation>
    </message>
    <message>
        <source>{field}: this reason cannot end a restriction on ground {ground} of Art. 18(1).</source>
        <translation>{field}: tämä syy ei voi päättää 18 artiklan 1 kohdan {ground} alakohdan perusteella asetettua rajoitusta.</translation>
    </message>
    <message>
        <source>Announce the lifting first: the person is told the day and the reason before the restriction is lifted (Art. 18(3)).</source>
        <translation>Ilmoita poistamisesta ensin: henkilölle kerrotaan päivä ja syy ennen kuin rajoitus poistetaan (18 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>The notice of lifting has not been sent: print or save the restriction-lifted letter first.</source>
        <translation>Ilmoitusta poistamisesta ei ole lähetetty: tulosta tai tallenna rajoituksen poistamista koskeva kirje ensin.</translation>
    </message>
    <message>
        <source>The person was told that the restriction is lifted on {lift_on}; it cannot be lifted before then. To lift it earlier, announce a new day and send a new notice.</source>
        <translation>Henkilölle on ilmoitettu, että rajoitus poistetaan {lift_on}; sitä ei voi poistaa ennen sitä. Jos haluat poistaa sen aiemmin, ilmoita uusi päivä ja lähetä uusi ilmoitus.</translation>
    </message>
    <message>
        <source>There is nothing recorded for this text to explain ({topic}): record the extension, lift notice or finding first.</source>
        <translation>Tälle tekstille ei ole kirjattua asiaa, jota se selittäisi ({topic}): kirjaa jatko, poistamisilmoitus tai havainto ensin.</translation>
    </message>
    <message>
        <source>The person is not restricted under this request: set the restriction, with its ground, first.</source>
        <translation>Henkilön tietojen käsittelyä ei ole rajoitettu tällä pyynnöllä: aseta rajoitus perusteineen ensin.</translation>
    </message>
    <message>
        <source>Announce the lifting first, with the day and the reason: this letter states them.</source>
        <translation>Ilmoita poistamisesta ensin päivineen ja syineen: tämä kirje kertoo ne.</translation>
    </message>
    <message>
        <source>Save a rectification under this request, or record that the data were already correct or that a change was not made, first.</source>
        <translation>Tallenna ensin oikaisu tällä pyynnöllä tai kirjaa, että tiedot olivat jo oikein tai että muutosta ei tehty.</translation>
    </message>
    <message>
        <source>The letter prints a text not yet written in {language}: {topic}. Write it first.</source>
        <translation>Kirjeessä on teksti, jota ei ole vielä kirjoitettu kielellä {language}: {topic}. Kirjoita se ensin.</translation>
    </message>
    <message>
        <source>The recipients register has no role in this language ({language}) for the processor {processor}: write it there first.</source>
        <translation>Vastaanottajarekisterissä ei ole käsittelijän {processor} tehtävää tällä kielellä ({language}): kirjoita se sinne ensin.</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>palvelimen TLS-varmennetta ei voitu todentaa</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>palvelimella ei ole tällaista tietokantaa tai käyttäjää</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found</source>
        <translation>palvelimen nimeä ei löytynyt</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>palvelimeen ei saada yhteyttä</translation>
    </message>
    <message>
        <source>the user has no right to this database</source>
        <translation>käyttäjällä ei ole oikeutta tähän tietokantaan</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>palvelin torjui yhteyden</translation>
    </message>
    <message>
        <source>the address is not of the form postgresql://USER@HOST[:PORT]/DB</source>
        <translation>osoite ei ole muotoa postgresql://KÄYTTÄJÄ@PALVELIN[:PORTTI]/TIETOKANTA</translation>
    </message>
    <message>
        <source>only postgresql:// addresses are supported</source>
        <translation>vain postgresql://-osoitteita tuetaan</translation>
    </message>
    <message>
        <source>the address must not hold a password; the program asks for it, or it is kept in the keyring or ~/.pgpass</source>
        <translation>osoitteessa ei saa olla salasanaa; ohjelma kysyy sen, tai se säilytetään avainnipussa tai tiedostossa ~/.pgpass</translation>
    </message>
    <message>
        <source>the address has an option that is not supported</source>
        <translation>osoitteessa on asetus, jota ei tueta</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>sslmode-asetuksen on oltava disable, allow, prefer, require, verify-ca tai verify-full</translation>
    </message>
    <message>
        <source>the address names no server</source>
        <translation>osoitteessa ei ole palvelinta</translation>
    </message>
    <message>
        <source>the address names no valid user</source>
        <translation>osoitteessa ei ole kelvollista käyttäjää</translation>
    </message>
    <message>
        <source>the address names no valid database</source>
        <translation>osoitteessa ei ole kelvollista tietokantaa</translation>
    </message>
    <message>
        <source>The address cannot be used: {reason}.</source>
        <translation>Osoitetta ei voi käyttää: {reason}.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself: choose two different customers.</source>
        <translation>Asiakasta ei voi yhdistää itseensä: valitse kaksi eri asiakasta.</translation>
    </message>
    <message>
        <source>Customer {number} is restricted (Art. 18): their data are only stored, so the record is not merged. Lift the restriction through its request first.</source>
        <translation>Asiakkaan {number} tietojen käsittelyä on rajoitettu (18 artikla): tietoja vain säilytetään, joten tietuetta ei yhdistetä. Poista rajoitus ensin sen pyynnön kautta.</translation>
    </message>
    <message>
        <source>Customer {number} has an erasure request in progress: finish or close that request before merging.</source>
        <translation>Asiakkaalla {number} on käsittelyssä poistopyyntö: vie pyyntö loppuun tai sulje se ennen yhdistämistä.</translation>
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
    <name>EvidenceTerms</name>
    <message>
        <source>(a) accuracy contested: while it is verified</source>
        <translation>(a) paikkansapitävyys kiistetty: tarkistuksen ajan</translation>
    </message>
    <message>
        <source>(b) unlawful, but the person wants it kept</source>
        <translation>(b) lainvastainen, mutta henkilö haluaa tiedot säilytettävän</translation>
    </message>
    <message>
        <source>(c) needed by the person for legal claims</source>
        <translation>(c) henkilö tarvitsee oikeusvaatetta varten</translation>
    </message>
    <message>
        <source>(d) objection pending</source>
        <translation>(d) vastustaminen käsittelyssä</translation>
    </message>
    <message>
        <source>Data checked and accurate</source>
        <translation>Tiedot tarkistettu ja oikeat</translation>
    </message>
    <message>
        <source>Data rectified</source>
        <translation>Tiedot oikaistu</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Vastustaminen ratkaistu</translation>
    </message>
    <message>
        <source>No longer needed for legal claims</source>
        <translation>Ei enää tarpeen oikeusvaatetta varten</translation>
    </message>
    <message>
        <source>The person asked for the lifting</source>
        <translation>Henkilö pyysi poistamista</translation>
    </message>
    <message>
        <source>The held data are correct</source>
        <translation>Rekisterin tieto on oikea</translation>
    </message>
    <message>
        <source>A record the law keeps unchanged</source>
        <translation>Asiakirja, joka on lain mukaan säilytettävä muuttamattomana</translation>
    </message>
    <message>
        <source>An opinion, not data about them</source>
        <translation>Arvio, ei henkilöä koskeva tieto</translation>
    </message>
    <message>
        <source>Complexity of the request</source>
        <translation>Pyynnön monimutkaisuus</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Pyyntöjen määrä</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Jatkamisen perustelut</translation>
    </message>
    <message>
        <source>Reason for lifting the restriction</source>
        <translation>Rajoituksen poistamisen syy</translation>
    </message>
    <message>
        <source>What was checked (already correct)</source>
        <translation>Mitä tarkistettiin (jo oikein)</translation>
    </message>
    <message>
        <source>The change not made, and why</source>
        <translation>Tekemättä jäänyt muutos ja syy</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Epäämisen perustelut</translation>
    </message>
    <message>
        <source>Assessment of the refused request</source>
        <translation>Arvio evätystä pyynnöstä</translation>
    </message>
    <message>
        <source>Compelling grounds: analytics</source>
        <translation>Painava syy: analytiikka</translation>
    </message>
    <message>
        <source>Compelling grounds: service development</source>
        <translation>Painava syy: palvelun kehittäminen</translation>
    </message>
    <message>
        <source>Compelling grounds: customer relationship</source>
        <translation>Painava syy: asiakassuhde</translation>
    </message>
    <message>
        <source>Compelling grounds: other processing</source>
        <translation>Painava syy: muu käsittely</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
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
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline – request {id}</source>
        <translation>Pidennä määräaikaa – pyyntö {id}</translation>
    </message>
    <message>
        <source>The deadline may be extended by at most two further months, taking into account the complexity and number of the requests. The extension is valid only if the requester is told, with the reasons, by the statutory deadline.</source>
        <translation>Määräaikaa voidaan pidentää enintään kahdella lisäkuukaudella pyyntöjen monimutkaisuus ja määrä huomioon ottaen. Pidennys on voimassa vain, jos pyytäjälle ilmoitetaan siitä perusteluineen lakisääteiseen määräaikaan mennessä.</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Perusteet:</translation>
    </message>
    <message>
        <source>Reasons&apos; &amp;language:</source>
        <translation>Perustelujen &amp;kieli:</translation>
    </message>
    <message>
        <source>Told &amp;earlier:</source>
        <translation>Ilmoitettu &amp;aiemmin:</translation>
    </message>
    <message>
        <source>Statutory deadline (the last day to tell the requester): {statutory}
Due after the extension: {latest}</source>
        <translation>Lakisääteinen määräaika (viimeinen päivä ilmoittaa pyytäjälle): {statutory}
Määräpäivä pidennyksen jälkeen: {latest}</translation>
    </message>
    <message>
        <source>&amp;Complexity of the request</source>
        <translation>Pyynnön &amp;monimutkaisuus</translation>
    </message>
    <message>
        <source>&amp;Number of requests</source>
        <translation>Pyyntöj&amp;en määrä</translation>
    </message>
    <message>
        <source>The customer&apos;s letter language</source>
        <translation>Asiakkaan kirjekieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>No: the extension letter is the notice</source>
        <translation>Ei: jatkamiskirje on ilmoitus</translation>
    </message>
    <message>
        <source>The days the privacy notice promises ran out on {day}: the letter says so, in the past tense.</source>
        <translation>Tietosuojaselosteen lupaama käsittelyaika päättyi {day}: kirje kertoo sen menneessä aikamuodossa.</translation>
    </message>
    <message>
        <source>Requester &amp;told on:</source>
        <translation>Pyytäjälle &amp;ilmoitettu:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Perus&amp;telut:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Due soon</source>
        <translation>Pian erääntyvät</translation>
    </message>
    <message>
        <source>Repeat-request interval</source>
        <translation>Toistuvan pyynnön väli</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Lukitus käyttämättä</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Tietosuojaselosteen versio</translation>
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
        <source>Title in English</source>
        <translation>Tehtävänimike englanniksi</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Tehtävänimike ruotsiksi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Role in English</source>
        <translation>Rooli englanniksi</translation>
    </message>
    <message>
        <source>Role in Swedish</source>
        <translation>Rooli ruotsiksi</translation>
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
        <source>Backup passphrase</source>
        <translation>Varmuuskopioiden tunnuslause</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Varmuuskopiokansio</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Säilytettävät varmuuskopiot</translation>
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
        <source>Kept for (months)</source>
        <translation>Säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Runs by itself</source>
        <translation>Toimii itsestään</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Säilytyssääntö</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
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
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Transfer outside the EEA</source>
        <translation>Siirto ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Transfer particulars</source>
        <translation>Siirron tarkemmat tiedot</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Person told on</source>
        <translation>Henkilölle ilmoitettu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustus</translation>
    </message>
    <message>
        <source>Time of receipt</source>
        <translation>Vastaanottoaika</translation>
    </message>
    <message>
        <source>The requester&apos;s words</source>
        <translation>Pyytäjän sanamuoto</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Pyytäjän nimi</translation>
    </message>
    <message>
        <source>Requester&apos;s contact details</source>
        <translation>Pyytäjän yhteystiedot</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Ilmoituspäivä</translation>
    </message>
    <message>
        <source>Basis of the refusal</source>
        <translation>Kieltäytymisen peruste</translation>
    </message>
    <message>
        <source>Written assessment</source>
        <translation>Kirjallinen arvio</translation>
    </message>
    <message>
        <source>System searched</source>
        <translation>Haettu järjestelmä</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Mitä löytyi</translation>
    </message>
    <message>
        <source>Searched on</source>
        <translation>Hakupäivä</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation>Toimituksen tarkenne</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Channel of the notice</source>
        <translation>Ilmoitustapa</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Lift date</source>
        <translation>Poistamispäivä</translation>
    </message>
    <message>
        <source>Reason for lifting</source>
        <translation>Poistamisen syy</translation>
    </message>
    <message>
        <source>Which text</source>
        <translation>Mikä teksti</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Oikeusperusteet</translation>
    </message>
    <message>
        <source>Basis explained in Finnish</source>
        <translation>Peruste tarkemmin suomeksi</translation>
    </message>
    <message>
        <source>Basis explained in Swedish</source>
        <translation>Peruste tarkemmin ruotsiksi</translation>
    </message>
    <message>
        <source>Basis explained in English</source>
        <translation>Peruste tarkemmin englanniksi</translation>
    </message>
    <message>
        <source>Data categories in Finnish</source>
        <translation>Käytettävät tiedot suomeksi</translation>
    </message>
    <message>
        <source>Data categories in Swedish</source>
        <translation>Käytettävät tiedot ruotsiksi</translation>
    </message>
    <message>
        <source>Data categories in English</source>
        <translation>Käytettävät tiedot englanniksi</translation>
    </message>
    <message>
        <source>Retention in Finnish</source>
        <translation>Säilytysaika suomeksi</translation>
    </message>
    <message>
        <source>Retention in Swedish</source>
        <translation>Säilytysaika ruotsiksi</translation>
    </message>
    <message>
        <source>Retention in English</source>
        <translation>Säilytysaika englanniksi</translation>
    </message>
    <message>
        <source>Finnish text</source>
        <translation>Suomenkielinen teksti</translation>
    </message>
    <message>
        <source>Swedish text</source>
        <translation>Ruotsinkielinen teksti</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Englanninkielinen teksti</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>l4d-audit-checkpoint-{date}.json</source>
        <translation>l4d-tarkastusloki-tarkistuspiste-{date}.json</translation>
    </message>
    <message>
        <source>l4d-audit-{date}.csv</source>
        <translation>l4d-tarkastusloki-{date}.csv</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>answer-{reference}-{kind}-{language}.zip</source>
        <translation>vastaus-{reference}-{kind}-{language}.zip</translation>
    </message>
    <message>
        <source>letter-{reference}-{kind}-{language}.pdf</source>
        <translation>kirje-{reference}-{kind}-{language}.pdf</translation>
    </message>
    <message>
        <source>requests-{date}</source>
        <translation>pyynnot-{date}</translation>
    </message>
    <message>
        <source>l4d-backup-{date}.sqlite3</source>
        <translation>l4d-varmuuskopio-{date}.sqlite3</translation>
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
    <name>FollowingDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>HeldDataView</name>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Asiakastietue</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>annettu {day}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>peruttu {day}</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Suostumuskirjanpito</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Vastustukset</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message numerus="yes">
        <source>Web events: %n (all in the copy).</source>
        <translation>
            <numerusform>Verkkotapahtumia: %n (kaikki kopiossa).</numerusform>
            <numerusform>Verkkotapahtumia: %n (kaikki kopiossa).</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identity check – request {id}</source>
        <translation>Henkilöllisyyden tarkistus – pyyntö {id}</translation>
    </message>
    <message>
        <source>Record how the requester was matched to the data already held. Ask for more only when there is reasonable doubt, and no more than needed; an ID document is seen, never copied or stored.</source>
        <translation>Kirjaa, miten pyytäjä yhdistettiin jo hallussa oleviin tietoihin. Pyydä lisätietoja vain, jos on perusteltua syytä epäillä, eikä enempää kuin on tarpeen; henkilöllisyystodistus vain nähdään, sitä ei koskaan kopioida eikä tallenneta.</translation>
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
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Matched by:</source>
        <translation>&amp;Tunnistustapa:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>(choose the customer)</source>
        <translation>(valitse asiakas)</translation>
    </message>
    <message>
        <source>{name} (linked at intake)</source>
        <translation>{name} (liitetty pyyntöä kirjattaessa)</translation>
    </message>
    <message>
        <source>Describe in the note how the requester was matched.</source>
        <translation>Kuvaa huomautuksessa, miten pyytäjä yhdistettiin tietoihin.</translation>
    </message>
    <message>
        <source>Recorded as seen, not stored: do not keep a copy.</source>
        <translation>Kirjattu: henkilöllisyystodistus nähty, ei tallennettu. Älä säilytä kopiota.</translation>
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
    <name>KeptInvoiceDialog</name>
    <message>
        <source>Invoice kept after an erasure</source>
        <translation>Poiston jälkeen säilytettävä lasku</translation>
    </message>
    <message>
        <source>An invoice kept for the Accounting Act after the customer was erased, which you matched to this requester: the answer tells them about it.</source>
        <translation>Kirjanpitolain vuoksi asiakkaan poiston jälkeen säilytettävä lasku, jonka yhdistit tähän pyytäjään: vastauksessa kerrotaan siitä.</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Laskun &amp;numero:</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Ilmoitus pyynnön vastaanottamisesta</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Lisätietopyyntö henkilöllisyyden tarkistamiseksi</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>Ilmoitus määräajan pidennyksestä</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Vastaus tarkastuspyyntöön</translation>
    </message>
    <message>
        <source>Access response: no data held</source>
        <translation>Vastaus tarkastuspyyntöön: tietoja ei ole</translation>
    </message>
    <message>
        <source>Data portability response</source>
        <translation>Vastaus siirtopyyntöön</translation>
    </message>
    <message>
        <source>Rectification response</source>
        <translation>Vastaus oikaisupyyntöön</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Vastaus poistopyyntöön</translation>
    </message>
    <message>
        <source>Restriction response</source>
        <translation>Vastaus rajoituspyyntöön</translation>
    </message>
    <message>
        <source>Notice before lifting the restriction</source>
        <translation>Ilmoitus ennen rajoituksen poistamista</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Vastaus käsittelyn vastustamiseen</translation>
    </message>
    <message>
        <source>Confirmation of consent withdrawal</source>
        <translation>Vahvistus suostumuksen peruutuksesta</translation>
    </message>
    <message>
        <source>Refusal with reasons</source>
        <translation>Perusteltu kieltäytyminen</translation>
    </message>
    <message>
        <source>The request has arrived, and the date it will be answered by.</source>
        <translation>Ilmoitus pyynnön saapumisesta ja päivästä, johon mennessä siihen vastataan.</translation>
    </message>
    <message>
        <source>Asks the requester for more details to confirm who they are.</source>
        <translation>Pyytäjältä pyydetään lisätietoja hänen henkilöllisyytensä varmistamiseksi.</translation>
    </message>
    <message>
        <source>The answer takes longer: the reasons and the new date (Art. 12(3)).</source>
        <translation>Vastaaminen kestää pidempään: syyt ja uusi määräpäivä (12 art. 3 k.).</translation>
    </message>
    <message>
        <source>Everything the register holds about the person (Art. 15).</source>
        <translation>Kaikki, mitä rekisterissä on henkilöstä (15 art.).</translation>
    </message>
    <message>
        <source>Nothing is held about the requester, after the searches recorded (Art. 15(1)); kept invoices are named.</source>
        <translation>Pyytäjästä ei säilytetä tietoja kirjattujen hakujen perusteella (15 art. 1 kohta); säilytettävät laskut mainitaan.</translation>
    </message>
    <message>
        <source>The cover letter of the machine-readable copy (Art. 20).</source>
        <translation>Koneluettavan kopion saatekirje (20 art.).</translation>
    </message>
    <message>
        <source>What was corrected (Art. 16).</source>
        <translation>Mitä tietoja oikaistiin (16 art.).</translation>
    </message>
    <message>
        <source>What was erased, and what was kept, why and until when (Art. 17).</source>
        <translation>Mitä poistettiin ja mitä säilytettiin, miksi ja mihin asti (17 art.).</translation>
    </message>
    <message>
        <source>The processing is restricted (Art. 18).</source>
        <translation>Käsittelyä on rajoitettu (18 art.).</translation>
    </message>
    <message>
        <source>Tells the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Ilmoitus henkilölle ennen kuin rajoitus poistetaan (18 art. 3 k.).</translation>
    </message>
    <message>
        <source>How the objection was handled (Art. 21).</source>
        <translation>Miten vastustus käsiteltiin (21 art.).</translation>
    </message>
    <message>
        <source>The consent is withdrawn (Art. 7(3)).</source>
        <translation>Suostumus on peruutettu (7 art. 3 k.).</translation>
    </message>
    <message>
        <source>The request is refused: the reasons, and where to complain (Art. 12(4)).</source>
        <translation>Pyyntö hylätään: perustelut ja tieto siitä, mihin voi tehdä valituksen (12 art. 4 k.).</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tulostettu</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>tallennettu PDF-tiedostona</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>komentoriviltä</translation>
    </message>
    <message>
        <source>with the data copy</source>
        <translation>tietojen kopion mukana</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <source>Controller&apos;s name</source>
        <translation>Rekisterinpitäjän nimi</translation>
    </message>
    <message>
        <source>Controller&apos;s street address</source>
        <translation>Rekisterinpitäjän lähiosoite</translation>
    </message>
    <message>
        <source>Controller&apos;s postal code</source>
        <translation>Rekisterinpitäjän postinumero</translation>
    </message>
    <message>
        <source>Controller&apos;s city</source>
        <translation>Rekisterinpitäjän postitoimipaikka</translation>
    </message>
    <message>
        <source>Controller&apos;s country</source>
        <translation>Rekisterinpitäjän maa</translation>
    </message>
    <message>
        <source>Controller&apos;s business ID</source>
        <translation>Rekisterinpitäjän y-tunnus</translation>
    </message>
    <message>
        <source>Controller&apos;s phone</source>
        <translation>Rekisterinpitäjän puhelinnumero</translation>
    </message>
    <message>
        <source>Controller&apos;s email</source>
        <translation>Rekisterinpitäjän sähköpostiosoite</translation>
    </message>
    <message>
        <source>Controller&apos;s website</source>
        <translation>Rekisterinpitäjän verkkosivusto</translation>
    </message>
    <message>
        <source>Register&apos;s name in Finnish</source>
        <translation>Rekisterin nimi suomeksi</translation>
    </message>
    <message>
        <source>Register&apos;s name in Swedish</source>
        <translation>Rekisterin nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Register&apos;s name in English</source>
        <translation>Rekisterin nimi englanniksi</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s name</source>
        <translation>Tietosuojayhteyshenkilön nimi</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in Finnish</source>
        <translation>Tietosuojayhteyshenkilön tehtävänimike suomeksi</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in Swedish</source>
        <translation>Tietosuojayhteyshenkilön tehtävänimike ruotsiksi</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in English</source>
        <translation>Tietosuojayhteyshenkilön tehtävänimike englanniksi</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s phone</source>
        <translation>Tietosuojayhteyshenkilön puhelinnumero</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s email</source>
        <translation>Tietosuojayhteyshenkilön sähköpostiosoite</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in Finnish</source>
        <translation>Valvontaviranomaisen nimi suomeksi</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in Swedish</source>
        <translation>Valvontaviranomaisen nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in English</source>
        <translation>Valvontaviranomaisen nimi englanniksi</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s visiting address</source>
        <translation>Valvontaviranomaisen käyntiosoite</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s visiting address in Swedish</source>
        <translation>Valvontaviranomaisen käyntiosoite ruotsiksi</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address</source>
        <translation>Valvontaviranomaisen postiosoite</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address in Swedish</source>
        <translation>Valvontaviranomaisen postiosoite ruotsiksi</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address for English letters</source>
        <translation>Valvontaviranomaisen postiosoite englanninkielisissä kirjeissä</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s phone</source>
        <translation>Valvontaviranomaisen puhelinnumero</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s website</source>
        <translation>Valvontaviranomaisen verkkosivusto</translation>
    </message>
    <message>
        <source>Envelope offset to the right</source>
        <translation>Osoitekentän siirto oikealle</translation>
    </message>
    <message>
        <source>Envelope offset downwards</source>
        <translation>Osoitekentän siirto alaspäin</translation>
    </message>
    <message>
        <source>Data protection contact person</source>
        <translation>Tietosuoja-asioiden yhteyshenkilö</translation>
    </message>
    <message>
        <source>Letters and the privacy notice name this person as whom to ask. A letter is signed by the handler of its request, with their own name and title.</source>
        <translation>Kirjeet ja tietosuojaseloste nimeävät tämän henkilön, jolta voi kysyä lisää. Kirjeen allekirjoittaa pyynnön käsittelijä omalla nimellään ja tehtävänimikkeellään.</translation>
    </message>
    <message>
        <source>Register&apos;s name, Swedish:</source>
        <translation>Rekisterin nimi ruotsiksi:</translation>
    </message>
    <message>
        <source>Contact person&apos;s n&amp;ame:</source>
        <translation>Yhteyshenkilön ni&amp;mi:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, Finnish:</source>
        <translation>Yhteyshenkilön tehtävänimike suomeksi:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, Swedish:</source>
        <translation>Yhteyshenkilön tehtävänimike ruotsiksi:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, English:</source>
        <translation>Yhteyshenkilön tehtävänimike englanniksi:</translation>
    </message>
    <message>
        <source>Name, Swedish:</source>
        <translation>Nimi ruotsiksi:</translation>
    </message>
    <message>
        <source>Visiting address, Swedish:</source>
        <translation>Käyntiosoite ruotsiksi:</translation>
    </message>
    <message>
        <source>Postal address, Finnish:</source>
        <translation>Postiosoite suomeksi:</translation>
    </message>
    <message>
        <source>Postal address, Swedish:</source>
        <translation>Postiosoite ruotsiksi:</translation>
    </message>
    <message>
        <source>Postal address, English (from abroad):</source>
        <translation>Postiosoite englanniksi (ulkomailta):</translation>
    </message>
    <message>
        <source>Letter settings</source>
        <translation>Kirjeasetukset</translation>
    </message>
    <message>
        <source>What every letter and the privacy notice print about the company, whom to contact and where to complain; and how the printer places the address for window envelopes. A change applies to letters written after it; letters already archived stay as they left.</source>
        <translation>Yrityksen tiedot, yhteyshenkilö ja valvontaviranomainen sellaisina kuin ne tulostuvat jokaiseen kirjeeseen ja tietosuojaselosteeseen, sekä osoitteen sijainti ikkunakirjekuorta varten. Muutos koskee sen jälkeen laadittuja kirjeitä; jo arkistoidut kirjeet säilyvät sellaisina kuin ne lähtivät.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Valvontaviranomainen</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Ikkunakirjekuori</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Lähiosoite:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postinumero:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Postitoimipaikka:</translation>
    </message>
    <message>
        <source>Country (ISO code):</source>
        <translation>Maa (ISO-koodi):</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Y-tunnus:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Verkkosivusto:</translation>
    </message>
    <message>
        <source>Register&apos;s name, Finnish:</source>
        <translation>Rekisterin nimi suomeksi:</translation>
    </message>
    <message>
        <source>Register&apos;s name, English:</source>
        <translation>Rekisterin nimi englanniksi:</translation>
    </message>
    <message>
        <source>Name, &amp;Finnish:</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name, English:</source>
        <translation>Nimi englanniksi:</translation>
    </message>
    <message>
        <source>Visiting address:</source>
        <translation>Käyntiosoite:</translation>
    </message>
    <message>
        <source>&amp;Right (+) or left (−):</source>
        <translation>&amp;Oikealle (+) tai vasemmalle (−):</translation>
    </message>
    <message>
        <source>&amp;Down (+) or up (−):</source>
        <translation>&amp;Alas (+) tai ylös (−):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Print the calibration page, fold it into a window envelope and measure how far the address field&apos;s frame should move; enter that here and print the page again. The page uses the offsets typed here, saved or not.</source>
        <translation>Tulosta kalibrointisivu, taita se ikkunakirjekuoreen ja mittaa, kuinka paljon osoitekentän kehystä pitäisi siirtää. Kirjoita siirto tähän ja tulosta sivu uudelleen. Sivulla käytetään tähän kirjoitettuja siirtoja, vaikka niitä ei olisi tallennettu.</translation>
    </message>
    <message>
        <source>&amp;Print calibration page…</source>
        <translation>&amp;Tulosta kalibrointisivu…</translation>
    </message>
    <message>
        <source>Print the calibration page</source>
        <translation>Tulosta kalibrointisivu</translation>
    </message>
    <message>
        <source>Printing the calibration page…</source>
        <translation>Tulostetaan kalibrointisivua…</translation>
    </message>
    <message>
        <source>Save the calibration page as PDF</source>
        <translation>Tallenna kalibrointisivu PDF-tiedostona</translation>
    </message>
    <message>
        <source>Saving the calibration page…</source>
        <translation>Tallennetaan kalibrointisivua…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Tallennettu tiedostoon {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>Offsets on the page: {x} mm right, {y} mm down.</source>
        <translation>Sivun siirrot: {x} mm oikealle, {y} mm alas.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the page.</source>
        <translation>Tulostin {printer} ei hyväksynyt sivua.</translation>
    </message>
    <message>
        <source>calibration-page</source>
        <translation>kalibrointisivu</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Tiedostoa ei voitu kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>Sa&amp;ve calibration page as PDF…</source>
        <translation>Tallenna kalibrointisivu P&amp;DF-tiedostona…</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Kalibrointisivu</translation>
    </message>
</context>
<context>
    <name>LetterTextDialog</name>
    <message>
        <source>Write a letter text in a language</source>
        <translation>Kirjoita kirjeen teksti toisella kielellä</translation>
    </message>
    <message>
        <source>A letter prints the reasons in its own language only. Write the text as the person should read it in that language.</source>
        <translation>Kirje tulostaa perustelut vain omalla kielellään. Kirjoita teksti niin kuin henkilön kuuluu lukea se tällä kielellä.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teksti:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Sanat:</translation>
    </message>
</context>
<context>
    <name>LetterTopics</name>
    <message>
        <source>the reasons for the extension</source>
        <translation>jatkoajan perustelut</translation>
    </message>
    <message>
        <source>the reason for lifting the restriction</source>
        <translation>rajoituksen päättymisen syy</translation>
    </message>
    <message>
        <source>what was checked when the data were already correct</source>
        <translation>mitä tarkistettiin, kun tiedot olivat jo oikein</translation>
    </message>
    <message>
        <source>the change not made and why</source>
        <translation>tekemättä jätetty muutos ja sen syy</translation>
    </message>
    <message>
        <source>the reasons for the refusal</source>
        <translation>epäämisen perustelut</translation>
    </message>
    <message>
        <source>the assessment of the refused request</source>
        <translation>arvio epätystä pyynnöstä</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with analytics</source>
        <translation>huomattavan tärkeät ja perustellut syyt jatkaa analytiikkaa</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with service development</source>
        <translation>huomattavan tärkeät ja perustellut syyt jatkaa palvelujen kehittämistä</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with the customer relationship</source>
        <translation>huomattavan tärkeät ja perustellut syyt jatkaa asiakassuhteen käsittelyä</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with the other processing</source>
        <translation>huomattavan tärkeät ja perustellut syyt jatkaa muuta käsittelyä</translation>
    </message>
    <message>
        <source>the detail of how the copy is delivered</source>
        <translation>jäljennöksen toimitustavan tarkennus</translation>
    </message>
    <message>
        <source>what search {n} found</source>
        <translation>haun {n} tulos</translation>
    </message>
    <message>
        <source>the answer to question {n}</source>
        <translation>vastaus kysymykseen {n}</translation>
    </message>
    <message>
        <source>the reason request {request} waited for the requester (pause {n})</source>
        <translation>syy, miksi pyyntö {request} odotti pyytäjää (odotus {n})</translation>
    </message>
    <message>
        <source>the reason {label} was not told (GDPR Art. 19)</source>
        <translation>syy, miksi vastaanottajalle {label} ei ilmoitettu (tietosuoja-asetuksen 19 artikla)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>The PDF of this letter was removed with the person&apos;s erasure; only its hash is kept.</source>
        <translation>Tämän kirjeen PDF-tiedosto poistettiin henkilön tietojen poiston yhteydessä; siitä on tallessa vain tiiviste.</translation>
    </message>
    <message>
        <source>Every answer to the requester is a printed letter. A preview is not kept; a letter printed or saved is archived with its SHA-256 hash.</source>
        <translation>Jokainen vastaus pyytäjälle lähtee tulostettuna kirjeenä. Esikatselua ei säilytetä; tulostettu tai tallennettu kirje arkistoidaan SHA-256-tiivisteineen.</translation>
    </message>
    <message>
        <source>Letter t&amp;ype:</source>
        <translation>Kirjee&amp;n laji:</translation>
    </message>
    <message>
        <source>Greyed-out letters cannot be written for this request now: point at one to see why.</source>
        <translation>Harmaana näkyviä kirjeitä ei voi nyt laatia tähän pyyntöön: näet syyn viemällä osoittimen kirjeen kohdalle.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Esikatse&amp;le</translation>
    </message>
    <message>
        <source>Show the letter as it would be printed now; nothing is archived.</source>
        <translation>Näyttää kirjeen sellaisena kuin se nyt tulostuisi; mitään ei arkistoida.</translation>
    </message>
    <message>
        <source>Print the letter at 100 % for a window envelope; the letter is archived.</source>
        <translation>Tulostaa kirjeen 100 %:n koossa ikkunakirjekuorta varten; kirje arkistoidaan.</translation>
    </message>
    <message>
        <source>Write the letter into a PDF file; it is archived.</source>
        <translation>Tallentaa kirjeen PDF-tiedostoksi; kirje arkistoidaan.</translation>
    </message>
    <message>
        <source>Letters sent for this request</source>
        <translation>Tähän pyyntöön lähetetyt kirjeet</translation>
    </message>
    <message>
        <source>Show the archived copy</source>
        <translation>Näytä arkistoitu kopio</translation>
    </message>
    <message>
        <source>Previewing a letter needs the rights to handle requests and to view customers.</source>
        <translation>Kirjeen esikatselu edellyttää oikeuksia käsitellä pyyntöjä ja katsella asiakkaita.</translation>
    </message>
    <message>
        <source>Printing and saving letters needs the right to export and print as well.</source>
        <translation>Kirjeiden tulostaminen ja tallentaminen edellyttää lisäksi vienti- ja tulostusoikeutta.</translation>
    </message>
    <message>
        <source>{language} (the customer&apos;s)</source>
        <translation>{language} (asiakkaan kieli)</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <source>No letter has been printed or saved yet.</source>
        <translation>Yhtään kirjettä ei ole vielä tulostettu tai tallennettu.</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna PD&amp;F-tiedostona…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent.</source>
        <translation>
            <numerusform>%n kirje lähetetty.</numerusform>
            <numerusform>%n kirjettä lähetetty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Luetaan kirjeitä…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the {kind} in {language}, %n page(s). Not archived: printing or saving archives it.</source>
        <translation>
            <numerusform>Esikatselu: {kind}, {language}, %n sivu. Ei arkistoitu: kirje arkistoidaan, kun se tulostetaan tai tallennetaan.</numerusform>
            <numerusform>Esikatselu: {kind}, {language}, %n sivua. Ei arkistoitu: kirje arkistoidaan, kun se tulostetaan tai tallennetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another letter is chosen now: press Preview to see it.</source>
        <translation>Nyt on valittuna toinen kirje: näet sen painamalla Esikatsele.</translation>
    </message>
    <message>
        <source>Archived copy of the {kind} in {language}, {how} on {when} by {handler}. SHA-256 {hash}</source>
        <translation>Arkistoitu kopio: {kind}, {language}, {how} {when}, {handler}. SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Writing the {kind}…</source>
        <translation>Laaditaan kirjettä ”{kind}”…</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Kirjeen esikatselu</translation>
    </message>
    <message>
        <source>The letter&apos;s PDF could not be opened for showing.</source>
        <translation>Kirjeen PDF-tiedostoa ei voitu avata näytettäväksi.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Tulosta kirje</translation>
    </message>
    <message>
        <source>Printing the {kind} on {printer}…</source>
        <translation>Tulostetaan kirjettä ”{kind}” tulostimella {printer}…</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Tallenna kirje PDF-tiedostona</translation>
    </message>
    <message>
        <source>Saving the {kind}…</source>
        <translation>Tallennetaan kirjettä ”{kind}”…</translation>
    </message>
    <message>
        <source>Saving the {kind} with the data files…</source>
        <translation>Tallennetaan {kind} ja datatiedostot…</translation>
    </message>
    <message numerus="yes">
        <source>{kind} in {language}, %n page(s), SHA-256 {hash}</source>
        <translation>
            <numerusform>{kind}, {language}, %n sivu, SHA-256 {hash}</numerusform>
            <numerusform>{kind}, {language}, %n sivua, SHA-256 {hash}</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived, but not delivered: {what}.</source>
        <translation>Arkistoitu, mutta ei toimitettu: {what}.</translation>
    </message>
    <message>
        <source>Saved to {path}: {what}.</source>
        <translation>Tallennettu tiedostoon {path}: {what}.</translation>
    </message>
    <message>
        <source>Sent to the printer: {what}.</source>
        <translation>Lähetetty tulostimelle: {what}.</translation>
    </message>
    <message>
        <source>Save the letter with the data files</source>
        <translation>Tallenna kirje datatiedostojen kanssa</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Tulostus peruttiin.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the letter.</source>
        <translation>Tulostin {printer} ei hyväksynyt kirjettä.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>The letter is in the archive as {how} all the same. Print or save it again once the problem is fixed; the archive then lists it twice.</source>
        <translation>Kirje on silti arkistossa merkinnällä ”{how}”. Tulosta tai tallenna se uudelleen, kun ongelma on korjattu; arkistossa se näkyy silloin kahdesti.</translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation>Mitään ei arkistoitu.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}. Nothing was archived; choose another place and save again.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {reason}. Mitään ei arkistoitu; valitse toinen paikka ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Arkistoitu kopio</translation>
    </message>
    <message>
        <source>Reading the archived copy…</source>
        <translation>Luetaan arkistoitua kopiota…</translation>
    </message>
    <message>
        <source>The archived copy does not match the hash recorded when it left: it has been changed in the database. Tell the main administrator.</source>
        <translation>Arkistoitu kopio ei vastaa tiivistettä, joka kirjattiin kirjeen lähtiessä: kopiota on muutettu tietokannassa. Ilmoita asiasta pääkäyttäjälle.</translation>
    </message>
    <message>
        <source>Save wit&amp;h data files…</source>
        <translation>Tallenna &amp;ZIP-tiedostona datatiedostoineen…</translation>
    </message>
    <message>
        <source>Write the letter and the person&apos;s machine-readable files into one ZIP file, from one snapshot: the letter lists each file&apos;s SHA-256 hash. The letter is archived.</source>
        <translation>Kirjoita kirje ja henkilön koneluettavat tiedostot yhteen ZIP-tiedostoon samasta tilannekuvasta: kirjeessä on kunkin tiedoston SHA-256-tiiviste. Kirje arkistoidaan.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-tiedostot (*.zip)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} on lukittu</translation>
    </message>
    <message>
        <source>The register is locked</source>
        <translation>Rekisteri on lukittu</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use; the windows are hidden until {name} ({username}) gives their password.</source>
        <translation>
            <numerusform>Lukittu %n minuutin käyttämättömyyden jälkeen; ikkunat ovat piilossa, kunnes {name} ({username}) antaa salasanansa.</numerusform>
            <numerusform>Lukittu %n minuutin käyttämättömyyden jälkeen; ikkunat ovat piilossa, kunnes {name} ({username}) antaa salasanansa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
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
        <source>&amp;Change my password…</source>
        <translation>Vai&amp;hda salasanani…</translation>
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
        <source>&amp;Lock</source>
        <translation>Lu&amp;kitse</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Rekisteri</translation>
    </message>
    <message>
        <source>&amp;Recipients (processors)…</source>
        <translation>&amp;Vastaanottajat (henkilötietojen käsittelijät)…</translation>
    </message>
    <message>
        <source>&amp;Processing register…</source>
        <translation>S&amp;eloste käsittelytoimista…</translation>
    </message>
    <message>
        <source>&amp;Consent purposes…</source>
        <translation>Suostu&amp;musten käyttötarkoitukset…</translation>
    </message>
    <message>
        <source>&amp;Letter settings…</source>
        <translation>&amp;Kirjeasetukset…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>Toimiston &amp;asetukset…</translation>
    </message>
    <message>
        <source>&amp;Kept invoices…</source>
        <translation>Säilytetyt &amp;laskut…</translation>
    </message>
    <message>
        <source>R&amp;etention and purge queue…</source>
        <translation>&amp;Säilytysajat ja poistojono…</translation>
    </message>
    <message>
        <source>Request &amp;statistics…</source>
        <translation>Pyyntöjen &amp;tilastot…</translation>
    </message>
    <message>
        <source>&amp;Yearly accountability report…</source>
        <translation>Vuosi&amp;raportti…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>Varmuuskopioiden &amp;asetukset…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>&amp;Yhteys…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Tarkast&amp;usloki…</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
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
        <source>Requests open: {open} · due within {days} d: {soon} · overdue: {overdue}</source>
        <translation>Avoimia pyyntöjä: {open} · erääntyy {days} pv:n sisällä: {soon} · myöhässä: {overdue}</translation>
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
        <source>Encrypted backup (*.enc)</source>
        <translation>Salattu varmuuskopio (*.enc)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopiointi</translation>
    </message>
    <message>
        <source>The backup was made, verified and encrypted:
{path}</source>
        <translation>Varmuuskopio on tehty, tarkistettu ja salattu:
{path}</translation>
    </message>
    <message>
        <source>The backup was made and verified:
{path}</source>
        <translation>Varmuuskopio on tehty ja tarkistettu:
{path}</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Salasanasi on vaihdettu.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have fallen due under the retention rules: Register → Retention and purge queue.</source>
        <translation>
            <numerusform>%n tieto on erääntynyt säilytyssääntöjen mukaan: Rekisteri → Säilytysajat ja poistojono.</numerusform>
            <numerusform>%n tietoa on erääntynyt säilytyssääntöjen mukaan: Rekisteri → Säilytysajat ja poistojono.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketingListDialog</name>
    <message>
        <source>Marketing list</source>
        <translation>Markkinointilista</translation>
    </message>
    <message>
        <source>A list (CSV or Excel workbook) of the people who may be contacted for one purpose today: a current consent for it, no objection to direct marketing and no restriction of processing.</source>
        <translation>Luettelo (CSV tai Excel-työkirja) henkilöistä, joihin saa tänään ottaa yhteyttä valittua käyttötarkoitusta varten: heillä on siihen voimassa oleva suostumus, he eivät ole vastustaneet suoramarkkinointia, eikä heidän tietojensa käsittelyä ole rajoitettu.</translation>
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
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge with a duplicate</source>
        <translation>Yhdistä kaksoiskappale</translation>
    </message>
    <message>
        <source>Give the customer number of another record of {name} (customer {number}). This record is kept unless you choose otherwise in the next step.</source>
        <translation>Anna henkilön {name} (asiakas {number}) toisen tietueen asiakasnumero. Tämä tietue säilytetään, ellet valitse seuraavassa vaiheessa toisin.</translation>
    </message>
    <message>
        <source>Customer &amp;number of the duplicate:</source>
        <translation>Kaksoiskappaleen &amp;asiakasnumero:</translation>
    </message>
    <message>
        <source>Show the merge</source>
        <translation>Näytä yhdistäminen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
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
        <source>Title in &amp;English (for letters):</source>
        <translation>Tehtävänimike &amp;englanniksi (kirjeisiin):</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish (for letters):</source>
        <translation>Tehtävänimike ruot&amp;siksi (kirjeisiin):</translation>
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
    <message>
        <source>&amp;Generate a one-time password</source>
        <translation>&amp;Luo kertakäyttöinen salasana</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Nothing left to do: the request is closed.</source>
        <translation>Ei enää tehtävää: pyyntö on suljettu.</translation>
    </message>
    <message>
        <source>The request is closed as refused: print the refusal letter (its reasons and the person&apos;s remedies) on the Letters page.</source>
        <translation>Pyyntö on suljettu epäämällä: tulosta epäämiskirje (sen perustelut ja henkilön oikeussuojakeinot) Kirjeet-sivulta.</translation>
    </message>
    <message>
        <source>Waiting for the requester: resume the request when they answer.</source>
        <translation>Odotetaan pyytäjää: jatka pyynnön käsittelyä, kun hän vastaa.</translation>
    </message>
    <message>
        <source>Next: start the identity check.</source>
        <translation>Seuraavaksi: aloita henkilöllisyyden tarkistus.</translation>
    </message>
    <message>
        <source>Next: record the identity check (how the requester was matched to the data held).</source>
        <translation>Seuraavaksi: kirjaa henkilöllisyyden tarkistus (miten pyytäjä yhdistettiin rekisterin tietoihin).</translation>
    </message>
    <message>
        <source>Next: print the access letter and write the machine-readable copy, then close the request as completed.</source>
        <translation>Seuraavaksi: tulosta tarkastuskirje ja tallenna koneluettava kopio, sulje sitten pyyntö suoritettuna.</translation>
    </message>
    <message>
        <source>Next: correct the data, notify the recipients, print the rectification letter, then close the request.</source>
        <translation>Seuraavaksi: korjaa tiedot, ilmoita vastaanottajille, tulosta oikaisukirje ja sulje sitten pyyntö.</translation>
    </message>
    <message>
        <source>Next: print the erasure letter, then run the erasure.</source>
        <translation>Seuraavaksi: tulosta poistokirje ja suorita sitten poisto.</translation>
    </message>
    <message>
        <source>The erasure has run: close the request as completed.</source>
        <translation>Poisto on suoritettu: sulje pyyntö suoritettuna.</translation>
    </message>
    <message>
        <source>Next: set the restriction, print the restriction letter, then close.</source>
        <translation>Seuraavaksi: aseta rajoitus, tulosta rajoituskirje ja sulje sitten pyyntö.</translation>
    </message>
    <message>
        <source>Next: record the objection, print the objection letter, then close.</source>
        <translation>Seuraavaksi: kirjaa vastustus, tulosta vastustuskirje ja sulje sitten pyyntö.</translation>
    </message>
    <message>
        <source>Next: record the withdrawal of consent, print the withdrawal letter, then close.</source>
        <translation>Seuraavaksi: kirjaa suostumuksen peruutus, tulosta peruutuskirje ja sulje sitten pyyntö.</translation>
    </message>
    <message>
        <source>Next: answer the request, then close it.</source>
        <translation>Seuraavaksi: vastaa pyyntöön ja sulje se sitten.</translation>
    </message>
    <message>
        <source>Waiting for the requester: {reason}. Resume the request when they answer.</source>
        <translation>Odotetaan pyytäjää: {reason}. Jatka pyynnön käsittelyä, kun hän vastaa.</translation>
    </message>
    <message>
        <source>If it cannot be answered in time, record an extension with its reasons before the statutory date.</source>
        <translation>Jos pyyntöön ei ehditä vastata ajoissa, kirjaa jatkoaika perusteluineen ennen lakisääteistä määräpäivää.</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <source>Recipient notified</source>
        <translation>Vastaanottajalle ilmoitettu</translation>
    </message>
    <message>
        <source>{name} was told of this request&apos;s outcome (GDPR Art. 19).</source>
        <translation>Vastaanottajalle {name} ilmoitettiin tämän pyynnön lopputuloksesta (tietosuoja-asetuksen 19 artikla).</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Ilmoitettu:</translation>
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
        <source>The person&apos;s r&amp;eason:</source>
        <translation>&amp;Rekisteröidyn ilmoittama syy:</translation>
    </message>
</context>
<context>
    <name>ObjectionRequestPage</name>
    <message>
        <source>The person&apos;s objections (GDPR Art. 21) and their outcomes. Direct marketing, ad targeting included, stops at once; other purposes are decided here.</source>
        <translation>Henkilön vastustukset (tietosuoja-asetuksen 21 artikla) ja niiden lopputulokset. Suoramarkkinointi, mainonnan kohdentaminen mukaan lukien, lopetetaan heti; muista käyttötarkoituksista päätetään tässä.</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Hyväksy tai hylkää…</translation>
    </message>
    <message>
        <source>Record o&amp;bjection…</source>
        <translation>&amp;Kirjaa vastustus…</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>Perustelut toisella kie&amp;lellä…</translation>
    </message>
    <message>
        <source>The person&apos;s objections</source>
        <translation>Henkilön vastustukset</translation>
    </message>
    <message>
        <source>No objections recorded.</source>
        <translation>Vastustuksia ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Vastustukset</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustus</translation>
    </message>
    <message>
        <source>Direct marketing to this person stopped at once: every marketing consent ended and the email address and phone number are on the suppression list.</source>
        <translation>Suoramarkkinointi tälle henkilölle lopetettiin heti: kaikki markkinointisuostumukset päättyivät, ja sähköpostiosoite ja puhelinnumero ovat estolistalla.</translation>
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
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Toimiston asetukset</translation>
    </message>
    <message>
        <source>These apply to every user. Requests due within the due-soon days are shown in yellow; a request of the same type from the same person within the repeat interval is flagged as a possible repeat; the program locks itself after the idle minutes; new consents record the privacy-notice version in force.</source>
        <translation>Asetukset koskevat kaikkia käyttäjiä. Pyynnöt, joiden määräpäivä on pian erääntyvien päivien sisällä, näytetään keltaisina; saman henkilön samantyyppinen pyyntö toistuvan pyynnön välin sisällä merkitään mahdolliseksi toistoksi; ohjelma lukittuu, kun sitä ei ole käytetty annettuun minuuttimäärään; uusiin suostumuksiin kirjataan voimassa olevan tietosuojaselosteen versio.</translation>
    </message>
    <message>
        <source>&amp;Due soon (days):</source>
        <translation>&amp;Pian erääntyvät (päivää):</translation>
    </message>
    <message>
        <source>&amp;Repeat-request interval (days):</source>
        <translation>&amp;Toistuvan pyynnön väli (päivää):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes):</source>
        <translation>&amp;Lukitus käyttämättä (minuuttia):</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version:</source>
        <translation>Tietosuojaselosteen &amp;versio:</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Kertakäyttöinen salasana</translation>
    </message>
    <message>
        <source>The new one-time password of {username}. It is shown only now and is not kept anywhere: give it to the user in person or read it out over the phone.</source>
        <translation>Käyttäjän {username} uusi kertakäyttöinen salasana. Se näytetään vain nyt, eikä sitä tallenneta minnekään: anna se käyttäjälle henkilökohtaisesti tai lue se hänelle puhelimessa.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Kopioi kertakäyttöinen salasana</translation>
    </message>
    <message>
        <source>Valid until {time} (72 hours).</source>
        <translation>Voimassa {time} asti (72 tuntia).</translation>
    </message>
    <message>
        <source>The user must choose their own password at the first login with it. A copy left on the clipboard is removed when this window closes.</source>
        <translation>Käyttäjän on valittava oma salasanansa, kun hän kirjautuu sillä ensimmäisen kerran. Leikepöydälle jäänyt kopio poistetaan, kun tämä ikkuna suljetaan.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sulje</translation>
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
    <name>PauseDialog</name>
    <message>
        <source>Wait for the requester – request {id}</source>
        <translation>Odota pyytäjää – pyyntö {id}</translation>
    </message>
    <message>
        <source>The request waits for the requester, e.g. for the information asked for to identify them. Waiting never moves a date: the statutory deadline stays {statutory} and the request is still due on {due}.</source>
        <translation>Pyyntö odottaa pyytäjää, esim. hänen tunnistamisekseen pyydettyjä tietoja. Odottaminen ei koskaan siirrä päivämääriä: lakisääteinen määräaika on edelleen {statutory} ja pyynnön määräpäivä on edelleen {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
</context>
<context>
    <name>PauseLanguageDialog</name>
    <message>
        <source>Reason for waiting, in a letter language</source>
        <translation>Odotuksen syy kirjeen kielellä</translation>
    </message>
    <message>
        <source>The copy of the person&apos;s data shows why this request waited for them. Write the reason as the person should read it in the letter&apos;s language.</source>
        <translation>Henkilön tietojen jäljennös kertoo, miksi tämä pyyntö odotti häntä. Kirjoita syy niin kuin henkilön kuuluu lukea se kirjeen kielellä.</translation>
    </message>
    <message>
        <source>&amp;Waited:</source>
        <translation>&amp;Odotus:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Choose a letter and press Preview to see it here as it will be printed.</source>
        <translation>Valitse kirje ja paina Esikatsele, niin näet sen tässä sellaisena kuin se tulostuu.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Kirjeen esikatselu</translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <source>confirmed</source>
        <translation>vahvistettu</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>vahvistamatta</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30). Access letters and the privacy notice print what is saved here. A legal basis marked “to be confirmed” is a proposal: until you confirm it, no access letter or privacy notice is issued.</source>
        <translation>Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla). Tarkastuspyyntöjen vastaukset ja tietosuojaseloste tulostavat tähän tallennetut tiedot. Oikeusperuste, jonka kohdalla lukee ”vahvistamatta”, on ehdotus: ennen kuin vahvistat sen, tarkastuspyynnön vastausta tai tietosuojaselostetta ei anneta.</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Käsittelyn tarkoitukset</translation>
    </message>
    <message>
        <source>&amp;Register-wide texts</source>
        <translation>&amp;Rekisterin yhteiset tekstit</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käsittelyn tarkoitukset</translation>
    </message>
    <message>
        <source>&amp;Save purpose</source>
        <translation>&amp;Tallenna tarkoitus</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice as PDF…</source>
        <translation>Tallenna tietosuojaseloste &amp;PDF-tiedostona…</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanniksi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Selosteen kieli</translation>
    </message>
    <message>
        <source>No access letter or privacy notice is issued until the legal bases of these purposes are confirmed: {purposes}.</source>
        <translation>Tarkastuspyynnön vastausta tai tietosuojaselostetta ei anneta, ennen kuin näiden käsittelyn tarkoitusten oikeusperusteet on vahvistettu: {purposes}.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Suljetaanko tallentamatta muutoksia?</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Sulje &amp;tallentamatta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkaamista</translation>
    </message>
    <message>
        <source>Discard the changes to “{purpose}” that are not saved?</source>
        <translation>Hylätäänkö tarkoitukseen ”{purpose}” tehdyt tallentamattomat muutokset?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>Tallenna tietosuojaseloste</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <translation>tietosuojaseloste</translation>
    </message>
    <message>
        <source>Making the privacy notice…</source>
        <translation>Laaditaan tietosuojaselostetta…</translation>
    </message>
    <message>
        <source>The privacy notice was saved to {path}.</source>
        <translation>Tietosuojaseloste tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Tiedostoa ei voitu kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
</context>
<context>
    <name>ProcessorEditDialog</name>
    <message>
        <source>Edit recipient</source>
        <translation>Muokkaa vastaanottajaa</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Uusi vastaanottaja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Yhteystieto:</translation>
    </message>
    <message>
        <source>&amp;Transfer outside the EEA:</source>
        <translation>&amp;Siirto ETA:n ulkopuolelle:</translation>
    </message>
    <message>
        <source>Transfer &amp;particulars:</source>
        <translation>Siirron &amp;tarkemmat tiedot:</translation>
    </message>
    <message>
        <source>none (inside the EEA)</source>
        <translation>ei siirtoa (ETA:n sisällä)</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Tietosuojan riittävyyttä koskeva päätös (45 art.)</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework (Art. 45)</source>
        <translation>EU:n ja Yhdysvaltojen tietosuojakehys (45 art.)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46)</source>
        <translation>Vakiotietosuojalausekkeet (46 art.)</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Yritystä koskevat sitovat säännöt (47 art.)</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Erityistilanteita koskeva poikkeus (49 art.)</translation>
    </message>
    <message>
        <source>&amp;Role in Finnish:</source>
        <translation>&amp;Rooli suomeksi:</translation>
    </message>
    <message>
        <source>Role in &amp;English:</source>
        <translation>Rooli &amp;englanniksi:</translation>
    </message>
    <message>
        <source>Role in S&amp;wedish:</source>
        <translation>Rooli r&amp;uotsiksi:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>e.g. email delivery</source>
        <translation>esim. sähköpostien lähetys</translation>
    </message>
    <message>
        <source>what English letters say it does</source>
        <translation>mitä englanninkieliset kirjeet kertovat sen tekevän</translation>
    </message>
    <message>
        <source>what Swedish letters say it does</source>
        <translation>mitä ruotsinkieliset kirjeet kertovat sen tekevän</translation>
    </message>
    <message>
        <source>where a notice is sent</source>
        <translation>johon ilmoitus lähetetään</translation>
    </message>
    <message>
        <source>the clauses&apos; module, or which Art. 49 derogation</source>
        <translation>lausekkeiden moduuli tai mikä 49 artiklan poikkeus</translation>
    </message>
</context>
<context>
    <name>ProcessorsDialog</name>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>no longer a recipient</source>
        <translation>ei enää vastaanottaja</translation>
    </message>
    <message>
        <source>{country} (outside the EEA)</source>
        <translation>{country} (ETA-alueen ulkopuolella)</translation>
    </message>
    <message>
        <source>Recipients register</source>
        <translation>Vastaanottajarekisteri</translation>
    </message>
    <message>
        <source>Processors that receive the register&apos;s data on the company&apos;s behalf. Each active one is on the Art. 19 checklist of rectification, erasure and restriction requests, and is named in access responses.</source>
        <translation>Henkilötietojen käsittelijät, jotka vastaanottavat rekisterin tietoja yrityksen puolesta. Jokainen aktiivinen käsittelijä on oikaisu-, poisto- ja rajoituspyyntöjen 19 artiklan tarkistuslistalla, ja se mainitaan tarkastuspyyntöihin annettavissa vastauksissa.</translation>
    </message>
    <message>
        <source>Show &amp;former recipients</source>
        <translation>Näytä &amp;entiset vastaanottajat</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktivoi uudelleen</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Poista &amp;käytöstä…</translation>
    </message>
    <message>
        <source>Deactivate recipient</source>
        <translation>Poista vastaanottaja käytöstä</translation>
    </message>
    <message>
        <source>{name} is no longer a recipient? It is left off new checklists; lines already marked stay.</source>
        <translation>Merkitäänkö, ettei {name} ole enää vastaanottaja? Se jätetään pois uusilta tarkistuslistoilta; jo merkityt rivit säilyvät.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>P&amp;oista käytöstä</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peru</translation>
    </message>
</context>
<context>
    <name>PurgeQueueDialog</name>
    <message>
        <source>Kept invoices</source>
        <translation>Säilytetyt laskut</translation>
    </message>
    <message>
        <source>Invoices of erased customers are kept under the Accounting Act with the buyer&apos;s name and billing address, as a voucher must. Each may be purged on the day after its keeping time ends; those due are highlighted.</source>
        <translation>Poistettujen asiakkaiden laskut säilytetään kirjanpitolain nojalla ostajan nimen ja laskutusosoitteen kanssa, kuten tositteelta edellytetään. Kunkin laskun voi hävittää sen säilytysajan päättymistä seuraavana päivänä; hävitettäväksi erääntyneet on korostettu.</translation>
    </message>
    <message>
        <source>&amp;Purge those due…</source>
        <translation>&amp;Hävitä erääntyneet…</translation>
    </message>
    <message>
        <source>No invoices are kept.</source>
        <translation>Säilytettyjä laskuja ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept invoice(s) are due for purging.</source>
        <translation>
            <numerusform>%n säilytetty lasku on erääntynyt hävitettäväksi.</numerusform>
            <numerusform>%n säilytettyä laskua on erääntynyt hävitettäväksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>None is due for purging yet.</source>
        <translation>Yksikään lasku ei ole vielä erääntynyt hävitettäväksi.</translation>
    </message>
    <message>
        <source>Purge kept invoices</source>
        <translation>Hävitä säilytetyt laskut</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n kept invoice(s) whose keeping time under the Accounting Act has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Hävitetäänkö %n säilytetty lasku, jonka säilytysaika kirjanpitolain mukaan on päättynyt? Tätä ei voi perua.</numerusform>
            <numerusform>Hävitetäänkö %n säilytettyä laskua, joiden säilytysaika kirjanpitolain mukaan on päättynyt? Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Hä&amp;vitä</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peru</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) purged.</source>
        <translation>
            <numerusform>%n lasku hävitetty.</numerusform>
            <numerusform>%n laskua hävitetty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Suostumus (6 art. 1 k. a alak.)</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Sopimus (6 art. 1 k. b alak.)</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Lakisääteinen velvoite (6 art. 1 k. c alak.)</translation>
    </message>
    <message>
        <source>Legitimate interest (Art. 6(1)(f))</source>
        <translation>Oikeutettu etu (6 art. 1 k. f alak.)</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>suostumus</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>legitimate interest</source>
        <translation>oikeutettu etu</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Nimi s&amp;uomeksi:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Nimi ruotsiks&amp;i:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nimi &amp;englanniksi:</translation>
    </message>
    <message>
        <source>Legal &amp;bases:</source>
        <translation>&amp;Oikeusperusteet:</translation>
    </message>
    <message>
        <source>Basis explained in Finnish:</source>
        <translation>Peruste tarkemmin suomeksi:</translation>
    </message>
    <message>
        <source>Basis explained in Swedish:</source>
        <translation>Peruste tarkemmin ruotsiksi:</translation>
    </message>
    <message>
        <source>Basis explained in English:</source>
        <translation>Peruste tarkemmin englanniksi:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Vahvistus:</translation>
    </message>
    <message>
        <source>Data used, in Finnish:</source>
        <translation>Käytettävät tiedot suomeksi:</translation>
    </message>
    <message>
        <source>Data used, in Swedish:</source>
        <translation>Käytettävät tiedot ruotsiksi:</translation>
    </message>
    <message>
        <source>Data used, in English:</source>
        <translation>Käytettävät tiedot englanniksi:</translation>
    </message>
    <message>
        <source>Retention in Finnish:</source>
        <translation>Säilytysaika suomeksi:</translation>
    </message>
    <message>
        <source>Retention in Swedish:</source>
        <translation>Säilytysaika ruotsiksi:</translation>
    </message>
    <message>
        <source>Retention in English:</source>
        <translation>Säilytysaika englanniksi:</translation>
    </message>
    <message>
        <source>The Swedish texts may stay empty for now: only Swedish letters and the Swedish privacy notice need them, and they are not issued until they are written.</source>
        <translation>Ruotsinkieliset tekstit voivat vielä odottaa: vain ruotsinkieliset kirjeet ja ruotsinkielinen tietosuojaseloste tarvitsevat niitä, eikä niitä anneta ennen kuin tekstit on kirjoitettu.</translation>
    </message>
    <message>
        <source>The controller has confir&amp;med these legal bases</source>
        <translation>Rekisterinpitäjä on &amp;vahvistanut nämä oikeusperusteet</translation>
    </message>
    <message>
        <source>Until confirmed, the bases are a proposal: no access letter or privacy notice is issued while they are.</source>
        <translation>Ennen vahvistamista oikeusperusteet ovat ehdotus: niin kauan tarkastuspyynnön vastausta tai tietosuojaselostetta ei anneta.</translation>
    </message>
    <message>
        <source>e.g. which legitimate interest is pursued</source>
        <translation>esim. mitä oikeutettua etua tavoitellaan</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>The requester&apos;s question</source>
        <translation>Pyytäjän kysymys</translation>
    </message>
    <message>
        <source>A question the requester asked in so many words. The access letter is written only when every question has its answer.</source>
        <translation>Kysymys, jonka pyytäjä esitti nimenomaisesti. Vastauskirje laaditaan vasta, kun jokaiseen kysymykseen on vastattu.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Kysymys:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Vastaus:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen ki&amp;eli:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>notified on {date}</source>
        <translation>ilmoitettu {date}</translation>
    </message>
    <message>
        <source>not notified: disproportionate</source>
        <translation>ei ilmoitettu: vaatisi kohtuutonta vaivaa</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>GDPR Art. 19: every recipient of the person&apos;s data is told of the rectification, erasure or restriction, unless that proves impossible or involves disproportionate effort; then the reason is recorded.</source>
        <translation>Tietosuoja-asetuksen 19 artikla: jokaiselle henkilön tietojen vastaanottajalle ilmoitetaan oikaisusta, poistosta tai käsittelyn rajoittamisesta, paitsi jos se osoittautuu mahdottomaksi tai vaatii kohtuutonta vaivaa; silloin syy kirjataan.</translation>
    </message>
    <message>
        <source>M&amp;ark notified…</source>
        <translation>Merkitse i&amp;lmoitetuksi…</translation>
    </message>
    <message>
        <source>Not notified: &amp;disproportionate…</source>
        <translation>Ei ilmoitettu: &amp;kohtuuton vaiva…</translation>
    </message>
    <message>
        <source>Recipients to notify</source>
        <translation>Ilmoitettavat vastaanottajat</translation>
    </message>
    <message>
        <source>No recipients are in the register. The pääkäyttäjä keeps the register.</source>
        <translation>Vastaanottajarekisterissä ei ole yhtään vastaanottajaa. Rekisteriä ylläpitää pääkäyttäjä.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) still to be notified.</source>
        <translation>
            <numerusform>%n vastaanottaja odottaa vielä ilmoitusta.</numerusform>
            <numerusform>%n vastaanottajaa odottaa vielä ilmoitusta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient is notified or accounted for.</source>
        <translation>Jokaiselle vastaanottajalle on ilmoitettu tai ilmoittamatta jättämisen syy on kirjattu.</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <source>Correct the customer&apos;s data as the person asks. The request records which fields changed and when, not the old values.</source>
        <translation>Oikaise asiakkaan tiedot henkilön pyynnön mukaisesti. Pyyntöön kirjataan, mitkä kentät muuttuivat ja milloin, mutta ei vanhoja arvoja.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Muutetut kentät</translation>
    </message>
    <message>
        <source>No field has been changed from this request yet.</source>
        <translation>Tämän pyynnön perusteella ei ole vielä muutettu yhtään kenttää.</translation>
    </message>
    <message>
        <source>&amp;Already correct…</source>
        <translation>Jo &amp;oikein…</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>Perustelu toisella kie&amp;lellä…</translation>
    </message>
    <message>
        <source>Change &amp;not made…</source>
        <translation>Muutos te&amp;kemättä…</translation>
    </message>
    <message>
        <source>Ed&amp;it the customer&apos;s data…</source>
        <translation>Muokkaa asiakkaan ti&amp;etoja…</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <source>Recorded: the data were already correct.</source>
        <translation>Kirjattu: tiedot olivat jo oikein.</translation>
    </message>
    <message>
        <source>Recorded: a change not made ({ground}).</source>
        <translation>Kirjattu: muutos jäi tekemättä ({ground}).</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Rectify the customer&apos;s data</source>
        <translation>Oikaise asiakkaan tiedot</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <source>The refusal letter prints the reasons and the assessment in its own language only: write them in the other letter language before issuing the letter in it.</source>
        <translation>Epäämiskirje tulostaa perustelut ja arvion vain omalla kielellään: kirjoita ne toisella kirjekielellä ennen kuin annat kirjeen sillä kielellä.</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>Perustelut toisella kie&amp;lellä…</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Epääminen</translation>
    </message>
    <message>
        <source>{topic}: {language}</source>
        <translation>{topic}: {language}</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
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
        <source>Reference of an erased person</source>
        <translation>Poistetun henkilön tunniste</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Statutory due date</source>
        <translation>Lakisääteinen määräpäivä</translation>
    </message>
    <message>
        <source>Promised due date</source>
        <translation>Luvattu määräpäivä</translation>
    </message>
    <message>
        <source>Extended due date</source>
        <translation>Pidennetty määräpäivä</translation>
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
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Henkilöllisyys todettu</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Tunnistettu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Refusal basis</source>
        <translation>Epäämisen peruste</translation>
    </message>
    <message>
        <source>Repeat of request</source>
        <translation>Toistaa pyynnön</translation>
    </message>
</context>
<context>
    <name>RegisterExportWords</name>
    <message numerus="yes">
        <source>%n request(s) were written to {path}.</source>
        <translation>
            <numerusform>%n pyyntö kirjoitettiin tiedostoon {path}.</numerusform>
            <numerusform>%n pyyntöä kirjoitettiin tiedostoon {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImports</name>
    <message>
        <source>Import web events</source>
        <translation>Verkkotapahtumien tuonti</translation>
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
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>Spreadsheet CSV files (*.csv *.txt)</source>
        <translation>Taulukkolaskennan CSV-tiedostot (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>RegisterTextsPage</name>
    <message>
        <source>In Finnish</source>
        <translation>Suomeksi</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>Ruotsiksi</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Englanniksi</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Rekisteröityjen ryhmät</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Henkilötietoryhmät</translation>
    </message>
    <message>
        <source>Recipients (the processors are listed from the recipients register)</source>
        <translation>Vastaanottajat (henkilötietojen käsittelijät luetellaan vastaanottajarekisteristä)</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and their safeguards</source>
        <translation>Siirrot ETA-alueen ulkopuolelle ja niiden suojatoimet</translation>
    </message>
    <message>
        <source>Retention and its criteria</source>
        <translation>Säilytysaika ja sen määrittämisperusteet</translation>
    </message>
    <message>
        <source>Sources of the data</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <source>Automated decision-making and profiling</source>
        <translation>Automaattinen päätöksenteko ja profilointi</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Suojaustoimenpiteet</translation>
    </message>
    <message>
        <source>{topic}, in Finnish</source>
        <translation>{topic}, suomeksi</translation>
    </message>
    <message>
        <source>{topic}, in Swedish</source>
        <translation>{topic}, ruotsiksi</translation>
    </message>
    <message>
        <source>{topic}, in English</source>
        <translation>{topic}, englanniksi</translation>
    </message>
    <message>
        <source>&amp;Save texts</source>
        <translation>&amp;Tallenna tekstit</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) saved.</source>
        <translation>
            <numerusform>%n teksti tallennettu.</numerusform>
            <numerusform>%n tekstiä tallennettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Ei tallennettavaa.</translation>
    </message>
</context>
<context>
    <name>RequestActionPages</name>
    <message>
        <source>stopped at once</source>
        <translation>lopetettu heti</translation>
    </message>
    <message>
        <source>upheld: processing stops</source>
        <translation>hyväksytty: käsittely lopetetaan</translation>
    </message>
    <message>
        <source>compelling legitimate grounds: processing goes on</source>
        <translation>huomattavan tärkeä ja perusteltu syy: käsittely jatkuu</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>odottaa päätöstä</translation>
    </message>
    <message>
        <source>&amp;Erasure</source>
        <translation>Ti&amp;etojen poisto</translation>
    </message>
    <message>
        <source>Reci&amp;pients (Art. 19)</source>
        <translation>&amp;Vastaanottajat (19 art.)</translation>
    </message>
    <message>
        <source>Searched a&amp;nd asked</source>
        <translation>Ha&amp;ut ja kysymykset</translation>
    </message>
    <message>
        <source>Restrictio&amp;n</source>
        <translation>Rajoit&amp;us</translation>
    </message>
    <message>
        <source>With&amp;drawal</source>
        <translation>Suostumuks&amp;en peruutus</translation>
    </message>
    <message>
        <source>The person is not identified yet: link the request to the customer first.</source>
        <translation>Henkilöä ei ole vielä tunnistettu: liitä pyyntö ensin asiakkaaseen.</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Toim&amp;et</translation>
    </message>
    <message>
        <source>&amp;Data held</source>
        <translation>Tallennetut tie&amp;dot</translation>
    </message>
    <message>
        <source>Re&amp;fusal</source>
        <translation>Epää&amp;minen</translation>
    </message>
    <message>
        <source>R&amp;ectification</source>
        <translation>Oikais&amp;u</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>&amp;Vastustukset</translation>
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
        <source>Received by:</source>
        <translation>Vastaanottanut:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Pyynnön tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Received (office time):</source>
        <translation>&amp;Vastaanotettu (toimiston aikaa):</translation>
    </message>
    <message>
        <source>The requester&apos;s &amp;words:</source>
        <translation>Pyytäjän &amp;sanat:</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;name as given:</source>
        <translation>Pyytäjän ilmoittama &amp;nimi:</translation>
    </message>
    <message>
        <source>Requester&apos;s c&amp;ontact as given:</source>
        <translation>Pyytäjän ilmoittamat &amp;yhteystiedot:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Saapumis&amp;tapa:</translation>
    </message>
    <message>
        <source>Han&amp;dler:</source>
        <translation>&amp;Käsittelijä:</translation>
    </message>
    <message>
        <source>What the person asked, in their own words (copied from the email or letter)</source>
        <translation>Mitä henkilö pyysi, hänen omin sanoin (kopioituna sähköpostista tai kirjeestä)</translation>
    </message>
    <message>
        <source>The address, email or phone number to answer to</source>
        <translation>Osoite, sähköpostiosoite tai puhelinnumero, johon vastataan</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation>(ei vielä tunnistettu)</translation>
    </message>
    <message>
        <source>Possible customers from the requester&apos;s details: choose one, or leave the request not yet identified.</source>
        <translation>Pyytäjän tietoja vastaavat mahdolliset asiakkaat: valitse yksi tai jätä pyyntö vielä tunnistamatta.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Vastaavia asiakkaita ei löytynyt.</translation>
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
    <name>RequestDialogs</name>
    <message>
        <source>Someone else changed this request after you opened it. It has been reloaded: check it and save again. What you typed is kept.</source>
        <translation>Joku muu muutti tätä pyyntöä sen jälkeen, kun avasit sen. Pyyntö on ladattu uudelleen: tarkista se ja tallenna uudelleen. Kirjoittamasi teksti on tallessa.</translation>
    </message>
</context>
<context>
    <name>RequestObjectionDialog</name>
    <message>
        <source>Record the objection</source>
        <translation>Kirjaa vastustus</translation>
    </message>
    <message>
        <source>Tick every purpose the request objects to; each is recorded and answered in the letter, in effect from the day the request was received. An objection to direct marketing, ad targeting included, stops it at once with no balancing: every marketing consent ends and the email address and phone number go on the suppression list. For any other purpose the objection is recorded and then decided: upheld, or compelling legitimate grounds with reasons.</source>
        <translation>Valitse jokainen käyttötarkoitus, jota pyyntö vastustaa; kukin kirjataan ja siihen vastataan kirjeessä, ja vastustaminen on voimassa pyynnön vastaanottopäivästä. Suoramarkkinoinnin vastustaminen, mainonnan kohdentaminen mukaan lukien, lopettaa sen heti ilman intressivertailua: kaikki markkinointisuostumukset päättyvät, ja sähköpostiosoite ja puhelinnumero lisätään estolistalle. Muuhun käyttötarkoitukseen kohdistuva vastustaminen kirjataan ja ratkaistaan sen jälkeen: joko vastustaminen hyväksytään tai todetaan huomattavan tärkeä ja perusteltu syy, jonka perustelut kirjataan.</translation>
    </message>
    <message>
        <source>&amp;Objects to:</source>
        <translation>Vastustuksen &amp;kohde:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;reason:</source>
        <translation>Henkilön &amp;perustelu:</translation>
    </message>
</context>
<context>
    <name>RequestRegisterExport</name>
    <message>
        <source>Export the request register</source>
        <translation>Pyyntörekisterin vienti</translation>
    </message>
    <message>
        <source>Writing the request register…</source>
        <translation>Kirjoitetaan pyyntörekisteriä…</translation>
    </message>
    <message>
        <source>The export was cancelled; the unfinished file was removed.</source>
        <translation>Vienti peruttiin; keskeneräinen tiedosto poistettiin.</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskatsaus</translation>
    </message>
    <message>
        <source>Requester&apos;s wo&amp;rds</source>
        <translation>Pyytäjän &amp;sanat</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>Ki&amp;rjeet</translation>
    </message>
    <message>
        <source>Start identity chec&amp;k</source>
        <translation>Aloita henkil&amp;öllisyyden tarkistus</translation>
    </message>
    <message>
        <source>Reasonable doubt about who asks: more information is being asked for.</source>
        <translation>Perusteltu epäily pyytäjän henkilöllisyydestä: lisätietoja pyydetään.</translation>
    </message>
    <message>
        <source>Identi&amp;fy…</source>
        <translation>&amp;Tunnista…</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>Ota k&amp;äsittelyyn</translation>
    </message>
    <message>
        <source>Pa&amp;use…</source>
        <translation>Odota pyytä&amp;jää…</translation>
    </message>
    <message>
        <source>Wait for the requester; no date moves.</source>
        <translation>Odota pyytäjää; mitkään päivämäärät eivät siirry.</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>&amp;Jatka…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pidennä &amp;määräaikaa…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Päätä käsittely…</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>&amp;Nimeä</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei ketään)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>A&amp;ikajana</translation>
    </message>
    <message>
        <source>The requester&apos;s own words</source>
        <translation>Pyytäjän omat sanat</translation>
    </message>
    <message>
        <source>You can read this request; handling it needs the right to handle requests.</source>
        <translation>Voit lukea tämän pyynnön; sen käsittely edellyttää oikeutta käsitellä pyyntöjä.</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Luetaan pyyntöä…</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Vastaanotettu:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanava:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Vastaanottanut:</translation>
    </message>
    <message>
        <source>Requester as given:</source>
        <translation>Pyytäjän ilmoittamat tiedot:</translation>
    </message>
    <message>
        <source>Statutory deadline:</source>
        <translation>Lakisääteinen määräaika:</translation>
    </message>
    <message>
        <source>Promised (privacy notice):</source>
        <translation>Luvattu (tietosuojaselosteessa):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Määräpäivä:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Määräajan pidennys:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Päiviä jäljellä:</translation>
    </message>
    <message>
        <source>Identity check:</source>
        <translation>Henkilöllisyyden tarkistus:</translation>
    </message>
    <message>
        <source>Waiting for the requester:</source>
        <translation>Odottaa pyytäjää:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Käsittelijä:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Toistopyyntö:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Lopputulos:</translation>
    </message>
    <message>
        <source>Basis of the refusal:</source>
        <translation>Kieltäytymisen peruste:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Perustelut:</translation>
    </message>
    <message>
        <source>Written assessment:</source>
        <translation>Kirjallinen arvio:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Request {id}</source>
        <translation>Pyyntö {id}</translation>
    </message>
    <message>
        <source>{type} – request {id}</source>
        <translation>{type} – pyyntö {id}</translation>
    </message>
    <message>
        <source>{status}, waiting for the requester</source>
        <translation>{status}, odottaa pyytäjää</translation>
    </message>
    <message>
        <source>Possible repeat of request #{id}: information for the handler, not a reason to refuse by itself.</source>
        <translation>Mahdollinen toistopyyntö (aiempi pyyntö #{id}): tiedoksi käsittelijälle, ei sellaisenaan peruste kieltäytyä.</translation>
    </message>
    <message>
        <source>{name}, customer {number}</source>
        <translation>{name}, asiakasnumero {number}</translation>
    </message>
    <message>
        <source>&amp;Customer: {name}</source>
        <translation>&amp;Asiakas: {name}</translation>
    </message>
    <message>
        <source>Open the customer&apos;s window</source>
        <translation>Avaa asiakkaan ikkuna</translation>
    </message>
    <message>
        <source>Erased person ({ref})</source>
        <translation>Poistettu henkilö ({ref})</translation>
    </message>
    <message>
        <source>Customer not yet identified</source>
        <translation>Asiakasta ei ole vielä tunnistettu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Myöhässä %n päivän</numerusform>
            <numerusform>Myöhässä %n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Määräpäivä tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Due on {date} after the extension; the requester was told on {notice}.
Reasons: {reason}</source>
        <translation>Määräpäivä {date} määräajan pidennyksen jälkeen; pyytäjälle ilmoitettiin {notice}.
Perustelut: {reason}</translation>
    </message>
    <message>
        <source>Due on {date} after the extension.
Reasons: {reason}</source>
        <translation>Määräpäivä {date} määräajan pidennyksen jälkeen.
Perustelut: {reason}</translation>
    </message>
    <message>
        <source>Due on {date} after the extension, once the requester is told: the extension letter is the notice; send it by {statutory}.
Reasons: {reason}</source>
        <translation>Määräpäivä jatkon jälkeen {date}, kun pyytäjälle on ilmoitettu: jatkamiskirje on ilmoitus; lähetä se viimeistään {statutory}.
Perustelut: {reason}</translation>
    </message>
    <message>
        <source>Not extended.</source>
        <translation>Määräaikaa ei ole pidennetty.</translation>
    </message>
    <message>
        <source>Not extended. {why}</source>
        <translation>Määräaikaa ei ole pidennetty. {why}</translation>
    </message>
    <message>
        <source>Not extended. At most to {latest}, if the requester is told with the reasons by {statutory}.</source>
        <translation>Määräaikaa ei ole pidennetty. Sitä voi pidentää enintään {latest} asti, jos pyytäjälle ilmoitetaan pidennyksestä perusteluineen viimeistään {statutory}.</translation>
    </message>
    <message>
        <source>{method} – {who}, {when}</source>
        <translation>{method} – {who}, {when}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Huomautus: {note}</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ei vielä kirjattu</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei ilmoitettu)</translation>
    </message>
    <message>
        <source>{outcome} on {when} by {who}</source>
        <translation>{outcome} {when}, {who}</translation>
    </message>
    <message>
        <source>Waiting since {when} ({who}): {reason}</source>
        <translation>Odottaa {when} alkaen ({who}): {reason}</translation>
    </message>
    <message>
        <source>Waited from {start} to {end}: {reason}</source>
        <translation>Odotettu {start}–{end}: {reason}</translation>
    </message>
    <message>
        <source>(ended: {reason})</source>
        <translation>(päättyi: {reason})</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>The dates above stay as they were: waiting moves none of them.</source>
        <translation>Yllä olevat päivämäärät pysyvät ennallaan: odotus ei siirrä niistä yhtäkään.</translation>
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
    <message>
        <source>Open t&amp;his request…</source>
        <translation>Avaa t&amp;ämä pyyntö…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Erased person ({ref})</source>
        <translation>Poistettu henkilö ({ref})</translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation>(ei vielä tunnistettu)</translation>
    </message>
    <message>
        <source>{status}, waiting for the requester</source>
        <translation>{status}, odottaa pyytäjää</translation>
    </message>
    <message>
        <source>{date} (extended)</source>
        <translation>{date} (pidennetty)</translation>
    </message>
    <message>
        <source>{type} · repeat of #{id}</source>
        <translation>{type} · toisto pyynnöstä #{id}</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;vaa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Vi&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <source>Han&amp;dler:</source>
        <translation>Kä&amp;sittelijä:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, customer number or reference</source>
        <translation>Nimi, asiakasnumero tai viite</translation>
    </message>
    <message>
        <source>No request matches the search and the filters. Clear the search, or choose All under Status.</source>
        <translation>Haulla ja suodattimilla ei löytynyt pyyntöjä. Tyhjennä haku tai valitse Tila-kohdasta Kaikki.</translation>
    </message>
    <message>
        <source>No open requests. Register one that came in with New request… (Ctrl+N); choose All under Status to see the closed ones.</source>
        <translation>Ei avoimia pyyntöjä. Kirjaa saapunut pyyntö painikkeella Uusi pyyntö… (Ctrl+N); suljetut näet valitsemalla Tila-kohdasta Kaikki.</translation>
    </message>
    <message>
        <source>No open requests. Choose All under Status to see the closed ones.</source>
        <translation>Ei avoimia pyyntöjä. Suljetut näet valitsemalla Tila-kohdasta Kaikki.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Minulle nimetyt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Määräpäivä %n päivän sisällä</numerusform>
            <numerusform>Määräpäivä %n päivän sisällä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown.</source>
        <translation>
            <numerusform>%n pyyntö näkyvissä.</numerusform>
            <numerusform>%n pyyntöä näkyvissä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Varmuuskopion palautus</translation>
    </message>
    <message>
        <source>The database is replaced by the backup you choose. Everyone erased or purged since the backup was made is erased again before the database is used, so a restore never brings them back. The current database is kept aside until the restore has succeeded; afterwards the program closes and must be started again.</source>
        <translation>Tietokanta korvataan valitsemallasi varmuuskopiolla. Kaikki varmuuskopion ottamisen jälkeen poistetut henkilöt ja tiedot poistetaan uudelleen ennen kuin tietokantaa käytetään, joten palautus ei koskaan tuo niitä takaisin. Nykyinen tietokanta pidetään tallessa, kunnes palautus on onnistunut; sen jälkeen ohjelma sulkeutuu ja se on käynnistettävä uudelleen.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Varmuuskopiota ei ole valittu</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>C&amp;hoose backup…</source>
        <translation>&amp;Valitse varmuuskopio…</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase (press Enter to check it)</source>
        <translation>Varmuuskopion tunnuslause (tarkista painamalla Enter)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Varmuuskopion tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>P&amp;alauta</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.enc)</source>
        <translation>Varmuuskopiot (*.sqlite3 *.enc)</translation>
    </message>
    <message>
        <source>The backup of {when} is sound.</source>
        <translation>Varmuuskopio ajalta {when} on eheä.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n poisto</numerusform>
            <numerusform>%n poistoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n retention rule(s) will be applied again.</source>
        <translation>
            <numerusform>ja %n säilytyssääntö tehdään uudelleen.</numerusform>
            <numerusform>ja %n säilytyssääntöä tehdään uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purge(s) of data that relied on a withdrawn consent will be carried out again.</source>
        <translation>
            <numerusform>%n perutun suostumuksen varassa olleiden tietojen poisto tehdään uudelleen.</numerusform>
            <numerusform>%n perutun suostumuksen varassa olleiden tietojen poistoa tehdään uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Valitse palautettava varmuuskopio.</translation>
    </message>
    <message>
        <source>Restoring the backup and erasing again what was erased since…</source>
        <translation>Palautetaan varmuuskopiota ja poistetaan uudelleen sen jälkeen poistetut tiedot…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Varmuuskopio palautettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) were carried out again</source>
        <translation>
            <numerusform>%n poisto tehtiin uudelleen</numerusform>
            <numerusform>%n poistoa tehtiin uudelleen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n row(s) purged again.</source>
        <translation>
            <numerusform>ja %n rivi poistettiin uudelleen.</numerusform>
            <numerusform>ja %n riviä poistettiin uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program closes now; start it again.</source>
        <translation>Ohjelma sulkeutuu nyt; käynnistä se uudelleen.</translation>
    </message>
</context>
<context>
    <name>RestrictionPage</name>
    <message>
        <source>A restriction (GDPR Art. 18) keeps the data stored, but every export and marketing list leaves the person out until it is lifted. The person is told the day and the reason before it is lifted.</source>
        <translation>Rajoitus (tietosuoja-asetuksen 18 artikla) pitää tiedot tallessa, mutta jokainen vienti ja markkinointilista jättää henkilön pois, kunnes rajoitus poistetaan. Henkilölle kerrotaan päivä ja syy ennen poistamista.</translation>
    </message>
    <message>
        <source>&amp;Set the restriction…</source>
        <translation>As&amp;eta rajoitus…</translation>
    </message>
    <message>
        <source>&amp;Announce the lifting…</source>
        <translation>I&amp;lmoita poistamisesta…</translation>
    </message>
    <message>
        <source>L&amp;ift the restriction</source>
        <translation>P&amp;oista rajoitus</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>Syy toisella &amp;kielellä…</translation>
    </message>
    <message>
        <source>Restricted since {since} on the ground {ground}.</source>
        <translation>Rajoitettu {since} alkaen perusteella {ground}.</translation>
    </message>
    <message>
        <source>To be lifted on {day}: {reason}.</source>
        <translation>Poistetaan {day}: {reason}.</translation>
    </message>
    <message>
        <source>Processing is restricted since {since}, but not under this request: set it here to record its ground.</source>
        <translation>Käsittely on rajoitettu {since} alkaen, mutta ei tällä pyynnöllä: aseta se tässä, niin sen peruste kirjataan.</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Käsittelyä ei ole rajoitettu.</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>End the wait – request {id}</source>
        <translation>Lopeta odotus – pyyntö {id}</translation>
    </message>
    <message>
        <source>Waiting for the requester since {when}: {reason}</source>
        <translation>Odottaa pyytäjää {when} alkaen: {reason}</translation>
    </message>
    <message>
        <source>The request is not waiting for the requester.</source>
        <translation>Pyyntö ei odota pyytäjää.</translation>
    </message>
    <message>
        <source>&amp;Why it ends (optional):</source>
        <translation>&amp;Miksi odotus päättyy (valinnainen):</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and purge queue</source>
        <translation>Säilytysajat ja poistojono</translation>
    </message>
    <message>
        <source>Personal data are kept only as long as the privacy notice says. Each rule below states how long a kind of data is kept and what happens then; what has fallen due is highlighted. Confirm a rule&apos;s period, and let it run by itself if you wish; a run can be cancelled, and what it has removed by then stays removed.</source>
        <translation>Henkilötietoja säilytetään vain niin kauan kuin tietosuojaselosteessa kerrotaan. Kukin alla oleva sääntö kertoo, kuinka kauan tietoja säilytetään ja mitä niille sitten tehdään; erääntyneet on korostettu. Vahvista säännön säilytysaika ja anna sen halutessasi toimia itsestään. Ajon voi keskeyttää, ja siihen mennessä poistettu pysyy poistettuna.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Säilytyssäännöt</translation>
    </message>
    <message>
        <source>&amp;Kept for (months):</source>
        <translation>Säil&amp;ytysaika (kk):</translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation>Vahvist&amp;ettu</translation>
    </message>
    <message>
        <source>Runs &amp;by itself</source>
        <translation>Toimii &amp;itsestään</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Tallenna sääntö</translation>
    </message>
    <message>
        <source>&amp;Run this rule…</source>
        <translation>&amp;Aja tämä sääntö…</translation>
    </message>
    <message>
        <source>Run &amp;all rules…</source>
        <translation>Aja &amp;kaikki säännöt…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have fallen due.</source>
        <translation>
            <numerusform>%n tieto on erääntynyt.</numerusform>
            <numerusform>%n tietoa on erääntynyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Mitään ei ole erääntynyt.</translation>
    </message>
    <message>
        <source>Run retention</source>
        <translation>Säilytyssääntöjen ajo</translation>
    </message>
    <message numerus="yes">
        <source>Delete or minimise %n item(s) whose keeping time has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Poistetaanko tai minimoidaanko %n tieto, jonka säilytysaika on päättynyt? Tätä ei voi perua.</numerusform>
            <numerusform>Poistetaanko tai minimoidaanko %n tietoa, joiden säilytysaika on päättynyt? Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Aja</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Removing what has fallen due…</source>
        <translation>Poistetaan erääntyneitä tietoja…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted or minimised.</source>
        <translation>
            <numerusform>%n tieto poistettiin tai minimoitiin.</numerusform>
            <numerusform>%n tietoa poistettiin tai minimoitiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled; what was removed stays removed.</source>
        <translation>Ajo keskeytettiin; jo poistettu pysyy poistettuna.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>Technical data from the web site</source>
        <translation>Verkkosivuston tekniset tiedot</translation>
    </message>
    <message>
        <source>Withdrawn consents</source>
        <translation>Perutut suostumukset</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Passiiviset asiakkaat</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Suljetut pyynnöt</translation>
    </message>
    <message>
        <source>Kept invoices</source>
        <translation>Säilytetyt laskut</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Epäonnistuneet kirjautumiset</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poistetaan</translation>
    </message>
    <message>
        <source>kept as type, dates and outcome only</source>
        <translation>vain tyyppi, päivämäärät ja lopputulos säilytetään</translation>
    </message>
    <message>
        <source>erased, except invoices kept by law</source>
        <translation>poistetaan, paitsi lain mukaan säilytettävät laskut</translation>
    </message>
    <message>
        <source>by the Accounting Act</source>
        <translation>kirjanpitolain mukaan</translation>
    </message>
    <message>
        <source>confirmed, runs by itself</source>
        <translation>vahvistettu, toimii itsestään</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>vahvistettu</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>vahvistamatta</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <source>Rights of {name} ({username})</source>
        <translation>Käyttäjän {name} ({username}) oikeudet</translation>
    </message>
    <message>
        <source>The role {role} gives the rights marked in the second column. Choose “granted” or “revoked” to make an exception for this user only; the last column shows what the user can do.</source>
        <translation>Rooli {role} antaa toisessa sarakkeessa merkityt oikeudet. Valitse ”myönnetty” tai ”peruutettu”, jos haluat tehdä poikkeuksen vain tälle käyttäjälle; viimeinen sarake näyttää, mitä käyttäjä voi tehdä.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Oikeus</translation>
    </message>
    <message>
        <source>From the role</source>
        <translation>Roolin perusteella</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Tämä käyttäjä</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>As the role</source>
        <translation>Roolin mukaan</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>{capability}: this user</source>
        <translation>{capability}: tämä käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Nothing was changed; the grid shows the rights that hold now.</source>
        <translation>Mitään ei muutettu; taulukko näyttää nyt voimassa olevat oikeudet.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>System searched</source>
        <translation>Haettu järjestelmä</translation>
    </message>
    <message>
        <source>Where else the person&apos;s data may be: say where you looked, when, and what you found. The letter prints it as written.</source>
        <translation>Missä muualla henkilön tietoja voi olla: kerro, mistä etsit, milloin ja mitä löytyi. Kirje tulostaa sen sellaisenaan.</translation>
    </message>
    <message>
        <source>&amp;Searched:</source>
        <translation>&amp;Haettu:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Mitä löytyi:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
    <message>
        <source>Data about the person were &amp;found</source>
        <translation>Henkilöstä &amp;löytyi tietoja</translation>
    </message>
</context>
<context>
    <name>SearchLanguageDialog</name>
    <message>
        <source>What was found, in a letter language</source>
        <translation>Haun tulos kirjeen kielellä</translation>
    </message>
    <message>
        <source>{system}, searched on {day}: {result}
Write what was found as the person should read it in the letter&apos;s language.</source>
        <translation>{system}, haettu {day}: {result}
Kirjoita tulos niin kuin henkilön kuuluu lukea se kirjeen kielellä.</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Kirjeen &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Mitä löytyi:</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Palvelimen salasana</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of the user {user}.</source>
        <translation>Palvelin {server} kysyy käyttäjän {user} salasanaa.</translation>
    </message>
    <message>
        <source>The server refused the password. Check it and try again.</source>
        <translation>Palvelin ei hyväksynyt salasanaa. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Kirjoita salasana.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>&amp;Muista tämän tietokoneen avainnipussa</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>SetRestrictionDialog</name>
    <message>
        <source>Restrict the processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <source>The data stay stored, but every export and marketing list leaves the person out. Choose the ground of GDPR Art. 18(1) the person&apos;s request rests on.</source>
        <translation>Tiedot pysyvät tallessa, mutta jokainen vienti ja markkinointilista jättää henkilön pois. Valitse tietosuoja-asetuksen 18 artiklan 1 kohdan peruste, johon henkilön pyyntö perustuu.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Peruste:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Finnish Excel, semicolons (*.csv)</source>
        <translation>CSV suomalaiselle Excelille, puolipisteet (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Request statistics</source>
        <translation>Pyyntöjen tilastot</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Requests per month by type</source>
        <translation>Pyynnöt kuukausittain tyypeittäin</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Vastausaika päivinä</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received;</source>
        <translation>
            <numerusform>%n pyyntö vastaanotettu;</numerusform>
            <numerusform>%n pyyntöä vastaanotettu;</numerusform>
        </translation>
    </message>
    <message>
        <source>median {median} days to answer, {share} within 30 days.</source>
        <translation>vastausajan mediaani {median} päivää, {share} vastattu 30 päivässä.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Requests answered</source>
        <translation>Vastatut pyynnöt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päivää</translation>
    </message>
</context>
<context>
    <name>SubjectDataPage</name>
    <message>
        <source>The person receives the data they provided, observed web events included, in a machine-readable form (GDPR Art. 20). A restriction never limits it.</source>
        <translation>Henkilö saa antamansa tiedot, myös havainnoidut verkkotapahtumat, koneluettavassa muodossa (tietosuoja-asetuksen 20 artikla). Käsittelyn rajoittaminen ei koskaan rajoita tätä oikeutta.</translation>
    </message>
    <message>
        <source>Everything the register holds about the person (GDPR Art. 15). A restriction never limits it.</source>
        <translation>Kaikki, mitä rekisterissä on henkilöstä (tietosuoja-asetuksen 15 artikla). Käsittelyn rajoittaminen ei koskaan rajoita tätä oikeutta.</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Tallennetut tiedot</translation>
    </message>
    <message>
        <source>Customer record fields:</source>
        <translation>Asiakastietueen kentät:</translation>
    </message>
    <message>
        <source>Consent ledger entries:</source>
        <translation>Suostumusrekisterin merkinnät:</translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation>Vastustukset:</translation>
    </message>
    <message>
        <source>Web events:</source>
        <translation>Verkkotapahtumat:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Laskut:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Pyynnöt:</translation>
    </message>
    <message>
        <source>Consultations (views and exports):</source>
        <translation>Tietojen katselut ja viennit:</translation>
    </message>
    <message>
        <source>The response letter is printed from the letters part of the program once it is available; until then send the copy with a letter written by other means.</source>
        <translation>Vastauskirje tulostetaan ohjelman kirjeosiosta, kun se on käytettävissä; siihen asti lähetä kopio muulla tavoin laaditun kirjeen kanssa.</translation>
    </message>
    <message>
        <source>As a &amp;ZIP file</source>
        <translation>&amp;ZIP-tiedostona</translation>
    </message>
    <message>
        <source>Write the m&amp;achine-readable copy…</source>
        <translation>Tallenna &amp;koneluettava kopio…</translation>
    </message>
    <message>
        <source>Only a user who handles requests can see what is held.</source>
        <translation>Vain pyyntöjä käsittelevä käyttäjä näkee tallennetut tiedot.</translation>
    </message>
    <message>
        <source>Reading the person&apos;s data…</source>
        <translation>Luetaan henkilön tietoja…</translation>
    </message>
    <message>
        <source>Read on {when}.</source>
        <translation>Luettu {when}.</translation>
    </message>
    <message>
        <source>The notes may contain data about other people: review them before they are given out; the copy leaves them out until then.</source>
        <translation>Muistiinpanoissa voi olla tietoja muista henkilöistä: tarkista ne ennen luovuttamista; siihen asti ne jätetään kopiosta pois.</translation>
    </message>
    <message>
        <source>Written: {path} ({count} files).</source>
        <translation>Tallennettu: {path} (tiedostoja: {count}).</translation>
    </message>
    <message>
        <source>Folder for the machine-readable copy</source>
        <translation>Kansio koneluettavalle kopiolle</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Tallennetaan kopiota…</translation>
    </message>
    <message>
        <source>Machine-readable copy</source>
        <translation>Koneluettava kopio</translation>
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
    <name>Timeline</name>
    <message>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Opened for reading</source>
        <translation>Avattu luettavaksi</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Käsittelijä nimetty</translation>
    </message>
    <message>
        <source>Identity check recorded</source>
        <translation>Henkilöllisyyden tarkistus kirjattu</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Tila muutettu</translation>
    </message>
    <message>
        <source>Waiting for the requester</source>
        <translation>Siirretty odottamaan pyytäjää</translation>
    </message>
    <message>
        <source>Waiting ended</source>
        <translation>Odotus päättyi</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Määräaikaa pidennetty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Customer data corrected</source>
        <translation>Asiakastiedot oikaistu</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
    <message>
        <source>Lifting of the restriction announced</source>
        <translation>Rajoituksen poistamisesta ilmoitettu</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Rajoitus poistettu</translation>
    </message>
    <message>
        <source>Rectification finding recorded</source>
        <translation>Oikaisun havainto kirjattu</translation>
    </message>
    <message>
        <source>Letter text written</source>
        <translation>Kirjeen teksti kirjoitettu</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Vastustus kirjattu</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruutettu</translation>
    </message>
    <message>
        <source>Recipients checklist opened</source>
        <translation>Vastaanottajien tarkistuslista avattu</translation>
    </message>
    <message>
        <source>Recipient notified</source>
        <translation>Vastaanottajalle ilmoitettu</translation>
    </message>
    <message>
        <source>Recipient not notified (disproportionate)</source>
        <translation>Vastaanottajalle ei ilmoitettu (kohtuuton vaiva)</translation>
    </message>
    <message>
        <source>Erasure run</source>
        <translation>Poisto suoritettu</translation>
    </message>
    <message>
        <source>Data that relied only on the withdrawn consent erased</source>
        <translation>Vain peruutettuun suostumukseen perustuneet tiedot poistettu</translation>
    </message>
    <message>
        <source>Search recorded</source>
        <translation>Haku kirjattu</translation>
    </message>
    <message>
        <source>Search removed</source>
        <translation>Haku poistettu</translation>
    </message>
    <message>
        <source>Requester&apos;s question recorded</source>
        <translation>Pyytäjän kysymys kirjattu</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Kysymykseen vastattu</translation>
    </message>
    <message>
        <source>Delivery of the copy recorded</source>
        <translation>Kopion toimitustapa kirjattu</translation>
    </message>
    <message>
        <source>Kept invoice matched</source>
        <translation>Säilytettävä lasku liitetty</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Kirje lähetetty</translation>
    </message>
    <message>
        <source>{action} – refused: no right</source>
        <translation>{action} – estetty: ei oikeutta</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Määräpäivä {date}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Pyynnön aikajana</translation>
    </message>
</context>
<context>
    <name>UnsavedTyping</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>What you typed is not saved yet. Save it before closing?</source>
        <translation>Kirjoittamaasi ei ole vielä tallennettu. Tallennetaanko ennen sulkemista?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>The backup folder cannot be used</source>
        <translation>Varmuuskopiokansiota ei voi käyttää</translation>
    </message>
    <message>
        <source>No automatic backup yet</source>
        <translation>Automaattista varmuuskopiota ei vielä ole</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Viimeisin varmuuskopio: {when}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
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
        <source>&amp;Edit…</source>
        <translation>Muokkaa ti&amp;etoja…</translation>
    </message>
    <message>
        <source>R&amp;ights…</source>
        <translation>Oikeu&amp;det…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Nollaa salasana…</translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>A&amp;vaa lukitus</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Poi&amp;sta käytöstä…</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Ota uudelleen kä&amp;yttöön…</translation>
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
        <source>Reset password</source>
        <translation>Nollaa salasana</translation>
    </message>
    <message>
        <source>Give {name} a new one-time password? Their current password stops working at once, and they must choose a new one at the next login.</source>
        <translation>Annetaanko käyttäjälle {name} uusi kertakäyttöinen salasana? Hänen nykyinen salasanansa lakkaa toimimasta heti, ja hänen on valittava uusi salasana seuraavalla kirjautumiskerralla.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Ota käyttäjä uudelleen käyttöön</translation>
    </message>
    <message>
        <source>Reactivate {name}? They can log in again.</source>
        <translation>Otetaanko käyttäjä {name} uudelleen käyttöön? Hän voi taas kirjautua sisään.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Ota uudelleen käyttöön</translation>
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
        <source>View customers</source>
        <translation>Asiakkaiden katselu</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Asiakkaiden muokkaus</translation>
    </message>
    <message>
        <source>View requests</source>
        <translation>Pyyntöjen katselu</translation>
    </message>
    <message>
        <source>Handle requests</source>
        <translation>Pyyntöjen käsittely</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Asiakastietojen poisto</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Vienti ja tulostus</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Käyttäjien hallinta</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Tarkastuslokin lukeminen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
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
    <message>
        <source>Sent from the email address on file</source>
        <translation>Lähetetty rekisterissä olevasta sähköpostiosoitteesta</translation>
    </message>
    <message>
        <source>Phone number on file (call or call-back)</source>
        <translation>Rekisterissä oleva puhelinnumero (puhelu tai takaisinsoitto)</translation>
    </message>
    <message>
        <source>Customer number with other data held</source>
        <translation>Asiakasnumero ja muita rekisterin tietoja</translation>
    </message>
    <message>
        <source>Details of a recent invoice</source>
        <translation>Äskettäisen laskun tiedot</translation>
    </message>
    <message>
        <source>Known to the staff member in person</source>
        <translation>Henkilökunnan jäsen tuntee henkilökohtaisesti</translation>
    </message>
    <message>
        <source>ID document seen, not stored</source>
        <translation>Henkilöllisyystodistus nähty, ei tallennettu</translation>
    </message>
    <message>
        <source>Other (described in the note)</source>
        <translation>Muu (kuvattu huomautuksessa)</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Ilmeisen perusteeton</translation>
    </message>
    <message>
        <source>Excessive (e.g. repeated)</source>
        <translation>Kohtuuton (esim. toistuva)</translation>
    </message>
    <message>
        <source>Identity could not be established</source>
        <translation>Henkilöllisyyttä ei voitu varmistaa</translation>
    </message>
    <message>
        <source>A legal obligation keeps the data</source>
        <translation>Lakisääteinen velvoite edellyttää tietojen säilyttämistä</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation>Oikeusvaateet</translation>
    </message>
</context>
<context>
    <name>WithdrawalPage</name>
    <message>
        <source>Choose the purposes whose consent the person withdraws: one ledger entry is written for each (GDPR Art. 7(3)). Data that relied on those consents alone may then be erased.</source>
        <translation>Valitse käyttötarkoitukset, joita koskevan suostumuksen henkilö peruuttaa: kustakin kirjataan oma merkintä suostumusrekisteriin (tietosuoja-asetuksen 7 artiklan 3 kohta). Sen jälkeen voidaan poistaa tiedot, joiden käsittely perustui yksinomaan näihin suostumuksiin.</translation>
    </message>
    <message>
        <source>Consents in force</source>
        <translation>Voimassa olevat suostumukset</translation>
    </message>
    <message>
        <source>The person has no consent in force.</source>
        <translation>Henkilöllä ei ole voimassa olevia suostumuksia.</translation>
    </message>
    <message>
        <source>Withdraw the chosen co&amp;nsents…</source>
        <translation>Peruuta &amp;valitut suostumukset…</translation>
    </message>
    <message>
        <source>&amp;Erase the web events…</source>
        <translation>Poista ver&amp;kkotapahtumat…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>{purpose} – given {since}</source>
        <translation>{purpose} – annettu {since}</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) relied only on consents that are no longer given: they may be erased.</source>
        <translation>
            <numerusform>%n verkkotapahtuma perustui vain suostumuksiin, jotka eivät ole enää voimassa: se voidaan poistaa.</numerusform>
            <numerusform>%n verkkotapahtumaa perustui vain suostumuksiin, jotka eivät ole enää voimassa: ne voidaan poistaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Suostumuksen peruutus</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Valitse vähintään yksi käyttötarkoitus.</translation>
    </message>
    <message>
        <source>Withdraw consents</source>
        <translation>Peruuta suostumukset</translation>
    </message>
    <message>
        <source>Record the withdrawal of these consents now: {names}?</source>
        <translation>Kirjataanko näiden suostumusten peruutus nyt: {names}?</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Kirjaa peruutus</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Pe&amp;ru</translation>
    </message>
    <message>
        <source>Erase web events</source>
        <translation>Poista verkkotapahtumat</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) of this person relied only on the consents now withdrawn. Erase them? This cannot be undone.</source>
        <translation>
            <numerusform>Tämän henkilön %n verkkotapahtuma perustui vain nyt peruutettuihin suostumuksiin. Poistetaanko se? Toimintoa ei voi perua.</numerusform>
            <numerusform>Tämän henkilön %n verkkotapahtumaa perustui vain nyt peruutettuihin suostumuksiin. Poistetaanko ne? Toimintoa ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>Säilytä &amp;ne</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) erased.</source>
        <translation>
            <numerusform>%n verkkotapahtuma poistettu.</numerusform>
            <numerusform>%n verkkotapahtumaa poistettu.</numerusform>
        </translation>
    </message>
</context>
</TS>
