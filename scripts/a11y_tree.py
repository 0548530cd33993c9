#!/usr/bin/python3
"""Reads the running desktop app's accessibility tree over AT-SPI (what Orca, the Linux screen
reader, reads) and checks that the panels, buttons and the selected structure's card are in it.

Usage: a11y_tree.py APP_NAME --expect TEXT [--expect TEXT ...] [--timeout S] [--dump FILE]
Runs under Debian's python3 with python3-pyatspi (scripts/setup-render.sh), on the session's
accessibility bus (scripts/check-desktop.sh starts one).
"""
import argparse
import sys
import time

import pyatspi


def walk(node, depth=0, seen=None):
    """Every (depth, role, name) under a node; AT-SPI trees can be cyclic when broken."""
    seen = set() if seen is None else seen
    if node is None or depth > 60:
        return
    key = (node.get_bus_name() if hasattr(node, "get_bus_name") else "", node.path if hasattr(node, "path") else id(node))
    if key in seen:
        return
    seen.add(key)
    try:
        yield depth, node.getRoleName(), node.name or ""
        for child in node:
            yield from walk(child, depth + 1, seen)
    except Exception as error:  # a node that vanished mid-walk (the app redraws)
        yield depth, "gone", str(error)


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and name.lower() in (app.name or "").lower():
            return app
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--dump")
    args = parser.parse_args()
    deadline = time.time() + args.timeout
    missing = list(args.expect)
    nodes = []
    while time.time() < deadline:
        app = find_app(args.app)
        if app is not None:
            nodes = list(walk(app))
            text = "\n".join(name for _, _, name in nodes)
            missing = [want for want in args.expect if want not in text]
            if not missing:
                break
        time.sleep(2)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as dump:
            for depth, role, name in nodes:
                dump.write(f"{'  ' * depth}{role}: {name}\n")
    if not nodes:
        print(f"a11y_tree: no application called {args.app!r} on the accessibility bus", file=sys.stderr)
        return 1
    print(f"a11y_tree: {len(nodes)} accessible nodes; roles: "
          + ", ".join(sorted({role for _, role, _ in nodes})))
    if missing:
        print(f"a11y_tree: not in the tree: {missing}", file=sys.stderr)
        return 1
    print(f"a11y_tree: found {args.expect}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
