"""The access response for a customer with 10 000 web events, as a ratio to a plain reportlab
table of the same rows.

The person is built in memory (no database): 10 000 technical events over two years with
realistic pages, links, banners, referrers (some long enough to wrap) and four browsers, three
consents, an objection, invoices, two requests, consultations and two processors, one outside
the EEA; the processing register as seeded, the bundle's hashes from core.portability's files.

Timed, the letter: `access_letter.compose(ctx)` and `pdf.render_letter_pages(letter)` — the
whole answer (letterhead, address window, every section, the web-event table with its header on
every page, page numbers), fonts embedded, printable-character check included.

The baseline, in the same run: reportlab's own `LongTable` of the same web-event rows (the
letter's rows as plain strings, its column widths, header repeated with repeatRows=1) in a
`SimpleDocTemplate` of the same page size and margins, in the same embedded font and size — the
table on its own, without the rest of the letter. The kinds alternate after a warm-up of each,
and the medians are compared.

    make bench                                        # with the other benchmarks
    python bench/access_letter.py --events 10000 --runs 5 --target 1.5
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time

from access_person import build_context


def letter_run(ctx) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """(compose seconds, render seconds, pages)."""
    from l4d_desktop.core.letters.compose import access as access_letter
    from l4d_desktop.core.letters.render.pdf import render_letter_pages

    t0 = time.perf_counter()
    letter = access_letter.compose(ctx)
    t1 = time.perf_counter()
    rendered = render_letter_pages(letter)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, rendered.pages


def baseline_run(rows: tuple[tuple[str, ...], ...], header: tuple[str, ...]) -> tuple[float, int]:
    """reportlab's own table of the same rows: (seconds, pages)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from l4d_desktop.core.letters.compose.access_copy import WEB_EVENT_WIDTHS
    from l4d_desktop.core.letters.render import fonts
    from l4d_desktop.core.letters.render.page import BOTTOM, LATER_BODY_TOP, LEFT, RIGHT, TEXT_W

    fonts.register()
    t0 = time.perf_counter()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        invariant=1,
        initialFontName=fonts.REGULAR,
    )
    total = sum(WEB_EVENT_WIDTHS)
    table = LongTable(
        [list(header), *(list(r) for r in rows)],
        colWidths=[TEXT_W * w / total for w in WEB_EVENT_WIDTHS],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEADING", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([table])
    elapsed = time.perf_counter() - t0
    return elapsed, doc.page


def profile(ctx, top: int) -> None:  # type: ignore[no-untyped-def]
    """Where the letter's time goes (cumulative), for finding what to make faster."""
    profiler = cProfile.Profile()
    profiler.enable()
    letter_run(ctx)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="web events of the person")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each kind")
    parser.add_argument("--target", type=float, default=1.5, help="largest acceptable ratio")
    parser.add_argument("--language", choices=("fi", "en"), default="fi")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print top N calls")
    args = parser.parse_args(argv)

    from l4d_desktop.core.letters.compose.access_copy import web_event_header, web_event_rows

    ctx = build_context(args.events, args.language)
    assert ctx.subject is not None
    # The baseline's rows are the letter's, made once outside the timing: reportlab is given
    # ready strings, as the brief for a plain table has it.
    rows = web_event_rows(ctx.subject.web_events, args.language)
    header = web_event_header(args.language)
    if args.profile:
        profile(ctx, args.profile)
        return 0

    composes: list[float] = []
    renders: list[float] = []
    letters: list[float] = []
    bases: list[float] = []
    letter_run(ctx)  # warm-up of each kind (fonts, imports), not counted
    baseline_run(rows, header)
    pages = base_pages = 0
    for n in range(args.runs):
        for kind in ("letter", "baseline") if n % 2 == 0 else ("baseline", "letter"):
            if kind == "letter":
                c, r, pages = letter_run(ctx)
                composes.append(c)
                renders.append(r)
                letters.append(c + r)
            else:
                b, base_pages = baseline_run(rows, header)
                bases.append(b)

    median = statistics.median
    ratio = median(letters) / median(bases)
    print(
        f"access letter for a customer with {args.events} web events ({args.language}), "
        f"{args.runs} runs each, medians:"
    )
    print(
        f"  {'plain reportlab LongTable of the same rows':<44}{median(bases) * 1000:8.0f} ms"
        f"  ({base_pages} pages)"
    )
    print(
        f"  {'compose + render of the whole letter':<44}{median(letters) * 1000:8.0f} ms"
        f"  ({pages} pages)  ratio {ratio:.2f}x"
    )
    print(f"  {'  compose':<44}{median(composes) * 1000:8.0f} ms")
    print(f"  {'  render':<44}{median(renders) * 1000:8.0f} ms")
    print(f"  letter: {', '.join(f'{t * 1000:.0f}' for t in letters)} ms")
    print(f"  baseline: {', '.join(f'{t * 1000:.0f}' for t in bases)} ms")
    verdict = ratio <= args.target
    print(f"target <= {args.target:.2f}x: {'PASS' if verdict else 'FAIL'}")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
