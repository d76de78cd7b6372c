#!/usr/bin/env python3
"""Fails when a source folder includes one its layer must not (the map in README "Design notes").

Reads every #include of core/, ui/ and app/, resolves quoted ones the way the build does (the including file's own
folder, then core/ and ui/, the include roots of switchboard_core and switchboard_ui) and checks each against the
rules below. Angle includes of Qt are checked by module, read from the Qt headers folder given with --qt-headers.
Tests are not checked: they may reach into any layer to drive it.

Usage: tst_include_layers.py SOURCE_ROOT [--qt-headers DIR]
       tst_include_layers.py --self-test   (the check itself: a small tree with one wrong include per rule)
"""

import argparse
import os
import re
import sys
import tempfile

FEED_TYPES = ("mrn", "alerts", "salto", "opera", "pubsub")

# Which folders each layer may include, beside itself. A target is a folder ("core/net") or one header
# ("core/pipeline/event_sink.h"). core/feeds and core/sim include their own shared root files; a type folder
# (core/feeds/<type>, core/sim/<type>, ui/panes/<type>) may not include another type's folder unless listed.
MAY_INCLUDE = {
    "core/event": [],
    "core/thread": [],
    # The query language reads Events; filters, rules and the CLI use it.
    "core/query": ["core/event"],
    # Rules are queries with names; a rules file is checked key by key like the config.
    "core/rules": ["core/event", "core/query", "core/config/config_object_reader.h"],
    "core/codec": ["core/event"],
    "core/net": ["core/codec", "core/event"],
    "core/auth": ["core/codec", "core/event", "core/net"],
    # The store is a sink: it implements the pipeline's sink interface and nothing else of it.
    "core/store": ["core/codec", "core/event", "core/query", "core/thread", "core/pipeline/event_sink.h",
                   "core/pipeline/acknowledgement.h"],
    "core/capture": ["core/codec", "core/event", "core/store/private_file.h"],
    # Alarms are raised from events by their rules and kept in the history store.
    "core/alarms": ["core/event", "core/rules", "core/store"],
    # Feed owns the token client every OAuth2 feed shares, so the pipeline sits above auth and net.
    "core/pipeline": ["core/auth", "core/codec", "core/event", "core/net", "core/query", "core/rules", "core/thread"],
    # The config checks feed types against the registry and credential destinations before anything runs, and
    # reads the keys every feed shares into the token client's OAuth2Config.
    "core/config": ["core/auth", "core/codec", "core/event", "core/net", "core/pipeline"],
    "core/feeds": ["core/auth", "core/codec", "core/config", "core/event", "core/net", "core/pipeline", "core/query",
                   "core/store", "core/thread"],
    # Emulators implement the spec on their own: no client code (core/feeds), no pipeline.
    "core/sim": ["core/auth", "core/codec", "core/event", "core/net"],
    "ui/models": ["core/codec", "core/event", "core/pipeline", "core/query", "core/rules", "core/store"],
    # The theme's palette lives with the desk; widgets read it, nothing else of the desk.
    "ui/widgets": ["core/codec", "core/event", "core/pipeline", "core/store", "ui/models", "ui/desk/theme.h"],
    "ui/dialogs": ["core/codec", "core/config", "core/event", "core/pipeline", "core/query", "core/rules", "core/store", "ui/models", "ui/widgets"],
    # Panes implement the desk's FeedPane/PaneContext; a pane may read its own feed type's value types.
    "ui/panes": ["core/alarms", "core/codec", "core/config", "core/event", "core/pipeline", "core/query", "core/rules", "core/store", "ui/desk", "ui/dialogs",
                 "ui/models", "ui/widgets"],
    # The desk routes panes it does not know by type: panes/<type>/ register themselves (builtin_panes.h).
    "ui/desk": ["core/alarms", "core/codec", "core/config", "core/event", "core/pipeline", "core/rules", "core/store", "ui/dialogs", "ui/models",
                "ui/panes/alarms", "ui/panes/builtin_panes.h", "ui/panes/diagnostics", "ui/panes/story", "ui/panes/watch", "ui/widgets"],
    # The team relay's JetStream side: a sink of the pipeline, reading its config section, and the `relay` feed type
    # that reads the relayed JSON lines back (core/codec's EventJsonReader); nothing in core/ or ui/ includes it, only
    # the apps, which register the feed type. Its alarm bucket is an AlarmShare (core/alarms) of AlarmRecords.
    "core/relay": ["core/alarms", "core/codec", "core/config", "core/event", "core/net", "core/pipeline",
                   "core/store/alarm_record.h"],
    "app/cli": ["core"],
    "app/sim": ["core"],
    "app/gui": ["core", "ui"],
    # switchboard-relay logs like the CLI, with the CLI's printer.
    "app/relay": ["core", "app/cli/json_lines_printer.h"],
}

