#!/usr/bin/env python3
"""Structural checks of a Dockerfile that need no Docker engine (hadolint does not install here).

Checks: every FROM stage is named (`AS name`); no image reference (FROM or an ARG default used by FROM)
uses the `latest` tag or no tag at all; `COPY --from=` names an earlier stage; the final stage sets a
non-root USER and AzureWebJobsScriptRoot; `COPY`/`ADD` sources from the build context exist (a source
inside a project folder that is absent from this checkout is reported, not failed: see --help); no
`apt-get install` without `--no-install-recommends`; no `ADD` of URLs; no `sudo`; `WORKDIR` absolute.

Usage: dockerfile_check.py DOCKERFILE CONTEXT_DIR    (exit 1 on any error)
"""
import os
import re
import sys


def logical_lines(text):
    """Joins continuation lines, drops comments and blank lines; yields (line_number, instruction)."""
    buf, start = "", None
    for no, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not buf and (not stripped or stripped.startswith("#")):
            continue
        if buf and stripped.startswith("#"):
            continue  # comment inside a continued instruction: Docker drops it too
        if start is None:
            start = no
        if stripped.endswith("\\"):
            buf += stripped[:-1] + " "
            continue
        buf += stripped
        yield start, buf
        buf, start = "", None
    if buf:
        yield start, buf


def image_tag_problem(ref):
    if ref == "scratch":
        return None
    name = ref.split("@", 1)[0]
    last = name.rsplit("/", 1)[-1]
    if "@" in ref:
        return None  # pinned by digest
    if ":" not in last:
        return "has no tag (means latest)"
    if last.rsplit(":", 1)[1] == "latest":
        return "uses the latest tag"
    return None


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    path, context = argv[1], argv[2]
    text = open(path, encoding="utf-8").read()
    errors, notes = [], []
    args = {}
    stages = []  # (name, line)
    final = {"user": None, "script_root": False}
    ignore = read_dockerignore(os.path.join(context, ".dockerignore"))

    for no, line in logical_lines(text):
        parts = line.split(None, 1)
        instr, rest = parts[0].upper(), (parts[1] if len(parts) > 1 else "")
        if instr == "ARG" and not stages:
            m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(?:=(\S+))?", rest)
            if m:
                args[m.group(1)] = m.group(2)
        elif instr == "FROM":
            toks = [t for t in rest.split() if not t.startswith("--")]
            ref = toks[0]
            m = re.fullmatch(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", ref)
            if m:
                ref = args.get(m.group(1)) or ""
                if not ref:
                    errors.append(f"{no}: FROM uses ARG {m.group(1)} without a default")
            known = [s for s, _ in stages]
            if ref and ref not in known:
                problem = image_tag_problem(ref)
                if problem:
                    errors.append(f"{no}: image {ref} {problem}")
            if len(toks) < 3 or toks[1].upper() != "AS":
                errors.append(f"{no}: stage is not named (FROM ... AS name)")
                stages.append((f"#{len(stages)}", no))
            else:
                stages.append((toks[2], no))
            final = {"user": None, "script_root": False}
        elif not stages:
            errors.append(f"{no}: {instr} before the first FROM")
        elif instr == "USER":
            final["user"] = rest.split(":", 1)[0].strip()
        elif instr == "ENV":
            if re.search(r"(^|\s)AzureWebJobsScriptRoot=", rest):
                final["script_root"] = True
        elif instr == "WORKDIR":
            if not rest.startswith("/") and not rest.startswith("$"):
                errors.append(f"{no}: WORKDIR {rest} is not absolute")
        elif instr in ("COPY", "ADD"):
            toks = rest.split()
            from_stage = None
            plain = []
            for t in toks:
                if t.startswith("--from="):
                    from_stage = t.split("=", 1)[1]
                elif not t.startswith("--"):
                    plain.append(t)
            if instr == "ADD" and any(re.match(r"https?://", t) for t in plain):
                errors.append(f"{no}: ADD of a URL (download in a RUN with a checksum instead)")
            if from_stage is not None:
                if from_stage not in [s for s, _ in stages[:-1]]:
                    errors.append(f"{no}: COPY --from={from_stage} is not an earlier stage")
                continue
            for src in plain[:-1]:
                check_source(no, src, context, ignore, errors, notes)
        elif instr == "RUN":
            if re.search(r"\bsudo\b", rest):
                errors.append(f"{no}: sudo in RUN")
            for m in re.finditer(r"apt-get\s+install([^&;|]*)", rest):
                if "--no-install-recommends" not in m.group(1):
                    errors.append(f"{no}: apt-get install without --no-install-recommends")

    if not stages:
        errors.append("no FROM")
    else:
        if not final["user"] or final["user"] in ("root", "0"):
            errors.append("the final stage does not switch to a non-root USER")
        if not final["script_root"]:
            errors.append("the final stage does not set AzureWebJobsScriptRoot")

    for n in notes:
        print(f"note: {path}:{n}")
    for e in errors:
        print(f"error: {path}:{e}")
    print(f"{path}: {len(stages)} stages ({', '.join(s for s, _ in stages)}), {len(errors)} errors")
    return 1 if errors else 0


def read_dockerignore(path):
    if not os.path.exists(path):
        return []
    rules = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            rules.append(line)
    return rules


def ignored(rel, rules):
    """Last matching rule wins, as in Docker; supports ** and trailing-slash folder rules."""
    import fnmatch
    verdict = False
    for rule in rules:
        neg = rule.startswith("!")
        pat = rule[1:] if neg else rule
        pat = pat.rstrip("/")
        hit = False
        cand = rel
        while cand:
            if fnmatch.fnmatch(cand, pat) or fnmatch.fnmatch(cand, pat.replace("**/", "")):
                hit = True
                break
            cand = os.path.dirname(cand)
        if hit:
            verdict = not neg
    return verdict


def check_source(no, src, context, ignore, errors, notes):
    if src == ".":
        return
    rel = os.path.normpath(src).lstrip("/")
    full = os.path.join(context, rel)
    if ignored(rel, ignore):
        errors.append(f"{no}: COPY source {src} is excluded by .dockerignore")
        return
    if os.path.exists(full):
        return
    # A project another branch adds (src/Functions, src/Api) may be absent from this checkout: that is
    # reported; a missing file inside a folder that exists is an error.
    top = os.path.join(context, *rel.split("/")[:2])
    if "/" in rel and not os.path.exists(top):
        notes.append(f"{no}: COPY source {src}: folder {os.path.relpath(top, context)} is not in this checkout")
    else:
        errors.append(f"{no}: COPY source {src} does not exist in the build context")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
