<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<!-- Qt's own dialogs: Finnish for the strings Qt's qtbase_fi catalogue lacks (loaded after it). -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Tulostettavat &amp;sivut:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Kaksipuolinen tulostus</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Sidonta pitkältä reunalta</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Sidonta lyhyeltä reunalta</translation>
    </message>
</context>
</TS>