# Type folders that may use another type's folder: the alerts emulator signs in through the LSEG auth service
# (the same Data Platform login) and the alerts pane is a news blotter like MRN's.
CROSS_TYPE = {
    ("core/sim/alerts", "core/sim/mrn"),
    ("ui/panes/alerts", "ui/panes/mrn"),
}

QT_MODULES = {
    "core": {"QtCore", "QtNetwork", "QtWebSockets"},
    "ui": {"QtCore", "QtGui", "QtWidgets", "QtConcurrent", "QtMultimedia"},
    "app/cli": {"QtCore", "QtNetwork"},
    "app/sim": {"QtCore", "QtNetwork"},
    "app/relay": {"QtCore", "QtNetwork"},
    "app/gui": {"QtCore", "QtGui", "QtWidgets", "QtNetwork"},
}

# Includes that break a rule and are being removed, listed by file so that each stays visible (none today); delete a
# line when its include is gone (the check names stale lines).
KNOWN_EXCEPTIONS = set()

NEW_FOLDERS = set()

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def layer_of(path):
    """core/net/signalr/x.h -> core/net; app/gui/x.cpp -> app/gui."""
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else parts[0]


def type_folder_of(path):
    """The feed-type folder a path lives in (core/feeds/mrn), or None."""
    parts = path.split("/")
    if len(parts) > 3 and "/".join(parts[:2]) in ("core/feeds", "core/sim", "ui/panes") and parts[2] in FEED_TYPES:
        return "/".join(parts[:3])
    return None


def resolve(root, including, target):
    for base in (os.path.dirname(including), "core", "ui"):
        candidate = os.path.normpath(os.path.join(base, target))
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate
    return None


_MODULE_OF = {}


def qt_module_of(qt_headers, header):
    if header not in _MODULE_OF:
        _MODULE_OF[header] = _find_qt_module(qt_headers, header)
    return _MODULE_OF[header]


def _find_qt_module(qt_headers, header):
    if "/" in header:
        return header.split("/")[0] if header.startswith("Qt") else None
    if header.startswith("Qt") and os.path.isdir(os.path.join(qt_headers, header)):
        return header
    for module in sorted(os.listdir(qt_headers)):
        if os.path.isfile(os.path.join(qt_headers, module, header)):
            return module
    return None


