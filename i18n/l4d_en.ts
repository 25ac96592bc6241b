<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>Bundled components and their licences (%n)</source>
        <translation>
            <numerusform>Bundled component and its licence (%n)</numerusform>
            <numerusform>Bundled components and their licences (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChecks</name>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCounts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s)</source>
        <translation>
            <numerusform>%n web event</numerusform>
            <numerusform>%n web events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept</source>
        <translation>
            <numerusform>%n item kept</numerusform>
            <numerusform>%n items kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept</source>
        <translation>
            <numerusform>%n backup kept</numerusform>
            <numerusform>%n backups kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message numerus="yes">
        <source>Showing %n of {total} entries.</source>
        <translation>
            <numerusform>Showing %n of {total} entries.</numerusform>
            <numerusform>Showing %n of {total} entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainWords</name>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>The chain is intact: %n entry checked.</numerusform>
            <numerusform>The chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExportWords</name>
    <message numerus="yes">
        <source>Export the %n selected customer(s) to a file for spreadsheets?</source>
        <translation>
            <numerusform>Export the %n selected customer to a file for spreadsheets?</numerusform>
            <numerusform>Export the %n selected customers to a file for spreadsheets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n customer(s) matching the search to a file for spreadsheets?</source>
        <translation>
            <numerusform>Export the %n customer matching the search to a file for spreadsheets?</numerusform>
            <numerusform>Export the %n customers matching the search to a file for spreadsheets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n customer(s) of the register to a file for spreadsheets?</source>
        <translation>
            <numerusform>Export the %n customer of the register to a file for spreadsheets?</numerusform>
            <numerusform>Export all %n customers of the register to a file for spreadsheets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were written to {path}.</source>
        <translation>
            <numerusform>%n customer was written to {path}.</numerusform>
            <numerusform>%n customers were written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose processing is restricted were left out.</source>
        <translation>
            <numerusform>%n person whose processing is restricted was left out.</numerusform>
            <numerusform>%n people whose processing is restricted were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message numerus="yes">
        <source>%n new customer(s) imported.</source>
        <translation>
            <numerusform>%n new customer imported.</numerusform>
            <numerusform>%n new customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) updated.</source>
        <translation>
            <numerusform>%n existing customer updated.</numerusform>
            <numerusform>%n existing customers updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) named a customer already in the register; {skipped} of them left as they were.</source>
        <translation>
            <numerusform>%n row named a customer already in the register; {skipped} left as it was.</numerusform>
            <numerusform>%n rows named a customer already in the register; {skipped} of them left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported because of problems.</source>
        <translation>
            <numerusform>%n row not imported because of problems.</numerusform>
            <numerusform>%n rows not imported because of problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported without marketing consent (suppression list).</source>
        <translation>
            <numerusform>%n imported without marketing consent (suppression list).</numerusform>
            <numerusform>%n imported without marketing consent (suppression list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be imported.</source>
        <translation>
            <numerusform>%n new customer will be imported.</numerusform>
            <numerusform>%n new customers will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a customer already in the register.</source>
        <translation>
            <numerusform>%n row names a customer already in the register.</numerusform>
            <numerusform>%n rows name a customer already in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported.</source>
        <translation>
            <numerusform>%n row has problems and will not be imported.</numerusform>
            <numerusform>%n rows have problems and will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marketing consent is recorded for %n of them.</source>
        <translation>
            <numerusform>Marketing consent is recorded for %n of them.</numerusform>
            <numerusform>Marketing consent is recorded for %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have an email or phone on the suppression list (the person has objected to direct marketing): imported without marketing consent. Rows: {rows}</source>
        <translation>
            <numerusform>%n row has an email or phone on the suppression list (the person has objected to direct marketing): imported without marketing consent. Row: {rows}</numerusform>
            <numerusform>%n rows have an email or phone on the suppression list (the person has objected to direct marketing): imported without marketing consent. Rows: {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <source>More than %Ln customer(s) match the search.</source>
        <translation>
            <numerusform>More than %Ln customer matches the search.</numerusform>
            <numerusform>More than %Ln customers match the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the search.</source>
        <translation>
            <numerusform>%n customer matches the search.</numerusform>
            <numerusform>%n customers match the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the register.</source>
        <translation>
            <numerusform>%n customer in the register.</numerusform>
            <numerusform>%n customers in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message numerus="yes">
        <source>Deleted: %n row(s).</source>
        <translation>
            <numerusform>Deleted: %n row.</numerusform>
            <numerusform>Deleted: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n row(s).</source>
        <translation>
            <numerusform>Anonymised: %n row.</numerusform>
            <numerusform>Anonymised: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n item(s).</source>
        <translation>
            <numerusform>Kept: %n item.</numerusform>
            <numerusform>Kept: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are kept under the Accounting Act until their purge date.</source>
        <translation>
            <numerusform>%n invoice is kept under the Accounting Act until its purge date.</numerusform>
            <numerusform>%n invoices are kept under the Accounting Act until their purge date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventImportReport</name>
    <message numerus="yes">
        <source>%n event(s) imported and linked to customers.</source>
        <translation>
            <numerusform>%n event imported and linked to a customer.</numerusform>
            <numerusform>%n events imported and linked to customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no customer and were not imported.</source>
        <translation>
            <numerusform>%n row matched no customer and was not imported.</numerusform>
            <numerusform>%n rows matched no customer and were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had problems and were not imported.</source>
        <translation>
            <numerusform>%n row had problems and was not imported.</numerusform>
            <numerusform>%n rows had problems and were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldDataView</name>
    <message numerus="yes">
        <source>Web events: %n (all in the copy).</source>
        <translation>
            <numerusform>Web events: %n (all in the copy).</numerusform>
            <numerusform>Web events: %n (all in the copy).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <source>%n invoice(s); unpaid in all: {amount}</source>
        <translation>
            <numerusform>%n invoice; unpaid in all: {amount}</numerusform>
            <numerusform>%n invoices; unpaid in all: {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s) sent.</source>
        <translation>
            <numerusform>%n letter sent.</numerusform>
            <numerusform>%n letters sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the {kind} in {language}, %n page(s). Not archived: printing or saving archives it.</source>
        <translation>
            <numerusform>Preview of the {kind} in {language}, %n page. Not archived: printing or saving archives it.</numerusform>
            <numerusform>Preview of the {kind} in {language}, %n pages. Not archived: printing or saving archives it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} in {language}, %n page(s), SHA-256 {hash}</source>
        <translation>
            <numerusform>{kind} in {language}, %n page, SHA-256 {hash}</numerusform>
            <numerusform>{kind} in {language}, %n pages, SHA-256 {hash}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use; the windows are hidden until {name} ({username}) gives their password.</source>
        <translation>
            <numerusform>Locked after %n minute without use; the windows are hidden until {name} ({username}) gives their password.</numerusform>
            <numerusform>Locked after %n minutes without use; the windows are hidden until {name} ({username}) gives their password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) have fallen due under the retention rules: Register → Retention and purge queue.</source>
        <translation>
            <numerusform>%n item has fallen due under the retention rules: Register → Retention and purge queue.</numerusform>
            <numerusform>%n items have fallen due under the retention rules: Register → Retention and purge queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeQueueDialog</name>
    <message numerus="yes">
        <source>%n kept invoice(s) are due for purging.</source>
        <translation>
            <numerusform>%n kept invoice is due for purging.</numerusform>
            <numerusform>%n kept invoices are due for purging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n kept invoice(s) whose keeping time under the Accounting Act has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n kept invoice whose keeping time under the Accounting Act has ended? This cannot be undone.</numerusform>
            <numerusform>Delete %n kept invoices whose keeping time under the Accounting Act has ended? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) purged.</source>
        <translation>
            <numerusform>%n invoice purged.</numerusform>
            <numerusform>%n invoices purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message numerus="yes">
        <source>%n recipient(s) still to be notified.</source>
        <translation>
            <numerusform>%n recipient still to be notified.</numerusform>
            <numerusform>%n recipients still to be notified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExportWords</name>
    <message numerus="yes">
        <source>%n request(s) were written to {path}.</source>
        <translation>
            <numerusform>%n request was written to {path}.</numerusform>
            <numerusform>%n requests were written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTextsPage</name>
    <message numerus="yes">
        <source>%n text(s) saved.</source>
        <translation>
            <numerusform>%n text saved.</numerusform>
            <numerusform>%n texts saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown.</source>
        <translation>
            <numerusform>%n request shown.</numerusform>
            <numerusform>%n requests shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n erasure</numerusform>
            <numerusform>%n erasures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n retention rule(s) will be applied again.</source>
        <translation>
            <numerusform>and %n retention rule will be applied again.</numerusform>
            <numerusform>and %n retention rules will be applied again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purge(s) of data that relied on a withdrawn consent will be carried out again.</source>
        <translation>
            <numerusform>%n purge of data that relied on a withdrawn consent will be carried out again.</numerusform>
            <numerusform>%n purges of data that relied on a withdrawn consent will be carried out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) were carried out again</source>
        <translation>
            <numerusform>%n erasure was carried out again</numerusform>
            <numerusform>%n erasures were carried out again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n row(s) purged again.</source>
        <translation>
            <numerusform>and %n row purged again.</numerusform>
            <numerusform>and %n rows purged again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n item(s) have fallen due.</source>
        <translation>
            <numerusform>%n item has fallen due.</numerusform>
            <numerusform>%n items have fallen due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete or minimise %n item(s) whose keeping time has ended? This cannot be undone.</source>
        <translation>
            <numerusform>Delete or minimise %n item whose keeping time has ended? This cannot be undone.</numerusform>
            <numerusform>Delete or minimise %n items whose keeping time has ended? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted or minimised.</source>
        <translation>
            <numerusform>%n item deleted or minimised.</numerusform>
            <numerusform>%n items deleted or minimised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%n request(s) received;</source>
        <translation>
            <numerusform>%n request received;</numerusform>
            <numerusform>%n requests received;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicalDataPage</name>
    <message numerus="yes">
        <source>%n web event(s) in all; more are loaded as you scroll.</source>
        <translation>
            <numerusform>%n web event in all; more are loaded as you scroll.</numerusform>
            <numerusform>%n web events in all; more are loaded as you scroll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawalPage</name>
    <message numerus="yes">
        <source>%n web event(s) relied only on consents that are no longer given: they may be erased.</source>
        <translation>
            <numerusform>%n web event relied only on consents that are no longer given: it may be erased.</numerusform>
            <numerusform>%n web events relied only on consents that are no longer given: they may be erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) of this person relied only on the consents now withdrawn. Erase them? This cannot be undone.</source>
        <translation>
            <numerusform>%n web event of this person relied only on the consents now withdrawn. Erase it? This cannot be undone.</numerusform>
            <numerusform>%n web events of this person relied only on the consents now withdrawn. Erase them? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n web event(s) erased.</source>
        <translation>
            <numerusform>%n web event erased.</numerusform>
            <numerusform>%n web events erased.</numerusform>
        </translation>
    </message>
</context>
</TS>
