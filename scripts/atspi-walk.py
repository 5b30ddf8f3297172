#!/usr/bin/python3
"""Prints the window as a screen reader (Orca) reads it through AT-SPI:
one line per node with its role, name, description and states, indented
by depth. With --expect, checks that each given line fragment is present
and exits 1 naming those that are not.

    atspi-walk.py APP-NAME [--focused] [--expect FRAGMENT ...]

Run with Debian's own Python (python3-pyatspi) on a session bus where the
accessibility bus runs and IsEnabled is true (scripts/screen-reader.sh).
"""
import sys
import time

import pyatspi

SKIP = {"filler", "panel"}


def find_app(name, wait=20.0):
    deadline = time.time() + wait
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    sys.exit(f"atspi-walk: no application named {name!r} on the accessibility bus")


def line(node):
    role = node.getRoleName()
    name = node.name or ""
    parts = [role]
    if name:
        parts.append(repr(name))
    states = node.getState()
    for state, word in (
        (pyatspi.STATE_FOCUSED, "focused"),
        (pyatspi.STATE_EXPANDED, "expanded"),
    ):
        if states.contains(state):
            parts.append(f"[{word}]")
    if states.contains(pyatspi.STATE_EXPANDABLE) and not states.contains(pyatspi.STATE_EXPANDED):
        parts.append("[collapsed]")
    if role == "toggle button":
        # How Orca hears a fold: open is "pressed".
        parts.append("[pressed]" if states.contains(pyatspi.STATE_PRESSED) else "[not pressed]")
    described = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_DESCRIBED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                described.append(target.name or _text(target))
    if node.description:
        described.append(node.description)
    if described:
        parts.append("— described by " + " / ".join(repr(d) for d in described))
    return " ".join(parts)


def _text(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def walk(node, depth, out, focused_only):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        role = child.getRoleName()
        shown = line(child)
        if role not in SKIP and (not focused_only or "[focused]" in shown):
            out.append("  " * depth + shown)
        walk(child, depth + (0 if role in SKIP else 1), out, focused_only)


def read_whole(app, focused_only, tries=10):
    """The tree as one reading: a window that changes page while it is
    read (the checking step giving way to the result) drops nodes half-way
    through, and the reading starts again, as a screen reader would."""
    from gi.repository import GLib

    for _ in range(tries - 1):
        out = []
        try:
            walk(app, 0, out, focused_only)
            return out
        except GLib.GError:
            time.sleep(0.2)
    out = []
    walk(app, 0, out, focused_only)
    return out


def main():
    args = sys.argv[1:]
    name = args.pop(0)
    focused_only = "--focused" in args
    expect = args[args.index("--expect") + 1 :] if "--expect" in args else []
    app = find_app(name)
    out = read_whole(app, focused_only)
    print("\n".join(out))
    missing = [e for e in expect if not any(e in l for l in out)]
    if missing:
        print("atspi-walk: not heard: " + "; ".join(missing), file=sys.stderr)
        sys.exit(1)


main()
