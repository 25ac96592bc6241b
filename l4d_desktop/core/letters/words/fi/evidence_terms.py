"""Letter catalogue, fi: transfers outside the EEA per recipient, in the Finnish GDPR text's
terms."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The signer's role, when the letter has no title of theirs in its language
    "letter.signer_role": "tietosuojapyyntöjen käsittelijä",
    # -- Transfers outside the EEA (Art. 13(1)(f), 15(2)): one line per recipient
    "transfer.intro": (
        "Henkilötietoja siirretään Euroopan talousalueen (ETA) ulkopuolelle seuraaville "
        "vastaanottajille. Kunkin kohdalla kerrotaan siirron peruste ja se, miten saat "
        "jäljennöksen suojatoimista:"
    ),
    "transfer.line": "{name} ({country}): {mechanism}.",
    "transfer.detail": "Tarkemmin: {detail}.",
    "transfer_mechanism.adequacy": (
        "Euroopan komission päätös tietosuojan riittävyydestä (tietosuoja-asetuksen 45 artikla)"
    ),
    "transfer_mechanism.dpf": (
        "EU:n ja Yhdysvaltojen välinen tietosuojakehys: Euroopan komission 10.7.2023 tekemä "
        "päätös tietosuojan riittävyydestä (45 artikla), ja vastaanottaja on sitoutunut kehykseen"
    ),
    "transfer_mechanism.scc": (
        "Euroopan komission hyväksymät vakiotietosuojalausekkeet (46 artiklan 2 kohdan "
        "c alakohta, komission täytäntöönpanopäätös (EU) 2021/914)"
    ),
    "transfer_mechanism.bcr": "yritystä koskevat sitovat säännöt (47 artikla)",
    "transfer_mechanism.derogation": "erityistilanteita koskeva poikkeus (49 artikla)",
    "transfer_copy.adequacy": (
        "Päätös on julkaistu Euroopan unionin virallisessa lehdessä (eur-lex.europa.eu)."
    ),
    "transfer_copy.dpf": (
        "Päätös on julkaistu Euroopan unionin virallisessa lehdessä (eur-lex.europa.eu), ja "
        "kehykseen sitoutuneet yritykset on lueteltu osoitteessa dataprivacyframework.gov."
    ),
    "transfer_copy.scc": (
        "Saat jäljennöksen lausekkeista pyytämällä sitä tietosuoja-asioiden yhteyshenkilöltämme "
        "({contact})."
    ),
    "transfer_copy.bcr": (
        "Saat jäljennöksen säännöistä pyytämällä sitä tietosuoja-asioiden yhteyshenkilöltämme "
        "({contact})."
    ),
    "transfer_copy.derogation": (
        "Siirto perustuu poikkeukseen, joten siihen ei liity suojatoimia, joista voisi antaa "
        "jäljennöksen; lisätietoja saat tietosuoja-asioiden yhteyshenkilöltämme ({contact})."
    ),
}
