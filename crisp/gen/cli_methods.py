#!/usr/bin/env python3
"""Generates the dispatch table of `crisp call` (crisp/src/bin/crisp/methods/generated/*.rs).

Reads every public REST method of crisp-rest/src (a `pub fn` returning `Call<…>` whose
first doc line is `*Crisp Label* — tiers: …`, as the conformance test does), its
signature, and its catalog row (tests/data/endpoints.tsv, endpoints_next.tsv: the node
name, verb and route). Writes one Rust file per section, each a list of `Method`s whose
`run` parses the named arguments into the method's typed parameters.

    python3 crisp/gen/cli_methods.py          # rewrite the files
    python3 crisp/gen/cli_methods.py --check  # fail if they are not up to date
"""
import json
import os
import subprocess
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SRC = os.path.join(ROOT, "crisp-rest", "src")
OUT = os.path.join(ROOT, "crisp", "src", "bin", "crisp", "methods", "generated")
SERVICES = ["website", "plugin", "plan", "media", "bucket"]
# Renamed rows of endpoints_next.tsv (crisp-rest/tests/it/conformance/catalog.rs RENAMED).
RENAMED = {
    ("website", "map_helpdesk_locale_feedback_ratings"): "map_helpdesk_feedback_ratings_by_content_type",
    ("website", "list_helpdesk_locale_feedbacks"): "list_helpdesk_feedbacks_by_content_type",
    ("website", "import_external_helpdesk_to_locale"): "import_external_helpdesk_by_content_type",
    ("website", "export_helpdesk_locale_articles"): "export_helpdesk_by_content_type",
}
# Option builders of crisp-rest: built from named arguments by hand (options.rs).
OPTION_BUILDERS = {
    "ListConversations", "MessagesQuery", "ListPeopleProfiles", "ConnectWebsites",
    "MapArea", "ListHelpdeskLocaleArticles", "ListHelpdeskHistoryChanges", "ListHelpdeskTree",
}


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def catalog():
    rows = {}
    for file in ["endpoints.tsv", "endpoints_next.tsv"]:
        path = os.path.join(ROOT, "tests", "data", file)
        lines = open(path, encoding="utf-8").read().splitlines()
        header = lines[0].split("\t")
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = dict(zip(header, line.split("\t")))
            name = cells["rust_method"]
            name = RENAMED.get((cells["service"], name), name) if file.endswith("next.tsv") else name
            rows[(cells["service"], name)] = cells
    return rows


