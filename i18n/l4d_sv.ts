<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Lean 4D Oy&apos;s customer register and data subject request desk.</source>
        <translation>Lean 4D Oy:s kundregister och expedition för de registrerades begäranden.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Byggd:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Loggmapp:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>not a built copy (running from the sources)</source>
        <translation>inte en byggd kopia (körs från källkoden)</translation>
    </message>
    <message>
        <source>{date} on {system}</source>
        <translation>{date} på {system}</translation>
    </message>
    <message>
        <source>ask the main administrator</source>
        <translation>fråga huvudanvändaren</translation>
    </message>
    <message numerus="yes">
        <source>Bundled components and their licences (%n)</source>
        <translation>
            <numerusform>Medföljande komponenter och deras licenser (%n)</numerusform>
            <numerusform>Medföljande komponenter och deras licenser (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The licence notices of the bundled components are collected into built copies of the program (make dist); this copy runs from the sources.</source>
        <translation>Licenstexterna för de medföljande komponenterna samlas i byggda kopior av programmet (make dist); den här kopian körs från källkoden.</translation>
    </message>
</context>
<context>
    <name>AlreadyCorrectDialog</name>
    <message>
        <source>The data were already correct</source>
        <translation>Uppgifterna var redan korrekta</translation>
    </message>
    <message>
        <source>Say in a sentence or two what was checked and against what. The letter tells the person, with their remedies, that the change they asked for was not needed.</source>
        <translation>Berätta med en eller två meningar vad som kontrollerades och mot vad. Brevet meddelar personen, med uppgift om rättsmedel, att den ändring personen begärde inte behövdes.</translation>
    </message>
    <message>
        <source>&amp;What was checked:</source>
        <translation>&amp;Vad som kontrollerades:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brev&amp;språk:</translation>
    </message>
</context>
<context>
    <name>AnnounceLiftDialog</name>
    <message>
        <source>Announce the lifting</source>
        <translation>Meddela hävandet</translation>
    </message>
    <message>
        <source>The person is told before the restriction is lifted (GDPR Art. 18(3)): the day and the real reason. Send the notice letter; the restriction can be lifted from that day.</source>
        <translation>Personen informeras innan begränsningen hävs (dataskyddsförordningen art. 18.3): dagen och det verkliga skälet. Skicka meddelandebrevet; begränsningen kan hävas från den dagen.</translation>
    </message>
    <message>
        <source>Lift &amp;on:</source>
        <translation>Häv &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <source>&amp;In a sentence:</source>
        <translation>&amp;Med en mening:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brev&amp;språk:</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Yearly accountability report</source>
        <translation>Årlig ansvarsrapport</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <source>annual-report-{year}.pdf</source>
        <translation>arsrapport-{year}.pdf</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Spara årsrapporten</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report and the request register were saved:
{pdf}
{csv}</source>
        <translation>Rapporten och registret över begäranden sparades:
{pdf}
{csv}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapporten skrivs…</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the question</source>
        <translation>Besvara frågan</translation>
    </message>
    <message>
        <source>The requester asked: {question}</source>
        <translation>Den som framställt begäran frågade: {question}</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brevs&amp;pråk:</translation>
    </message>
</context>
<context>
    <name>AnswerRecordsPage</name>
    <message>
        <source>Email and correspondence</source>
        <translation>E-post och korrespondens</translation>
    </message>
    <message>
        <source>Accounting firm and books</source>
        <translation>Bokföringsbyrå och bokföring</translation>
    </message>
    <message>
        <source>Paper files</source>
        <translation>Pappersakter</translation>
    </message>
    <message>
        <source>Another system</source>
        <translation>Ett annat system</translation>
    </message>
    <message>
        <source>With the letter, in one bundle</source>
        <translation>Med brevet, i ett paket</translation>
    </message>
    <message>
        <source>Encrypted email</source>
        <translation>Krypterad e-post</translation>
    </message>
    <message>
        <source>Protected download link that expires</source>
        <translation>Skyddad nedladdningslänk som går ut</translation>
    </message>
    <message>
        <source>Memory stick by post</source>
        <translation>Minnessticka per post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Look for the person&apos;s data everywhere they may be (email, the accounting firm, paper files) and record what you found; record the questions the requester asked and answer each. The letter says where we looked and answers the questions; the no-data answer is offered only after the searches are recorded.</source>
        <translation>Sök efter personens uppgifter överallt där de kan finnas (e-post, bokföringsbyrån, pappersakter) och registrera vad du hittade; registrera frågorna som den som framställt begäran ställde och besvara var och en. Brevet berättar var vi sökte och besvarar frågorna; svaret att inga uppgifter finns erbjuds först när sökningarna har registrerats.</translation>
    </message>
    <message>
        <source>Add &amp;search…</source>
        <translation>Lägg till &amp;sökning…</translation>
    </message>
    <message>
        <source>Remove search</source>
        <translation>Ta bort sökning</translation>
    </message>
    <message>
        <source>Found, in another lan&amp;guage…</source>
        <translation>Res&amp;ultat på ett annat språk…</translation>
    </message>
    <message>
        <source>Write what the chosen search found in another letter language.</source>
        <translation>Skriv vad den valda sökningen hittade på ett annat brevspråk.</translation>
    </message>
    <message>
        <source>Reason for waiting in a language…</source>
        <translation>Skäl till väntan på ett språk…</translation>
    </message>
    <message>
        <source>The copy of the person&apos;s data shows why this request waited for them: write the reason in each language a letter goes in.</source>
        <translation>Kopian av personens uppgifter visar varför begäran väntade på personen: skriv skälet på varje språk som ett brev skickas på.</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>Lägg &amp;till fråga…</translation>
    </message>
    <message>
        <source>Answ&amp;er…</source>
        <translation>B&amp;esvara…</translation>
    </message>
    <message>
        <source>Deli&amp;very…</source>
        <translation>&amp;Leverans…</translation>
    </message>
    <message>
        <source>Kept &amp;invoice…</source>
        <translation>Sparad &amp;faktura…</translation>
    </message>
    <message>
        <source>Systems searched</source>
        <translation>Genomsökta system</translation>
    </message>
    <message>
        <source>The requester&apos;s questions</source>
        <translation>Frågor från den som framställt begäran</translation>
    </message>
    <message>
        <source>No search recorded beside the register yet.</source>
        <translation>Ingen sökning utanför registret har registrerats ännu.</translation>
    </message>
    <message>
        <source>No question recorded.</source>
        <translation>Ingen fråga har registrerats.</translation>
    </message>
    <message>
        <source>Searched and asked</source>
        <translation>Sökt och frågat</translation>
    </message>
    <message>
        <source>Delivery of the electronic copy: not recorded.</source>
        <translation>Leverans av den elektroniska kopian: inte registrerad.</translation>
    </message>
    <message>
        <source>Delivery of the electronic copy: {how}.</source>
        <translation>Leverans av den elektroniska kopian: {how}.</translation>
    </message>
    <message>
        <source>Kept invoices matched to the requester: {numbers}.</source>
        <translation>Sparade fakturor som kopplats till den som framställt begäran: {numbers}.</translation>
    </message>
    <message>
        <source>No kept invoice is matched to the requester.</source>
        <translation>Ingen sparad faktura har kopplats till den som framställt begäran.</translation>
    </message>
    <message>
        <source>Kept after an erasure in the requester&apos;s name: {numbers}. Check them and match those that are the requester&apos;s.</source>
        <translation>Sparade efter en radering i namnet på den som framställt begäran: {numbers}. Kontrollera dem och koppla de som hör till den som framställt begäran.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>The program met an unexpected error ({kind}). Nothing was saved from the action that failed. If it happens again, tell the main administrator.</source>
        <translation>Programmet stötte på ett oväntat fel ({kind}). Ingenting sparades från åtgärden som misslyckades. Om det händer igen, meddela huvudanvändaren.</translation>
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
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Lägga till en användare</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>Redigera en användare</translation>
    </message>
    <message>
        <source>View a user</source>
        <translation>Visa en användare</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>Lista användarna</translation>
    </message>
    <message>
        <source>Change a user&apos;s rights</source>
        <translation>Ändra en användares rättigheter</translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation>Inaktivera en användare</translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation>Återaktivera en användare</translation>
    </message>
    <message>
        <source>Unlock a user</source>
        <translation>Låsa upp en användare</translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation>Återställa en användares lösenord</translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>Byta sitt eget lösenord</translation>
    </message>
    <message>
        <source>Strengthen a stored password</source>
        <translation>Förstärka ett sparat lösenord</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Lägga till en kund</translation>
    </message>
    <message>
        <source>Edit a customer</source>
        <translation>Redigera en kund</translation>
    </message>
    <message>
        <source>View a customer&apos;s data</source>
        <translation>Visa en kunds uppgifter</translation>
    </message>
    <message>
        <source>Search the customers</source>
        <translation>Söka bland kunderna</translation>
    </message>
    <message>
        <source>Restrict a customer&apos;s processing</source>
        <translation>Begränsa behandlingen av en kunds uppgifter</translation>
    </message>
    <message>
        <source>Lift a customer&apos;s restriction</source>
        <translation>Häva en kunds begränsning</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>Export a marketing list</source>
        <translation>Exportera en marknadsföringslista</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Radera en kund</translation>
    </message>
    <message>
        <source>List the consent purposes</source>
        <translation>Lista ändamålen för samtycke</translation>
    </message>
    <message>
        <source>Add a consent purpose</source>
        <translation>Lägga till ett ändamål för samtycke</translation>
    </message>
    <message>
        <source>Rename a consent purpose</source>
        <translation>Byta namn på ett samtyckesändamål</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrera ett samtycke</translation>
    </message>
    <message>
        <source>Record a consent given</source>
        <translation>Registrera ett givet samtycke</translation>
    </message>
    <message>
        <source>Record a consent withdrawn</source>
        <translation>Registrera ett återkallat samtycke</translation>
    </message>
    <message>
        <source>View a customer&apos;s consents</source>
        <translation>Visa en kunds samtycken</translation>
    </message>
    <message>
        <source>View what relied only on a withdrawn consent</source>
        <translation>Visa det som byggde enbart på ett återkallat samtycke</translation>
    </message>
    <message>
        <source>Erase what relied only on a withdrawn consent</source>
        <translation>Radera det som byggde enbart på ett återkallat samtycke</translation>
    </message>
    <message>
        <source>View a customer&apos;s consent history</source>
        <translation>Visa en kunds samtyckeshistorik</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>Registrera en invändning</translation>
    </message>
    <message>
        <source>Decide on an objection</source>
        <translation>Besluta om en invändning</translation>
    </message>
    <message>
        <source>View the objections</source>
        <translation>Visa invändningarna</translation>
    </message>
    <message>
        <source>Add an invoice</source>
        <translation>Lägga till en faktura</translation>
    </message>
    <message>
        <source>View the invoices</source>
        <translation>Visa fakturorna</translation>
    </message>
    <message>
        <source>Change an invoice&apos;s payment</source>
        <translation>Ändra en fakturas betalning</translation>
    </message>
    <message>
        <source>Mark an invoice paid</source>
        <translation>Markera en faktura som betald</translation>
    </message>
    <message>
        <source>Mark an invoice unpaid</source>
        <translation>Markera en faktura som obetald</translation>
    </message>
    <message>
        <source>Delete a kept voucher</source>
        <translation>Radera ett sparat verifikat</translation>
    </message>
    <message>
        <source>Import web events</source>
        <translation>Importera webbhändelser</translation>
    </message>
    <message>
        <source>View web events</source>
        <translation>Visa webbhändelser</translation>
    </message>
    <message>
        <source>Erase web events</source>
        <translation>Radera webbhändelser</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>Registrera en begäran</translation>
    </message>
    <message>
        <source>View a request</source>
        <translation>Visa en begäran</translation>
    </message>
    <message>
        <source>Work out a new request&apos;s dates</source>
        <translation>Räkna ut datumen för en ny begäran</translation>
    </message>
    <message>
        <source>List the requests</source>
        <translation>Lista begärandena</translation>
    </message>
    <message>
        <source>Export the requests</source>
        <translation>Exportera begärandena</translation>
    </message>
    <message>
        <source>Look for the requester among the customers</source>
        <translation>Söka den som framställt begäran bland kunderna</translation>
    </message>
    <message>
        <source>List the request handlers</source>
        <translation>Lista handläggarna</translation>
    </message>
    <message>
        <source>View a request&apos;s history</source>
        <translation>Visa historiken för en begäran</translation>
    </message>
    <message>
        <source>Assign a request</source>
        <translation>Tilldela en begäran</translation>
    </message>
    <message>
        <source>Record an identity check</source>
        <translation>Registrera en identitetskontroll</translation>
    </message>
    <message>
        <source>Change a request&apos;s status</source>
        <translation>Ändra status för en begäran</translation>
    </message>
    <message>
        <source>Wait for the requester</source>
        <translation>Vänta på den som framställt begäran</translation>
    </message>
    <message>
        <source>Continue a request after waiting</source>
        <translation>Fortsätta en begäran efter väntan</translation>
    </message>
    <message>
        <source>Extend a request&apos;s deadline</source>
        <translation>Förlänga tidsfristen för en begäran</translation>
    </message>
    <message>
        <source>Close a request</source>
        <translation>Avsluta en begäran</translation>
    </message>
    <message>
        <source>Rectify data on a request</source>
        <translation>Rätta uppgifter på grund av en begäran</translation>
    </message>
    <message>
        <source>Restrict processing on a request</source>
        <translation>Begränsa behandling på grund av en begäran</translation>
    </message>
    <message>
        <source>Announce the lifting of a restriction</source>
        <translation>Meddela hävandet av en begränsning</translation>
    </message>
    <message>
        <source>Lift a restriction on a request</source>
        <translation>Häva en begränsning på grund av en begäran</translation>
    </message>
    <message>
        <source>Record a rectification&apos;s finding</source>
        <translation>Registrera resultatet av en rättelse</translation>
    </message>
    <message>
        <source>Write a letter&apos;s text in a language</source>
        <translation>Skriva ett brevs text på ett språk</translation>
    </message>
    <message>
        <source>Act on an objection request</source>
        <translation>Åtgärda en begäran om invändning</translation>
    </message>
    <message>
        <source>Act on a consent withdrawal request</source>
        <translation>Åtgärda en begäran om återkallande av samtycke</translation>
    </message>
    <message>
        <source>Erase on an erasure request</source>
        <translation>Radera på grund av en begäran om radering</translation>
    </message>
    <message>
        <source>Erase web events on a request</source>
        <translation>Radera webbhändelser på grund av en begäran</translation>
    </message>
    <message>
        <source>Erase what relied only on a withdrawn consent, on a request</source>
        <translation>Radera det som byggde enbart på ett återkallat samtycke, på grund av en begäran</translation>
    </message>
    <message>
        <source>View the processors to notify</source>
        <translation>Visa personuppgiftsbiträdena som ska underrättas</translation>
    </message>
    <message>
        <source>Record a processor as notified</source>
        <translation>Registrera ett personuppgiftsbiträde som underrättat</translation>
    </message>
    <message>
        <source>Record notifying a processor as disproportionate</source>
        <translation>Registrera att underrättelse av ett personuppgiftsbiträde är oproportionerlig</translation>
    </message>
    <message>
        <source>View what an access answer records</source>
        <translation>Visa vad ett svar på en begäran om tillgång registrerar</translation>
    </message>
    <message>
        <source>Record a system searched for a person&apos;s data</source>
        <translation>Registrera ett system där personens uppgifter söktes</translation>
    </message>
    <message>
        <source>Remove a recorded search</source>
        <translation>Ta bort en registrerad sökning</translation>
    </message>
    <message>
        <source>Record a requester&apos;s question</source>
        <translation>Registrera en fråga från den som framställt begäran</translation>
    </message>
    <message>
        <source>Answer a requester&apos;s question</source>
        <translation>Besvara en fråga från den som framställt begäran</translation>
    </message>
    <message>
        <source>Record how the electronic copy is delivered</source>
        <translation>Registrera hur den elektroniska kopian levereras</translation>
    </message>
    <message>
        <source>Look for kept invoices in a requester&apos;s name</source>
        <translation>Söka sparade fakturor i namnet på den som framställt begäran</translation>
    </message>
    <message>
        <source>Match a kept invoice to a requester</source>
        <translation>Koppla en sparad faktura till den som framställt begäran</translation>
    </message>
    <message>
        <source>Gather a person&apos;s data for a request</source>
        <translation>Samla en persons uppgifter för en begäran</translation>
    </message>
    <message>
        <source>Export a person&apos;s data for a request</source>
        <translation>Exportera en persons uppgifter för en begäran</translation>
    </message>
    <message>
        <source>Plan an erasure</source>
        <translation>Planera en radering</translation>
    </message>
    <message>
        <source>Carry out an erasure</source>
        <translation>Genomföra en radering</translation>
    </message>
    <message>
        <source>Clean the database file after an erasure</source>
        <translation>Rensa databasfilen efter en radering</translation>
    </message>
    <message>
        <source>View the kept vouchers</source>
        <translation>Visa de sparade verifikaten</translation>
    </message>
    <message>
        <source>Delete the kept vouchers that are due</source>
        <translation>Radera de sparade verifikat som förfallit</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Lägga till ett personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Edit a processor</source>
        <translation>Redigera ett personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>View a processor</source>
        <translation>Visa ett personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>List the processors</source>
        <translation>Lista personuppgiftsbiträdena</translation>
    </message>
    <message>
        <source>Deactivate a processor</source>
        <translation>Inaktivera ett personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Reactivate a processor</source>
        <translation>Återaktivera ett personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>List the letters a request can have</source>
        <translation>Lista de brev en begäran kan ha</translation>
    </message>
    <message>
        <source>Look up a customer&apos;s letter language</source>
        <translation>Slå upp en kunds brevspråk</translation>
    </message>
    <message>
        <source>Preview a letter</source>
        <translation>Förhandsgranska ett brev</translation>
    </message>
    <message>
        <source>Issue a letter</source>
        <translation>Utfärda ett brev</translation>
    </message>
    <message>
        <source>Issue a letter with the person&apos;s data files</source>
        <translation>Utfärda ett brev med personens datafiler</translation>
    </message>
    <message>
        <source>View a request&apos;s letters</source>
        <translation>Visa breven för en begäran</translation>
    </message>
    <message>
        <source>Open an issued letter</source>
        <translation>Öppna ett utfärdat brev</translation>
    </message>
    <message>
        <source>Print the envelope calibration page</source>
        <translation>Skriva ut sidan för kuvertkalibrering</translation>
    </message>
    <message>
        <source>View the processing register</source>
        <translation>Visa registret över behandling</translation>
    </message>
    <message>
        <source>Make the privacy notice</source>
        <translation>Göra dataskyddsbeskrivningen</translation>
    </message>
    <message>
        <source>Edit a purpose of processing</source>
        <translation>Redigera ett ändamål med behandlingen</translation>
    </message>
    <message>
        <source>Confirm the legal bases of a purpose</source>
        <translation>Bekräfta de rättsliga grunderna för ett ändamål</translation>
    </message>
    <message>
        <source>Edit the processing register&apos;s texts</source>
        <translation>Redigera texterna i registret över behandling</translation>
    </message>
    <message>
        <source>View the letter settings</source>
        <translation>Visa brevinställningarna</translation>
    </message>
    <message>
        <source>View the support contact</source>
        <translation>Visa supportkontakten</translation>
    </message>
    <message>
        <source>Remove a customer entered by mistake</source>
        <translation>Ta bort en kund som lagts in av misstag</translation>
    </message>
    <message>
        <source>Merge two records of one customer</source>
        <translation>Slå samman två poster för samma kund</translation>
    </message>
    <message>
        <source>View the office settings</source>
        <translation>Visa kontorets inställningar</translation>
    </message>
    <message>
        <source>Change the office settings</source>
        <translation>Ändra kontorets inställningar</translation>
    </message>
    <message>
        <source>Change the letter settings</source>
        <translation>Ändra brevinställningarna</translation>
    </message>
    <message>
        <source>Browse the audit log</source>
        <translation>Bläddra i granskningsloggen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Verifiera granskningsloggen</translation>
    </message>
    <message>
        <source>Write an audit log checkpoint</source>
        <translation>Skriva en kontrollpunkt för granskningsloggen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Turn the encryption of backups on or off</source>
        <translation>Slå på eller av krypteringen av säkerhetskopior</translation>
    </message>
    <message>
        <source>Change the backup folder or how many backups are kept</source>
        <translation>Ändra mappen för säkerhetskopior eller hur många som sparas</translation>
    </message>
    <message>
        <source>Fill in demo data</source>
        <translation>Fylla i demodata</translation>
    </message>
    <message>
        <source>Look at the backups and their settings</source>
        <translation>Visa säkerhetskopiorna och deras inställningar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Check a backup before restoring it</source>
        <translation>Kontrollera en säkerhetskopia före återställning</translation>
    </message>
    <message>
        <source>Make the yearly accountability report</source>
        <translation>Gör den årliga ansvarsrapporten</translation>
    </message>
    <message>
        <source>Look at the request statistics</source>
        <translation>Visa statistiken över begäranden</translation>
    </message>
    <message>
        <source>Look at what has fallen due under the retention rules</source>
        <translation>Visa vad som har förfallit enligt reglerna för lagringstid</translation>
    </message>
    <message>
        <source>Purge under a retention rule</source>
        <translation>Rensa enligt en regel för lagringstid</translation>
    </message>
    <message>
        <source>Change a retention rule</source>
        <translation>Ändra en regel för lagringstid</translation>
    </message>
    <message>
        <source>Look at the retention rules</source>
        <translation>Visa reglerna för lagringstid</translation>
    </message>
    <message>
        <source>Run the retention rules</source>
        <translation>Kör reglerna för lagringstid</translation>
    </message>
    <message>
        <source>All audit log actions</source>
        <translation>Alla åtgärder i granskningsloggen</translation>
    </message>
    <message>
        <source>All consent actions</source>
        <translation>Alla åtgärder med samtycken</translation>
    </message>
    <message>
        <source>All customer actions</source>
        <translation>Alla åtgärder med kunder</translation>
    </message>
    <message>
        <source>All database actions</source>
        <translation>Alla åtgärder med databasen</translation>
    </message>
    <message>
        <source>All demo data actions</source>
        <translation>Alla åtgärder med demodata</translation>
    </message>
    <message>
        <source>All erasure actions</source>
        <translation>Alla åtgärder med radering</translation>
    </message>
    <message>
        <source>All web event actions</source>
        <translation>Alla åtgärder med webbhändelser</translation>
    </message>
    <message>
        <source>All invoice actions</source>
        <translation>Alla åtgärder med fakturor</translation>
    </message>
    <message>
        <source>All letter actions</source>
        <translation>Alla åtgärder med brev</translation>
    </message>
    <message>
        <source>All objection actions</source>
        <translation>Alla åtgärder med invändningar</translation>
    </message>
    <message>
        <source>All processor actions</source>
        <translation>Alla åtgärder med personuppgiftsbiträden</translation>
    </message>
    <message>
        <source>All processing register actions</source>
        <translation>Alla åtgärder i registret över behandling</translation>
    </message>
    <message>
        <source>All request actions</source>
        <translation>Alla åtgärder med begäranden</translation>
    </message>
    <message>
        <source>All settings actions</source>
        <translation>Alla åtgärder med inställningar</translation>
    </message>
    <message>
        <source>All actions on a person&apos;s data</source>
        <translation>Alla åtgärder med en persons uppgifter</translation>
    </message>
    <message>
        <source>All user actions</source>
        <translation>Alla åtgärder med användare</translation>
    </message>
</context>
<context>
    <name>AuditChecks</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kedjan verifieras…</translation>
    </message>
    <message>
        <source>Verify against a checkpoint file</source>
        <translation>Verifiera mot en kontrollpunktsfil</translation>
    </message>
    <message>
        <source>Checkpoint (*.json);;All files (*)</source>
        <translation>Kontrollpunkt (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Writing the checkpoint…</source>
        <translation>Kontrollpunkten skrivs…</translation>
    </message>
    <message>
        <source>Checkpoint written to {path}: {count} entries, last entry {head}, head hash {hash}. Keep it elsewhere or print it.</source>
        <translation>Kontrollpunkten skrevs till {path}: {count} poster, sista posten {head}, kedjans huvudhash {hash}. Förvara den på annat håll eller skriv ut den.</translation>
    </message>
    <message>
        <source>Write a checkpoint</source>
        <translation>Skriv en kontrollpunkt</translation>
    </message>
    <message>
        <source>Checkpoint (*.json)</source>
        <translation>Kontrollpunkt (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n post exporterades till {path}.</numerusform>
            <numerusform>%n poster exporterades till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
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
            <numerusform>%n importerad</numerusform>
            <numerusform>%n importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäranden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s)</source>
        <translation>
            <numerusform>%n webbhändelse</numerusform>
            <numerusform>%n webbhändelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n samtycke</numerusform>
            <numerusform>%n samtycken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept</source>
        <translation>
            <numerusform>%n post sparad</numerusform>
            <numerusform>%n poster sparade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept</source>
        <translation>
            <numerusform>%n säkerhetskopia sparas</numerusform>
            <numerusform>%n säkerhetskopior sparas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>for customer service</source>
        <translation>för kundtjänst</translation>
    </message>
    <message>
        <source>a search</source>
        <translation>en sökning</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>open ones</source>
        <translation>öppna</translation>
    </message>
    <message>
        <source>the rows chosen</source>
        <translation>valda rader</translation>
    </message>
    <message>
        <source>the first main administrator</source>
        <translation>den första huvudanvändaren</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>legal bases confirmed</source>
        <translation>rättsliga grunder bekräftade</translation>
    </message>
    <message>
        <source>kept under the Accounting Act</source>
        <translation>sparas enligt bokföringslagen</translation>
    </message>
    <message>
        <source>the session had ended</source>
        <translation>sessionen hade upphört</translation>
    </message>
    <message>
        <source>the password had to be changed first</source>
        <translation>lösenordet måste först bytas</translation>
    </message>
    <message>
        <source>role: main administrator</source>
        <translation>roll: huvudanvändare</translation>
    </message>
    <message>
        <source>role: handler</source>
        <translation>roll: handläggare</translation>
    </message>
    <message>
        <source>role: reader</source>
        <translation>roll: läsare</translation>
    </message>
    <message>
        <source>to merge two records of one person</source>
        <translation>för att slå samman två poster om samma person</translation>
    </message>
    <message>
        <source>marketing by email</source>
        <translation>marknadsföring per e-post</translation>
    </message>
    <message>
        <source>marketing by text message</source>
        <translation>marknadsföring per textmeddelande</translation>
    </message>
    <message>
        <source>ad targeting</source>
        <translation>inriktning av reklam</translation>
    </message>
    <message>
        <source>request {n}</source>
        <translation>begäran {n}</translation>
    </message>
    <message>
        <source>letter {n}</source>
        <translation>brev {n}</translation>
    </message>
    <message>
        <source>processor {n}</source>
        <translation>personuppgiftsbiträde {n}</translation>
    </message>
    <message>
        <source>search {n}</source>
        <translation>sökning {n}</translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation>fråga {n}</translation>
    </message>
    <message>
        <source>a customer no longer in the register</source>
        <translation>en kund som inte längre finns i registret</translation>
    </message>
    <message>
        <source>{rule}: {n} removed</source>
        <translation>{rule}: {n} borttagna</translation>
    </message>
    <message>
        <source>person told on {day}</source>
        <translation>personen underrättad {day}</translation>
    </message>
    <message>
        <source>{right}: granted</source>
        <translation>{right}: beviljad</translation>
    </message>
    <message>
        <source>{right}: taken away</source>
        <translation>{right}: återkallad</translation>
    </message>
    <message>
        <source>{right}: as the role gives</source>
        <translation>{right}: enligt rollen</translation>
    </message>
    <message>
        <source>{kind}, in {language}</source>
        <translation>{kind}, på {language}</translation>
    </message>
    <message>
        <source>Customer {duplicate} merged into customer {kept}</source>
        <translation>Kund {duplicate} sammanslagen med kund {kept}</translation>
    </message>
    <message>
        <source>Customer {number}</source>
        <translation>Kund {number}</translation>
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
        <translation>kund</translation>
    </message>
    <message>
        <source>request</source>
        <translation>begäran</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>consent purpose</source>
        <translation>ändamål för samtycke</translation>
    </message>
    <message>
        <source>purpose of processing</source>
        <translation>ändamål med behandlingen</translation>
    </message>
    <message>
        <source>register text</source>
        <translation>registertext</translation>
    </message>
</context>
<context>
    <name>AuditOutcomes</name>
    <message>
        <source>done</source>
        <translation>utfört</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>nekat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>too many attempts</source>
        <translation>för många försök</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>file busy</source>
        <translation>filen upptagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet av användaren</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>kedjan bruten</translation>
    </message>
    <message>
        <source>account not in use</source>
        <translation>kontot används inte</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>kontot låst</translation>
    </message>
    <message>
        <source>failed, account locked</source>
        <translation>misslyckades, kontot låst</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>posten ändrades efter att den skrevs</translation>
    </message>
    <message>
        <source>the entry holds values the program never writes</source>
        <translation>posten innehåller värden som programmet aldrig skriver</translation>
    </message>
    <message>
        <source>an entry before it was deleted, or an entry was inserted</source>
        <translation>en post före den raderades, eller en post infogades</translation>
    </message>
    <message>
        <source>the log ends before the checkpoint&apos;s last entry: entries were removed from the end</source>
        <translation>loggen slutar före kontrollpunktens sista post: poster togs bort från slutet</translation>
    </message>
    <message>
        <source>the entry differs from the one the checkpoint recorded</source>
        <translation>posten skiljer sig från den som kontrollpunkten registrerade</translation>
    </message>
    <message>
        <source>entries were added after the last entry the program recorded outside the database</source>
        <translation>poster lades till efter den sista post som programmet registrerade utanför databasen</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry {id}: {reason}. {count} entries before it are intact.</source>
        <translation>Kedjan är BRUTEN vid post {id}: {reason}. {count} poster före den är intakta.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Every action in the register, newest first. The log names staff and record numbers only; a verification checks that no entry was changed or removed.</source>
        <translation>Varje åtgärd i registret, nyaste först. Loggen namnger endast personal och postnummer; en verifiering kontrollerar att ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Customer &amp;number:</source>
        <translation>K&amp;undnummer:</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>any customer</source>
        <translation>vilken kund som helst</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>V&amp;isa</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>Re&amp;nsa filter</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <source>Verify against a check&amp;point file…</source>
        <translation>Verifiera mot en kontroll&amp;punktsfil…</translation>
    </message>
    <message>
        <source>&amp;Write a checkpoint…</source>
        <translation>S&amp;kriv en kontrollpunkt…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verifieringens resultat</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total} entries.</source>
        <translation>
            <numerusform>Visar %n av {total} poster.</numerusform>
            <numerusform>Visar %n av {total} poster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Inställningar för säkerhetskopior</translation>
    </message>
    <message>
        <source>At start the program makes a backup when the last is older than a day. Each is kept for as many days as backups are kept; the erasure letter tells the person so. With a passphrase every backup is encrypted: a copy on a memory stick is then useless without it. The passphrase is not stored anywhere: write it down where you keep the office&apos;s keys, or the backups cannot be restored.</source>
        <translation>Vid start gör programmet en säkerhetskopia när den senaste är äldre än ett dygn. Varje kopia sparas i lika många dagar som säkerhetskopior sparas; raderingsbrevet berättar det för den registrerade. Med en lösenfras krypteras varje säkerhetskopia: en kopia på ett minne är då oanvändbar utan den. Lösenfrasen sparas ingenstans: skriv upp den där kontorets nycklar förvaras, annars kan säkerhetskopiorna inte återställas.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Backups &amp;kept (days):</source>
        <translation>Säkerhetskopior sparas (&amp;dagar):</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Ny &amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Stop encrypting backups</source>
        <translation>Sluta &amp;kryptera säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Avbr&amp;yt</translation>
    </message>
    <message>
        <source>Backups are encrypted. Type a new passphrase only to change it.</source>
        <translation>Säkerhetskopiorna krypteras. Skriv en ny lösenfras bara för att byta den.</translation>
    </message>
    <message>
        <source>Backups are not encrypted. Type a passphrase to encrypt them.</source>
        <translation>Säkerhetskopiorna krypteras inte. Skriv en lösenfras för att kryptera dem.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>Inställningarna för säkerhetskopior sparades.</translation>
    </message>
    <message>
        <source>Backups are encrypted.</source>
        <translation>Säkerhetskopiorna krypteras.</translation>
    </message>
    <message>
        <source>Backups are not encrypted.</source>
        <translation>Säkerhetskopiorna krypteras inte.</translation>
    </message>
</context>
<context>
    <name>BasicDataPage</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Remove as entered by mista&amp;ke…</source>
        <translation>Ta bo&amp;rt som inlagd av misstag…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>Slå samman med en dubblett…</translation>
    </message>
    <message>
        <source>Save the basic data ({key})</source>
        <translation>Spara grunduppgifterna ({key})</translation>
    </message>
    <message>
        <source>You can read this customer&apos;s data; changing it needs the right to edit.</source>
        <translation>Du kan läsa kundens uppgifter; för att ändra dem behövs rätten att redigera.</translation>
    </message>
    <message>
        <source>Lift the restriction…</source>
        <translation>Häv begränsningen…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen…</translation>
    </message>
    <message>
        <source>Restrict the processing of {name}&apos;s data (GDPR Art. 18)? The data stay stored, but the person is left out of every export and marketing list until the restriction is lifted.</source>
        <translation>Begränsa behandlingen av uppgifterna om {name} (dataskyddsförordningen art. 18)? Uppgifterna förblir lagrade, men personen lämnas utanför varje export och marknadsföringslista tills begränsningen hävs.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The person will be included in exports and marketing lists again. Tell the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Häva begränsningen av uppgifterna om {name}? Personen tas åter med i exporter och marknadsföringslistor. Informera personen innan begränsningen hävs (art. 18.3).</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Häv begränsningen</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Ändrad av en annan användare</translation>
    </message>
    <message>
        <source>Another user saved this customer after you opened it. Change the restriction anyway? Anything you have typed stays in the form.</source>
        <translation>En annan användare sparade kunden efter att du öppnade den. Ändra begränsningen ändå? Allt du har skrivit finns kvar i formuläret.</translation>
    </message>
</context>
<context>
    <name>ChainWords</name>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>Kedjan är hel: %n post kontrollerad.</numerusform>
            <numerusform>Kedjan är hel: %n poster kontrollerade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>Your password was set by the main administrator. Choose your own password to continue.</source>
        <translation>Ditt lösenord sattes av huvudanvändaren. Välj ett eget lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Give your current password and choose a new one.</source>
        <translation>Ange ditt nuvarande lösenord och välj ett nytt.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nytt lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Byt &amp;lösenord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>Acceptable: strength {score}/4.</source>
        <translation>Godtagbart: styrka {score}/4.</translation>
    </message>
    <message>
        <source>Too short: {count}/{min} characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>För kort: {count}/{min} tecken. Några orelaterade ord ger ett långt lösenord som är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>Too long: {count}/{max} characters.</source>
        <translation>För långt: {count}/{max} tecken.</translation>
    </message>
    <message>
        <source>Not accepted: it contains your username.</source>
        <translation>Godtas inte: det innehåller ditt användarnamn.</translation>
    </message>
    <message>
        <source>Not accepted: a common or easily guessed password.</source>
        <translation>Godtas inte: ett vanligt eller lättgissat lösenord.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the request – request {id}</source>
        <translation>Avsluta begäran – begäran {id}</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>&amp;Basis of the refusal:</source>
        <translation>&amp;Grund för avslaget:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Written &amp;assessment:</source>
        <translation>Skriftlig &amp;bedömning:</translation>
    </message>
    <message>
        <source>(choose the basis)</source>
        <translation>(välj grunden)</translation>
    </message>
    <message>
        <source>A refusal states its reasons, the right to complain to the Data Protection Ombudsman and the right to a judicial remedy (Art. 12(4)).</source>
        <translation>Ett avslag anger skälen, rätten att klaga hos dataombudsmannen och rätten till ett rättsmedel (art. 12.4).</translation>
    </message>
    <message>
        <source>“Manifestly unfounded or excessive” is for us to prove: write the assessment (e.g. requests repeated at unreasonable intervals).</source>
        <translation>”Uppenbart ogrundad eller orimlig” ska vi bevisa: skriv bedömningen (t.ex. begäranden som upprepas med orimliga mellanrum).</translation>
    </message>
    <message>
        <source>An erasure request is completed only after its erasure has been run.</source>
        <translation>En begäran om radering är slutförd först när raderingen har genomförts.</translation>
    </message>
    <message>
        <source>A closed request can no longer be changed.</source>
        <translation>En avslutad begäran kan inte längre ändras.</translation>
    </message>
    <message>
        <source>A basis and an assessment belong to a refusal only.</source>
        <translation>En grund och en bedömning hör endast till ett avslag.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
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
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst till</translation>
    </message>
    <message>
        <source>One-time password expires</source>
        <translation>Engångslösenordet går ut</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Beskrivningens version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Objects to</source>
        <translation>Invändning mot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adress</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Referring site</source>
        <translation>Hänvisande webbplats</translation>
    </message>
    <message>
        <source>Link clicked</source>
        <translation>Klickad länk</translation>
    </message>
    <message>
        <source>Banner seen</source>
        <translation>Sedd banner</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Enhet och webbläsare</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Same as a customer&apos;s</source>
        <translation>Samma som en kunds</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Grunder</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Kept because</source>
        <translation>Sparas eftersom</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Rensningsdatum</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Kept for (months)</source>
        <translation>Sparas (månader)</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Därefter</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Förfaller nu</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Äldsta</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Genomsökt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Lagstadgad</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Utlovad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>In Finnish</source>
        <translation>På finska</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>På svenska</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>På engelska</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direktmarknadsföring</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Inbyggt</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>den här datorns egen fil</translation>
    </message>
    <message>
        <source>From the next start the program opens the register at {where}.</source>
        <translation>Från nästa start öppnar programmet registret i {where}.</translation>
    </message>
    <message>
        <source>Verify the certificate and the server&apos;s name</source>
        <translation>Verifiera certifikatet och serverns namn</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Verifiera endast certifikatet</translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation>Kryptera utan att verifiera</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Kryptera när servern erbjuder det</translation>
    </message>
    <message>
        <source>Do not encrypt</source>
        <translation>Kryptera inte</translation>
    </message>
    <message>
        <source>Where the register is kept</source>
        <translation>Var registret förvaras</translation>
    </message>
    <message>
        <source>One computer keeps the register in a file of its own. When several workstations share one register, it is kept on a PostgreSQL server; the server&apos;s password is never saved in the program&apos;s settings.</source>
        <translation>En dator förvarar registret i en egen fil. När flera arbetsstationer delar ett register förvaras det på en PostgreSQL-server; serverns lösenord sparas aldrig i programmets inställningar.</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: uppgiften är obligatorisk.</translation>
    </message>
    <message>
        <source>{field}: a whole number from 1 to 65535.</source>
        <translation>{field}: ett heltal från 1 till 65535.</translation>
    </message>
    <message>
        <source>{field}: not a valid value.</source>
        <translation>{field}: värdet är inte giltigt.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Ansluter till {server}…</translation>
    </message>
    <message>
        <source>On &amp;this computer (one workstation)</source>
        <translation>På &amp;den här datorn (en arbetsstation)</translation>
    </message>
    <message>
        <source>On a &amp;server (several workstations)</source>
        <translation>På en &amp;server (flera arbetsstationer)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Data&amp;bas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ans&amp;lut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Avsl&amp;uta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>&amp;When (office time):</source>
        <translation>&amp;När (kontorstid):</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Record that the person gave their consent to the purpose below.</source>
        <translation>Registrera att personen gav sitt samtycke till ändamålet nedan.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrera återkallande</translation>
    </message>
    <message>
        <source>Record that the person withdrew their consent. The processing based on it stops from that moment.</source>
        <translation>Registrera att personen återkallade sitt samtycke. Behandlingen som grundar sig på det upphör från den stunden.</translation>
    </message>
</context>
<context>
    <name>ConsentPurposeDialog</name>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Namn på &amp;finska:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Namn på s&amp;venska:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Namn på &amp;engelska:</translation>
    </message>
    <message>
        <source>&amp;Direct marketing:</source>
        <translation>&amp;Direktmarknadsföring:</translation>
    </message>
    <message>
        <source>Edit consent purpose</source>
        <translation>Redigera samtyckesändamål</translation>
    </message>
    <message>
        <source>New consent purpose</source>
        <translation>Nytt samtyckesändamål</translation>
    </message>
    <message>
        <source>e.g. newsletter (a–z, 0–9, _)</source>
        <translation>t.ex. newsletter (a–z, 0–9, _)</translation>
    </message>
    <message>
        <source>what Swedish letters call it</source>
        <translation>vad svenska brev kallar det</translation>
    </message>
    <message>
        <source>an objection to direct marketing ends this consent</source>
        <translation>en invändning mot direktmarknadsföring avslutar detta samtycke</translation>
    </message>
    <message>
        <source>Now saved: {fi} / {sv} / {en}. Your typing is kept; save again to replace them.</source>
        <translation>Nu sparat: {fi} / {sv} / {en}. Det du skrev finns kvar; spara igen för att ersätta dem.</translation>
    </message>
</context>
<context>
    <name>ConsentPurposesDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Samtyckesändamål</translation>
    </message>
    <message>
        <source>The purposes a customer&apos;s consent is asked for. Their names are what the consent pages, the marketing lists and the letters say; a Swedish letter that names a purpose waits until its Swedish name is written. A code never changes.</source>
        <translation>De ändamål som en kunds samtycke begärs för. Deras namn är det som samtyckessidorna, marknadsföringslistorna och breven säger; ett svenskt brev som nämner ett ändamål väntar tills dess svenska namn är skrivet. En kod ändras aldrig.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>never asked</source>
        <translation>aldrig frågat</translation>
    </message>
    <message>
        <source>given</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>Consents now</source>
        <translation>Samtycken nu</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historik, nyaste först</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Registrera sa&amp;mtycke…</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>Registrera &amp;återkallande…</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Samtyckeshistorik</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Every purpose already has a consent.</source>
        <translation>Varje ändamål har redan ett samtycke.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>Det finns inget samtycke att återkalla.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Redigera kund</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation>Kundnummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Postnu&amp;mmer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Letter language:</source>
        <translation>&amp;Brevspråk:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>F&amp;öretag:</translation>
    </message>
    <message>
        <source>&amp;Business ID (y-tunnus):</source>
        <translation>FO-nummer (&amp;y-tunnus):</translation>
    </message>
    <message>
        <source>Sou&amp;rce of the data:</source>
        <translation>&amp;Uppgifternas källa:</translation>
    </message>
    <message>
        <source>N&amp;ame of the source:</source>
        <translation>&amp;Källans namn:</translation>
    </message>
    <message>
        <source>&amp;Free-text notes:</source>
        <translation>Fria &amp;anteckningar:</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +46 …</source>
        <translation>t.ex. 040 123 4567 eller +46 …</translation>
    </message>
    <message>
        <source>e.g. 2989855-5</source>
        <translation>t.ex. 2989855-5</translation>
    </message>
    <message>
        <source>Which registry or third party gave the data</source>
        <translation>Vilket register eller vilken tredje part som gav uppgifterna</translation>
    </message>
    <message>
        <source>Ma&amp;y contain data about other people — review before a letter</source>
        <translation>Kan &amp;innehålla uppgifter om andra personer — granska före ett brev</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Senast ändrad:</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(ges när kunden sparas)</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>Ändrad av en annan användare</translation>
    </message>
    <message>
        <source>Another user saved this customer after you opened it. Save your version over theirs, or keep editing (your typing stays in the form)?</source>
        <translation>En annan användare sparade kunden efter att du öppnade den. Spara din version över deras, eller fortsätt redigera (det du skrivit finns kvar i formuläret)?</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Spara min version</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>CustomerExportWords</name>
    <message numerus="yes">
        <source>Export the %n selected customer(s) to a file for spreadsheets?</source>
        <translation>
            <numerusform>Exportera den %n valda kunden till en fil för kalkylprogram?</numerusform>
            <numerusform>Exportera de %n valda kunderna till en fil för kalkylprogram?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n customer(s) matching the search to a file for spreadsheets?</source>
        <translation>
            <numerusform>Exportera den %n kund som motsvarar sökningen till en fil för kalkylprogram?</numerusform>
            <numerusform>Exportera de %n kunder som motsvarar sökningen till en fil för kalkylprogram?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n customer(s) of the register to a file for spreadsheets?</source>
        <translation>
            <numerusform>Exportera registrets enda kund (%n) till en fil för kalkylprogram?</numerusform>
            <numerusform>Exportera registrets alla %n kunder till en fil för kalkylprogram?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were written to {path}.</source>
        <translation>
            <numerusform>%n kund skrevs till {path}.</numerusform>
            <numerusform>%n kunder skrevs till {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose processing is restricted were left out.</source>
        <translation>
            <numerusform>%n person vars behandling är begränsad lämnades utanför.</numerusform>
            <numerusform>%n personer vars behandling är begränsad lämnades utanför.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Cancelling… the rows written so far are removed.</source>
        <translation>Avbryter… raderna som hittills skrivits tas bort.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Rader som inte importeras</translation>
    </message>
    <message>
        <source>Customers already in the register</source>
        <translation>Kunder som redan finns i registret</translation>
    </message>
    <message>
        <source>Skip them: keep the register as it is</source>
        <translation>Hoppa över dem: behåll registret som det är</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Uppdatera dem med filens värden</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rader med problem</translation>
    </message>
    <message>
        <source>Import all valid rows</source>
        <translation>Importera alla giltiga rader</translation>
    </message>
    <message>
        <source>Import nothing unless all rows are valid</source>
        <translation>Importera ingenting om inte alla rader är giltiga</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <source>Columns not imported (no field of the register): {names}</source>
        <translation>Kolumner som inte importeras (inget fält i registret): {names}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Filen läses och kontrolleras…</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the report, then import.</source>
        <translation>Ingenting har skrivits ännu. Kontrollera rapporten och importera sedan.</translation>
    </message>
    <message>
        <source>Importing… Cancel removes every row imported so far.</source>
        <translation>Importerar… Avbryt tar bort varje rad som hittills importerats.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Importen avbröts. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) imported.</source>
        <translation>
            <numerusform>%n ny kund importerades.</numerusform>
            <numerusform>%n nya kunder importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) updated.</source>
        <translation>
            <numerusform>%n befintlig kund uppdaterades.</numerusform>
            <numerusform>%n befintliga kunder uppdaterades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) named a customer already in the register; {skipped} of them left as they were.</source>
        <translation>
            <numerusform>%n rad angav en kund som redan finns i registret; {skipped} av dem lämnades som de var.</numerusform>
            <numerusform>%n rader angav en kund som redan finns i registret; {skipped} av dem lämnades som de var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported because of problems.</source>
        <translation>
            <numerusform>%n rad importerades inte på grund av problem.</numerusform>
            <numerusform>%n rader importerades inte på grund av problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported without marketing consent (suppression list).</source>
        <translation>
            <numerusform>%n importerades utan samtycke till marknadsföring (spärrlistan).</numerusform>
            <numerusform>%n importerades utan samtycke till marknadsföring (spärrlistan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n rad i filen.</numerusform>
            <numerusform>%n rader i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be imported.</source>
        <translation>
            <numerusform>%n ny kund kommer att importeras.</numerusform>
            <numerusform>%n nya kunder kommer att importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a customer already in the register.</source>
        <translation>
            <numerusform>%n rad anger en kund som redan finns i registret.</numerusform>
            <numerusform>%n rader anger en kund som redan finns i registret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported.</source>
        <translation>
            <numerusform>%n rad har problem och importeras inte.</numerusform>
            <numerusform>%n rader har problem och importeras inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marketing consent is recorded for %n of them.</source>
        <translation>
            <numerusform>Samtycke till marknadsföring registreras för %n av dem.</numerusform>
            <numerusform>Samtycke till marknadsföring registreras för %n av dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have an email or phone on the suppression list (the person has objected to direct marketing): imported without marketing consent. Rows: {rows}</source>
        <translation>
            <numerusform>%n rad har en e-postadress eller ett telefonnummer på spärrlistan (personen har invänt mot direktmarknadsföring): importeras utan samtycke till marknadsföring. Rader: {rows}</numerusform>
            <numerusform>%n rader har en e-postadress eller ett telefonnummer på spärrlistan (personen har invänt mot direktmarknadsföring): importeras utan samtycke till marknadsföring. Rader: {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListExports</name>
    <message>
        <source>People whose processing is restricted (GDPR Art. 18) are left out of every export. The file holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>Personer vars behandling är begränsad (dataskyddsförordningen art. 18) lämnas utanför varje export. Filen innehåller personuppgifter: förvara den säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Writing the customers to the file…</source>
        <translation>Kunderna skrivs till filen…</translation>
    </message>
    <message>
        <source>Marketing list</source>
        <translation>Marknadsföringslista</translation>
    </message>
    <message>
        <source>Writing the marketing list…</source>
        <translation>Marknadsföringslistan skrivs…</translation>
    </message>
    <message>
        <source>The export was cancelled; the unfinished file was removed.</source>
        <translation>Exporten avbröts; den ofärdiga filen togs bort.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>Consent entries: {n}</source>
        <translation>Samtyckesposter: {n}</translation>
    </message>
    <message>
        <source>Objections: {n}</source>
        <translation>Invändningar: {n}</translation>
    </message>
    <message>
        <source>Web events: {n}</source>
        <translation>Webbhändelser: {n}</translation>
    </message>
    <message>
        <source>Invoices: {n}</source>
        <translation>Fakturor: {n}</translation>
    </message>
    <message>
        <source>Requests: {n}</source>
        <translation>Begäranden: {n}</translation>
    </message>
    <message>
        <source>Letters of those requests: {n}</source>
        <translation>Brev till dessa begäranden: {n}</translation>
    </message>
    <message>
        <source>Records of purged data: {n}</source>
        <translation>Poster om raderade uppgifter: {n}</translation>
    </message>
    <message>
        <source>The email addresses differ: keep the one the person uses now; the other is not kept.</source>
        <translation>E-postadresserna skiljer sig: behåll den som personen använder nu; den andra sparas inte.</translation>
    </message>
    <message>
        <source>The phone numbers differ: keep the one the person uses now; the other is not kept.</source>
        <translation>Telefonnumren skiljer sig: behåll det som personen använder nu; det andra sparas inte.</translation>
    </message>
    <message>
        <source>A consent stands differently on the two records: after the merge the latest entry by the time the person acted decides. Both ledgers are kept whole.</source>
        <translation>Ett samtycke har olika status i de två posterna: efter sammanslagningen avgör den senaste posten enligt när personen agerade. Båda samtyckesloggarna bevaras i sin helhet.</translation>
    </message>
    <message>
        <source>The person objected to direct marketing, or their contact details are on the suppression list: every marketing consent of the merged record ends.</source>
        <translation>Personen har invänt mot direktmarknadsföring, eller personens kontaktuppgifter finns på spärrlistan: alla marknadsföringssamtycken i den sammanslagna posten upphör.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Slå samman kunder</translation>
    </message>
    <message>
        <source>Two records of one person become one: the kept record keeps its customer number, takes the value you choose for each field that differs, and receives everything of the duplicate; the duplicate&apos;s number goes out of use. Both ledgers and all history are kept, and the merge is audited. It cannot be undone.</source>
        <translation>Två poster för samma person blir en: den post som behålls behåller sitt kundnummer, får det värde du väljer för varje fält som skiljer sig och tar emot allt som hör till dubbletten; dubblettens nummer tas ur bruk. Båda historikerna bevaras i sin helhet och sammanslagningen loggas. Den kan inte ångras.</translation>
    </message>
    <message>
        <source>&amp;Keep the other record</source>
        <translation>&amp;Behåll den andra posten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå samman</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kept: no. {number}</source>
        <translation>Behålls: nr {number}</translation>
    </message>
    <message>
        <source>Duplicate: no. {number}</source>
        <translation>Dubblett: nr {number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>The notes of both records are kept, the kept record&apos;s first.</source>
        <translation>Anteckningarna i båda posterna bevaras, den behållna postens först.</translation>
    </message>
    <message>
        <source>Joins the kept record from the duplicate: {what}.</source>
        <translation>Från dubbletten flyttas till den behållna posten: {what}.</translation>
    </message>
    <message>
        <source>Nothing else hangs on the duplicate.</source>
        <translation>Inget annat hör till dubbletten.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Merge customer {duplicate} into customer {kept}? Number {duplicate} goes out of use and the merge cannot be undone.</source>
        <translation>Slå samman kund {duplicate} med kund {kept}? Nummer {duplicate} tas ur bruk och sammanslagningen kan inte ångras.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå samman</translation>
    </message>
</context>
<context>
    <name>CustomerMerging</name>
    <message>
        <source>Merge customers</source>
        <translation>Slå samman kunder</translation>
    </message>
    <message>
        <source>Customer {duplicate} was merged into customer {kept}.</source>
        <translation>Kund {duplicate} slogs samman med kund {kept}.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>Basic &amp;data</source>
        <translation>Grun&amp;duppgifter</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Samtycken</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>In&amp;vändningar</translation>
    </message>
    <message>
        <source>&amp;Technical data</source>
        <translation>Tekniska u&amp;ppgifter</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Fakturor</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Beg&amp;äranden</translation>
    </message>
    <message>
        <source>Opening the customer&apos;s data…</source>
        <translation>Kundens uppgifter öppnas…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>{name} – customer {number}</source>
        <translation>{name} – kund {number}</translation>
    </message>
    <message>
        <source>Processing restricted (GDPR Art. 18) since {date}. The data stay stored, but this person is left out of exports and marketing lists.</source>
        <translation>Behandlingen begränsad (dataskyddsförordningen art. 18) sedan {date}. Uppgifterna förblir lagrade, men personen lämnas utanför exporter och marknadsföringslistor.</translation>
    </message>
    <message>
        <source>The objection to direct marketing was recorded.</source>
        <translation>Invändningen mot direktmarknadsföring registrerades.</translation>
    </message>
    <message>
        <source>These consents ended at once: {names}.</source>
        <translation>Dessa samtycken upphörde genast: {names}.</translation>
    </message>
    <message>
        <source>No marketing consent was in force.</source>
        <translation>Inget samtycke till marknadsföring var i kraft.</translation>
    </message>
    <message>
        <source>The email address and phone number went on the suppression list: no later import brings this person back into marketing.</source>
        <translation>E-postadressen och telefonnumret fördes in på spärrlistan: ingen senare import för tillbaka personen till marknadsföringen.</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <source>Remove the customer</source>
        <translation>Ta bort kunden</translation>
    </message>
    <message>
        <source>Remove customer {number} ({name}) as entered by mistake? This is for a record nothing has been done with; it is audited. A person&apos;s request to erase their data goes through an erasure request instead.</source>
        <translation>Ta bort kund {number} ({name}) som inlagd av misstag? Detta gäller en post som inget har gjorts med; åtgärden loggas. En persons begäran om radering av sina uppgifter behandlas i stället som en begäran om radering.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>The basic data have changes that are not saved. Save them first?</source>
        <translation>Grunduppgifterna har ändringar som inte har sparats. Spara dem först?</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>restricted</source>
        <translation>begränsad</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, email, phone, company, customer number, postal code or city</source>
        <translation>Namn, e-post, telefon, företag, kundnummer, postnummer eller ort</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Marketing list…</source>
        <translation>&amp;Marknadsföringslista…</translation>
    </message>
    <message>
        <source>Impor&amp;t customers…</source>
        <translation>Impor&amp;tera kunder…</translation>
    </message>
    <message>
        <source>Import &amp;web events…</source>
        <translation>Importera &amp;webbhändelser…</translation>
    </message>
    <message>
        <source>M&amp;erge…</source>
        <translation>S&amp;lå samman…</translation>
    </message>
    <message>
        <source>Merge two selected records of one person</source>
        <translation>Slå samman två markerade poster för samma person</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln customer(s) match the search.</source>
        <translation>
            <numerusform>Fler än %Ln kund motsvarar sökningen.</numerusform>
            <numerusform>Fler än %Ln kunder motsvarar sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the search.</source>
        <translation>
            <numerusform>%n kund motsvarar sökningen.</numerusform>
            <numerusform>%n kunder motsvarar sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the register.</source>
        <translation>
            <numerusform>%n kund i registret.</numerusform>
            <numerusform>%n kunder i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the search. Check the spelling, or search by another part of the name, email, phone, postal code or city.</source>
        <translation>Ingen kund motsvarar sökningen. Kontrollera stavningen, eller sök på en annan del av namnet, e-postadressen, telefonnumret, postnumret eller orten.</translation>
    </message>
    <message>
        <source>The register is empty. Add a customer with New customer… (Ctrl+N), or import a CSV or Excel file with Import customers….</source>
        <translation>Registret är tomt. Lägg till en kund med Ny kund… (Ctrl+N), eller importera en CSV- eller Excel-fil med Importera kunder….</translation>
    </message>
    <message>
        <source>The register is empty. Someone with the right to edit adds customers.</source>
        <translation>Registret är tomt. Någon med rätt att redigera lägger till kunder.</translation>
    </message>
</context>
<context>
    <name>DecideObjectionDialog</name>
    <message>
        <source>Decide the objection</source>
        <translation>Besluta om invändningen</translation>
    </message>
    <message>
        <source>Objection to: {purpose}. Uphold it, and the processing stops; or record the compelling legitimate grounds that override the person&apos;s interests, with reasons (GDPR Art. 21(1)).</source>
        <translation>Invändning mot: {purpose}. Godta den, så upphör behandlingen; eller registrera de tvingande berättigade skäl som väger tyngre än personens intressen, med motivering (dataskyddsförordningen art. 21.1).</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivering:</translation>
    </message>
</context>
<context>
    <name>DeclineChangeDialog</name>
    <message>
        <source>A change not made</source>
        <translation>En ändring som inte gjordes</translation>
    </message>
    <message>
        <source>Choose the ground and say which change was not made and why. The letter states it as a partial refusal, with the person&apos;s remedies.</source>
        <translation>Välj grunden och ange vilken ändring som inte gjordes och varför. Brevet anger det som ett delvis avslag, med uppgift om personens rättsmedel.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Which change, and why:</source>
        <translation>&amp;Vilken ändring, och varför:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brev&amp;språk:</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of the electronic copy</source>
        <translation>Leverans av den elektroniska kopian</translation>
    </message>
    <message>
        <source>How the person&apos;s machine-readable copy reaches them (GDPR Art. 15(3)).</source>
        <translation>Hur personens maskinläsbara kopia når personen (dataskyddsförordningen art. 15.3).</translation>
    </message>
    <message>
        <source>&amp;Delivered:</source>
        <translation>&amp;Levererad:</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>D&amp;etalj:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brev&amp;språk:</translation>
    </message>
</context>
<context>
    <name>DisproportionateDialog</name>
    <message>
        <source>Recipient not notified</source>
        <translation>Mottagaren underrättades inte</translation>
    </message>
    <message>
        <source>Telling {name} is impossible or would take disproportionate effort. Record why: the reason is required.</source>
        <translation>Att underrätta {name} är omöjligt eller skulle kräva oproportionerlig ansträngning. Registrera varför: skälet är obligatoriskt.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>&amp;Brevets språk:</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>The username cannot be changed. The role gives the usual rights; exceptions for this user are set under Rights.</source>
        <translation>Användarnamnet kan inte ändras. Rollen ger de vanliga rättigheterna; undantag för den här användaren ställs in under Rättigheter.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>&amp;Titel på finska (för brev):</translation>
    </message>
    <message>
        <source>Title in &amp;English (for letters):</source>
        <translation>Titel på &amp;engelska (för brev):</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish (for letters):</source>
        <translation>Titel på s&amp;venska (för brev):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Edit user {username}</source>
        <translation>Redigera användaren {username}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titel på engelska</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Titel på svenska</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Now saved: {name}, {title}, {role}. Your typing is kept; save again to replace those values.</source>
        <translation>Nu sparat: {name}, {title}, {role}. Det du skrivit finns kvar; spara igen för att ersätta de värdena.</translation>
    </message>
</context>
<context>
    <name>ErasedReference</name>
    <message>
        <source>ERASED</source>
        <translation>RADERAD</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <source>The plan shows what the erasure does to each item before anything happens. Nothing changes until it is run and confirmed.</source>
        <translation>Planen visar vad raderingen gör med varje post innan något händer. Ingenting ändras förrän den genomförs och bekräftas.</translation>
    </message>
    <message>
        <source>Erasure plan</source>
        <translation>Raderingsplan</translation>
    </message>
    <message>
        <source>Show the plan &amp;again</source>
        <translation>Visa planen &amp;igen</translation>
    </message>
    <message>
        <source>Ru&amp;n the erasure…</source>
        <translation>&amp;Genomför raderingen…</translation>
    </message>
    <message>
        <source>Kept invoices</source>
        <translation>Sparade fakturor</translation>
    </message>
    <message>
        <source>Erasure plan for {name}, customer {number}</source>
        <translation>Raderingsplan för {name}, kund {number}</translation>
    </message>
    <message>
        <source>The confirmation letter has been printed or saved; it tells the person that the data are erased by {date}.</source>
        <translation>Bekräftelsebrevet har skrivits ut eller sparats; det meddelar personen att uppgifterna raderas senast {date}.</translation>
    </message>
    <message>
        <source>Only a user with the right to erase customers can show the plan and run the erasure.</source>
        <translation>Endast en användare med rätt att radera kunder kan visa planen och genomföra raderingen.</translation>
    </message>
    <message>
        <source>Identify the customer first.</source>
        <translation>Identifiera kunden först.</translation>
    </message>
    <message>
        <source>The request is closed: the erasure cannot run.</source>
        <translation>Begäran är avslutad: raderingen kan inte genomföras.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <source>The erasure was run on {when}. Invoices kept under the Accounting Act are listed with their purge dates in Register → Kept invoices.</source>
        <translation>Raderingen genomfördes {when}. Fakturor som sparas enligt bokföringslagen listas med sina rensningsdatum under Register → Sparade fakturor.</translation>
    </message>
    <message>
        <source>The erasure was run on {when}: reference {ref}.</source>
        <translation>Raderingen genomfördes {when}: referens {ref}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n row(s).</source>
        <translation>
            <numerusform>Raderat: %n rad.</numerusform>
            <numerusform>Raderat: %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n row(s).</source>
        <translation>
            <numerusform>Anonymiserat: %n rad.</numerusform>
            <numerusform>Anonymiserat: %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n item(s).</source>
        <translation>
            <numerusform>Sparat: %n post.</numerusform>
            <numerusform>Sparat: %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file was cleaned of its traces (checkpoint done).</source>
        <translation>Databasfilen rensades från spåren (kontrollpunkten gjord).</translation>
    </message>
    <message>
        <source>The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy. Close other programs using the database; the checkpoint is done again at the next start of the program, erasure or purge.</source>
        <translation>Raderingen är sparad, men databasfilen kunde ännu inte rensas från spåren: ett annat program höll den upptagen. Stäng andra program som använder databasen; kontrollpunkten görs på nytt nästa gång programmet startas eller en radering eller rensning görs.</translation>
    </message>
    <message>
        <source>Erase {name} (customer {number}) from the register?

This cannot be undone: the customer record, consents, objections and web events are deleted, and the person&apos;s requests keep only a pseudonymous reference.</source>
        <translation>Radera {name} (kund {number}) från registret?

Detta kan inte ångras: kundposten, samtycken, invändningar och webbhändelser raderas, och personens begäranden behåller endast en pseudonym referens.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are kept under the Accounting Act until their purge date.</source>
        <translation>
            <numerusform>%n faktura sparas enligt bokföringslagen till sitt rensningsdatum.</numerusform>
            <numerusform>%n fakturor sparas enligt bokföringslagen till sina rensningsdatum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the erasure</source>
        <translation>Genomför raderingen</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Customer record {label}</source>
        <translation>Kundpost {label}</translation>
    </message>
    <message>
        <source>Consent ledger entries</source>
        <translation>Poster i samtyckesliggaren</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <source>Suppression list entries (hashed email and phone)</source>
        <translation>Poster på spärrlistan (hashade e-postadresser och telefonnummer)</translation>
    </message>
    <message>
        <source>Web events (technical data)</source>
        <translation>Webbhändelser (tekniska uppgifter)</translation>
    </message>
    <message>
        <source>Invoice {label}</source>
        <translation>Faktura {label}</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Begäranden från den registrerade</translation>
    </message>
    <message>
        <source>Request {label}, never linked to the customer: the requester&apos;s name, contact or text names the person</source>
        <translation>Begäran {label}, aldrig kopplad till kunden: namnet, kontaktuppgiften eller texten från den som framställt begäran nämner personen</translation>
    </message>
    <message>
        <source>Pauses of the requests</source>
        <translation>Pauser i begärandena</translation>
    </message>
    <message>
        <source>Rectification records (field names only)</source>
        <translation>Rättelseposter (endast fältnamn)</translation>
    </message>
    <message>
        <source>Art. 19 checklist lines of the requests</source>
        <translation>Raderna i begärandenas kontrollistor enligt art. 19</translation>
    </message>
    <message>
        <source>Archived letters (the PDF goes; hash, date, kind and language stay)</source>
        <translation>Arkiverade brev (PDF-filen försvinner; hash, datum, slag och språk finns kvar)</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>radera</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>anonymisera</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behåll</translation>
    </message>
    <message>
        <source>Erased at the person&apos;s request (GDPR Art. 17(1))</source>
        <translation>Raderat på personens begäran (dataskyddsförordningen art. 17.1)</translation>
    </message>
    <message>
        <source>Accounting Act (kirjanpitolaki 2:10): a voucher is kept 6 years (GDPR Art. 17(3)(b))</source>
        <translation>Bokföringslagen (1336/1997, 2 kap. 10 §): ett verifikat sparas 6 år (dataskyddsförordningen art. 17.3 b)</translation>
    </message>
    <message>
        <source>Its keeping time under the Accounting Act has ended</source>
        <translation>Dess förvaringstid enligt bokföringslagen har gått ut</translation>
    </message>
    <message>
        <source>Objection to direct marketing: kept as hashes only, so that no later import markets to the person (GDPR Art. 21(3))</source>
        <translation>Invändning mot direktmarknadsföring: sparas endast som hashvärden, så att ingen senare import riktar marknadsföring till personen (dataskyddsförordningen art. 21.3)</translation>
    </message>
    <message>
        <source>Accountability (GDPR Art. 5(2)): type, dates and outcome under a pseudonymous reference; the free text goes</source>
        <translation>Ansvarsskyldighet (dataskyddsförordningen art. 5.2): typ, datum och utfall under en pseudonym referens; den fria texten försvinner</translation>
    </message>
    <message>
        <source>Print or save the erasure confirmation letter (Letters page) before running the erasure: afterwards the name and address it goes to are gone.</source>
        <translation>Skriv ut eller spara bekräftelsebrevet om radering (sidan Brev) innan raderingen genomförs: efteråt finns namnet och adressen det skickas till inte längre.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the erasure letter was printed or saved, so it no longer describes this plan: print or save a new erasure letter (Letters page), then run the erasure.</source>
        <translation>Personens uppgifter ändrades efter att raderingsbrevet skrevs ut eller sparades, så det beskriver inte längre den här planen: skriv ut eller spara ett nytt raderingsbrev (sidan Brev) och genomför sedan raderingen.</translation>
    </message>
    <message>
        <source>Invoice {number}: kept until {date} (Accounting Act)</source>
        <translation>Faktura {number}: sparas till {date} (bokföringslagen)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}: uppgiften är obligatorisk.</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: högst {max} tecken.</translation>
    </message>
    <message>
        <source>{field}: a whole number from {min} to {max}.</source>
        <translation>{field}: ett heltal från {min} till {max}.</translation>
    </message>
    <message>
        <source>The customer cannot be removed as a mistake: something has already been done with the record (a request, letter, invoice, consent, objection or web event). A person&apos;s data are removed through an erasure request.</source>
        <translation>Kunden kan inte tas bort som ett misstag: något har redan gjorts med posten (en begäran, ett brev, en faktura, ett samtycke, en invändning eller en webbhändelse). En persons uppgifter tas bort genom en begäran om radering.</translation>
    </message>
    <message>
        <source>{field}: contains control characters that are not allowed.</source>
        <translation>{field}: innehåller otillåtna kontrolltecken.</translation>
    </message>
    <message>
        <source>{field}: not a valid email address.</source>
        <translation>{field}: inte en giltig e-postadress.</translation>
    </message>
    <message>
        <source>{field}: not a valid phone number.</source>
        <translation>{field}: inte ett giltigt telefonnummer.</translation>
    </message>
    <message>
        <source>{field}: a Finnish postal code has exactly 5 digits.</source>
        <translation>{field}: ett finländskt postnummer har exakt 5 siffror.</translation>
    </message>
    <message>
        <source>{field}: unknown country code (use two letters, e.g. FI).</source>
        <translation>{field}: okänd landskod (använd två bokstäver, t.ex. FI).</translation>
    </message>
    <message>
        <source>{field}: not one of the allowed values.</source>
        <translation>{field}: inte ett av de tillåtna värdena.</translation>
    </message>
    <message>
        <source>{field}: not a valid date.</source>
        <translation>{field}: inte ett giltigt datum.</translation>
    </message>
    <message>
        <source>{field}: the date cannot be in the future.</source>
        <translation>{field}: datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>{field}: the date cannot be before {earliest}.</source>
        <translation>{field}: datumet kan inte vara före {earliest}.</translation>
    </message>
    <message>
        <source>{field}: at least {min} characters are needed.</source>
        <translation>{field}: minst {min} tecken behövs.</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters are accepted.</source>
        <translation>{field}: högst {max} tecken godtas.</translation>
    </message>
    <message>
        <source>{field}: this password is too common or easy to guess.</source>
        <translation>{field}: lösenordet är för vanligt eller lätt att gissa.</translation>
    </message>
    <message>
        <source>{field}: the password must not contain the username.</source>
        <translation>{field}: lösenordet får inte innehålla användarnamnet.</translation>
    </message>
    <message>
        <source>{field}: the password is not correct.</source>
        <translation>{field}: lösenordet är inte korrekt.</translation>
    </message>
    <message>
        <source>{field}: the passwords do not match.</source>
        <translation>{field}: lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <source>{field}: the new password must differ from the current one.</source>
        <translation>{field}: det nya lösenordet måste skilja sig från det nuvarande.</translation>
    </message>
    <message>
        <source>{field}: this username is already in use.</source>
        <translation>{field}: användarnamnet används redan.</translation>
    </message>
    <message>
        <source>{field}: no such record.</source>
        <translation>{field}: ingen sådan post.</translation>
    </message>
    <message>
        <source>Login failed: wrong username or password, or the account is locked.</source>
        <translation>Inloggningen misslyckades: fel användarnamn eller lösenord, eller så är kontot låst.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>För många misslyckade försök. Försök igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>The password must be changed before continuing.</source>
        <translation>Lösenordet måste bytas innan du fortsätter.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Du har inte rätt att göra detta.</translation>
    </message>
    <message>
        <source>Your account is no longer active. Please log in again.</source>
        <translation>Ditt konto är inte längre aktivt. Logga in på nytt.</translation>
    </message>
    <message>
        <source>The database already has users; the first-run setup cannot run again.</source>
        <translation>Databasen har redan användare; den första inställningen kan inte köras igen.</translation>
    </message>
    <message>
        <source>At least one active user must keep the right to administer users.</source>
        <translation>Minst en aktiv användare måste behålla rätten att administrera användare.</translation>
    </message>
    <message>
        <source>The one-time password has expired. Ask the administrator for a new one.</source>
        <translation>Engångslösenordet har gått ut. Be administratören om ett nytt.</translation>
    </message>
    <message>
        <source>The audit log could not be written to {path}: {reason}.</source>
        <translation>Granskningsloggen kunde inte skrivas till {path}: {reason}.</translation>
    </message>
    <message>
        <source>This record was changed by another user after you opened it. Your changes have not been saved yet.</source>
        <translation>Posten ändrades av en annan användare efter att du öppnade den. Dina ändringar har inte sparats ännu.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>Databasen {path} kan inte öppnas: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened safely (foreign keys are off).</source>
        <translation>Databasen {path} kunde inte öppnas säkert (främmande nycklar är avstängda).</translation>
    </message>
    <message>
        <source>The database {path} was created by a newer version of this program.</source>
        <translation>Databasen {path} har skapats av en nyare version av programmet.</translation>
    </message>
    <message>
        <source>Upgrading the database {path} failed; it was left unchanged.</source>
        <translation>Uppgraderingen av databasen {path} misslyckades; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The backup could not be made or verified: {reason}.</source>
        <translation>Säkerhetskopian kunde inte göras eller verifieras: {reason}.</translation>
    </message>
    <message>
        <source>The checkpoint file cannot be read.</source>
        <translation>Kontrollpunktsfilen kan inte läsas.</translation>
    </message>
    <message>
        <source>The key of the suppression list is missing or wrong ({file}): without it no email or phone can be checked against the list. Restore it from its backup: the key file beside the database, or on a server the register&apos;s keep database.</source>
        <translation>Spärrlistans nyckel saknas eller är fel ({file}): utan den kan ingen e-postadress eller inget telefonnummer kontrolleras mot listan. Återställ den från dess säkerhetskopia: nyckelfilen bredvid databasen, eller på en server registrets förvaringsdatabas.</translation>
    </message>
    <message>
        <source>{field}: give a whole number of months from 1 to {max}.</source>
        <translation>{field}: ange ett helt antal månader från 1 till {max}.</translation>
    </message>
    <message>
        <source>{field}: a rule runs by itself only once it is confirmed.</source>
        <translation>{field}: en regel körs av sig själv först när den har bekräftats.</translation>
    </message>
    <message>
        <source>The erasure journal beside the database cannot be read ({reason}); a restore could bring back people erased since the backup, so it is refused.</source>
        <translation>Raderingsjournalen bredvid databasen kan inte läsas ({reason}); en återställning kunde föra tillbaka personer som raderats efter säkerhetskopian, så den nekas.</translation>
    </message>
    <message>
        <source>The erasure journal beside the database cannot be written ({reason}); nothing was erased.</source>
        <translation>Raderingsjournalen bredvid databasen kan inte skrivas ({reason}); ingenting raderades.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {reason}.</source>
        <translation>Säkerhetskopian kan inte återställas: {reason}.</translation>
    </message>
    <message>
        <source>The restore failed and the database was left as it was: {reason}.</source>
        <translation>Återställningen misslyckades och databasen lämnades som den var: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is not empty: a backup is restored on a server only into an empty database (create a new one first).</source>
        <translation>Databasen {path} är inte tom: på en server återställs en säkerhetskopia endast till en tom databas (skapa först en ny).</translation>
    </message>
    <message>
        <source>The database {path} is in use by {count} other connection(s): close the program on the workstations first.</source>
        <translation>Databasen {path} används av {count} andra anslutningar: stäng först programmet på arbetsstationerna.</translation>
    </message>
    <message>
        <source>The restore into {path} did not finish ({reason}); no workstation can connect to it. Drop the database, create it again empty and restore anew.</source>
        <translation>Återställningen till {path} slutfördes inte ({reason}); ingen arbetsstation kan ansluta till den. Ta bort databasen, skapa den på nytt som tom och återställ igen.</translation>
    </message>
    <message>
        <source>{field}: give a year from {first} to the current year.</source>
        <translation>{field}: ange ett år från {first} till innevarande år.</translation>
    </message>
    <message>
        <source>The register&apos;s name {database} is too long for its keep database (the name with &quot;_keep&quot; must fit in PostgreSQL&apos;s 63 bytes): choose a name of at most {max} bytes.</source>
        <translation>Registrets namn {database} är för långt för dess förvaringsdatabas (namnet med &quot;_keep&quot; måste rymmas i PostgreSQL:s 63 byte): välj ett namn på högst {max} byte.</translation>
    </message>
    <message>
        <source>The register&apos;s keep database {path} (its suppression key and erasure journal) is missing or cannot be made ({reason}): run l4d db setup on the server as its administrator first.</source>
        <translation>Registrets förvaringsdatabas {path} (spärrlistans nyckel och raderingsjournalen) saknas eller kan inte skapas ({reason}): kör först l4d db setup på servern som dess administratör.</translation>
    </message>
    <message>
        <source>The register&apos;s keep database {path} (its suppression key and erasure journal) cannot be used: {reason}.</source>
        <translation>Registrets förvaringsdatabas {path} (spärrlistans nyckel och raderingsjournalen) kan inte användas: {reason}.</translation>
    </message>
    <message>
        <source>The keep database {path} (the register&apos;s suppression key and erasure journal) could not be made: the administrator needs the CREATEDB right (ALTER ROLE … CREATEDB).</source>
        <translation>Förvaringsdatabasen {path} (registrets spärrlistnyckel och raderingsjournal) kunde inte skapas: administratören behöver rättigheten CREATEDB (ALTER ROLE … CREATEDB).</translation>
    </message>
    <message>
        <source>The keep database {path} already holds another suppression key: the copied suppression list could not be checked with it. Drop the keep database and run l4d db setup again before copying.</source>
        <translation>Förvaringsdatabasen {path} har redan en annan spärrlistnyckel: den kopierade spärrlistan kunde inte kontrolleras med den. Ta bort förvaringsdatabasen och kör l4d db setup igen före kopieringen.</translation>
    </message>
    <message>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: minst {min} tecken.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>Säkerhetskopian är krypterad: ange dess lösenfras.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup; nothing was changed.</source>
        <translation>Lösenfrasen öppnar inte den här säkerhetskopian; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{field}: give a whole number from {min} to {max}.</source>
        <translation>{field}: ange ett heltal från {min} till {max}.</translation>
    </message>
    <message>
        <source>{field}: not the database&apos;s own folder or a folder inside it (one failure would take both).</source>
        <translation>{field}: inte databasens egen mapp eller en mapp i den (ett enda fel skulle ta båda).</translation>
    </message>
    <message>
        <source>{field}: letter language must be fi, sv or en.</source>
        <translation>{field}: brevets språk måste vara fi, sv eller en.</translation>
    </message>
    <message>
        <source>{field}: use 2–64 characters: the letters a–z (not å, ä or ö), digits, dots, hyphens or underscores.</source>
        <translation>{field}: använd 2–64 tecken: bokstäverna a–z (inte å, ä eller ö), siffror, punkter, bindestreck eller understreck.</translation>
    </message>
    <message>
        <source>{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5).</source>
        <translation>{field}: inte ett giltigt finländskt FO-nummer (y-tunnus, t.ex. 2989855-5).</translation>
    </message>
    <message>
        <source>{field}: not a web address (e.g. tietosuoja.fi or https://www.lean4d.fi).</source>
        <translation>{field}: inte en webbadress (t.ex. tietosuoja.fi eller https://www.lean4d.fi).</translation>
    </message>
    <message>
        <source>{field}: use 1–20 letters, digits or hyphens.</source>
        <translation>{field}: använd 1–20 bokstäver, siffror eller bindestreck.</translation>
    </message>
    <message>
        <source>{field}: this customer number is already in use.</source>
        <translation>{field}: kundnumret används redan.</translation>
    </message>
    <message>
        <source>{field}: this invoice number is already in use.</source>
        <translation>{field}: fakturanumret används redan.</translation>
    </message>
    <message>
        <source>{field}: not a valid amount in euros (e.g. 125,50).</source>
        <translation>{field}: inte ett giltigt belopp i euro (t.ex. 125,50).</translation>
    </message>
    <message>
        <source>{field}: not a valid time (e.g. 2026-11-24T10:15:00+02:00).</source>
        <translation>{field}: inte en giltig tidpunkt (t.ex. 2026-11-24T10:15:00+02:00).</translation>
    </message>
    <message>
        <source>{field}: not a valid IPv4 or IPv6 address.</source>
        <translation>{field}: inte en giltig IPv4- eller IPv6-adress.</translation>
    </message>
    <message>
        <source>{field}: the same value is on an earlier row of the file.</source>
        <translation>{field}: samma värde finns på en tidigare rad i filen.</translation>
    </message>
    <message>
        <source>{field}: a customer with this value is already in the register.</source>
        <translation>{field}: en kund med det här värdet finns redan i registret.</translation>
    </message>
    <message>
        <source>{field}: no customer in the register has this value.</source>
        <translation>{field}: ingen kund i registret har det här värdet.</translation>
    </message>
    <message>
        <source>{field}: more than one customer has this value; the row cannot be linked.</source>
        <translation>{field}: mer än en kund har det här värdet; raden kan inte kopplas.</translation>
    </message>
    <message>
        <source>{field}: the row has a different number of cells than the header.</source>
        <translation>{field}: raden har ett annat antal celler än rubrikraden.</translation>
    </message>
    <message>
        <source>{field}: the row holds bytes that are not text in the file&apos;s encoding (UTF-8 or Windows-1252); the row was not read.</source>
        <translation>{field}: raden innehåller byte som inte är text i filens teckenkodning (UTF-8 eller Windows-1252); raden lästes inte.</translation>
    </message>
    <message>
        <source>{field}: a quote opened on this row is never closed; the rest of the file could not be read.</source>
        <translation>{field}: ett citattecken som öppnas på den här raden stängs aldrig; resten av filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>{field}: the customer was changed after the file was checked; check the file against the register and import the row again.</source>
        <translation>{field}: kunden ändrades efter att filen kontrollerades; jämför filen med registret och importera raden på nytt.</translation>
    </message>
    <message>
        <source>{field}: no such purpose.</source>
        <translation>{field}: inget sådant ändamål.</translation>
    </message>
    <message>
        <source>{field}: use 2–40 lowercase letters, digits or underscores.</source>
        <translation>{field}: använd 2–40 små bokstäver, siffror eller understreck.</translation>
    </message>
    <message>
        <source>{field}: a purpose with this code already exists.</source>
        <translation>{field}: ett ändamål med den här koden finns redan.</translation>
    </message>
    <message>
        <source>{field}: not a known legal basis.</source>
        <translation>{field}: inte en känd rättslig grund.</translation>
    </message>
    <message>
        <source>{field}: choose at least one legal basis.</source>
        <translation>{field}: välj minst en rättslig grund.</translation>
    </message>
    <message>
        <source>{field}: name the legitimate interest pursued before confirming the basis.</source>
        <translation>{field}: ange det berättigade intresse som eftersträvas innan grunden bekräftas.</translation>
    </message>
    <message>
        <source>{field}: the consent is already in that state.</source>
        <translation>{field}: samtycket är redan i det tillståndet.</translation>
    </message>
    <message>
        <source>{field}: a reason is required.</source>
        <translation>{field}: ett skäl är obligatoriskt.</translation>
    </message>
    <message>
        <source>The person has objected to direct marketing; a marketing consent cannot be recorded.</source>
        <translation>Personen har invänt mot direktmarknadsföring; ett samtycke till marknadsföring kan inte registreras.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Filen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Filen är varken UTF-8- eller Windows-1252-text.</translation>
    </message>
    <message>
        <source>The file&apos;s header row holds bytes that are not UTF-8 or Windows-1252 text.</source>
        <translation>Filens rubrikrad innehåller byte som inte är UTF-8- eller Windows-1252-text.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason}.</source>
        <translation>Filen är inte giltig JSON: {reason}.</translation>
    </message>
    <message>
        <source>The file has no column for {column}.</source>
        <translation>Filen har ingen kolumn för {column}.</translation>
    </message>
    <message>
        <source>Two columns of the file mean the same field: {column}.</source>
        <translation>Två kolumner i filen betyder samma fält: {column}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Importen avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have errors.</source>
        <translation>Ingenting importerades: {count} rader har fel.</translation>
    </message>
    <message>
        <source>{field}: the time of receipt falls on another day than the received date.</source>
        <translation>{field}: mottagningstiden infaller en annan dag än mottagningsdatumet.</translation>
    </message>
    <message>
        <source>{field}: this user has no right to handle requests.</source>
        <translation>{field}: användaren har inte rätt att handlägga begäranden.</translation>
    </message>
    <message>
        <source>The request is closed and can no longer be changed.</source>
        <translation>Begäran är avslutad och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The request cannot move to that status from its current one.</source>
        <translation>Begäran kan inte övergå till den statusen från sin nuvarande.</translation>
    </message>
    <message>
        <source>The request is already waiting for the requester.</source>
        <translation>Begäran väntar redan på den som framställt den.</translation>
    </message>
    <message>
        <source>The request is not waiting for the requester.</source>
        <translation>Begäran väntar inte på den som framställt den.</translation>
    </message>
    <message>
        <source>The deadline of this request has already been extended once.</source>
        <translation>Tidsfristen för begäran har redan förlängts en gång.</translation>
    </message>
    <message>
        <source>An extension must be told to the requester by the statutory deadline ({statutory}); it cannot be recorded with a later notice date.</source>
        <translation>En förlängning ska meddelas den som framställt begäran inom den lagstadgade tidsfristen ({statutory}); den kan inte registreras med ett senare meddelandedatum.</translation>
    </message>
    <message>
        <source>{field}: a refusal as manifestly unfounded or excessive needs a written assessment.</source>
        <translation>{field}: ett avslag som uppenbart ogrundad eller orimlig kräver en skriftlig bedömning.</translation>
    </message>
    <message>
        <source>{field}: only a refusal has a basis or an assessment.</source>
        <translation>{field}: endast ett avslag har en grund eller en bedömning.</translation>
    </message>
    <message>
        <source>An erasure request can be completed only after its erasure has been run.</source>
        <translation>En begäran om radering kan slutföras först när raderingen har genomförts.</translation>
    </message>
    <message>
        <source>Request {request} is not an erasure request.</source>
        <translation>Begäran {request} är inte en begäran om radering.</translation>
    </message>
    <message>
        <source>Request {request} is not linked to a customer yet: identify the requester first.</source>
        <translation>Begäran {request} är inte kopplad till en kund ännu: identifiera den som framställt begäran först.</translation>
    </message>
    <message>
        <source>Request {request} is closed; an erasure runs only on an open request.</source>
        <translation>Begäran {request} är avslutad; en radering genomförs endast för en öppen begäran.</translation>
    </message>
    <message>
        <source>The erasure of request {request} has already been run.</source>
        <translation>Raderingen för begäran {request} har redan genomförts.</translation>
    </message>
    <message>
        <source>The data of request {request} changed after the erasure plan was made: show the plan again and confirm it.</source>
        <translation>Uppgifterna i begäran {request} ändrades efter att raderingsplanen gjordes: visa planen igen och bekräfta den.</translation>
    </message>
    <message>
        <source>The processing of this customer&apos;s data is restricted (GDPR Art. 18): the data are only stored. Correct them through the person&apos;s rectification request, or lift the restriction first.</source>
        <translation>Behandlingen av kundens uppgifter är begränsad (dataskyddsförordningen art. 18): uppgifterna lagras endast. Rätta dem genom personens begäran om rättelse, eller häv begränsningen först.</translation>
    </message>
    <message>
        <source>The processing register lacks texts this letter or notice prints in its language ({texts}); complete them in Register → Processing register.</source>
        <translation>Registret över behandling saknar texter som detta brev eller denna beskrivning skriver ut på sitt språk ({texts}); komplettera dem under Register → Register över behandling.</translation>
    </message>
    <message>
        <source>The legal bases of these purposes are not confirmed yet: {purposes}. The access letter and the privacy notice are issued only after the pääkäyttäjä confirms them in Register → Processing register.</source>
        <translation>De rättsliga grunderna för dessa ändamål har inte bekräftats ännu: {purposes}. Svaret på begäran om tillgång och dataskyddsbeskrivningen utfärdas först när huvudanvändaren (pääkäyttäjä) har bekräftat dem under Register → Register över behandling.</translation>
    </message>
    <message>
        <source>The transfer mechanism of these processors outside the EEA is not recorded: {processors}. Add it in Register → Processors first.</source>
        <translation>Överföringsmekanismen för dessa personuppgiftsbiträden utanför EES har inte registrerats: {processors}. Lägg först till den under Register → Personuppgiftsbiträden.</translation>
    </message>
    <message>
        <source>{field}: a processor outside the EEA needs its transfer mechanism (adequacy decision, Data Privacy Framework, standard clauses, binding corporate rules or a derogation).</source>
        <translation>{field}: ett personuppgiftsbiträde utanför EES behöver sin överföringsmekanism (beslut om adekvat skyddsnivå, Data Privacy Framework, standardavtalsklausuler, bindande företagsbestämmelser eller ett undantag).</translation>
    </message>
    <message>
        <source>{field}: a processor inside the EEA has no transfer mechanism; leave it empty.</source>
        <translation>{field}: ett personuppgiftsbiträde inom EES har ingen överföringsmekanism; lämna fältet tomt.</translation>
    </message>
    <message>
        <source>{field}: name the clauses&apos; module or the Art. 49 derogation relied on.</source>
        <translation>{field}: ange klausulernas modul eller det undantag enligt art. 49 som åberopas.</translation>
    </message>
    <message>
        <source>Print or save the erasure confirmation letter of request {request} before running the erasure: afterwards the name and address it goes to are gone.</source>
        <translation>Skriv ut eller spara bekräftelsebrevet om radering för begäran {request} innan raderingen genomförs: efteråt finns namnet och adressen det skickas till inte längre.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the erasure letter of request {request} was issued, so the letter no longer describes the erasure that would run: issue a new erasure letter, then run the erasure.</source>
        <translation>Personens uppgifter ändrades efter att raderingsbrevet för begäran {request} utfärdades, så brevet beskriver inte längre den radering som skulle genomföras: utfärda ett nytt raderingsbrev och genomför sedan raderingen.</translation>
    </message>
    <message>
        <source>The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy ({attempts} attempts). Close the other programs using the database, then run `l4d maintenance scrub` (with the same --db); otherwise it is done at the next start.</source>
        <translation>Raderingen är sparad, men databasfilen kunde ännu inte rensas från spåren: ett annat program höll den upptagen ({attempts} försök). Stäng de andra programmen som använder databasen och kör sedan `l4d maintenance scrub` (med samma --db); annars görs det vid nästa start.</translation>
    </message>
    <message>
        <source>The request&apos;s person is not identified yet: link the customer and record the identity check first.</source>
        <translation>Personen i begäran är inte identifierad ännu: koppla kunden och registrera identitetskontrollen först.</translation>
    </message>
    <message>
        <source>This type of request has no copy of the person&apos;s data; only access and portability requests do.</source>
        <translation>Den här typen av begäran har ingen kopia av personens uppgifter; endast begäranden om tillgång och dataportabilitet har det.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written.</source>
        <translation>{path} finns redan; ingenting skrevs.</translation>
    </message>
    <message>
        <source>{path} is not a folder that can be written to.</source>
        <translation>{path} är inte en mapp som kan skrivas till.</translation>
    </message>
    <message>
        <source>The data files could not be written to {path} ({reason}); nothing was left behind.</source>
        <translation>Datafilerna kunde inte skrivas till {path} ({reason}); ingenting lämnades kvar.</translation>
    </message>
    <message>
        <source>This action does not belong to a request of this type.</source>
        <translation>Åtgärden hör inte till en begäran av den här typen.</translation>
    </message>
    <message>
        <source>The request was made by another customer.</source>
        <translation>Begäran framställdes av en annan kund.</translation>
    </message>
    <message>
        <source>{field}: the date is before the request was received.</source>
        <translation>{field}: datumet är före mottagandet av begäran.</translation>
    </message>
    <message>
        <source>{field}: the date is before the rectification, erasure or restriction was carried out; a recipient cannot have been told of it earlier.</source>
        <translation>{field}: datumet är före rättelsen, raderingen eller begränsningen av behandlingen; en mottagare kan inte ha underrättats om den tidigare.</translation>
    </message>
    <message>
        <source>The processor is no longer active, so it is not on the checklist.</source>
        <translation>Personuppgiftsbiträdet är inte längre aktivt, så det finns inte på kontrollistan.</translation>
    </message>
    <message>
        <source>The objection has already been decided.</source>
        <translation>Invändningen har redan avgjorts.</translation>
    </message>
    <message>
        <source>The person&apos;s data changed after the plan of what relied only on the withdrawn consent was shown: show the plan again and confirm it.</source>
        <translation>Personens uppgifter ändrades efter att planen över det som byggde enbart på det återkallade samtycket visades: visa planen igen och bekräfta den.</translation>
    </message>
    <message>
        <source>An objection to this purpose is already recorded under this request; each purpose is recorded once.</source>
        <translation>En invändning mot det här ändamålet har redan registrerats under den här begäran; varje ändamål registreras en gång.</translation>
    </message>
    <message>
        <source>{field}: earlier than the latest consent entry for the purpose; the withdrawal would not take effect.</source>
        <translation>{field}: tidigare än den senaste samtyckesposten för ändamålet; återkallandet skulle inte få verkan.</translation>
    </message>
    <message>
        <source>A consent the data rely on is still given; they are not erased on this ground.</source>
        <translation>Ett samtycke som uppgifterna bygger på är fortfarande givet; de raderas inte på denna grund.</translation>
    </message>
    <message>
        <source>The letter contains characters that no embedded font can print ({chars}); correct the data or spell them in Latin letters before printing.</source>
        <translation>Brevet innehåller tecken som inget inbäddat typsnitt kan skriva ut ({chars}); rätta uppgifterna eller stava dem med latinska bokstäver före utskrift.</translation>
    </message>
    <message>
        <source>Record which systems were searched for the requester&apos;s data first (Searched and asked): this letter says where we looked.</source>
        <translation>Registrera först vilka system som genomsöktes efter uppgifter om den som framställt begäran (Sökt och frågat): brevet berättar var vi sökte.</translation>
    </message>
    <message>
        <source>The request is linked to a customer whose data are held: the access response answers it.</source>
        <translation>Begäran är kopplad till en kund vars uppgifter finns: svaret på begäran om tillgång besvarar den.</translation>
    </message>
    <message>
        <source>{n} of the requester&apos;s questions have no answer yet: the access response answers every question.</source>
        <translation>{n} av frågorna från den som framställt begäran saknar ännu svar: svaret på begäran om tillgång besvarar varje fråga.</translation>
    </message>
    <message>
        <source>{field}: no invoice with this number is kept after an erasure.</source>
        <translation>{field}: ingen faktura med det här numret har sparats efter en radering.</translation>
    </message>
    <message>
        <source>The request is linked to a customer: kept invoices are matched only to a requester of whom nothing else is held.</source>
        <translation>Begäran är kopplad till en kund: sparade fakturor kopplas endast till en person om vilken inget annat finns.</translation>
    </message>
    <message>
        <source>Record the objection first: this letter tells how each objection of the request was handled.</source>
        <translation>Registrera invändningen först: brevet berättar hur varje invändning i begäran har behandlats.</translation>
    </message>
    <message>
        <source>The PDF of this letter was removed with the person&apos;s erasure; only its hash is kept.</source>
        <translation>PDF-filen för brevet togs bort vid personens radering; endast dess hash finns kvar.</translation>
    </message>
    <message>
        <source>This letter does not answer a request of this type.</source>
        <translation>Brevet besvarar inte en begäran av den här typen.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is not confirmed yet: record the identity check first.</source>
        <translation>Identiteten hos den som framställt begäran är inte bekräftad ännu: registrera identitetskontrollen först.</translation>
    </message>
    <message>
        <source>The requester&apos;s identity is already confirmed: this letter would ask for what is no longer needed.</source>
        <translation>Den registrerades identitet är redan bekräftad: brevet skulle be om något som inte längre behövs.</translation>
    </message>
    <message>
        <source>The request is not linked to a customer, so the letter has no one to go to: link the customer first.</source>
        <translation>Begäran är inte kopplad till en kund, så brevet har ingen mottagare: koppla kunden först.</translation>
    </message>
    <message>
        <source>The deadline has not been extended: record the extension first.</source>
        <translation>Tidsfristen har inte förlängts: registrera förlängningen först.</translation>
    </message>
    <message>
        <source>The request has not been refused: close it as refused, with the basis, first.</source>
        <translation>Begäran har inte avslagits: avsluta den som avslagen, med grunden, först.</translation>
    </message>
    <message>
        <source>The request was refused, so this letter is not written: the refusal letter answers it.</source>
        <translation>Begäran har avslagits, så detta brev skrivs inte: begäran besvaras med brevet ”Motiverat avslag”.</translation>
    </message>
    <message>
        <source>The person&apos;s data have been erased, so no letter can be written to them any more.</source>
        <translation>Personens uppgifter har raderats, så inget brev kan längre skrivas till personen.</translation>
    </message>
    <message>
        <source>{field}: give a number of millimetres from −30 to 30.</source>
        <translation>{field}: ange ett antal millimeter från −30 till 30.</translation>
    </message>
    <message>
        <source>{field}: give the reasons in at least one full sentence ({words} words or more).</source>
        <translation>{field}: ange skälen med minst en hel mening ({words} ord eller fler).</translation>
    </message>
    <message>
        <source>{field}: a notice given before today needs the channel it was given by (email, letter, phone, in-person); without one, the extension letter is the notice and is dated the day it leaves.</source>
        <translation>{field}: ett meddelande som getts före i dag behöver kanalen det gavs genom (e-post, brev, telefon, personligen); utan kanal är brevet om förlängning meddelandet och dateras den dag det skickas.</translation>
    </message>
    <message>
        <source>A request of type {type} takes effect at once; its time limit cannot be extended.</source>
        <translation>En begäran av typen {type} får verkan genast; dess tidsfrist kan inte förlängas.</translation>
    </message>
    <message>
        <source>An objection to direct marketing takes effect at once: only the assessment of an objection to other processing can be extended. Record that objection under the request first.</source>
        <translation>En invändning mot direktmarknadsföring får verkan genast: endast bedömningen av en invändning mot annan behandling kan förlängas. Registrera först den invändningen under begäran.</translation>
    </message>
    <message>
        <source>The extension letter would be the notice of the extension, but the statutory deadline ({statutory}) has passed: an extension is valid only if told by then.</source>
        <translation>Brevet om förlängning skulle vara meddelandet om förlängningen, men den lagstadgade tidsfristen ({statutory}) har gått ut: en förlängning gäller endast om den meddelats dessförinnan.</translation>
    </message>
    <message>
        <source>The person is already restricted under this request.</source>
        <translation>Behandlingen av personens uppgifter är redan begränsad under den här begäran.</translation>
    </message>
    <message>
        <source>The person is not restricted under this request.</source>
        <translation>Behandlingen av personens uppgifter är inte begränsad under den här begäran.</translation>
    </message>
    <message>
        <source>{field}: choose a working day (not a weekend or a public holiday).</source>
        <translation>{field}: välj en arbetsdag (inte en helg eller en allmän helgdag).</translation>
    </message>
    <message>
        <source>{field}: the restriction can be lifted only after the person has been told, so choose a day after today.</source>
        <translation>{field}: begränsningen kan hävas först efter att personen har informerats, så välj en dag efter i dag.</translation>
    </message>
    <message>
        <source>{field}: this reason cannot end a restriction on ground {ground} of Art. 18(1).</source>
        <translation>{field}: det här skälet kan inte avsluta en begränsning på grund {ground} i art. 18.1.</translation>
    </message>
    <message>
        <source>Announce the lifting first: the person is told the day and the reason before the restriction is lifted (Art. 18(3)).</source>
        <translation>Meddela först hävandet: personen informeras om dagen och skälet innan begränsningen hävs (art. 18.3).</translation>
    </message>
    <message>
        <source>The notice of lifting has not been sent: print or save the restriction-lifted letter first.</source>
        <translation>Meddelandet om hävande har inte skickats: skriv först ut eller spara brevet om hävd begränsning.</translation>
    </message>
    <message>
        <source>The person was told that the restriction is lifted on {lift_on}; it cannot be lifted before then. To lift it earlier, announce a new day and send a new notice.</source>
        <translation>Personen informerades om att begränsningen hävs {lift_on}; den kan inte hävas före det. För att häva den tidigare, meddela en ny dag och skicka ett nytt meddelande.</translation>
    </message>
    <message>
        <source>There is nothing recorded for this text to explain ({topic}): record the extension, lift notice or finding first.</source>
        <translation>Det finns inget registrerat som den här texten ska förklara ({topic}): registrera först förlängningen, meddelandet om hävande eller resultatet.</translation>
    </message>
    <message>
        <source>The person is not restricted under this request: set the restriction, with its ground, first.</source>
        <translation>Behandlingen av personens uppgifter är inte begränsad under den här begäran: inför först begränsningen, med dess grund.</translation>
    </message>
    <message>
        <source>Announce the lifting first, with the day and the reason: this letter states them.</source>
        <translation>Meddela först hävandet, med dagen och skälet: det här brevet anger dem.</translation>
    </message>
    <message>
        <source>Save a rectification under this request, or record that the data were already correct or that a change was not made, first.</source>
        <translation>Spara först en rättelse under den här begäran, eller registrera att uppgifterna redan var korrekta eller att en ändring inte gjordes.</translation>
    </message>
    <message>
        <source>The letter prints a text not yet written in {language}: {topic}. Write it first.</source>
        <translation>Brevet innehåller en text som ännu inte har skrivits på {language}: {topic}. Skriv den först.</translation>
    </message>
    <message>
        <source>The recipients register has no role in this language ({language}) for the processor {processor}: write it there first.</source>
        <translation>Mottagarregistret har ingen roll på detta språk ({language}) för personuppgiftsbiträdet {processor}: skriv in den där först.</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>servern godtog inte användarnamnet eller lösenordet</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>serverns TLS-certifikat kunde inte verifieras</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>servern har ingen sådan databas eller användare</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found</source>
        <translation>serverns namn kunde inte hittas</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>servern kan inte nås</translation>
    </message>
    <message>
        <source>the user has no right to this database</source>
        <translation>användaren har ingen rätt till den här databasen</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>servern vägrade anslutningen</translation>
    </message>
    <message>
        <source>the address is not of the form postgresql://USER@HOST[:PORT]/DB</source>
        <translation>adressen har inte formen postgresql://ANVÄNDARE@VÄRD[:PORT]/DATABAS</translation>
    </message>
    <message>
        <source>only postgresql:// addresses are supported</source>
        <translation>endast postgresql://-adresser stöds</translation>
    </message>
    <message>
        <source>the address must not hold a password; the program asks for it, or it is kept in the keyring or ~/.pgpass</source>
        <translation>adressen får inte innehålla ett lösenord; programmet frågar efter det, eller så förvaras det i nyckelringen eller i ~/.pgpass</translation>
    </message>
    <message>
        <source>the address has an option that is not supported</source>
        <translation>adressen har ett alternativ som inte stöds</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>sslmode måste vara disable, allow, prefer, require, verify-ca eller verify-full</translation>
    </message>
    <message>
        <source>the address names no server</source>
        <translation>adressen anger ingen server</translation>
    </message>
    <message>
        <source>the address names no valid user</source>
        <translation>adressen anger ingen giltig användare</translation>
    </message>
    <message>
        <source>the address names no valid database</source>
        <translation>adressen anger ingen giltig databas</translation>
    </message>
    <message>
        <source>The address cannot be used: {reason}.</source>
        <translation>Adressen kan inte användas: {reason}.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself: choose two different customers.</source>
        <translation>En kund kan inte slås samman med sig själv: välj två olika kunder.</translation>
    </message>
    <message>
        <source>Customer {number} is restricted (Art. 18): their data are only stored, so the record is not merged. Lift the restriction through its request first.</source>
        <translation>Behandlingen av kund {number} är begränsad (art. 18): uppgifterna lagras endast, så posten slås inte samman. Häv begränsningen först genom dess begäran.</translation>
    </message>
    <message>
        <source>Customer {number} has an erasure request in progress: finish or close that request before merging.</source>
        <translation>Kund {number} har en begäran om radering under behandling: slutför eller stäng den begäran innan posterna slås samman.</translation>
    </message>
</context>
<context>
    <name>EventImportReport</name>
    <message>
        <source>Web events imported</source>
        <translation>Webbhändelser importerade</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported and linked to customers.</source>
        <translation>
            <numerusform>%n händelse importerades och kopplades till kunder.</numerusform>
            <numerusform>%n händelser importerades och kopplades till kunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no customer and were not imported.</source>
        <translation>
            <numerusform>%n rad motsvarade ingen kund och importerades inte.</numerusform>
            <numerusform>%n rader motsvarade ingen kund och importerades inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had problems and were not imported.</source>
        <translation>
            <numerusform>%n rad hade problem och importerades inte.</numerusform>
            <numerusform>%n rader hade problem och importerades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that matched no customer</source>
        <translation>Rader som inte motsvarade någon kund</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rader med problem</translation>
    </message>
</context>
<context>
    <name>EvidenceTerms</name>
    <message>
        <source>(a) accuracy contested: while it is verified</source>
        <translation>a) riktigheten bestrids: medan den kontrolleras</translation>
    </message>
    <message>
        <source>(b) unlawful, but the person wants it kept</source>
        <translation>b) olaglig, men personen vill att uppgifterna sparas</translation>
    </message>
    <message>
        <source>(c) needed by the person for legal claims</source>
        <translation>c) behövs av personen för rättsliga anspråk</translation>
    </message>
    <message>
        <source>(d) objection pending</source>
        <translation>d) invändning under prövning</translation>
    </message>
    <message>
        <source>Data checked and accurate</source>
        <translation>Uppgifterna kontrollerade och korrekta</translation>
    </message>
    <message>
        <source>Data rectified</source>
        <translation>Uppgifterna rättade</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Invändningen avgjord</translation>
    </message>
    <message>
        <source>No longer needed for legal claims</source>
        <translation>Behövs inte längre för rättsliga anspråk</translation>
    </message>
    <message>
        <source>The person asked for the lifting</source>
        <translation>Personen begärde hävandet</translation>
    </message>
    <message>
        <source>The held data are correct</source>
        <translation>De lagrade uppgifterna är korrekta</translation>
    </message>
    <message>
        <source>A record the law keeps unchanged</source>
        <translation>En handling som lagen kräver att hålls oförändrad</translation>
    </message>
    <message>
        <source>An opinion, not data about them</source>
        <translation>En åsikt, inte uppgifter om personen</translation>
    </message>
    <message>
        <source>Complexity of the request</source>
        <translation>Begärans komplexitet</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Antalet begäranden</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Skäl till förlängningen</translation>
    </message>
    <message>
        <source>Reason for lifting the restriction</source>
        <translation>Skäl till att begränsningen hävs</translation>
    </message>
    <message>
        <source>What was checked (already correct)</source>
        <translation>Vad som kontrollerades (redan korrekt)</translation>
    </message>
    <message>
        <source>The change not made, and why</source>
        <translation>Ändringen som inte gjordes, och varför</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Skälen för avslaget</translation>
    </message>
    <message>
        <source>Assessment of the refused request</source>
        <translation>Bedömningen av den avslagna begäran</translation>
    </message>
    <message>
        <source>Compelling grounds: analytics</source>
        <translation>Tvingande berättigade skäl: analys</translation>
    </message>
    <message>
        <source>Compelling grounds: service development</source>
        <translation>Tvingande berättigade skäl: utveckling av tjänsten</translation>
    </message>
    <message>
        <source>Compelling grounds: customer relationship</source>
        <translation>Tvingande berättigade skäl: kundförhållandet</translation>
    </message>
    <message>
        <source>Compelling grounds: other processing</source>
        <translation>Tvingande berättigade skäl: annan behandling</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline – request {id}</source>
        <translation>Förläng tidsfristen – begäran {id}</translation>
    </message>
    <message>
        <source>The deadline may be extended by at most two further months, taking into account the complexity and number of the requests. The extension is valid only if the requester is told, with the reasons, by the statutory deadline.</source>
        <translation>Tidsfristen får förlängas med högst två månader till, med hänsyn till hur komplicerade och hur många begärandena är. Förlängningen gäller endast om den som framställt begäran informeras, med skälen, inom den lagstadgade tidsfristen.</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grunder:</translation>
    </message>
    <message>
        <source>Reasons&apos; &amp;language:</source>
        <translation>Motiveringens &amp;språk:</translation>
    </message>
    <message>
        <source>Told &amp;earlier:</source>
        <translation>Informerad &amp;tidigare:</translation>
    </message>
    <message>
        <source>Requester &amp;told on:</source>
        <translation>Den som framställt begäran &amp;informerades den:</translation>
    </message>
    <message>
        <source>&amp;Complexity of the request</source>
        <translation>Begärans &amp;komplexitet</translation>
    </message>
    <message>
        <source>&amp;Number of requests</source>
        <translation>&amp;Antalet begäranden</translation>
    </message>
    <message>
        <source>The customer&apos;s letter language</source>
        <translation>Kundens brevspråk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>No: the extension letter is the notice</source>
        <translation>Nej: brevet om förlängning är meddelandet</translation>
    </message>
    <message>
        <source>The days the privacy notice promises ran out on {day}: the letter says so, in the past tense.</source>
        <translation>De dagar som dataskyddsbeskrivningen utlovar gick ut {day}: brevet säger det, i förfluten tid.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Statutory deadline (the last day to tell the requester): {statutory}
