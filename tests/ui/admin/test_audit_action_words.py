"""A phrase for every action code the core writes: the codes found by scanning the core's source,
and the scan shown following parameters and reporting what it cannot follow."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import l4d_desktop.core
from l4d_desktop.ui.admin.audit_actions import AuditWords, action_phrases


@dataclass
class ActionScan:
    codes: set[str] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)  # "file:line: expression"


def scan_action_codes(root: Path) -> ActionScan:
    """Every code that can reach `AuditEntry(action=…)` in the modules under `root`, followed
    back through function parameters (to each call's argument, `**kwargs` included), local
    variables, `x if c else y`, and module constants (imported ones included). What cannot be
    followed (an f-string, an attribute, a call) is listed as unresolved, never dropped."""
    Func = ast.FunctionDef | ast.AsyncFunctionDef
    trees: dict[str, ast.Module] = {}
    for path in sorted(root.rglob("*.py")):
        dotted = ".".join(path.relative_to(root.parent.parent).with_suffix("").parts)
        trees[dotted] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = {
        child: node
        for tree in trees.values()
        for node in ast.walk(tree)
        for child in ast.iter_child_nodes(node)
    }
    module_of = {node: name for name, tree in trees.items() for node in ast.walk(tree)}
    constants = {
        name: {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for name, tree in trees.items()
    }
    imports = {
        name: {
            alias.asname or alias.name: (node.module or "", alias.name)
            for node in tree.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        for name, tree in trees.items()
    }
    calls = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.Call)]
    scan = ActionScan()
    followed: set[tuple[int, str]] = set()

    def callee(call: ast.Call) -> str:
        f = call.func
        return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""

    def functions_around(node: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        found = []
        while node in parents:
            node = parents[node]
            if isinstance(node, Func):
                found.append(node)
        return found

    def unresolved(node: ast.expr | ast.Call) -> None:
        scan.unresolved.append(f"{module_of[node]}:{node.lineno}: {ast.unparse(node)}")

    def resolve(expr: ast.expr) -> None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            scan.codes.add(expr.value)
        elif isinstance(expr, ast.IfExp):
            resolve(expr.body)
            resolve(expr.orelse)
        elif isinstance(expr, ast.Name):
            resolve_name(expr)
        else:
            unresolved(expr)

    def resolve_name(name: ast.Name) -> None:
        for func in functions_around(name):
            a = func.args
            if name.id in [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]:
                return follow_parameter(func, name.id)
            values = [
                n.value
                for n in ast.walk(func)
                if isinstance(n, ast.Assign | ast.AnnAssign)
                and n.value is not None
                and any(
                    isinstance(t, ast.Name) and t.id == name.id
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                )
            ]
            if values:
                for value in values:
                    resolve(value)
                return None
        module = module_of[name]
        source, original = imports[module].get(name.id, (module, name.id))
        if original in constants.get(source, {}):
            scan.codes.add(constants[source][original])
        else:
            unresolved(name)
        return None

    def follow_parameter(func: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> None:
        if (id(func), param) in followed:
            return
        followed.add((id(func), param))
        a = func.args
        positional = [p.arg for p in (*a.posonlyargs, *a.args)]
        defaults = dict(zip(reversed(positional), reversed(a.defaults), strict=False))
        defaults |= {p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True) if d}
        if param in defaults:
            resolve(defaults[param])
        if positional[:1] in (["self"], ["cls"]):
            positional = positional[1:]
        place = positional.index(param) if param in positional else None
        for call in calls:
            if callee(call) != func.name:
                continue
            named = [k.value for k in call.keywords if k.arg == param]
            spread = [k.value for k in call.keywords if k.arg is None]
            starred = any(isinstance(x, ast.Starred) for x in call.args)
            if named:
                resolve(named[0])
            elif place is not None and place < len(call.args) and not starred:
                resolve(call.args[place])
            elif spread or starred:
                outer = functions_around(call)
                kwargs = outer[0].args.kwarg if outer else None
                if (
                    not starred
                    and len(spread) == 1
                    and isinstance(spread[0], ast.Name)
                    and kwargs is not None
                    and kwargs.arg == spread[0].id
                ):
                    follow_keyword(outer[0], param)
                else:
                    unresolved(call)
            # else the call leaves the parameter out: its default, or another function's call

    def follow_keyword(func: ast.FunctionDef | ast.AsyncFunctionDef, param: str) -> None:
        """`param` reaches `func` inside its **kwargs: the callers' keyword argument."""
        if (id(func), "**" + param) in followed:
            return
        followed.add((id(func), "**" + param))
        for call in calls:
            if callee(call) == func.name:
                for k in call.keywords:
                    if k.arg == param:
                        resolve(k.value)

    for call in calls:
        if callee(call) == "AuditEntry":
            for k in call.keywords:
                if k.arg == "action":
                    resolve(k.value)
    return scan


CORE = Path(l4d_desktop.core.__file__).parent

# Codes the scan cannot follow (e.g. an f-string), each site with every code it can write.
# None today; a new one makes the test below fail until it is listed here.
DYNAMIC_ACTIONS: dict[str, set[str]] = {}


def test_every_action_code_the_core_writes_has_words() -> None:
    scan = scan_action_codes(CORE)
    assert sorted(scan.unresolved) == sorted(DYNAMIC_ACTIONS), (
        "action codes the scan cannot follow: list each site with its codes in DYNAMIC_ACTIONS"
    )
    codes = scan.codes.union(*DYNAMIC_ACTIONS.values())
    # Found however they are passed: directly, through a helper's parameter, a local variable,
    # a conditional, a module constant or an imported one, and the names of refused operations.
    assert {
        "login",
        "customer.create",
        "request.create",
        "user.reactivate",
        "processor.deactivate",
        "consent.withdraw",
        "customer.import",
        "events.import",
        "subject_data.export",
        "user.list",
        "db.backup",
    } <= codes
    assert sorted(codes - set(action_phrases())) == []


def test_the_scan_follows_parameters_and_reports_what_it_cannot_follow(tmp_path: Path) -> None:
    package = tmp_path / "pkg" / "core"
    package.mkdir(parents=True)
    (package / "a.py").write_text(
        "from pkg.core.b import NAMED\n"
        "KIND = 'a.constant'\n"
        "def append(session, *, action):\n"
        "    AuditEntry(action=action)\n"
        "def separately(**kwargs):\n"
        "    append(None, **kwargs)\n"
        "def log(self, action, other=''):\n"
        "    append(None, action=action)\n"
        "def work(self, flag, thing):\n"
        "    op = 'a.on' if flag else 'a.off'\n"
        "    self.log(op)\n"
        "    self.log(KIND)\n"
        "    separately(action=NAMED)\n"
        "    separately(action=f'a.{thing}')\n",
        encoding="utf-8",
    )
    (package / "b.py").write_text("NAMED = 'b.named'\n", encoding="utf-8")
    scan = scan_action_codes(package)
    assert scan.codes == {"a.on", "a.off", "a.constant", "b.named"}
    assert scan.unresolved == ["pkg.core.a:14: f'a.{thing}'"]


def test_every_phrase_falls_back_to_its_code_only_when_unknown(english) -> None:  # type: ignore[no-untyped-def]
    words = AuditWords()
    assert words.action("request.close") == "Close a request"
    assert words.action("letter.issue") == "Issue a letter"
    assert words.action("no.such") == "no.such"
    assert words.choice("request.") == "All request actions"
    assert words.choice("no.") == "no.*"
    assert all(phrase and phrase != code for code, phrase in action_phrases().items())