def split_args(text):
    args, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<([":
            depth += 1
        elif ch in ">)]":
            depth -= 1
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        args.append(cur.strip())
    return [a for a in args if a != "&self"]


def scan():
    methods = []
    for service in SERVICES:
        for dirpath, _, files in sorted(os.walk(os.path.join(SRC, service))):
            for file in sorted(files):
                if not file.endswith(".rs"):
                    continue
                path = os.path.join(dirpath, file)
                lines = open(path, encoding="utf-8").read().split("\n")
                label, i = None, 0
                while i < len(lines):
                    line = lines[i].strip()
                    if line.startswith("/// *"):
                        m = re.match(r"/// \*(.*)\* — tiers: ([^.]*)\.", line)
                        label = m.groups() if m else None
                    elif line.startswith("///") or line.startswith("#["):
                        pass
                    elif line.startswith("pub fn "):
                        j, sig = i, []
                        while True:
                            sig.append(lines[j].strip())
                            if lines[j].rstrip().endswith("{"):
                                break
                            j += 1
                        signature = " ".join(sig).replace("( ", "(").replace(", )", ")")
                        m = re.match(r"pub fn (\w+)\((.*)\) -> Call<(.*)> \{$", signature)
                        if m and label:
                            name, args, ret = m.groups()
                            rel = os.path.relpath(path, SRC)
                            parts = rel[:-3].split(os.sep)
                            section = parts[0] if parts[0] != "website" else "website_" + parts[1]
                            if section.endswith("_mod"):
                                section = section[:-4]
                            methods.append(dict(
                                service=service, name=name, label=label[0],
                                tiers=label[1], ret=ret, section=section, file=path,
                                args=[tuple(x.strip() for x in a.split(":", 1)) for a in split_args(args)],
                            ))
                        i = j
                        label = None
                    else:
                        label = None
                    i += 1
    return methods


def imports(path):
    """name -> full path, from the file's `use` lines."""
    text = open(path, encoding="utf-8").read()
    found = {}
    for m in re.finditer(r"^use ([^;]+);", text, re.M):
        body = re.sub(r"\s+", "", m.group(1))
        if "{" in body:
            prefix, rest = body.split("{", 1)
            items = split_args(rest.rstrip("}"))
        else:
            prefix, items = "", [body]
        for item in items:
            full = prefix + item
            name = full.split("::")[-1]
            full = full.replace("crisp_types::", "crisp::types::", 1)
            found[name] = full
    return found


def type_names(ty):
    return re.findall(r"[A-Z][A-Za-z0-9]*", ty)


def plan_arg(name, ty):
    """(kind, rust type to parse, how it is passed)."""
    inner = ty
    if ty == "u32" and name == "page_number":
        return ("page", "u32", name)
    if ty.startswith("impl Into<"):
        t = ty[len("impl Into<"):-1]
        return ("body" if t not in ("String",) else "value", t, name)
    if ty.startswith("Option<&"):
        t = ty[len("Option<&"):-1]
        if t == "str":
            return ("optional", "String", name + ".as_deref()")
        return ("optional", t, name + ".as_ref()")
    if ty.startswith("Option<"):
        t = ty[len("Option<"):-1]
        if t in OPTION_BUILDERS:
            return ("options", t, name)
        return ("optional", t, name)
    if ty in OPTION_BUILDERS:
        return ("options", ty, name)
    if ty.startswith("&"):
        inner = ty[1:]
        if inner == "str":
            return ("value", "String", "&" + name)
        if inner == "[String]":
            return ("value", "Vec<String>", "&" + name)
        if inner.endswith("Id") or inner in ("HelpdeskContentType",):
            return ("value", inner, "&" + name)
        return ("body", inner, "&" + name)
    return ("value", ty, name)


def render(section, methods, rows):
    needed = set()
    for m in methods:
        for name, ty in m["args"]:
            kind, t, _ = plan_arg(name, ty)
            if kind != "options":
                needed.update(type_names(t))
    paths = {}
    for m in methods:
        for k, v in imports(m["file"]).items():
            paths.setdefault(k, v)
    paths.setdefault("Map", "serde_json::Map")
    paths.setdefault("Value", "serde_json::Value")
    uses = sorted({paths[n] for n in needed if n in paths and n not in ("String", "Vec", "Option")})
    missing = [n for n in needed if n not in paths and n not in ("String", "Vec", "Option")]
    if missing:
        raise SystemExit(f"{section}: no import found for {missing}")
    out = [
        f"//! `crisp call`: the methods of {section.replace('_', ' ')} (crisp-rest/src/"
        f"{section.replace('website_', 'website/')}).",
        "//!",
        "//! Generated by `crisp/gen/cli_methods.py` from crisp-rest's signatures and the",
        "//! catalog; do not edit by hand.",
        "",
    ]
    groups = {}
    for u in uses:
        module, item = u.rsplit("::", 1)
        groups.setdefault(module, []).append(item)
    for module, items in sorted(groups.items()):
        out.append(f"use {module}::{items[0]};" if len(items) == 1 else f"use {module}::{{{', '.join(items)}}};")
    out.append("")
    if any(plan_arg(n, t)[0] == "options" for m in methods for n, t in m["args"]):
        out.append("use crate::options;")
        out.append("")
    out.append("crate::methods::table::section! {")
    for m in methods:
        row = rows[(m["service"], m["name"])]
        params, passed = [], []
        for name, ty in m["args"]:
            kind, t, how = plan_arg(name, ty)
            kind = "required" if kind == "value" else kind
            if kind == "options":
                params.append(f"(options {name}: {t} = options::{snake(t)})")
            else:
                params.append(f"({kind} {name}: {t})")
            passed.append(how)
        answer = "paged" if m["ret"].startswith("Page<") else "output"
        out.append(
            f'    {m["service"]} {m["name"]} {lit(row["node_method"])} {lit(m["label"])} '
            f'{lit(m["tiers"])} {lit(row["verb"])}'
        )
        out.append(f'        {lit(row["path"])} {answer}')
        out.append(f"        [{' '.join(params)}]")
        out.append(f"        => ({', '.join(passed)});")
    out.append("}")
    return "\n".join(out) + "\n"


def lit(text):
    """A Rust string literal."""
    return json.dumps(text, ensure_ascii=False)


def rustfmt(text):
    done = subprocess.run(
        ["rustfmt", "--edition", "2024", "--emit", "stdout"],
        input=text, capture_output=True, text=True, check=True,
    )
    return done.stdout


def main():
    check = "--check" in sys.argv
    rows = catalog()
    methods = scan()
    missing = [m["name"] for m in methods if (m["service"], m["name"]) not in rows]
    if missing:
        raise SystemExit(f"methods without a catalog row: {missing}")
    sections = {}
    for m in methods:
        sections.setdefault(m["section"], []).append(m)
    files = {f"{s}.rs": render(s, ms, rows) for s, ms in sorted(sections.items())}
    mods = ["//! The sections of the `crisp call` table (generated by `crisp/gen/cli_methods.py`).", ""]
    mods += [f"pub(crate) mod {s};" for s in sorted(sections)]
    mods += ["", "/// Every section's methods.", "pub(crate) const SECTIONS: &[&[crate::methods::Method]] = &["]
    mods += [f"    {s}::METHODS," for s in sorted(sections)]
    mods += ["];", ""]
    files["mod.rs"] = "\n".join(mods)
    files = {name: rustfmt(text) for name, text in files.items()}
    stale = []
    os.makedirs(OUT, exist_ok=True)
    for name, text in files.items():
        path = os.path.join(OUT, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(name)
            if not check:
                open(path, "w", encoding="utf-8").write(text)
    if check and stale:
        raise SystemExit(f"stale (run python3 crisp/gen/cli_methods.py): {stale}")
    print(f"{len(methods)} methods in {len(sections)} sections; {len(stale)} files {'stale' if check else 'written'}")


if __name__ == "__main__":
    main()