Due after the extension: {latest}</source>
        <translation>Lagstadgad tidsfrist (sista dagen att informera den som framställt begäran): {statutory}
Förfaller efter förlängningen: {latest}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Repeat-request interval</source>
        <translation>Intervall för upprepade begäranden</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Låsning vid inaktivitet</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Dataskyddsbeskrivningens version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Typ av begäran</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titel på engelska</translation>
    </message>
    <message>
        <source>Title in Swedish</source>
        <translation>Titel på svenska</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Role in English</source>
        <translation>Roll på engelska</translation>
    </message>
    <message>
        <source>Role in Swedish</source>
        <translation>Roll på svenska</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rättighet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Lösenfras för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sparade säkerhetskopior</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Uppgifternas källa</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Källans namn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Kept for (months)</source>
        <translation>Sparas (månader)</translation>
    </message>
    <message>
        <source>Runs by itself</source>
        <translation>Körs av sig själv</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Lagringsregel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adress</translation>
    </message>
    <message>
        <source>Referring site</source>
        <translation>Hänvisande webbplats</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Enhet och webbläsare</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Samtycke till marknadsföring</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Transfer outside the EEA</source>
        <translation>Överföring utanför EES</translation>
    </message>
    <message>
        <source>Transfer particulars</source>
        <translation>Uppgifter om överföringen</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Underrättad den</translation>
    </message>
    <message>
        <source>Person told on</source>
        <translation>Personen informerad den</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Time of receipt</source>
        <translation>Mottagningstid</translation>
    </message>
    <message>
        <source>The requester&apos;s words</source>
        <translation>Ord från den som framställt begäran</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Namn på den som framställt begäran</translation>
    </message>
    <message>
        <source>Requester&apos;s contact details</source>
        <translation>Kontaktuppgifter till den som framställt begäran</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Meddelandedatum</translation>
    </message>
    <message>
        <source>Basis of the refusal</source>
        <translation>Grund för avslaget</translation>
    </message>
    <message>
        <source>Written assessment</source>
        <translation>Skriftlig bedömning</translation>
    </message>
    <message>
        <source>System searched</source>
        <translation>Genomsökt system</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Vad som hittades</translation>
    </message>
    <message>
        <source>Searched on</source>
        <translation>Sökdatum</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation>Leveransdetalj</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Channel of the notice</source>
        <translation>Meddelandets kanal</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lift date</source>
        <translation>Datum för hävande</translation>
    </message>
    <message>
        <source>Reason for lifting</source>
        <translation>Skäl till hävandet</translation>
    </message>
    <message>
        <source>Which text</source>
        <translation>Vilken text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <source>Basis explained in Finnish</source>
        <translation>Grunden förklarad på finska</translation>
    </message>
    <message>
        <source>Basis explained in Swedish</source>
        <translation>Grunden förklarad på svenska</translation>
    </message>
    <message>
        <source>Basis explained in English</source>
        <translation>Grunden förklarad på engelska</translation>
    </message>
    <message>
        <source>Data categories in Finnish</source>
        <translation>Uppgiftskategorier på finska</translation>
    </message>
    <message>
        <source>Data categories in Swedish</source>
        <translation>Uppgiftskategorier på svenska</translation>
    </message>
    <message>
        <source>Data categories in English</source>
        <translation>Uppgiftskategorier på engelska</translation>
    </message>
    <message>
        <source>Retention in Finnish</source>
        <translation>Lagring på finska</translation>
    </message>
    <message>
        <source>Retention in Swedish</source>
        <translation>Lagring på svenska</translation>
    </message>
    <message>
        <source>Retention in English</source>
        <translation>Lagring på engelska</translation>
    </message>
    <message>
        <source>Finnish text</source>
        <translation>Finsk text</translation>
    </message>
    <message>
        <source>Swedish text</source>
        <translation>Svensk text</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Engelsk text</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>l4d-audit-checkpoint-{date}.json</source>
        <translation>l4d-granskningslogg-kontrollpunkt-{date}.json</translation>
    </message>
    <message>
        <source>l4d-audit-{date}.csv</source>
        <translation>l4d-granskningslogg-{date}.csv</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>answer-{reference}-{kind}-{language}.zip</source>
        <translation>svar-{reference}-{kind}-{language}.zip</translation>
    </message>
    <message>
        <source>letter-{reference}-{kind}-{language}.pdf</source>
        <translation>brev-{reference}-{kind}-{language}.pdf</translation>
    </message>
    <message>
        <source>requests-{date}</source>
        <translation>begaranden-{date}</translation>
    </message>
    <message>
        <source>l4d-backup-{date}.sqlite3</source>
        <translation>l4d-sakerhetskopia-{date}.sqlite3</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>{app} – first start</source>
        <translation>{app} – första start</translation>
    </message>
    <message>
        <source>Welcome. This database has no users yet. Create the main administrator (pääkäyttäjä) account: it grants the other accounts and their rights.</source>
        <translation>Välkommen. Databasen har inga användare ännu. Skapa kontot för huvudanvändaren (pääkäyttäjä): det beviljar de andra kontona och deras rättigheter.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>&amp;Titel på finska (för brev):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>e.g. Managing Director</source>
        <translation>t.ex. Verkställande direktör</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Skapa konto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
