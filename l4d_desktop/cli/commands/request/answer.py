"""`request search|question|answer|delivery|kept-invoice|answer-records ID`: what an access answer
says beyond the register (systems searched, the requester's questions and our answers, how the
electronic copy is delivered, invoices kept after an erasure). Each prints the request's records
as JSON. Free text may come as JSON on stdin (`--json -`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import day
from l4d_desktop.cli.output import json_tree
from l4d_desktop.cli.parser import json_input, positive_int
from l4d_desktop.core.vocabulary import Language

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import Parser, SubParsers
    from l4d_desktop.core.disclosure.answer_records import AnswerRecords


def _lang(parser: Parser) -> None:
    parser.add_argument(
        "--lang",
        choices=[code.value for code in Language],
        help="the letter language the text is written in (default: the customer's)",
    )


def add_actions(actions: SubParsers) -> None:
    """The access answer's records among the `request` actions."""
    from l4d_desktop.core.disclosure.answer_records import DeliveryChannel, SearchSystem

    search = actions.add_parser(
        "search", help="record a system searched for the person of access request ID"
    )
    search.add_argument("id", type=positive_int, metavar="ID")
    search.add_argument("--system", choices=[s.value for s in SearchSystem])
    search.add_argument("--found", choices=("yes", "no"), help="whether data were found")
    search.add_argument("--result", default="", help="what was found (needed with --found yes)")
    search.add_argument("--on", metavar="YYYY-MM-DD", help="the day searched (default today)")
    search.add_argument("--remove", type=positive_int, metavar="SEARCH_ID", help="undo one")
    search.add_argument(
        "--search-id", type=positive_int, metavar="N", help="give search N's result in --lang"
    )
    _lang(search)
    json_input(search)
    search.set_defaults(run=request_search)
    question = actions.add_parser(
        "question", help="record a question the requester asked, with its answer if known"
    )
    question.add_argument("id", type=positive_int, metavar="ID")
    question.add_argument("--question", required=True)
    question.add_argument("--answer", default="")
    _lang(question)
    json_input(question)
    question.set_defaults(run=request_question)
    answer = actions.add_parser("answer", help="answer a recorded question of request ID")
    answer.add_argument("id", type=positive_int, metavar="ID")
    answer.add_argument("--question-id", required=True, type=positive_int, metavar="N")
    answer.add_argument("--answer", required=True)
    _lang(answer)
    json_input(answer)
    answer.set_defaults(run=request_answer)
    delivery = actions.add_parser(
        "delivery", help="how the electronic copy of access/portability request ID is delivered"
    )
    delivery.add_argument("id", type=positive_int, metavar="ID")
    delivery.add_argument("--channel", required=True, choices=[c.value for c in DeliveryChannel])
    delivery.add_argument("--detail", default="")
    _lang(delivery)
    json_input(delivery)
    delivery.set_defaults(run=request_delivery)
    kept = actions.add_parser(
        "kept-invoice", help="match an invoice kept after an erasure to the requester of ID"
    )
    kept.add_argument("id", type=positive_int, metavar="ID")
    kept.add_argument(
        "--number", metavar="N", help="without it: the kept invoices in the requester's name"
    )
    kept.set_defaults(run=request_kept_invoice)
    records = actions.add_parser("answer-records", help="the access answer's records, as JSON")
    records.add_argument("id", type=positive_int, metavar="ID")
    records.set_defaults(run=request_answer_records)


def _print(records: AnswerRecords) -> int:
    print(json.dumps(json_tree(records), ensure_ascii=False, indent=2))
    return 0


def request_search(ctx: Context) -> int:
    a = ctx.args
    service = ctx.services.access_answers
    if a.remove is not None:
        return _print(service.remove_search(ctx.actor, a.id, a.remove))
    if a.search_id is not None:
        return _print(service.put_search_result(ctx.actor, a.id, a.search_id, a.result, a.lang))
    if a.system is None or a.found is None:
        a.json_parser.error("--system and --found are required (or --remove SEARCH_ID)")
    on = day(a.on, "searched_on") if a.on else None
    found = a.found == "yes"
    return _print(service.add_search(ctx.actor, a.id, a.system, found, a.result, on, a.lang))


def request_question(ctx: Context) -> int:
    a = ctx.args
    service = ctx.services.access_answers
    return _print(service.add_question(ctx.actor, a.id, a.question, a.answer, a.lang))


def request_answer(ctx: Context) -> int:
    a = ctx.args
    service = ctx.services.access_answers
    return _print(service.answer_question(ctx.actor, a.id, a.question_id, a.answer, a.lang))


def request_delivery(ctx: Context) -> int:
    a = ctx.args
    service = ctx.services.access_answers
    return _print(service.set_delivery(ctx.actor, a.id, a.channel, a.detail, a.lang))


def request_kept_invoice(ctx: Context) -> int:
    a = ctx.args
    service = ctx.services.access_answers
    if a.number is None:
        print(json.dumps(list(service.kept_invoice_candidates(ctx.actor, a.id))))
        return 0
    return _print(service.add_kept_invoice(ctx.actor, a.id, a.number))


def request_answer_records(ctx: Context) -> int:
    return _print(ctx.services.access_answers.records(ctx.actor, ctx.args.id))
