"""Letters: the printed answers to data subject requests, and the privacy notice.

- `document`: what a letter says, as plain frozen data (blocks of text, tables, facts); data
  are plain strings here and are never interpreted as markup.
- `pdf`: turns a document into an A4 PDF (letterhead, window-envelope address, page numbers,
  embedded fonts, deterministic output).
- `text_fit`: measuring and wrapping plain text (table cells, the address field);
  `calibration`: the page that checks a printer against a window envelope.
- `context`: what every letter is written from (controller, authority, request, recipient).
- one module per kind of letter, in both languages, and `service` that renders and archives.
"""