</context>
<context>
    <name>FollowingDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>HeldDataView</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Kundpost</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>givet {day}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>återkallat {day}</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Samtyckesregister</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message numerus="yes">
        <source>Web events: %n (all in the copy).</source>
        <translation>
            <numerusform>Webbhändelser: %n (alla i kopian).</numerusform>
            <numerusform>Webbhändelser: %n (alla i kopian).</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identity check – request {id}</source>
        <translation>Identitetskontroll – begäran {id}</translation>
    </message>
    <message>
        <source>Record how the requester was matched to the data already held. Ask for more only when there is reasonable doubt, and no more than needed; an ID document is seen, never copied or stored.</source>
        <translation>Registrera hur den som framställt begäran kopplades till de uppgifter som redan finns. Be om mer endast när det finns rimliga tvivel, och inte mer än behövs; en identitetshandling granskas, kopieras eller lagras aldrig.</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;und:</translation>
    </message>
    <message>
        <source>&amp;Matched by:</source>
        <translation>&amp;Kopplad genom:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>An&amp;teckning:</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>&amp;Sök kund:</translation>
    </message>
    <message>
        <source>Name, email, phone or customer number</source>
        <translation>Namn, e-post, telefon eller kundnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>(choose the customer)</source>
        <translation>(välj kunden)</translation>
    </message>
    <message>
        <source>{name} (linked at intake)</source>
        <translation>{name} (kopplad vid mottagandet)</translation>
    </message>
    <message>
        <source>Describe in the note how the requester was matched.</source>
        <translation>Beskriv i anteckningen hur den som framställt begäran kopplades.</translation>
    </message>
    <message>
        <source>Recorded as seen, not stored: do not keep a copy.</source>
        <translation>Registreras som granskad, inte lagrad: spara ingen kopia.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Add invoice</source>
        <translation>Lägg till faktura</translation>
    </message>
    <message>
        <source>The buyer&apos;s name and billing address of today are kept with the invoice, as the Accounting Act requires.</source>
        <translation>Köparens namn och faktureringsadress i dag sparas med fakturan, som bokföringslagen kräver.</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Faktura&amp;nummer:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Belopp (€):</translation>
    </message>
    <message>
        <source>e.g. 125,50</source>
        <translation>t.ex. 125,50</translation>
    </message>
    <message>
        <source>Already &amp;paid</source>
        <translation>&amp;Redan betald</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>obetald</translation>
    </message>
    <message>
        <source>&amp;Add invoice…</source>
        <translation>&amp;Lägg till faktura…</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Markera &amp;betald</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Markera &amp;obetald</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Invoices are kept for the Accounting Act even after the rest of the customer&apos;s data is erased.</source>
        <translation>Fakturor sparas för bokföringslagens skull även efter att kundens övriga uppgifter har raderats.</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Inga fakturor.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s); unpaid in all: {amount}</source>
        <translation>
            <numerusform>%n faktura; obetalt sammanlagt: {amount}</numerusform>
            <numerusform>%n fakturor; obetalt sammanlagt: {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptInvoiceDialog</name>
    <message>
        <source>Invoice kept after an erasure</source>
        <translation>Faktura sparad efter en radering</translation>
    </message>
    <message>
        <source>An invoice kept for the Accounting Act after the customer was erased, which you matched to this requester: the answer tells them about it.</source>
        <translation>En faktura som sparats för bokföringslagens skull efter att kunden raderades och som du kopplade till den som framställt begäran: svaret berättar om den.</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Faktura&amp;nummer:</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Begäran om identifiering</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>Meddelande om förlängning</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Svar på begäran om tillgång</translation>
    </message>
    <message>
        <source>Access response: no data held</source>
        <translation>Svar på begäran om tillgång: inga uppgifter finns</translation>
    </message>
    <message>
        <source>Data portability response</source>
        <translation>Svar på begäran om dataportabilitet</translation>
    </message>
    <message>
        <source>Rectification response</source>
        <translation>Svar på begäran om rättelse</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Svar på begäran om radering</translation>
    </message>
    <message>
        <source>Restriction response</source>
        <translation>Svar på begäran om begränsning</translation>
    </message>
    <message>
        <source>Notice before lifting the restriction</source>
        <translation>Meddelande före hävande av begränsningen</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Svar på invändning</translation>
    </message>
    <message>
        <source>Confirmation of consent withdrawal</source>
        <translation>Bekräftelse av återkallat samtycke</translation>
    </message>
    <message>
        <source>Refusal with reasons</source>
        <translation>Motiverat avslag</translation>
    </message>
    <message>
        <source>The request has arrived, and the date it will be answered by.</source>
        <translation>Begäran har kommit in, och datumet då den besvaras senast.</translation>
    </message>
    <message>
        <source>Asks the requester for more details to confirm who they are.</source>
        <translation>Ber den som framställt begäran om fler uppgifter för att bekräfta vem personen är.</translation>
    </message>
    <message>
        <source>The answer takes longer: the reasons and the new date (Art. 12(3)).</source>
        <translation>Svaret dröjer: skälen och det nya datumet (art. 12.3).</translation>
    </message>
    <message>
        <source>Everything the register holds about the person (Art. 15).</source>
        <translation>Allt som registret innehåller om personen (art. 15).</translation>
    </message>
    <message>
        <source>Nothing is held about the requester, after the searches recorded (Art. 15(1)); kept invoices are named.</source>
        <translation>Inga uppgifter finns om den som framställt begäran, efter de registrerade sökningarna (art. 15.1); sparade fakturor nämns.</translation>
    </message>
    <message>
        <source>The cover letter of the machine-readable copy (Art. 20).</source>
        <translation>Följebrevet till den maskinläsbara kopian (art. 20).</translation>
    </message>
    <message>
        <source>What was corrected (Art. 16).</source>
        <translation>Vad som rättades (art. 16).</translation>
    </message>
    <message>
        <source>What was erased, and what was kept, why and until when (Art. 17).</source>
        <translation>Vad som raderades, och vad som sparades, varför och till när (art. 17).</translation>
    </message>
    <message>
        <source>The processing is restricted (Art. 18).</source>
        <translation>Behandlingen är begränsad (art. 18).</translation>
    </message>
    <message>
        <source>Tells the person before the restriction is lifted (Art. 18(3)).</source>
        <translation>Informerar personen innan begränsningen hävs (art. 18.3).</translation>
    </message>
    <message>
        <source>How the objection was handled (Art. 21).</source>
        <translation>Hur invändningen behandlades (art. 21).</translation>
    </message>
    <message>
        <source>The consent is withdrawn (Art. 7(3)).</source>
        <translation>Samtycket är återkallat (art. 7.3).</translation>
    </message>
    <message>
        <source>The request is refused: the reasons, and where to complain (Art. 12(4)).</source>
        <translation>Begäran avslås: skälen, och var man kan klaga (art. 12.4).</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>utskrivet</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>sparat som PDF</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>kommandoraden</translation>
    </message>
    <message>
        <source>with the data copy</source>
        <translation>med datakopian</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <source>calibration-page</source>
        <translation>kalibreringssida</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the page.</source>
        <translation>Skrivaren {printer} tog inte emot sidan.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Filen kunde inte skrivas: {reason}.</translation>
    </message>
    <message>
        <source>&amp;Print calibration page…</source>
        <translation>&amp;Skriv ut kalibreringssidan…</translation>
    </message>
    <message>
        <source>Sa&amp;ve calibration page as PDF…</source>
        <translation>Spara kalibreringssidan som P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the calibration page</source>
        <translation>Skriv ut kalibreringssidan</translation>
    </message>
    <message>
        <source>Printing the calibration page…</source>
        <translation>Kalibreringssidan skrivs ut…</translation>
    </message>
    <message>
        <source>Save the calibration page as PDF</source>
        <translation>Spara kalibreringssidan som PDF</translation>
    </message>
    <message>
        <source>Saving the calibration page…</source>
        <translation>Kalibreringssidan sparas…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Sparad i {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
        <source>Offsets on the page: {x} mm right, {y} mm down.</source>
        <translation>Förskjutningar på sidan: {x} mm åt höger, {y} mm nedåt.</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Kalibreringssida</translation>
    </message>
    <message>
        <source>Letter settings</source>
        <translation>Brevinställningar</translation>
    </message>
    <message>
        <source>What every letter and the privacy notice print about the company, whom to contact and where to complain; and how the printer places the address for window envelopes. A change applies to letters written after it; letters already archived stay as they left.</source>
        <translation>Vad varje brev och dataskyddsbeskrivningen skriver ut om företaget, vem man kontaktar och var man kan klaga; och hur skrivaren placerar adressen för fönsterkuvert. En ändring gäller brev som skrivs efter den; brev som redan arkiverats förblir som de skickades.</translation>
    </message>
    <message>
        <source>Controller&apos;s name</source>
        <translation>Personuppgiftsansvarigs namn</translation>
    </message>
    <message>
        <source>Controller&apos;s street address</source>
        <translation>Personuppgiftsansvarigs gatuadress</translation>
    </message>
    <message>
        <source>Controller&apos;s postal code</source>
        <translation>Personuppgiftsansvarigs postnummer</translation>
    </message>
    <message>
        <source>Controller&apos;s city</source>
        <translation>Personuppgiftsansvarigs ort</translation>
    </message>
    <message>
        <source>Controller&apos;s country</source>
        <translation>Personuppgiftsansvarigs land</translation>
    </message>
    <message>
        <source>Controller&apos;s business ID</source>
        <translation>Personuppgiftsansvarigs FO-nummer</translation>
    </message>
    <message>
        <source>Controller&apos;s phone</source>
        <translation>Personuppgiftsansvarigs telefon</translation>
    </message>
    <message>
        <source>Controller&apos;s email</source>
        <translation>Personuppgiftsansvarigs e-post</translation>
    </message>
    <message>
        <source>Controller&apos;s website</source>
        <translation>Personuppgiftsansvarigs webbplats</translation>
    </message>
    <message>
        <source>Register&apos;s name in Finnish</source>
        <translation>Registrets namn på finska</translation>
    </message>
    <message>
        <source>Register&apos;s name in Swedish</source>
        <translation>Registrets namn på svenska</translation>
    </message>
    <message>
        <source>Register&apos;s name in English</source>
        <translation>Registrets namn på engelska</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s name</source>
        <translation>Dataskyddskontaktens namn</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in Finnish</source>
        <translation>Dataskyddskontaktens titel på finska</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in Swedish</source>
        <translation>Dataskyddskontaktens titel på svenska</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s title in English</source>
        <translation>Dataskyddskontaktens titel på engelska</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s phone</source>
        <translation>Dataskyddskontaktens telefon</translation>
    </message>
    <message>
        <source>Data protection contact&apos;s email</source>
        <translation>Dataskyddskontaktens e-post</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in Finnish</source>
        <translation>Tillsynsmyndighetens namn på finska</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in Swedish</source>
        <translation>Tillsynsmyndighetens namn på svenska</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s name in English</source>
        <translation>Tillsynsmyndighetens namn på engelska</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s visiting address</source>
        <translation>Tillsynsmyndighetens besöksadress</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s visiting address in Swedish</source>
        <translation>Tillsynsmyndighetens besöksadress på svenska</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address</source>
        <translation>Tillsynsmyndighetens postadress</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address in Swedish</source>
        <translation>Tillsynsmyndighetens postadress på svenska</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s postal address for English letters</source>
        <translation>Tillsynsmyndighetens postadress för engelska brev</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s phone</source>
        <translation>Tillsynsmyndighetens telefon</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s website</source>
        <translation>Tillsynsmyndighetens webbplats</translation>
    </message>
    <message>
        <source>Envelope offset to the right</source>
        <translation>Kuvertförskjutning åt höger</translation>
    </message>
    <message>
        <source>Envelope offset downwards</source>
        <translation>Kuvertförskjutning nedåt</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Data protection contact person</source>
        <translation>Kontaktperson för dataskydd</translation>
    </message>
    <message>
        <source>Letters and the privacy notice name this person as whom to ask. A letter is signed by the handler of its request, with their own name and title.</source>
        <translation>Breven och dataskyddsbeskrivningen anger den här personen som den man kan fråga. Ett brev undertecknas av handläggaren av begäran, med eget namn och egen titel.</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Tillsynsmyndighet</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Kuvertfönster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Gatuadress:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Country (ISO code):</source>
        <translation>Land (ISO-kod):</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>FO-nummer:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Webbplats:</translation>
    </message>
    <message>
        <source>Register&apos;s name, Finnish:</source>
        <translation>Registrets namn, finska:</translation>
    </message>
    <message>
        <source>Register&apos;s name, Swedish:</source>
        <translation>Registrets namn, svenska:</translation>
    </message>
    <message>
        <source>Register&apos;s name, English:</source>
        <translation>Registrets namn, engelska:</translation>
    </message>
    <message>
        <source>Contact person&apos;s n&amp;ame:</source>
        <translation>Kontaktpersonens n&amp;amn:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, Finnish:</source>
        <translation>Kontaktpersonens titel, finska:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, Swedish:</source>
        <translation>Kontaktpersonens titel, svenska:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title, English:</source>
        <translation>Kontaktpersonens titel, engelska:</translation>
    </message>
    <message>
        <source>Name, &amp;Finnish:</source>
        <translation>Namn, &amp;finska:</translation>
    </message>
    <message>
        <source>Name, Swedish:</source>
        <translation>Namn, svenska:</translation>
    </message>
    <message>
        <source>Name, English:</source>
        <translation>Namn, engelska:</translation>
    </message>
    <message>
        <source>Visiting address:</source>
        <translation>Besöksadress:</translation>
    </message>
    <message>
        <source>Visiting address, Swedish:</source>
        <translation>Besöksadress, svenska:</translation>
    </message>
    <message>
        <source>Postal address, Finnish:</source>
        <translation>Postadress, finska:</translation>
    </message>
    <message>
        <source>Postal address, Swedish:</source>
        <translation>Postadress, svenska:</translation>
    </message>
    <message>
        <source>Postal address, English (from abroad):</source>
        <translation>Postadress, engelska (från utlandet):</translation>
    </message>
    <message>
        <source>&amp;Right (+) or left (−):</source>
        <translation>&amp;Höger (+) eller vänster (−):</translation>
    </message>
    <message>
        <source>&amp;Down (+) or up (−):</source>
        <translation>N&amp;ed (+) eller upp (−):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>frivilligt</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Print the calibration page, fold it into a window envelope and measure how far the address field&apos;s frame should move; enter that here and print the page again. The page uses the offsets typed here, saved or not.</source>
        <translation>Skriv ut kalibreringssidan, vik in den i ett fönsterkuvert och mät hur långt adressfältets ram ska flyttas; ange det här och skriv ut sidan igen. Sidan använder förskjutningarna som angetts här, sparade eller inte.</translation>
    </message>
</context>
<context>
    <name>LetterTextDialog</name>
    <message>
        <source>Write a letter text in a language</source>
        <translation>Skriv en brevtext på ett språk</translation>
    </message>
    <message>
        <source>A letter prints the reasons in its own language only. Write the text as the person should read it in that language.</source>
        <translation>Ett brev skriver ut skälen endast på sitt eget språk. Skriv texten så som personen ska läsa den på det språket.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Ord:</translation>
    </message>
</context>
<context>
    <name>LetterTopics</name>
    <message>
        <source>the reasons for the extension</source>
        <translation>skälen till förlängningen</translation>
    </message>
    <message>
        <source>the reason for lifting the restriction</source>
        <translation>skälet till att begränsningen hävs</translation>
    </message>
    <message>
        <source>what was checked when the data were already correct</source>
        <translation>vad som kontrollerades när uppgifterna redan var korrekta</translation>
    </message>
    <message>
        <source>the change not made and why</source>
        <translation>ändringen som inte gjordes och varför</translation>
    </message>
    <message>
        <source>the reasons for the refusal</source>
        <translation>skälen till avslaget</translation>
    </message>
    <message>
        <source>the assessment of the refused request</source>
        <translation>bedömningen av den avslagna begäran</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with analytics</source>
        <translation>de tvingande berättigade skälen att fortsätta med analys</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with service development</source>
        <translation>de tvingande berättigade skälen att fortsätta med tjänsteutveckling</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with the customer relationship</source>
        <translation>de tvingande berättigade skälen att fortsätta med kundförhållandet</translation>
    </message>
    <message>
        <source>the compelling grounds for going on with the other processing</source>
        <translation>de tvingande berättigade skälen att fortsätta med den andra behandlingen</translation>
    </message>
    <message>
        <source>the detail of how the copy is delivered</source>
        <translation>detaljen om hur kopian levereras</translation>
    </message>
    <message>
        <source>what search {n} found</source>
        <translation>vad sökning {n} hittade</translation>
    </message>
    <message>
        <source>the answer to question {n}</source>
        <translation>svaret på fråga {n}</translation>
    </message>
    <message>
        <source>the reason request {request} waited for the requester (pause {n})</source>
        <translation>skälet till att begäran {request} väntade på den som begärde (väntan {n})</translation>
    </message>
    <message>
        <source>the reason {label} was not told (GDPR Art. 19)</source>
        <translation>skälet till att {label} inte underrättades (artikel 19 i dataskyddsförordningen)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>The PDF of this letter was removed with the person&apos;s erasure; only its hash is kept.</source>
        <translation>PDF-filen för brevet togs bort vid personens radering; endast dess hash finns kvar.</translation>
    </message>
    <message>
        <source>Letters sent for this request</source>
        <translation>Brev som skickats för den här begäran</translation>
    </message>
    <message>
        <source>Show the archived copy</source>
        <translation>Visa den arkiverade kopian</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <source>No letter has been printed or saved yet.</source>
        <translation>Inget brev har skrivits ut eller sparats ännu.</translation>
    </message>
    <message>
        <source>Save wit&amp;h data files…</source>
        <translation>Spara med datafi&amp;ler…</translation>
    </message>
    <message>
        <source>Write the letter and the person&apos;s machine-readable files into one ZIP file, from one snapshot: the letter lists each file&apos;s SHA-256 hash. The letter is archived.</source>
        <translation>Skriv brevet och personens maskinläsbara filer i en ZIP-fil, från en och samma ögonblicksbild: brevet anger varje fils SHA-256-hash. Brevet arkiveras.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>Letter t&amp;ype:</source>
        <translation>Brev&amp;typ:</translation>
    </message>
    <message>
        <source>Greyed-out letters cannot be written for this request now: point at one to see why.</source>
        <translation>Gråmarkerade brev kan inte skrivas för den här begäran nu: peka på ett för att se varför.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>{language} (the customer&apos;s)</source>
        <translation>{language} (kundens)</translation>
    </message>
    <message>
        <source>Archived, but not delivered: {what}.</source>
        <translation>Arkiverat, men inte levererat: {what}.</translation>
    </message>
    <message>
        <source>Saved to {path}: {what}.</source>
        <translation>Sparat i {path}: {what}.</translation>
    </message>
    <message>
        <source>Sent to the printer: {what}.</source>
        <translation>Skickat till skrivaren: {what}.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Skriv ut brevet</translation>
    </message>
    <message>
        <source>Save the letter with the data files</source>
        <translation>Spara brevet med datafilerna</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Spara brevet som PDF</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the letter.</source>
        <translation>Skrivaren {printer} tog inte emot brevet.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Filen {path} kunde inte skrivas: {reason}.</translation>
    </message>
    <message>
        <source>The letter is in the archive as {how} all the same. Print or save it again once the problem is fixed; the archive then lists it twice.</source>
        <translation>Brevet finns ändå i arkivet som {how}. Skriv ut eller spara det igen när problemet är åtgärdat; arkivet listar det då två gånger.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}. Nothing was archived; choose another place and save again.</source>
        <translation>Filen {path} kunde inte skrivas: {reason}. Ingenting arkiverades; välj en annan plats och spara igen.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Every answer to the requester is a printed letter. A preview is not kept; a letter printed or saved is archived with its SHA-256 hash.</source>
        <translation>Varje svar till den som framställt begäran är ett utskrivet brev. En förhandsgranskning sparas inte; ett brev som skrivs ut eller sparas arkiveras med sin SHA-256-hash.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>För&amp;handsgranska</translation>
    </message>
    <message>
        <source>Show the letter as it would be printed now; nothing is archived.</source>
        <translation>Visa brevet som det skulle skrivas ut nu; ingenting arkiveras.</translation>
    </message>
    <message>
        <source>Print the letter at 100 % for a window envelope; the letter is archived.</source>
        <translation>Skriv ut brevet i 100 % för ett fönsterkuvert; brevet arkiveras.</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som PD&amp;F…</translation>
    </message>
    <message>
        <source>Write the letter into a PDF file; it is archived.</source>
        <translation>Skriv brevet i en PDF-fil; det arkiveras.</translation>
    </message>
    <message>
        <source>Previewing a letter needs the rights to handle requests and to view customers.</source>
        <translation>Förhandsgranskning av ett brev kräver rätten att handlägga begäranden och att visa kunder.</translation>
    </message>
    <message>
        <source>Printing and saving letters needs the right to export and print as well.</source>
        <translation>Utskrift och sparande av brev kräver även rätten att exportera och skriva ut.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent.</source>
        <translation>
            <numerusform>%n brev skickat.</numerusform>
            <numerusform>%n brev skickade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>Breven läses…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the {kind} in {language}, %n page(s). Not archived: printing or saving archives it.</source>
        <translation>
            <numerusform>Förhandsgranskning av {kind} på {language}, %n sida. Inte arkiverat: utskrift eller sparande arkiverar det.</numerusform>
            <numerusform>Förhandsgranskning av {kind} på {language}, %n sidor. Inte arkiverat: utskrift eller sparande arkiverar det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the {kind} on {printer}…</source>
        <translation>{kind} skrivs ut på {printer}…</translation>
    </message>
    <message>
        <source>Saving the {kind}…</source>
        <translation>{kind} sparas…</translation>
    </message>
    <message>
        <source>Saving the {kind} with the data files…</source>
        <translation>{kind} sparas med datafilerna…</translation>
    </message>
    <message numerus="yes">
        <source>{kind} in {language}, %n page(s), SHA-256 {hash}</source>
        <translation>
            <numerusform>{kind} på {language}, %n sida, SHA-256 {hash}</numerusform>
            <numerusform>{kind} på {language}, %n sidor, SHA-256 {hash}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation>Ingenting arkiverades.</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>Arkiverad kopia</translation>
    </message>
    <message>
        <source>Archived copy of the {kind} in {language}, {how} on {when} by {handler}. SHA-256 {hash}</source>
        <translation>Arkiverad kopia av {kind} på {language}, {how} {when} av {handler}. SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Förhandsgranskning av brev</translation>
    </message>
    <message>
        <source>Writing the {kind}…</source>
        <translation>{kind} skrivs…</translation>
    </message>
    <message>
        <source>Reading the archived copy…</source>
        <translation>Den arkiverade kopian läses…</translation>
    </message>
    <message>
        <source>The archived copy does not match the hash recorded when it left: it has been changed in the database. Tell the main administrator.</source>
        <translation>Den arkiverade kopian stämmer inte med den hash som registrerades när den skickades: den har ändrats i databasen. Meddela huvudanvändaren.</translation>
    </message>
    <message>
        <source>The letter&apos;s PDF could not be opened for showing.</source>
        <translation>Brevets PDF-fil kunde inte öppnas för visning.</translation>
    </message>
    <message>
        <source>Another letter is chosen now: press Preview to see it.</source>
        <translation>Ett annat brev är valt nu: tryck på Förhandsgranska för att se det.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} är låst</translation>
    </message>
    <message>
        <source>The register is locked</source>
        <translation>Registret är låst</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use; the windows are hidden until {name} ({username}) gives their password.</source>
        <translation>
            <numerusform>Låst efter %n minut utan användning; fönstren är dolda tills {name} ({username}) anger sitt lösenord.</numerusform>
            <numerusform>Låst efter %n minuter utan användning; fönstren är dolda tills {name} ({username}) anger sitt lösenord.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås u&amp;pp</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>{app} – log in</source>
        <translation>{app} – logga in</translation>
    </message>
    <message>
        <source>Log in with the username the main administrator gave you.</source>
        <translation>Logga in med det användarnamn som huvudanvändaren gav dig.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>L&amp;ogga in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>A&amp;rkiv</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Byt mitt lösenord…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>&amp;Recipients (processors)…</source>
        <translation>&amp;Mottagare (personuppgiftsbiträden)…</translation>
    </message>
    <message>
        <source>&amp;Processing register…</source>
        <translation>Register över &amp;behandling…</translation>
    </message>
    <message>
        <source>&amp;Consent purposes…</source>
        <translation>Sam&amp;tyckesändamål…</translation>
    </message>
    <message>
        <source>&amp;Letter settings…</source>
        <translation>Brev&amp;inställningar…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Kontorets inställningar…</translation>
    </message>
    <message>
        <source>&amp;Kept invoices…</source>
        <translation>Sparade &amp;fakturor…</translation>
    </message>
    <message>
        <source>R&amp;etention and purge queue…</source>
        <translation>Lagring och r&amp;ensningskö…</translation>
    </message>
    <message>
        <source>Request &amp;statistics…</source>
        <translation>&amp;Statistik över begäranden…</translation>
    </message>
    <message>
        <source>&amp;Yearly accountability report…</source>
        <translation>&amp;Årlig ansvarsrapport…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Åte&amp;rställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>Inställningar för säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>A&amp;nslutning…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Om {app}</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Begäranden</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Inloggad: {name} ({role})</translation>
    </message>
    <message>
        <source>Requests open: {open} · due within {days} d: {soon} · overdue: {overdue}</source>
        <translation>Öppna begäranden: {open} · förfaller inom {days} d: {soon} · försenade: {overdue}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Database (*.sqlite3)</source>
        <translation>Databas (*.sqlite3)</translation>
    </message>
    <message>
        <source>Encrypted backup (*.enc)</source>
        <translation>Krypterad säkerhetskopia (*.enc)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup was made, verified and encrypted:
{path}</source>
        <translation>Säkerhetskopian gjordes, kontrollerades och krypterades:
{path}</translation>
    </message>
    <message>
        <source>The backup was made and verified:
{path}</source>
        <translation>Säkerhetskopian gjordes och verifierades:
{path}</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord byttes.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have fallen due under the retention rules: Register → Retention and purge queue.</source>
        <translation>
            <numerusform>%n post har förfallit enligt lagringsreglerna: Register → Lagring och rensningskö.</numerusform>
            <numerusform>%n poster har förfallit enligt lagringsreglerna: Register → Lagring och rensningskö.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketingListDialog</name>
    <message>
        <source>Marketing list</source>
        <translation>Marknadsföringslista</translation>
    </message>
    <message>
        <source>A list (CSV or Excel workbook) of the people who may be contacted for one purpose today: a current consent for it, no objection to direct marketing and no restriction of processing.</source>
        <translation>En lista (CSV eller Excel-arbetsbok) över de personer som i dag får kontaktas för ett ändamål: ett gällande samtycke för det, ingen invändning mot direktmarknadsföring och ingen begränsning av behandlingen.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Ändamål:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge with a duplicate</source>
        <translation>Slå samman med en dubblett</translation>
    </message>
    <message>
        <source>Give the customer number of another record of {name} (customer {number}). This record is kept unless you choose otherwise in the next step.</source>
        <translation>Ange kundnumret för en annan post för {name} (kund {number}). Den här posten behålls om du inte väljer annat i nästa steg.</translation>
    </message>
    <message>
        <source>Customer &amp;number of the duplicate:</source>
        <translation>Dubblettens &amp;kundnummer:</translation>
    </message>
    <message>
        <source>Show the merge</source>
        <translation>Visa sammanslagningen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>The user must replace this initial password with their own at the first login. Give it to them in person, not by email.</source>
        <translation>Användaren ska ersätta det här första lösenordet med ett eget vid första inloggningen. Ge det till användaren personligen, inte per e-post.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Title (for letters):</source>
        <translation>&amp;Titel på finska (för brev):</translation>
    </message>
    <message>
        <source>Title in &amp;English (for letters):</source>
        <translation>Titel på &amp;engelska (för brev):</translation>
    </message>
    <message>
        <source>Title in S&amp;wedish (for letters):</source>
        <translation>Titel på s&amp;venska (för brev):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>F&amp;örsta lösenord:</translation>
    </message>
    <message>
        <source>Initial password &amp;again:</source>
        <translation>Första lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>&amp;Generate a one-time password</source>
        <translation>&amp;Skapa ett engångslösenord</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Nothing left to do: the request is closed.</source>
        <translation>Inget kvar att göra: begäran är avslutad.</translation>
    </message>
    <message>
        <source>The request is closed as refused: print the refusal letter (its reasons and the person&apos;s remedies) on the Letters page.</source>
        <translation>Begäran är avslutad som avslagen: skriv ut avslagsbrevet (skälen och personens rättsmedel) på sidan Brev.</translation>
    </message>
    <message>
        <source>Waiting for the requester: resume the request when they answer.</source>
        <translation>Väntar på den som framställt begäran: fortsätt begäran när svaret kommer.</translation>
    </message>
    <message>
        <source>Next: start the identity check.</source>
        <translation>Nästa steg: inled identitetskontrollen.</translation>
    </message>
    <message>
        <source>Next: record the identity check (how the requester was matched to the data held).</source>
        <translation>Nästa steg: registrera identitetskontrollen (hur den som framställt begäran kopplades till de lagrade uppgifterna).</translation>
    </message>
    <message>
        <source>Next: print the access letter and write the machine-readable copy, then close the request as completed.</source>
        <translation>Nästa steg: skriv ut brevet om tillgång och skriv den maskinläsbara kopian, avsluta sedan begäran som slutförd.</translation>
    </message>
    <message>
        <source>Next: correct the data, notify the recipients, print the rectification letter, then close the request.</source>
        <translation>Nästa steg: rätta uppgifterna, underrätta mottagarna, skriv ut brevet om rättelse och avsluta sedan begäran.</translation>
    </message>
    <message>
        <source>Next: print the erasure letter, then run the erasure.</source>
        <translation>Nästa steg: skriv ut raderingsbrevet och genomför sedan raderingen.</translation>
    </message>
    <message>
        <source>The erasure has run: close the request as completed.</source>
        <translation>Raderingen har genomförts: avsluta begäran som slutförd.</translation>
    </message>
    <message>
        <source>Next: set the restriction, print the restriction letter, then close.</source>
        <translation>Nästa steg: inför begränsningen, skriv ut brevet om begränsning och avsluta sedan.</translation>
    </message>
    <message>
        <source>Next: record the objection, print the objection letter, then close.</source>
        <translation>Nästa steg: registrera invändningen, skriv ut brevet om invändning och avsluta sedan.</translation>
    </message>
    <message>
        <source>Next: record the withdrawal of consent, print the withdrawal letter, then close.</source>
        <translation>Nästa steg: registrera återkallandet av samtycket, skriv ut brevet om återkallande och avsluta sedan.</translation>
    </message>
    <message>
        <source>Next: answer the request, then close it.</source>
        <translation>Nästa steg: besvara begäran och avsluta den sedan.</translation>
    </message>
    <message>
        <source>Waiting for the requester: {reason}. Resume the request when they answer.</source>
        <translation>Väntar på den som framställt begäran: {reason}. Fortsätt begäran när svaret kommer.</translation>
    </message>
    <message>
        <source>If it cannot be answered in time, record an extension with its reasons before the statutory date.</source>
        <translation>Om den inte kan besvaras i tid, registrera en förlängning med skälen före det lagstadgade datumet.</translation>
    </message>