def allowed(source, target):
    src_layer, dst_layer = layer_of(source), layer_of(target)
    src_type, dst_type = type_folder_of(source), type_folder_of(target)
    if src_layer == dst_layer:
        if src_type and dst_type and src_type != dst_type and (src_type, dst_type) not in CROSS_TYPE:
            return False, f"{src_type} includes another feed type's folder {dst_type}"
        return True, ""
    rules = MAY_INCLUDE.get(src_layer)
    if rules is None or (dst_layer not in MAY_INCLUDE and dst_layer.startswith(src_layer.split("/")[0] + "/")):
        # A folder added since the map was written: held to its library's outer rules until it is placed.
        NEW_FOLDERS.add(src_layer if rules is None else dst_layer)
        rules = [src_layer.split("/")[0]] if rules is None else [dst_layer]
        if src_layer.startswith("ui/"):
            rules += ["core/codec", "core/config", "core/event", "core/pipeline", "core/store"]
    for rule in rules:
        if target == rule or target.startswith(rule + "/"):
            return True, ""
    # A pane may read its own feed type's value types (an alert filter, a door event's urgency), never a session.
    if src_layer == "ui/panes" and dst_type and dst_type.startswith("core/feeds/") and src_type:
        if dst_type.split("/")[2] == src_type.split("/")[2] and not re.search(r"(session|client|feed)\.h$", target):
            return True, ""
    return False, f"{src_layer} may not include {dst_layer}"


