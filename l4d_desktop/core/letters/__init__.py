"""Letters: the printed answers to data subject requests, and the privacy notice.

- `document`: what a letter says, as plain frozen data (blocks of text, tables, facts); data
  are plain strings here and are never interpreted as markup.
- `context`: what every letter is written from (controller, authority, request, recipient);
  `assembly` reads it from the database, `availability` says which kinds a request can have.
- `compose/`: one module per letter (or family of letters), arranging catalogue entries and
  data into blocks; `words/`: one catalogue per language, chosen by the letter's language.
- `render/`: a document onto A4 (letterhead, window-envelope address, page numbers, embedded
  fonts, deterministic output) and the envelope calibration page.
- `service` renders (`rendering`), archives (`archive`) and bundles (`bundle`) the letters
  that leave; `letter_settings` keeps the letter settings and makes the calibration page.
"""