</context>
<context>
    <name>NotifiedDialog</name>
    <message>
        <source>Recipient notified</source>
        <translation>Mottagaren underrättad</translation>
    </message>
    <message>
        <source>{name} was told of this request&apos;s outcome (GDPR Art. 19).</source>
        <translation>{name} underrättades om utfallet av den här begäran (dataskyddsförordningen art. 19).</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Underrättad den:</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Record objection</source>
        <translation>Registrera invändning</translation>
    </message>
    <message>
        <source>An objection to direct marketing is absolute: every marketing consent ends at once, and the email address and phone number go on the suppression list so that no later import brings the person back into marketing.</source>
        <translation>En invändning mot direktmarknadsföring är ovillkorlig: varje samtycke till marknadsföring upphör genast, och e-postadressen och telefonnumret förs in på spärrlistan så att ingen senare import för tillbaka personen till marknadsföringen.</translation>
    </message>
    <message>
        <source>&amp;Objects to:</source>
        <translation>&amp;Invändning mot:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Mottagen den:</translation>
    </message>
    <message>
        <source>The person&apos;s r&amp;eason:</source>
        <translation>Personens s&amp;käl:</translation>
    </message>
</context>
<context>
    <name>ObjectionRequestPage</name>
    <message>
        <source>The person&apos;s objections (GDPR Art. 21) and their outcomes. Direct marketing, ad targeting included, stops at once; other purposes are decided here.</source>
        <translation>Personens invändningar (dataskyddsförordningen art. 21) och deras utfall. Direktmarknadsföring, inklusive riktad reklam, upphör genast; om andra ändamål beslutas här.</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Fatta beslut…</translation>
    </message>
    <message>
        <source>Record o&amp;bjection…</source>
        <translation>Registrera &amp;invändning…</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>&amp;Skäl på ett annat språk…</translation>
    </message>
    <message>
        <source>The person&apos;s objections</source>
        <translation>Personens invändningar</translation>
    </message>
    <message>
        <source>No objections recorded.</source>
        <translation>Inga invändningar har registrerats.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Direct marketing to this person stopped at once: every marketing consent ended and the email address and phone number are on the suppression list.</source>
        <translation>Direktmarknadsföringen till personen upphörde genast: varje samtycke till marknadsföring upphörde och e-postadressen och telefonnumret finns på spärrlistan.</translation>
    </message>