def check(root, qt_headers):
    """Returns (violations, known exceptions seen, includes checked) for the tree at root."""
    violations, seen_exceptions, checked = [], set(), 0
    for top in ("core", "ui", "app"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                source = os.path.relpath(os.path.join(folder, name), root)
                with open(os.path.join(root, source), encoding="utf-8") as f:
                    text = f.read()
                for kind, header in INCLUDE.findall(text):
                    checked += 1
                    if kind == "<":
                        if not qt_headers or not header.startswith("Q"):
                            continue
                        module = qt_module_of(qt_headers, header)
                        modules = QT_MODULES.get(layer_of(source)) or QT_MODULES.get(source.split("/")[0])
                        if module and modules is not None and module not in modules:
                            violations.append(f"{source}: <{header}> is {module}; {layer_of(source)} may use "
                                              f"{', '.join(sorted(modules))}")
                        continue
                    target = resolve(root, source, header)
                    if target is None:
                        continue  # generated (moc, ui_*) or a library header in quotes
                    ok, why = allowed(source, target)
                    if ok:
                        continue
                    if (source, target) in KNOWN_EXCEPTIONS:
                        seen_exceptions.add((source, target))
                        continue
                    violations.append(f'{source}: #include "{header}" -> {target}: {why}')
    return violations, seen_exceptions, checked


# A small tree, each file with the includes it makes: the check must refuse exactly the ones SELF_TEST_EXPECTED
# names and pass every other (the builtin registrations, the alerts pane's blotter, the desk app's wiring).
SELF_TEST_TREE = {
    "core/event/event.h": "",
    "core/net/ws.h": '#include "pipeline/feed.h"\n',
    "core/pipeline/feed.h": '#include "event/event.h"\n#include "net/ws.h"\n',
    "core/codec/base64.h": '#include "desk/theme.h"\n',
    "core/auth/jwt.h": "#include <QWidget>\n",
    "core/store/event_store.h": '#include "pipeline/feed.h"\n#include "gadget/niceness.h"\n',
    "core/gadget/niceness.h": '#include "event/event.h"\n#include "desk/theme.h"\n',
    "core/feeds/mrn/mrn_feed.h": '#include "feeds/opera/opera_feed.h"\n#include "pipeline/feed.h"\n',
    "core/feeds/opera/opera_feed.h": "",
    "core/feeds/builtin_feeds.cpp": '#include "feeds/mrn/mrn_feed.h"\n#include "feeds/opera/opera_feed.h"\n',
    "core/sim/opera/opera_emulator.h": '#include "feeds/opera/opera_feed.h"\n',
    "ui/desk/theme.h": '#include "panes/mrn/blotter_pane.h"\n',
    "ui/models/blotter_model.h": '#include "../../app/gui/desk_session.h"\n',
    "ui/panes/mrn/blotter_pane.h": '#include "net/ws.h"\n#include <QWebSocket>\n#include "desk/theme.h"\n',
    "ui/panes/opera/hotel_pane.h": '#include "panes/mrn/blotter_pane.h"\n#include "feeds/opera/opera_feed.h"\n',
    "ui/panes/alerts/alerts_pane.h": '#include "panes/mrn/blotter_pane.h"\n',
    "app/gui/desk_session.h": '#include "desk/theme.h"\n#include "pipeline/feed.h"\n',
    "app/cli/main.cpp": '#include "desk/theme.h"\n#include <QApplication>\n',
    "qt/QtCore/QObject": "",
    "qt/QtWidgets/QWidget": "",
    "qt/QtWidgets/QApplication": "",
    "qt/QtWebSockets/QWebSocket": "",
}
SELF_TEST_EXPECTED = [
    "core/net/ws.h: #include \"pipeline/feed.h\"",
    "core/codec/base64.h: #include \"desk/theme.h\"",
    "core/auth/jwt.h: <QWidget> is QtWidgets",
    "core/store/event_store.h: #include \"pipeline/feed.h\"",
    "core/gadget/niceness.h: #include \"desk/theme.h\"",
    "core/feeds/mrn/mrn_feed.h: #include \"feeds/opera/opera_feed.h\"",
    "core/sim/opera/opera_emulator.h: #include \"feeds/opera/opera_feed.h\"",
    "ui/desk/theme.h: #include \"panes/mrn/blotter_pane.h\"",
    "ui/models/blotter_model.h: #include \"../../app/gui/desk_session.h\"",
    "ui/panes/mrn/blotter_pane.h: #include \"net/ws.h\"",
    "ui/panes/mrn/blotter_pane.h: <QWebSocket> is QtWebSockets",
    "ui/panes/opera/hotel_pane.h: #include \"panes/mrn/blotter_pane.h\"",
    "ui/panes/opera/hotel_pane.h: #include \"feeds/opera/opera_feed.h\"",
    "app/cli/main.cpp: #include \"desk/theme.h\"",
    "app/cli/main.cpp: <QApplication> is QtWidgets",
]


def self_test():
    with tempfile.TemporaryDirectory() as root:
        for path, text in SELF_TEST_TREE.items():
            os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        _MODULE_OF.clear()
        violations, _, _ = check(root, os.path.join(root, "qt"))
        _MODULE_OF.clear()
        new_folders = sorted(NEW_FOLDERS)
        NEW_FOLDERS.clear()
    if new_folders != ["core/gadget"]:
        print(f"SELF-TEST: new folders named {new_folders}, expected ['core/gadget']")
        return 1
    missed = [e for e in SELF_TEST_EXPECTED if not any(v.startswith(e) for v in violations)]
    extra = [v for v in violations if not any(v.startswith(e) for e in SELF_TEST_EXPECTED)]
    for e in missed:
        print(f"SELF-TEST: not reported: {e}")
    for v in extra:
        print(f"SELF-TEST: reported but allowed: {v}")
    print(f"self-test: {len(SELF_TEST_EXPECTED) - len(missed)}/{len(SELF_TEST_EXPECTED)} wrong includes named, "
          f"{len(extra)} false alarms")
    return 1 if missed or extra else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?")
    parser.add_argument("--qt-headers")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    if not args.root:
        parser.error("SOURCE_ROOT is required")
    violations, seen_exceptions, checked = check(os.path.abspath(args.root), args.qt_headers)
    if checked == 0:
        print(f"no #include found under {args.root}/{{core,ui,app}}: wrong source root?")
        return 1

    for source, target in sorted(seen_exceptions):
        print(f"known exception (#15, being removed): {source} -> {target}")
    for source, target in sorted(KNOWN_EXCEPTIONS - seen_exceptions):
        print(f"stale exception, delete it from KNOWN_EXCEPTIONS: {source} -> {target}")
    for folder in sorted(NEW_FOLDERS):
        print(f"new folder {folder}: not in the layer map yet, place it in MAY_INCLUDE")
    for v in violations:
        print(f"LAYER VIOLATION {v}")
    print(f"{checked} includes checked, {len(violations)} violations, {len(seen_exceptions)} known exceptions")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
