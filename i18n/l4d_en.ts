<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomersTab</name>
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
</TS>