</context>
<context>
    <name>ObjectionsPage</name>
    <message>
        <source>Record &amp;objection…</source>
        <translation>Registrera &amp;invändning…</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <source>This person has objected to direct marketing: no marketing consent can be recorded, and their email address and phone number are on the suppression list.</source>
        <translation>Personen har invänt mot direktmarknadsföring: inget samtycke till marknadsföring kan registreras, och personens e-postadress och telefonnummer finns på spärrlistan.</translation>
    </message>
    <message>
        <source>No objections recorded.</source>
        <translation>Inga invändningar har registrerats.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Kontorets inställningar</translation>
    </message>
    <message>
        <source>These apply to every user. Requests due within the due-soon days are shown in yellow; a request of the same type from the same person within the repeat interval is flagged as a possible repeat; the program locks itself after the idle minutes; new consents record the privacy-notice version in force.</source>
        <translation>Dessa gäller alla användare. Begäranden som förfaller inom det angivna antalet dagar visas i gult; en begäran av samma typ från samma person inom intervallet för upprepning markeras som en möjlig upprepning; programmet låser sig efter det angivna antalet minuter utan användning; nya samtycken registrerar den version av dataskyddsbeskrivningen som gäller.</translation>
    </message>
    <message>
        <source>&amp;Due soon (days):</source>
        <translation>&amp;Förfaller snart (dagar):</translation>
    </message>
    <message>
        <source>&amp;Repeat-request interval (days):</source>
        <translation>Intervall för &amp;upprepade begäranden (dagar):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes):</source>
        <translation>&amp;Lås efter inaktivitet (minuter):</translation>
    </message>
    <message>
        <source>Privacy &amp;notice version:</source>
        <translation>Data&amp;skyddsbeskrivningens version:</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Engångslösenord</translation>
    </message>
    <message>
        <source>The new one-time password of {username}. It is shown only now and is not kept anywhere: give it to the user in person or read it out over the phone.</source>
        <translation>Det nya engångslösenordet för {username}. Det visas bara nu och sparas ingenstans: ge det till användaren personligen eller läs upp det per telefon.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Kopiera engångslösenordet</translation>
    </message>
    <message>
        <source>Valid until {time} (72 hours).</source>
        <translation>Giltigt till {time} (72 timmar).</translation>
    </message>
    <message>
        <source>The user must choose their own password at the first login with it. A copy left on the clipboard is removed when this window closes.</source>
        <translation>Användaren ska välja ett eget lösenord vid den första inloggningen med det. En kopia som lämnats i urklippet tas bort när fönstret stängs.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
    <message>
        <source>{count} / {min} characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>{count} / {min} tecken. Några orelaterade ord ger ett långt lösenord som är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>{count} characters: long enough. Common phrases are still refused.</source>
        <translation>{count} tecken: tillräckligt långt. Vanliga fraser nekas ändå.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Wait for the requester – request {id}</source>
        <translation>Vänta på den som framställt begäran – begäran {id}</translation>
    </message>
    <message>
        <source>The request waits for the requester, e.g. for the information asked for to identify them. Waiting never moves a date: the statutory deadline stays {statutory} and the request is still due on {due}.</source>
        <translation>Begäran väntar på den som framställt den, t.ex. på de uppgifter som begärts för identifieringen. Väntan flyttar aldrig ett datum: den lagstadgade tidsfristen förblir {statutory} och begäran förfaller fortfarande {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>PauseLanguageDialog</name>
    <message>
        <source>Reason for waiting, in a letter language</source>
        <translation>Skäl till väntan på ett brevspråk</translation>
    </message>
    <message>
        <source>The copy of the person&apos;s data shows why this request waited for them. Write the reason as the person should read it in the letter&apos;s language.</source>
        <translation>Kopian av personens uppgifter visar varför begäran väntade på personen. Skriv skälet så som personen ska läsa det på brevets språk.</translation>
    </message>
    <message>
        <source>&amp;Waited:</source>
        <translation>&amp;Väntan:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>&amp;Brevets språk:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Choose a letter and press Preview to see it here as it will be printed.</source>
        <translation>Välj ett brev och tryck på Förhandsgranska för att se det här som det kommer att skrivas ut.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Förhandsgranskning av brev</translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>ska bekräftas</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30). Access letters and the privacy notice print what is saved here. A legal basis marked “to be confirmed” is a proposal: until you confirm it, no access letter or privacy notice is issued.</source>
        <translation>Registret över behandling (dataskyddsförordningen art. 30). Brev om tillgång och dataskyddsbeskrivningen skriver ut det som sparats här. En rättslig grund markerad ”ska bekräftas” är ett förslag: tills du bekräftar den utfärdas inget brev om tillgång och ingen dataskyddsbeskrivning.</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Ändamål</translation>
    </message>
    <message>
        <source>&amp;Register-wide texts</source>
        <translation>&amp;Registergemensamma texter</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>&amp;Save purpose</source>
        <translation>Spara ändamå&amp;let</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice as PDF…</source>
        <translation>Spara dataskyddsbeskrivningen som &amp;PDF…</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Beskrivningens språk</translation>
    </message>
    <message>
        <source>No access letter or privacy notice is issued until the legal bases of these purposes are confirmed: {purposes}.</source>
        <translation>Inget brev om tillgång och ingen dataskyddsbeskrivning utfärdas förrän de rättsliga grunderna för dessa ändamål har bekräftats: {purposes}.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Stänga utan att spara ändringarna?</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Stäng &amp;utan att spara</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Discard the changes to “{purpose}” that are not saved?</source>
        <translation>Kassera de osparade ändringarna i ”{purpose}”?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassera</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>Spara dataskyddsbeskrivningen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <translation>dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>Making the privacy notice…</source>
        <translation>Dataskyddsbeskrivningen görs…</translation>
    </message>
    <message>
        <source>The privacy notice was saved to {path}.</source>
        <translation>Dataskyddsbeskrivningen sparades i {path}.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Filen kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
</context>
<context>
    <name>ProcessorEditDialog</name>
    <message>
        <source>none (inside the EEA)</source>
        <translation>ingen (inom EES)</translation>
    </message>
    <message>
        <source>Adequacy decision (Art. 45)</source>
        <translation>Beslut om adekvat skyddsnivå (art. 45)</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework (Art. 45)</source>
        <translation>Ramverket för dataskydd mellan EU och USA (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (Art. 46)</source>
        <translation>Standardavtalsklausuler (art. 46)</translation>
    </message>
    <message>
        <source>Binding corporate rules (Art. 47)</source>
        <translation>Bindande företagsbestämmelser (art. 47)</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Undantag (art. 49)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role in Finnish:</source>
        <translation>&amp;Roll på finska:</translation>
    </message>
    <message>
        <source>Role in &amp;English:</source>
        <translation>Roll på &amp;engelska:</translation>
    </message>
    <message>
        <source>Role in S&amp;wedish:</source>
        <translation>Roll på s&amp;venska:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Transfer outside the EEA:</source>
        <translation>&amp;Överföring utanför EES:</translation>
    </message>
    <message>
        <source>Transfer &amp;particulars:</source>
        <translation>Uppgifter om överförin&amp;gen:</translation>
    </message>
    <message>
        <source>Edit recipient</source>
        <translation>Redigera mottagare</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Ny mottagare</translation>
    </message>
    <message>
        <source>e.g. email delivery</source>
        <translation>t.ex. e-postleverans</translation>
    </message>
    <message>
        <source>what English letters say it does</source>
        <translation>vad engelska brev säger att den gör</translation>
    </message>
    <message>
        <source>what Swedish letters say it does</source>
        <translation>vad svenska brev säger att den gör</translation>
    </message>
    <message>
        <source>where a notice is sent</source>
        <translation>dit ett meddelande skickas</translation>
    </message>
    <message>
        <source>the clauses&apos; module, or which Art. 49 derogation</source>
        <translation>klausulernas modul, eller vilket undantag enligt art. 49</translation>
    </message>
</context>
<context>
    <name>ProcessorsDialog</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>no longer a recipient</source>
        <translation>inte längre mottagare</translation>
    </message>
    <message>
        <source>{country} (outside the EEA)</source>
        <translation>{country} (utanför EES)</translation>
    </message>
    <message>
        <source>Recipients register</source>
        <translation>Register över mottagare</translation>
    </message>
    <message>
        <source>Processors that receive the register&apos;s data on the company&apos;s behalf. Each active one is on the Art. 19 checklist of rectification, erasure and restriction requests, and is named in access responses.</source>
        <translation>Personuppgiftsbiträden som tar emot registrets uppgifter för företagets räkning. Varje aktivt biträde finns på kontrollistan enligt art. 19 för begäranden om rättelse, radering och begränsning, och nämns i svar på begäran om tillgång.</translation>
    </message>
    <message>
        <source>Show &amp;former recipients</source>
        <translation>Visa &amp;tidigare mottagare</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Återaktivera</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>Deactivate recipient</source>
        <translation>Inaktivera mottagare</translation>
    </message>
    <message>
        <source>{name} is no longer a recipient? It is left off new checklists; lines already marked stay.</source>
        <translation>Är {name} inte längre mottagare? Den lämnas bort från nya kontrollistor; rader som redan markerats finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>PurgeQueueDialog</name>
    <message>
        <source>Kept invoices</source>
        <translation>Sparade fakturor</translation>
    </message>
    <message>
        <source>Invoices of erased customers are kept under the Accounting Act with the buyer&apos;s name and billing address, as a voucher must. Each may be purged on the day after its keeping time ends; those due are highlighted.</source>
        <translation>Fakturor för raderade kunder sparas enligt bokföringslagen med köparens namn och faktureringsadress, som ett verifikat kräver. Var och en får rensas dagen efter att dess förvaringstid gått ut; de som förfallit är markerade.</translation>
    </message>
    <message>
        <source>&amp;Purge those due…</source>
        <translation>&amp;Rensa de förfallna…</translation>
    </message>
    <message>
        <source>No invoices are kept.</source>
        <translation>Inga fakturor sparas.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept invoice(s) are due for purging.</source>
        <translation>
            <numerusform>%n sparad faktura ska rensas.</numerusform>
            <numerusform>%n sparade fakturor ska rensas.</numerusform>
        </translation>
    </message>
    <message>
        <source>None is due for purging yet.</source>
        <translation>Ingen ska rensas ännu.</translation>
    </message>
    <message>
        <source>Purge kept invoices</source>
        <translation>Rensa sparade fakturor</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n kept invoice(s) whose keeping time under the Accounting Act has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n sparad faktura vars förvaringstid enligt bokföringslagen har gått ut? Detta kan inte ångras.</numerusform>
            <numerusform>Radera %n sparade fakturor vars förvaringstid enligt bokföringslagen har gått ut? Detta kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) purged.</source>
        <translation>
            <numerusform>%n faktura rensades.</numerusform>
            <numerusform>%n fakturor rensades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Samtycke (art. 6.1 a)</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Avtal (art. 6.1 b)</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Rättslig förpliktelse (art. 6.1 c)</translation>
    </message>
    <message>
        <source>Legitimate interest (Art. 6(1)(f))</source>
        <translation>Berättigat intresse (art. 6.1 f)</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>rättslig förpliktelse</translation>
    </message>
    <message>
        <source>legitimate interest</source>
        <translation>berättigat intresse</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Namn på &amp;finska:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Namn på s&amp;venska:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Namn på &amp;engelska:</translation>
    </message>
    <message>
        <source>Legal &amp;bases:</source>
        <translation>Rättsliga &amp;grunder:</translation>
    </message>
    <message>
        <source>Basis explained in Finnish:</source>
        <translation>Grunden förklarad på finska:</translation>
    </message>
    <message>
        <source>Basis explained in Swedish:</source>
        <translation>Grunden förklarad på svenska:</translation>
    </message>
    <message>
        <source>Basis explained in English:</source>
        <translation>Grunden förklarad på engelska:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Bekräftelse:</translation>
    </message>
    <message>
        <source>Data used, in Finnish:</source>
        <translation>Uppgifter som används, på finska:</translation>
    </message>
    <message>
        <source>Data used, in Swedish:</source>
        <translation>Uppgifter som används, på svenska:</translation>
    </message>
    <message>
        <source>Data used, in English:</source>
        <translation>Uppgifter som används, på engelska:</translation>
    </message>
    <message>
        <source>Retention in Finnish:</source>
        <translation>Lagring på finska:</translation>
    </message>
    <message>
        <source>Retention in Swedish:</source>
        <translation>Lagring på svenska:</translation>
    </message>
    <message>
        <source>Retention in English:</source>
        <translation>Lagring på engelska:</translation>
    </message>
    <message>
        <source>The Swedish texts may stay empty for now: only Swedish letters and the Swedish privacy notice need them, and they are not issued until they are written.</source>
        <translation>De svenska texterna kan vänta tills vidare: bara svenska brev och den svenska dataskyddsbeskrivningen behöver dem, och de utfärdas inte förrän texterna är skrivna.</translation>
    </message>
    <message>
        <source>The controller has confir&amp;med these legal bases</source>
        <translation>Den personuppgiftsansvarige har &amp;bekräftat dessa rättsliga grunder</translation>
    </message>
    <message>
        <source>Until confirmed, the bases are a proposal: no access letter or privacy notice is issued while they are.</source>
        <translation>Tills de bekräftas är grunderna ett förslag: inget brev om tillgång och ingen dataskyddsbeskrivning utfärdas så länge.</translation>
    </message>
    <message>
        <source>e.g. which legitimate interest is pursued</source>
        <translation>t.ex. vilket berättigat intresse som eftersträvas</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>The requester&apos;s question</source>
        <translation>Frågan från den som framställt begäran</translation>
    </message>
    <message>
        <source>A question the requester asked in so many words. The access letter is written only when every question has its answer.</source>
        <translation>En fråga som den som framställt begäran uttryckligen ställde. Brevet om tillgång skrivs först när varje fråga har sitt svar.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brevs&amp;pråk:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>notified on {date}</source>
        <translation>underrättad {date}</translation>
    </message>
    <message>
        <source>not notified: disproportionate</source>
        <translation>inte underrättad: oproportionerligt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>GDPR Art. 19: every recipient of the person&apos;s data is told of the rectification, erasure or restriction, unless that proves impossible or involves disproportionate effort; then the reason is recorded.</source>
        <translation>Dataskyddsförordningen art. 19: varje mottagare av personens uppgifter underrättas om rättelsen, raderingen eller begränsningen, om detta inte visar sig vara omöjligt eller medför en oproportionerligt stor ansträngning; då registreras skälet.</translation>
    </message>
    <message>
        <source>M&amp;ark notified…</source>
        <translation>Markera &amp;underrättad…</translation>
    </message>
    <message>
        <source>Not notified: &amp;disproportionate…</source>
        <translation>&amp;Inte underrättad: oproportionerligt…</translation>
    </message>
    <message>
        <source>Recipients to notify</source>
        <translation>Mottagare som ska underrättas</translation>
    </message>
    <message>
        <source>No recipients are in the register. The pääkäyttäjä keeps the register.</source>
        <translation>Det finns inga mottagare i registret. Huvudanvändaren (pääkäyttäjä) sköter registret.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) still to be notified.</source>
        <translation>
            <numerusform>%n mottagare ska ännu underrättas.</numerusform>
            <numerusform>%n mottagare ska ännu underrättas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient is notified or accounted for.</source>
        <translation>Varje mottagare är underrättad eller redovisad.</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <source>Correct the customer&apos;s data as the person asks. The request records which fields changed and when, not the old values.</source>
        <translation>Rätta kundens uppgifter som personen begär. Begäran registrerar vilka fält som ändrades och när, inte de gamla värdena.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <source>No field has been changed from this request yet.</source>
        <translation>Inget fält har ändrats på grund av den här begäran ännu.</translation>
    </message>
    <message>
        <source>&amp;Already correct…</source>
        <translation>Redan korrek&amp;t…</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>&amp;Skäl på ett annat språk…</translation>
    </message>
    <message>
        <source>Change &amp;not made…</source>
        <translation>Ändring &amp;inte gjord…</translation>
    </message>
    <message>
        <source>Ed&amp;it the customer&apos;s data…</source>
        <translation>Redigera kundens &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Recorded: the data were already correct.</source>
        <translation>Registrerat: uppgifterna var redan korrekta.</translation>
    </message>
    <message>
        <source>Recorded: a change not made ({ground}).</source>
        <translation>Registrerat: en ändring som inte gjordes ({ground}).</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Rectify the customer&apos;s data</source>
        <translation>Rätta kundens uppgifter</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <source>The refusal letter prints the reasons and the assessment in its own language only: write them in the other letter language before issuing the letter in it.</source>
        <translation>Avslagsbrevet skriver ut skälen och bedömningen bara på sitt eget språk: skriv dem på det andra brevspråket innan brevet skickas på det språket.</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>&amp;Skäl på ett annat språk…</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Avslag</translation>
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
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Reference of an erased person</source>
        <translation>Referens för en raderad person</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Statutory due date</source>
        <translation>Lagstadgad förfallodag</translation>
    </message>
    <message>
        <source>Promised due date</source>
        <translation>Utlovad förfallodag</translation>
    </message>
    <message>
        <source>Extended due date</source>
        <translation>Förlängd förfallodag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Identitet kontrollerad av</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifierad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Refusal basis</source>
        <translation>Grund för avslag</translation>
    </message>
    <message>
        <source>Repeat of request</source>
        <translation>Upprepning av begäran</translation>
    </message>
</context>
<context>
    <name>RegisterExportWords</name>
    <message numerus="yes">
        <source>%n request(s) were written to {path}.</source>
        <translation>
            <numerusform>%n begäran skrevs till {path}.</numerusform>
            <numerusform>%n begäranden skrevs till {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImports</name>
    <message>
        <source>Import web events</source>
        <translation>Importera webbhändelser</translation>
    </message>
    <message>
        <source>Web site exports ({patterns})</source>
        <translation>Webbplatsexporter ({patterns})</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} importeras…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>Spreadsheet CSV files (*.csv *.txt)</source>
        <translation>CSV-filer för kalkylprogram (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>RegisterTextsPage</name>
    <message>
        <source>In Finnish</source>
        <translation>På finska</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>På svenska</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>På engelska</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorier av personuppgifter</translation>
    </message>
    <message>
        <source>Recipients (the processors are listed from the recipients register)</source>
        <translation>Mottagare (personuppgiftsbiträdena listas från registret över mottagare)</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and their safeguards</source>
        <translation>Överföringar utanför EES och skyddsåtgärderna för dem</translation>
    </message>
    <message>
        <source>Retention and its criteria</source>
        <translation>Lagring och kriterierna för den</translation>
    </message>
    <message>
        <source>Sources of the data</source>
        <translation>Uppgifternas källor</translation>
    </message>
    <message>
        <source>Automated decision-making and profiling</source>
        <translation>Automatiserat beslutsfattande och profilering</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>{topic}, in Finnish</source>
        <translation>{topic}, på finska</translation>
    </message>
    <message>
        <source>{topic}, in Swedish</source>
        <translation>{topic}, på svenska</translation>
    </message>
    <message>
        <source>{topic}, in English</source>
        <translation>{topic}, på engelska</translation>
    </message>
    <message>
        <source>&amp;Save texts</source>
        <translation>Spara &amp;texterna</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) saved.</source>
        <translation>
            <numerusform>%n text sparades.</numerusform>
            <numerusform>%n texter sparades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Inget att spara.</translation>
    </message>
</context>
<context>
    <name>RequestActionPages</name>
    <message>
        <source>Reci&amp;pients (Art. 19)</source>
        <translation>&amp;Mottagare (art. 19)</translation>
    </message>
    <message>
        <source>&amp;Data held</source>
        <translation>Lagrade uppg&amp;ifter</translation>
    </message>
    <message>
        <source>Re&amp;fusal</source>
        <translation>&amp;Avslag</translation>
    </message>
    <message>
        <source>Searched a&amp;nd asked</source>
        <translation>Sökt o&amp;ch frågat</translation>
    </message>
    <message>
        <source>Restrictio&amp;n</source>
        <translation>Be&amp;gränsning</translation>
    </message>
    <message>
        <source>With&amp;drawal</source>
        <translation>&amp;Återkallande</translation>
    </message>
    <message>
        <source>&amp;Erasure</source>
        <translation>Rad&amp;ering</translation>
    </message>
    <message>
        <source>R&amp;ectification</source>
        <translation>Rätt&amp;else</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>Invändnin&amp;gar</translation>
    </message>
    <message>
        <source>The person is not identified yet: link the request to the customer first.</source>
        <translation>Personen är inte identifierad ännu: koppla först begäran till kunden.</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <source>stopped at once</source>
        <translation>upphörde genast</translation>
    </message>
    <message>
        <source>upheld: processing stops</source>
        <translation>godtagen: behandlingen upphör</translation>
    </message>
    <message>
        <source>compelling legitimate grounds: processing goes on</source>
        <translation>tvingande berättigade skäl: behandlingen fortsätter</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>väntar på beslut</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>&amp;Sök kund:</translation>
    </message>
    <message>
        <source>Name, email, phone or customer number</source>
        <translation>Namn, e-post, telefon eller kundnummer</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Mottagen av:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Received (office time):</source>
        <translation>&amp;Mottagen (kontorstid):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>The requester&apos;s &amp;words:</source>
        <translation>&amp;Ord från den som framställt begäran:</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;name as given:</source>
        <translation>&amp;Namn som den som framställt begäran angav:</translation>
    </message>
    <message>
        <source>Requester&apos;s c&amp;ontact as given:</source>
        <translation>&amp;Kontaktuppgift som den som framställt begäran angav:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;und:</translation>
    </message>
    <message>
        <source>Han&amp;dler:</source>
        <translation>Han&amp;dläggare:</translation>
    </message>
    <message>
        <source>What the person asked, in their own words (copied from the email or letter)</source>
        <translation>Vad personen begärde, med egna ord (kopierat från e-postmeddelandet eller brevet)</translation>
    </message>
    <message>
        <source>The address, email or phone number to answer to</source>
        <translation>Adressen, e-postadressen eller telefonnumret som svaret ska gå till</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation>(inte identifierad ännu)</translation>
    </message>
    <message>
        <source>Possible customers from the requester&apos;s details: choose one, or leave the request not yet identified.</source>
        <translation>Möjliga kunder enligt uppgifterna från den som framställt begäran: välj en, eller lämna begäran oidentifierad tills vidare.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Ingen kund motsvarar.</translation>
    </message>
    <message>
        <source>Statutory deadline: {date}</source>
        <translation>Lagstadgad tidsfrist: {date}</translation>
    </message>
    <message>
        <source>Promised in the privacy notice: {date}</source>
        <translation>Utlovad i dataskyddsbeskrivningen: {date}</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Förfaller: {date}</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>Someone else changed this request after you opened it. It has been reloaded: check it and save again. What you typed is kept.</source>
        <translation>Någon annan ändrade begäran efter att du öppnade den. Den har lästs in på nytt: kontrollera den och spara igen. Det du skrev finns kvar.</translation>
    </message>
</context>
<context>
    <name>RequestObjectionDialog</name>
    <message>
        <source>Record the objection</source>
        <translation>Registrera invändningen</translation>
    </message>
    <message>
        <source>Tick every purpose the request objects to; each is recorded and answered in the letter, in effect from the day the request was received. An objection to direct marketing, ad targeting included, stops it at once with no balancing: every marketing consent ends and the email address and phone number go on the suppression list. For any other purpose the objection is recorded and then decided: upheld, or compelling legitimate grounds with reasons.</source>
        <translation>Kryssa för varje ändamål som begäran invänder mot; vart och ett registreras och besvaras i brevet, med verkan från dagen då begäran togs emot. En invändning mot direktmarknadsföring, inklusive riktad reklam, stoppar den genast utan avvägning: varje samtycke till marknadsföring upphör och e-postadressen och telefonnumret förs in på spärrlistan. För alla andra ändamål registreras invändningen och avgörs sedan: godtagen, eller tvingande berättigade skäl med motivering.</translation>
    </message>
    <message>
        <source>&amp;Objects to:</source>
        <translation>&amp;Invändning mot:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;reason:</source>
        <translation>Personens &amp;skäl:</translation>
    </message>
</context>
<context>
    <name>RequestRegisterExport</name>
    <message>
        <source>Export the request register</source>
        <translation>Exportera registret över begäranden</translation>
    </message>
    <message>
        <source>Writing the request register…</source>
        <translation>Registret över begäranden skrivs…</translation>
    </message>
    <message>
        <source>The export was cancelled; the unfinished file was removed.</source>
        <translation>Exporten avbröts; den ofärdiga filen togs bort.</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <source>Request {id}</source>
        <translation>Begäran {id}</translation>
    </message>
    <message>
        <source>{type} – request {id}</source>
        <translation>{type} – begäran {id}</translation>
    </message>
    <message>
        <source>{status}, waiting for the requester</source>
        <translation>{status}, väntar på den som framställt begäran</translation>
    </message>
    <message>
        <source>{name}, customer {number}</source>
        <translation>{name}, kund {number}</translation>
    </message>
    <message>
        <source>&amp;Customer: {name}</source>
        <translation>&amp;Kund: {name}</translation>
    </message>
    <message>
        <source>Open the customer&apos;s window</source>
        <translation>Öppna kundens fönster</translation>
    </message>
    <message>
        <source>Erased person ({ref})</source>
        <translation>Raderad person ({ref})</translation>
    </message>
    <message>
        <source>Customer not yet identified</source>
        <translation>Kunden är inte identifierad ännu</translation>
    </message>
    <message>
        <source>Possible repeat of request #{id}: information for the handler, not a reason to refuse by itself.</source>
        <translation>Möjlig upprepning av begäran nr {id}: information för handläggaren, inte i sig ett skäl att avslå.</translation>
    </message>
    <message>
        <source>Waiting since {when} ({who}): {reason}</source>
        <translation>Väntar sedan {when} ({who}): {reason}</translation>
    </message>
    <message>
        <source>Waited from {start} to {end}: {reason}</source>
        <translation>Väntade från {start} till {end}: {reason}</translation>
    </message>
    <message>
        <source>(ended: {reason})</source>
        <translation>(avslutad: {reason})</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The dates above stay as they were: waiting moves none of them.</source>
        <translation>Datumen ovan förblir som de var: väntan flyttar inget av dem.</translation>
    </message>
    <message>
        <source>Due on {date} after the extension.
Reasons: {reason}</source>
        <translation>Förfaller {date} efter förlängningen.
Motivering: {reason}</translation>
    </message>
    <message>
        <source>Due on {date} after the extension, once the requester is told: the extension letter is the notice; send it by {statutory}.
Reasons: {reason}</source>
        <translation>Förfaller {date} efter förlängningen, när den som framställt begäran har informerats: brevet om förlängning är meddelandet; skicka det senast {statutory}.
Motivering: {reason}</translation>
    </message>
    <message>
        <source>Due on {date} after the extension; the requester was told on {notice}.
Reasons: {reason}</source>
        <translation>Förfaller {date} efter förlängningen; den som framställt begäran informerades {notice}.
Motivering: {reason}</translation>
    </message>
    <message>
        <source>Not extended.</source>
        <translation>Inte förlängd.</translation>
    </message>
    <message>
        <source>Not extended. {why}</source>
        <translation>Inte förlängd. {why}</translation>
    </message>
    <message>
        <source>Not extended. At most to {latest}, if the requester is told with the reasons by {statutory}.</source>
        <translation>Inte förlängd. Högst till {latest}, om den som framställt begäran informeras med skälen senast {statutory}.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Inte registrerad ännu</translation>
    </message>
    <message>
        <source>{method} – {who}, {when}</source>
        <translation>{method} – {who}, {when}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>{outcome} on {when} by {who}</source>
        <translation>{outcome} {when} av {who}</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Mottagen:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Mottagen av:</translation>
    </message>
    <message>
        <source>Requester as given:</source>
        <translation>Den som framställt begäran enligt egen uppgift:</translation>
    </message>
    <message>
        <source>Statutory deadline:</source>
        <translation>Lagstadgad tidsfrist:</translation>
    </message>
    <message>
        <source>Promised (privacy notice):</source>
        <translation>Utlovad (dataskyddsbeskrivningen):</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Förfaller:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Förlängning:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Dagar kvar:</translation>
    </message>
    <message>
        <source>Identity check:</source>
        <translation>Identitetskontroll:</translation>
    </message>
    <message>
        <source>Waiting for the requester:</source>
        <translation>Väntar på den som framställt begäran:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Upprepning:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>Basis of the refusal:</source>
        <translation>Grund för avslaget:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>Written assessment:</source>
        <translation>Skriftlig bedömning:</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>&amp;Tilldela</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Requester&apos;s wo&amp;rds</source>
        <translation>O&amp;rd från den som framställt begäran</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Tidslin&amp;je</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>&amp;Brev</translation>
    </message>
    <message>
        <source>The requester&apos;s own words</source>
        <translation>Egna ord från den som framställt begäran</translation>
    </message>
    <message>
        <source>You can read this request; handling it needs the right to handle requests.</source>
        <translation>Du kan läsa begäran; för att handlägga den behövs rätten att handlägga begäranden.</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Begäran läses…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad med %n dag</numerusform>
            <numerusform>Försenad med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Start identity chec&amp;k</source>
        <translation>I&amp;nled identitetskontroll</translation>
    </message>
    <message>
        <source>Reasonable doubt about who asks: more information is being asked for.</source>
        <translation>Rimliga tvivel om vem som frågar: mer information begärs.</translation>
    </message>
    <message>
        <source>Identi&amp;fy…</source>
        <translation>I&amp;dentifiera…</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>Inled &amp;arbetet</translation>
    </message>
    <message>
        <source>Pa&amp;use…</source>
        <translation>&amp;Pausa…</translation>
    </message>
    <message>
        <source>Wait for the requester; no date moves.</source>
        <translation>Vänta på den som framställt begäran; inget datum flyttas.</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>F&amp;ortsätt…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Förl&amp;äng…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>A&amp;vsluta…</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>No data subject requests from this customer.</source>
        <translation>Inga begäranden från den registrerade har kommit från den här kunden.</translation>
    </message>
    <message>
        <source>Open t&amp;his request…</source>
        <translation>Öppna den &amp;här begäran…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Erased person ({ref})</source>
        <translation>Raderad person ({ref})</translation>
    </message>
    <message>
        <source>(not yet identified)</source>
        <translation>(inte identifierad ännu)</translation>
    </message>
    <message>
        <source>{status}, waiting for the requester</source>
        <translation>{status}, väntar på den som framställt begäran</translation>
    </message>
    <message>
        <source>{date} (extended)</source>
        <translation>{date} (förlängd)</translation>
    </message>
    <message>
        <source>{type} · repeat of #{id}</source>
        <translation>{type} · upprepning av nr {id}</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>N&amp;y begäran…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Öpp&amp;na…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Han&amp;dler:</source>
        <translation>Han&amp;dläggare:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Name, customer number or reference</source>
        <translation>Namn, kundnummer eller referens</translation>
    </message>
    <message>
        <source>No request matches the search and the filters. Clear the search, or choose All under Status.</source>
        <translation>Ingen begäran motsvarar sökningen och filtren. Töm sökningen, eller välj Alla under Status.</translation>
    </message>
    <message>
        <source>No open requests. Register one that came in with New request… (Ctrl+N); choose All under Status to see the closed ones.</source>
        <translation>Inga öppna begäranden. Registrera en som har kommit in med Ny begäran… (Ctrl+N); välj Alla under Status för att se de avslutade.</translation>
    </message>
    <message>
        <source>No open requests. Choose All under Status to see the closed ones.</source>
        <translation>Inga öppna begäranden. Välj Alla under Status för att se de avslutade.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tilldelade mig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Förfaller inom %n dag</numerusform>
            <numerusform>Förfaller inom %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown.</source>
        <translation>
            <numerusform>%n begäran visas.</numerusform>
            <numerusform>%n begäranden visas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>The database is replaced by the backup you choose. Everyone erased or purged since the backup was made is erased again before the database is used, so a restore never brings them back. The current database is kept aside until the restore has succeeded; afterwards the program closes and must be started again.</source>
        <translation>Databasen ersätts med den säkerhetskopia du väljer. Alla som raderats eller rensats efter att säkerhetskopian gjordes raderas på nytt innan databasen används, så en återställning för aldrig tillbaka dem. Den nuvarande databasen sparas åt sidan tills återställningen har lyckats; därefter stängs programmet och måste startas på nytt.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Ingen säkerhetskopia vald</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Säkerhetskopians fil</translation>
    </message>
    <message>
        <source>C&amp;hoose backup…</source>
        <translation>&amp;Välj säkerhetskopia…</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase (press Enter to check it)</source>
        <translation>Säkerhetskopians lösenfras (tryck Enter för att kontrollera den)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Lösenfras för säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Välj säkerhetskopian</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.enc)</source>
        <translation>Säkerhetskopior (*.sqlite3 *.enc)</translation>
    </message>
    <message>
        <source>The backup of {when} is sound.</source>
        <translation>Säkerhetskopian från {when} är felfri.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n radering</numerusform>
            <numerusform>%n raderingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n retention rule(s) will be applied again.</source>
        <translation>
            <numerusform>och %n lagringsregel tillämpas på nytt.</numerusform>
            <numerusform>och %n lagringsregler tillämpas på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purge(s) of data that relied on a withdrawn consent will be carried out again.</source>
        <translation>
            <numerusform>%n rensning av uppgifter som byggde på ett återkallat samtycke görs om.</numerusform>
            <numerusform>%n rensningar av uppgifter som byggde på ett återkallat samtycke görs om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Välj säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>Restoring the backup and erasing again what was erased since…</source>
        <translation>Säkerhetskopian återställs och det som raderats sedan dess raderas på nytt…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian återställdes.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) were carried out again</source>
        <translation>
            <numerusform>%n radering genomfördes på nytt</numerusform>
            <numerusform>%n raderingar genomfördes på nytt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n row(s) purged again.</source>
        <translation>
            <numerusform>och %n rad rensades på nytt.</numerusform>
            <numerusform>och %n rader rensades på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program closes now; start it again.</source>
        <translation>Programmet stängs nu; starta det igen.</translation>
    </message>
</context>
<context>
    <name>RestrictionPage</name>
    <message>
        <source>A restriction (GDPR Art. 18) keeps the data stored, but every export and marketing list leaves the person out until it is lifted. The person is told the day and the reason before it is lifted.</source>
        <translation>En begränsning (dataskyddsförordningen art. 18) behåller uppgifterna lagrade, men varje export och marknadsföringslista lämnar personen utanför tills den hävs. Personen informeras om dagen och skälet innan den hävs.</translation>
    </message>
    <message>
        <source>&amp;Set the restriction…</source>
        <translation>&amp;Inför begränsningen…</translation>
    </message>
    <message>
        <source>&amp;Announce the lifting…</source>
        <translation>M&amp;eddela hävandet…</translation>
    </message>
    <message>
        <source>L&amp;ift the restriction</source>
        <translation>&amp;Häv begränsningen</translation>
    </message>
    <message>
        <source>Reason in another lan&amp;guage…</source>
        <translation>&amp;Skäl på ett annat språk…</translation>
    </message>
    <message>
        <source>Restricted since {since} on the ground {ground}.</source>
        <translation>Begränsad sedan {since} på grund {ground}.</translation>
    </message>
    <message>
        <source>To be lifted on {day}: {reason}.</source>
        <translation>Hävs {day}: {reason}.</translation>
    </message>
    <message>
        <source>Processing is restricted since {since}, but not under this request: set it here to record its ground.</source>
        <translation>Behandlingen är begränsad sedan {since}, men inte under den här begäran: inför den här för att registrera dess grund.</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Behandlingen är inte begränsad.</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>End the wait – request {id}</source>
        <translation>Avsluta väntan – begäran {id}</translation>
    </message>
    <message>
        <source>&amp;Why it ends (optional):</source>
        <translation>&amp;Varför den avslutas (frivilligt):</translation>
    </message>
    <message>
        <source>Waiting for the requester since {when}: {reason}</source>
        <translation>Väntar på den som framställt begäran sedan {when}: {reason}</translation>
    </message>
    <message>
        <source>The request is not waiting for the requester.</source>
        <translation>Begäran väntar inte på den som framställt den.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and purge queue</source>
        <translation>Lagring och rensningskö</translation>
    </message>
    <message>
        <source>Personal data are kept only as long as the privacy notice says. Each rule below states how long a kind of data is kept and what happens then; what has fallen due is highlighted. Confirm a rule&apos;s period, and let it run by itself if you wish; a run can be cancelled, and what it has removed by then stays removed.</source>
        <translation>Personuppgifter sparas endast så länge som dataskyddsbeskrivningen anger. Varje regel nedan anger hur länge ett slag av uppgifter sparas och vad som sker sedan; det som har förfallit är markerat. Bekräfta en regels period och låt den köras av sig själv om du vill; en körning kan avbrytas, och det som den tagit bort dittills förblir borttaget.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
    <message>
        <source>&amp;Kept for (months):</source>
        <translation>Sparas (&amp;månader):</translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation>B&amp;ekräftad</translation>
    </message>
    <message>
        <source>Runs &amp;by itself</source>
        <translation>Körs &amp;av sig själv</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Spara re&amp;geln</translation>
    </message>
    <message>
        <source>&amp;Run this rule…</source>
        <translation>&amp;Kör den här regeln…</translation>
    </message>
    <message>
        <source>Run &amp;all rules…</source>
        <translation>Kör a&amp;lla regler…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have fallen due.</source>
        <translation>
            <numerusform>%n post har förfallit.</numerusform>
            <numerusform>%n poster har förfallit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Ingenting har förfallit.</translation>
    </message>
    <message>
        <source>Run retention</source>
        <translation>Kör lagringsreglerna</translation>
    </message>
    <message numerus="yes">
        <source>Delete or minimise %n item(s) whose keeping time has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Radera eller minimera %n post vars förvaringstid har gått ut? Detta kan inte ångras.</numerusform>
            <numerusform>Radera eller minimera %n poster vars förvaringstid har gått ut? Detta kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Removing what has fallen due…</source>
        <translation>Det som har förfallit tas bort…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted or minimised.</source>
        <translation>
            <numerusform>%n post raderades eller minimerades.</numerusform>
            <numerusform>%n poster raderades eller minimerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled; what was removed stays removed.</source>
        <translation>Körningen avbröts; det som togs bort förblir borttaget.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>Technical data from the web site</source>
        <translation>Tekniska uppgifter från webbplatsen</translation>
    </message>
    <message>
        <source>Withdrawn consents</source>
        <translation>Återkallade samtycken</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Inaktiva kunder</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Avslutade begäranden</translation>
    </message>
    <message>
        <source>Kept invoices</source>
        <translation>Sparade fakturor</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Misslyckade inloggningar</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderas</translation>
    </message>
    <message>
        <source>kept as type, dates and outcome only</source>
        <translation>sparas endast som typ, datum och utfall</translation>
    </message>
    <message>
        <source>erased, except invoices kept by law</source>
        <translation>raderas, utom fakturor som sparas enligt lag</translation>
    </message>
    <message>
        <source>by the Accounting Act</source>
        <translation>enligt bokföringslagen</translation>
    </message>
    <message>
        <source>confirmed, runs by itself</source>
        <translation>bekräftad, körs av sig själv</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>ska bekräftas</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <source>Rights of {name} ({username})</source>
        <translation>Rättigheter för {name} ({username})</translation>
    </message>
    <message>
        <source>The role {role} gives the rights marked in the second column. Choose “granted” or “revoked” to make an exception for this user only; the last column shows what the user can do.</source>
        <translation>Rollen {role} ger de rättigheter som är markerade i den andra kolumnen. Välj ”beviljad” eller ”återkallad” för att göra ett undantag endast för den här användaren; den sista kolumnen visar vad användaren kan göra.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>From the role</source>
        <translation>Från rollen</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Den här användaren</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>As the role</source>
        <translation>Som rollen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>{capability}: this user</source>
        <translation>{capability}: den här användaren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was changed; the grid shows the rights that hold now.</source>
        <translation>Ingenting ändrades; rutnätet visar de rättigheter som gäller nu.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>System searched</source>
        <translation>Genomsökt system</translation>
    </message>
    <message>
        <source>Where else the person&apos;s data may be: say where you looked, when, and what you found. The letter prints it as written.</source>
        <translation>Var annanstans personens uppgifter kan finnas: ange var du sökte, när och vad du hittade. Brevet skriver ut det som det är skrivet.</translation>
    </message>
    <message>
        <source>&amp;Searched:</source>
        <translation>&amp;Genomsökt:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Vad som hittades:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brev&amp;språk:</translation>
    </message>
    <message>
        <source>Data about the person were &amp;found</source>
        <translation>Uppgifter om personen &amp;hittades</translation>
    </message>
</context>
<context>
    <name>SearchLanguageDialog</name>
    <message>
        <source>What was found, in a letter language</source>
        <translation>Resultatet på ett brevspråk</translation>
    </message>
    <message>
        <source>{system}, searched on {day}: {result}
Write what was found as the person should read it in the letter&apos;s language.</source>
        <translation>{system}, sökt {day}: {result}
Skriv resultatet så som personen ska läsa det på brevets språk.</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Brevets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Vad som hittades:</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Serverlösenord</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of the user {user}.</source>
        <translation>Servern {server} frågar efter lösenordet för användaren {user}.</translation>
    </message>
    <message>
        <source>The server refused the password. Check it and try again.</source>
        <translation>Servern godtog inte lösenordet. Kontrollera det och försök igen.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Skriv lösenordet.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember in this computer&apos;s keyring</source>
        <translation>&amp;Kom ihåg i den här datorns nyckelring</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SetRestrictionDialog</name>
    <message>
        <source>Restrict the processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <source>The data stay stored, but every export and marketing list leaves the person out. Choose the ground of GDPR Art. 18(1) the person&apos;s request rests on.</source>
        <translation>Uppgifterna förblir lagrade, men varje export och marknadsföringslista lämnar personen utanför. Välj den grund i dataskyddsförordningen art. 18.1 som personens begäran vilar på.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFiles</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Finnish Excel, semicolons (*.csv)</source>
        <translation>CSV för finskspråkig Excel, semikolon (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Request statistics</source>
        <translation>Statistik över begäranden</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Requests per month by type</source>
        <translation>Begäranden per månad och typ</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Dagar till svar</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received;</source>
        <translation>
            <numerusform>%n begäran mottagen;</numerusform>
            <numerusform>%n begäranden mottagna;</numerusform>
        </translation>
    </message>
    <message>
        <source>median {median} days to answer, {share} within 30 days.</source>
        <translation>median {median} dagar till svar, {share} inom 30 dagar.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Requests answered</source>
        <translation>Besvarade begäranden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
</context>
<context>
    <name>SubjectDataPage</name>
    <message>
        <source>Everything the register holds about the person (GDPR Art. 15). A restriction never limits it.</source>
        <translation>Allt som registret innehåller om personen (dataskyddsförordningen art. 15). En begränsning inskränker det aldrig.</translation>
    </message>
    <message>
        <source>The person receives the data they provided, observed web events included, in a machine-readable form (GDPR Art. 20). A restriction never limits it.</source>
        <translation>Personen får de uppgifter personen har lämnat, inklusive observerade webbhändelser, i maskinläsbar form (dataskyddsförordningen art. 20). En begränsning inskränker det aldrig.</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Vad som finns lagrat</translation>
    </message>
    <message>
        <source>Customer record fields:</source>
        <translation>Fält i kundposten:</translation>
    </message>
    <message>
        <source>Consent ledger entries:</source>
        <translation>Poster i samtyckesliggaren:</translation>
    </message>
    <message>
        <source>Objections:</source>
        <translation>Invändningar:</translation>
    </message>
    <message>
        <source>Web events:</source>
        <translation>Webbhändelser:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Fakturor:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Begäranden:</translation>
    </message>
    <message>
        <source>Consultations (views and exports):</source>
        <translation>Konsultationer (visningar och exporter):</translation>
    </message>
    <message>
        <source>The response letter is printed from the letters part of the program once it is available; until then send the copy with a letter written by other means.</source>
        <translation>Svarsbrevet skrivs ut från programmets brevdel när den finns tillgänglig; skicka till dess kopian med ett brev som skrivits på annat sätt.</translation>
    </message>
    <message>
        <source>As a &amp;ZIP file</source>
        <translation>Som &amp;ZIP-fil</translation>
    </message>
    <message>
        <source>Write the m&amp;achine-readable copy…</source>
        <translation>&amp;Skriv den maskinläsbara kopian…</translation>
    </message>
    <message>
        <source>Only a user who handles requests can see what is held.</source>
        <translation>Endast en användare som handlägger begäranden kan se vad som finns lagrat.</translation>
    </message>
    <message>
        <source>Reading the person&apos;s data…</source>
        <translation>Personens uppgifter läses…</translation>
    </message>
    <message>
        <source>Read on {when}.</source>
        <translation>Läst {when}.</translation>
    </message>
    <message>
        <source>The notes may contain data about other people: review them before they are given out; the copy leaves them out until then.</source>
        <translation>Anteckningarna kan innehålla uppgifter om andra personer: granska dem innan de lämnas ut; kopian utelämnar dem tills dess.</translation>
    </message>
    <message>
        <source>Written: {path} ({count} files).</source>
        <translation>Skrivet: {path} ({count} filer).</translation>
    </message>
    <message>
        <source>Folder for the machine-readable copy</source>
        <translation>Mapp för den maskinläsbara kopian</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Kopian skrivs…</translation>
    </message>
    <message>
        <source>Machine-readable copy</source>
        <translation>Maskinläsbar kopia</translation>
    </message>
</context>
<context>
    <name>TechnicalDataPage</name>
    <message>
        <source>Technical data from the web site</source>
        <translation>Tekniska uppgifter från webbplatsen</translation>
    </message>
    <message>
        <source>Imported from the web site&apos;s exports (Customers tab → Import web events…). Newest first.</source>
        <translation>Importerade från webbplatsens exporter (fliken Kunder → Importera webbhändelser…). Nyaste först.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Tekniska uppgifter</translation>
    </message>
    <message>
        <source>No web events are linked to this customer.</source>
        <translation>Inga webbhändelser är kopplade till den här kunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) in all; more are loaded as you scroll.</source>
        <translation>
            <numerusform>%n webbhändelse sammanlagt; fler läses in när du rullar.</numerusform>
            <numerusform>%n webbhändelser sammanlagt; fler läses in när du rullar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Opened for reading</source>
        <translation>Öppnad för läsning</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Handläggare tilldelad</translation>
    </message>
    <message>
        <source>Identity check recorded</source>
        <translation>Identitetskontroll registrerad</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <source>Waiting for the requester</source>
        <translation>Väntar på den som framställt begäran</translation>
    </message>
    <message>
        <source>Waiting ended</source>
        <translation>Väntan avslutad</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Customer data corrected</source>
        <translation>Kunduppgifter rättade</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
    <message>
        <source>Lifting of the restriction announced</source>
        <translation>Hävandet av begränsningen meddelat</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Begränsningen hävd</translation>
    </message>
    <message>
        <source>Rectification finding recorded</source>
        <translation>Resultatet av rättelsen registrerat</translation>
    </message>
    <message>
        <source>Letter text written</source>
        <translation>Brevtext skriven</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Recipients checklist opened</source>
        <translation>Kontrollistan över mottagare öppnad</translation>
    </message>
    <message>
        <source>Recipient notified</source>
        <translation>Mottagaren underrättad</translation>
    </message>
    <message>
        <source>Recipient not notified (disproportionate)</source>
        <translation>Mottagaren underrättades inte (oproportionerligt)</translation>
    </message>
    <message>
        <source>Erasure run</source>
        <translation>Radering genomförd</translation>
    </message>
    <message>
        <source>Data that relied only on the withdrawn consent erased</source>
        <translation>Uppgifter som byggde enbart på det återkallade samtycket raderade</translation>
    </message>
    <message>
        <source>Search recorded</source>
        <translation>Sökning registrerad</translation>
    </message>
    <message>
        <source>Search removed</source>
        <translation>Sökning borttagen</translation>
    </message>
    <message>
        <source>Requester&apos;s question recorded</source>
        <translation>Fråga från den som framställt begäran registrerad</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Fråga besvarad</translation>
    </message>
    <message>
        <source>Delivery of the copy recorded</source>
        <translation>Leveransen av kopian registrerad</translation>
    </message>
    <message>
        <source>Kept invoice matched</source>
        <translation>Sparad faktura kopplad</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev skickat</translation>
    </message>
    <message>
        <source>{action} – refused: no right</source>
        <translation>{action} – nekat: ingen rättighet</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Förfaller {date}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Tidslinje för begäran</translation>
    </message>
</context>
<context>
    <name>UnsavedTyping</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>What you typed is not saved yet. Save it before closing?</source>
        <translation>Det du skrev har inte sparats ännu. Spara det innan du stänger?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>The backup folder cannot be used</source>
        <translation>Mappen för säkerhetskopior kan inte användas</translation>
    </message>
    <message>
        <source>No automatic backup yet</source>
        <translation>Ingen automatisk säkerhetskopia ännu</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Senaste säkerhetskopia: {when}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>deactivated</source>
        <translation>inaktiverad</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>måste byta lösenord</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Ny användare…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Re&amp;digera…</translation>
    </message>
    <message>
        <source>R&amp;ights…</source>
        <translation>Rät&amp;tigheter…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Återställ &amp;lösenord…</translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>&amp;Återaktivera…</translation>
    </message>
    <message>
        <source>Users are never deleted, so that the audit trail keeps pointing at them; a deactivated user cannot log in.</source>
        <translation>Användare raderas aldrig, så att granskningsspåret fortsätter att peka på dem; en inaktiverad användare kan inte logga in.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>Give {name} a new one-time password? Their current password stops working at once, and they must choose a new one at the next login.</source>
        <translation>Ge {name} ett nytt engångslösenord? Det nuvarande lösenordet slutar fungera genast, och ett nytt måste väljas vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Återaktivera användare</translation>
    </message>
    <message>
        <source>Reactivate {name}? They can log in again.</source>
        <translation>Återaktivera {name}? Användaren kan logga in igen.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Inaktivera användare</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in. You can reactivate them later.</source>
        <translation>Inaktivera {name}? Användaren kan inte längre logga in. Du kan återaktivera användaren senare.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Tillgång (art. 15)</translation>
    </message>
    <message>
        <source>Portability (Art. 20)</source>
        <translation>Dataportabilitet (art. 20)</translation>
    </message>
    <message>
        <source>Rectification (Art. 16)</source>
        <translation>Rättelse (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Radering (art. 17)</translation>
    </message>
    <message>
        <source>Restriction (Art. 18)</source>
        <translation>Begränsning av behandling (art. 18)</translation>
    </message>
    <message>
        <source>Objection (Art. 21)</source>
        <translation>Invändning (art. 21)</translation>
    </message>
    <message>
        <source>Consent withdrawal (Art. 7(3))</source>
        <translation>Återkallande av samtycke (art. 7.3)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>View customers</source>
        <translation>Visa kunder</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Redigera kunder</translation>
    </message>
    <message>
        <source>View requests</source>
        <translation>Visa begäranden</translation>
    </message>
    <message>
        <source>Handle requests</source>
        <translation>Handlägga begäranden</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Radera kunduppgifter</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Exportera och skriva ut</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Administrera användare</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Läsa granskningsloggen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Given by the customer</source>
        <translation>Lämnade av kunden</translation>
    </message>
    <message>
        <source>From a registry, with consent</source>
        <translation>Från ett register, med samtycke</translation>
    </message>
    <message>
        <source>From a third party, with consent</source>
        <translation>Från en tredje part, med samtycke</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importerat från en fil</translation>
    </message>
    <message>
        <source>Ended by an objection</source>
        <translation>Upphört genom en invändning</translation>
    </message>
    <message>
        <source>Direct marketing (incl. ad targeting)</source>
        <translation>Direktmarknadsföring (inkl. riktad reklam)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Service development</source>
        <translation>Utveckling av tjänsten</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>Kundrelation</translation>
    </message>
    <message>
        <source>Sent from the email address on file</source>
        <translation>Skickat från e-postadressen i registret</translation>
    </message>
    <message>
        <source>Phone number on file (call or call-back)</source>
        <translation>Telefonnummer i registret (samtal eller återuppringning)</translation>
    </message>
    <message>
        <source>Customer number with other data held</source>
        <translation>Kundnummer tillsammans med andra lagrade uppgifter</translation>
    </message>
    <message>
        <source>Details of a recent invoice</source>
        <translation>Uppgifter om en färsk faktura</translation>
    </message>
    <message>
        <source>Known to the staff member in person</source>
        <translation>Personligen känd av en anställd</translation>
    </message>
    <message>
        <source>ID document seen, not stored</source>
        <translation>Identitetshandling granskad, inte lagrad</translation>
    </message>
    <message>
        <source>Other (described in the note)</source>
        <translation>Annat (beskrivet i anteckningen)</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Uppenbart ogrundad</translation>
    </message>
    <message>
        <source>Excessive (e.g. repeated)</source>
        <translation>Orimlig (t.ex. upprepad)</translation>
    </message>
    <message>
        <source>Identity could not be established</source>
        <translation>Identiteten kunde inte fastställas</translation>
    </message>
    <message>
        <source>A legal obligation keeps the data</source>
        <translation>En rättslig förpliktelse kräver att uppgifterna sparas</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation>Rättsliga anspråk</translation>
    </message>
</context>
<context>
    <name>WithdrawalPage</name>
    <message>
        <source>Choose the purposes whose consent the person withdraws: one ledger entry is written for each (GDPR Art. 7(3)). Data that relied on those consents alone may then be erased.</source>
        <translation>Välj de ändamål vars samtycke personen återkallar: en post skrivs i liggaren för vart och ett (dataskyddsförordningen art. 7.3). Uppgifter som byggde enbart på de samtyckena kan därefter raderas.</translation>
    </message>
    <message>
        <source>Consents in force</source>
        <translation>Gällande samtycken</translation>
    </message>
    <message>
        <source>The person has no consent in force.</source>
        <translation>Personen har inget gällande samtycke.</translation>
    </message>
    <message>
        <source>Withdraw the chosen co&amp;nsents…</source>
        <translation>Återkalla de valda &amp;samtyckena…</translation>
    </message>
    <message>
        <source>&amp;Erase the web events…</source>
        <translation>Radera &amp;webbhändelserna…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>{purpose} – given {since}</source>
        <translation>{purpose} – givet {since}</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) relied only on consents that are no longer given: they may be erased.</source>
        <translation>
            <numerusform>%n webbhändelse byggde enbart på samtycken som inte längre är givna: den kan raderas.</numerusform>
            <numerusform>%n webbhändelser byggde enbart på samtycken som inte längre är givna: de kan raderas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Återkallande</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Välj minst ett ändamål.</translation>
    </message>
    <message>
        <source>Withdraw consents</source>
        <translation>Återkalla samtycken</translation>
    </message>
    <message>
        <source>Record the withdrawal of these consents now: {names}?</source>
        <translation>Registrera nu återkallandet av dessa samtycken: {names}?</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Erase web events</source>
        <translation>Radera webbhändelser</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) of this person relied only on the consents now withdrawn. Erase them? This cannot be undone.</source>
        <translation>
            <numerusform>%n webbhändelse för personen byggde enbart på de samtycken som nu återkallats. Radera den? Detta kan inte ångras.</numerusform>
            <numerusform>%n webbhändelser för personen byggde enbart på de samtycken som nu återkallats. Radera dem? Detta kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behåll dem</translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) erased.</source>
        <translation>
            <numerusform>%n webbhändelse raderades.</numerusform>
            <numerusform>%n webbhändelser raderades.</numerusform>
        </translation>
    </message>
</context>
</TS>
