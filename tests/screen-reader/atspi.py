#!/usr/bin/python3
"""A screen reader's view of a Chromium page, through AT-SPI (the Linux accessibility API that
Orca reads). Run with Debian's Python (/usr/bin/python3, which has python3-pyatspi) inside the
D-Bus session where Chromium runs with --force-renderer-accessibility.

A small server for tests/screen-reader/run.mjs: one JSON request a line on stdin, one JSON answer
a line on stdout.
  {"cmd": "read", "uri": "..."}    every object of the document whose URI ends with `uri`, in
                                   reading order: role, name, description, states, heading
                                   level, DOM id, class and tag, table headers, and `heard`, the
                                   line a screen reader says for it (Orca's words: "Clear cell,
                                   radio button, not selected", "Your situation, heading level 3")
  {"cmd": "focus", "uri": "..."}   the object with the focused state in that document, and the
                                   focus events since the last "focus" or "events"
  {"cmd": "events"}                the events since the last call: focus moves, text that live
                                   regions added (what a screen reader announces by itself), and
                                   checked and expanded changes
  {"cmd": "quit"}
`python3 atspi.py --dump URI` prints the heard lines of one reading (for a person, not a test).
"""

import json
import os
import sys

import pyatspi
from gi.repository import Atspi, GLib

# The states a user can hear, by AT-SPI's name; "collapsed" is added for an expandable object
# that is not expanded (AT-SPI has "expandable" and "expanded" only).
STATES = {
    pyatspi.STATE_CHECKED: 'checked',
    pyatspi.STATE_CHECKABLE: 'checkable',
    pyatspi.STATE_INDETERMINATE: 'indeterminate',
    pyatspi.STATE_EXPANDABLE: 'expandable',
    pyatspi.STATE_EXPANDED: 'expanded',
    pyatspi.STATE_FOCUSED: 'focused',
    pyatspi.STATE_FOCUSABLE: 'focusable',
    pyatspi.STATE_SELECTED: 'selected',
    pyatspi.STATE_REQUIRED: 'required',
    pyatspi.STATE_INVALID_ENTRY: 'invalid',
    pyatspi.STATE_PRESSED: 'pressed',
    pyatspi.STATE_EDITABLE: 'editable',
    pyatspi.STATE_READ_ONLY: 'read-only',
    pyatspi.STATE_BUSY: 'busy',
    pyatspi.STATE_VISITED: 'visited',
    pyatspi.STATE_HAS_POPUP: 'has-popup',
    pyatspi.STATE_MULTI_LINE: 'multi-line',
}
CONTROLS = {'push button', 'toggle button', 'radio button', 'check box', 'entry', 'link', 'combo box',
            'spin button', 'slider', 'menu item', 'page tab', 'password text', 'text'}
# What Orca says on entering a landmark (its object_properties), by the ARIA role Chromium gives
# in the object's xml-roles attribute.
LANDMARKS = {'banner': 'banner', 'main': 'main content', 'navigation': 'navigation', 'region': 'region',
             'form': 'form', 'complementary': 'complementary', 'contentinfo': 'content information',
             'search': 'search'}
# Objects named by their content: their text is said once, as the name.
NAMED_BY_CONTENT = {'heading', 'push button', 'toggle button', 'link', 'column header', 'row header',
                    'status bar', 'radio button', 'check box', 'menu item', 'page tab'}


def fresh(node):
    """Forgets what libatspi cached of `node` (its name, states, attributes...): a long-lived
    client keeps them otherwise, and the page changes between two readings."""
    Atspi.Accessible.clear_cache(node)
    return node


def actions(node):
    try:
        action = node.queryAction()
        return [action.getName(i).lower() for i in range(action.nActions)]
    except NotImplementedError:
        return []


def clickable(node, states):
    """Orca's "clickable" (its web script's isClickableElement): an object that is not a control
    with a click action, or, when it can take focus, with Chromium's "clickancestor" action (a
    click listener on an ancestor). The action names when it is, else None."""
    names = actions(node)
    return names if ('clickancestor' if 'focusable' in states else 'click') in names else None


def attributes(node):
    out = {}
    for pair in node.getAttributes() or []:
        key, _, value = pair.partition(':')
        out[key] = value
    return out


def state_names(node):
    state = node.getState()
    names = [name for code, name in STATES.items() if state.contains(code)]
    if 'expandable' in names and 'expanded' not in names:
        names.append('collapsed')
    if state.contains(pyatspi.STATE_FOCUSABLE) and not state.contains(pyatspi.STATE_ENABLED):
        names.append('disabled')
    return names


def text_of(node):
    """The text a static (text leaf) holds, with that of nested inline statics."""
    if node.childCount == 0:
        return node.name or ''
    parts = []
    for child in node:
        if child is not None and child.getRoleName() == 'static':
            parts.append(text_of(child))
    return node.name or ''.join(parts)


def header_names(cells):
    return [cell.name or '' for cell in cells or [] if cell is not None]


def say(*parts):
    """Orca's line: the parts that are not empty, in order."""
    return ', '.join(part for part in parts if part)


def heard(role, name, states, attrs, node):
    """The line Orca says for an object met while reading (browse mode), in its words, ordered
    name, role, state. None for an object it passes over silently."""
    state = set(states)
    if role == 'heading':
        return say(name, f"heading level {attrs.get('level', '?')}")
    if role == 'landmark':
        return say(name, LANDMARKS.get(attrs.get('xml-roles', ''), 'landmark'))
    if role == 'form':
        return say(name, 'form')
    if role == 'radio button':
        return say(name, role, 'selected' if 'checked' in state else 'not selected')
    if role == 'check box':
        return say(name, role, 'checked' if 'checked' in state else 'not checked')
    if role in ('push button', 'toggle button'):
        expansion = 'expanded' if 'expanded' in state else 'collapsed' if 'collapsed' in state else ''
        return say(name, role, expansion, 'pressed' if role == 'toggle button' and 'pressed' in state else '')
    if role in ('entry', 'password text'):
        return say(name, 'entry', 'required' if 'required' in state else '', 'invalid entry' if 'invalid' in state else '')
    if role in ('link', 'image', 'article', 'alert', 'note', 'dialog', 'separator', 'column header', 'row header'):
        return say(name, role)
    if role == 'status bar':
        return say('statusbar', ''.join(text_of(c) for c in node if c is not None and c.getRoleName() == 'static'))
    if role == 'table':
        try:
            table = node.queryTable()
            size = f'table with {table.nRows} rows {table.nColumns} columns'
        except NotImplementedError:
            size = 'table'
        return say(name, size)
    if role == 'list':
        return f'list with {node.childCount} items'
    if role == 'panel' and name:
        return say(name, 'panel')
    return None


def read(document):
    """Every object under `document`, depth first (the reading order), as dictionaries."""
    nodes = []

    def visit(node, depth, quiet=False):
        fresh(node)
        role = node.getRoleName()
        attrs = attributes(node)
        states = state_names(node)
        entry = {
            'role': role,
            'name': node.name or '',
            'description': node.description or '',
            'states': states,
            'depth': depth,
            'id': attrs.get('id', ''),
            'class': attrs.get('class', ''),
            'tag': attrs.get('tag', ''),
        }
        for key in ('level', 'xml-roles', 'live', 'container-live', 'posinset', 'setsize'):
            if key in attrs:
                entry[key] = attrs[key]
        if role in ('table cell', 'column header', 'row header'):
            try:
                entry['columnHeaders'] = header_names(Atspi.TableCell.get_column_header_cells(node))
                entry['rowHeaders'] = header_names(Atspi.TableCell.get_row_header_cells(node))
                _, entry['row'], entry['column'] = Atspi.TableCell.get_position(node)
            except (NotImplementedError, GLib.Error, AttributeError, TypeError):
                pass
        if role == 'static':
            entry['text'] = text_of(node)
            entry['heard'] = None if quiet else entry['text']
        else:
            entry['heard'] = heard(role, entry['name'], states, attrs, node)
            names = clickable(node, states) if role not in CONTROLS else None
            if names:
                entry['actions'] = names
                entry['heard'] = say(entry['heard'] or entry['name'] or role, 'clickable')
        nodes.append(entry)
        if role == 'static':
            return  # its nested statics are in its text
        # The text inside an object named by its content (a heading, a button, a link) is said
        # once, as the object's name.
        quiet = quiet or role in NAMED_BY_CONTENT
        run = None  # adjacent text leaves are one line, as Orca reads them
        for child in node:
            if child is None:
                continue
            if child.getRoleName() == 'static':
                start = len(nodes)
                visit(child, depth + 1, quiet)
                if quiet:
                    continue
                if run is None:
                    run = nodes[start]
                    run['heard'] = run['text']
                else:
                    run['heard'] += nodes[start]['text']
                    nodes[start]['heard'] = None
            else:
                run = None
                visit(child, depth + 1, quiet)
        if run is not None and not run['heard'].strip():
            run['heard'] = None

    visit(document, 0)
    for entry in nodes:
        if entry['role'] == 'static' and entry['heard'] is not None:
            entry['heard'] = ' '.join(entry['heard'].split()) or None
    return nodes


def chromium_documents():
    desktop = pyatspi.Registry.getDesktop(0)
    found = []

    def search(node, depth):
        if depth > 40:
            return
        for child in node:
            if child is None:
                continue
            if child.getRole() == pyatspi.ROLE_DOCUMENT_WEB:
                found.append(child)
            else:
                search(child, depth + 1)

    for app in desktop:
        if app is not None and (app.name or '').lower() in ('chromium', 'chromium-browser', 'chrome'):
            # Nothing cached from an earlier reading: the page changes between two.
            Atspi.Accessible.clear_cache(app)
            search(app, 0)
    return found


def document_uri(document):
    try:
        return document.queryDocument().getAttributeValue('URI') or ''
    except Exception:
        return ''


def find_document(uri):
    for document in chromium_documents():
        if document_uri(document).endswith(uri):
            return document
    return None


def describe(node):
    fresh(node)
    role = node.getRoleName()
    attrs = attributes(node)
    states = state_names(node)
    entry = {'role': role, 'name': node.name or '', 'description': node.description or '', 'states': states,
             'id': attrs.get('id', ''), 'class': attrs.get('class', ''), 'tag': attrs.get('tag', '')}
    if 'level' in attrs:
        entry['level'] = attrs['level']
    line = heard(role, entry['name'], states, attrs, node)
    if role == 'panel' and not entry['name']:
        line = None
    names = clickable(node, states) if role not in CONTROLS else None
    if names:
        entry['actions'] = names
        line = say(line or entry['name'] or role, 'clickable')
    # On focus, Orca also says the description (aria-describedby), after the object.
    if line and entry['description']:
        line += f". {entry['description']}"
    entry['heard'] = line
    entry['context'] = context_of(node)
    return entry


def context_of(node):
    """The heard lines of the objects around `node` that Orca names as focus enters them
    (landmarks, forms, named groups, tables, lists, articles), outermost first."""
    out = []
    parent = node.parent
    for _ in range(100):
        if parent is None or parent.getRole() in (pyatspi.ROLE_DOCUMENT_WEB, pyatspi.ROLE_FRAME, pyatspi.ROLE_APPLICATION):
            break
        role = fresh(parent).getRoleName()
        if role in ('landmark', 'form', 'panel', 'table', 'list', 'article'):
            line = heard(role, parent.name or '', state_names(parent), attributes(parent), parent)
            if line:
                out.append(line)
        parent = parent.parent
    return out[::-1]


def focused_in(node, depth=0):
    """The object with the focused state under `node` (not the document itself), or None."""
    if depth > 200:
        return None
    if fresh(node).getState().contains(pyatspi.STATE_FOCUSED) and node.getRole() != pyatspi.ROLE_DOCUMENT_WEB:
        return node
    for child in node:
        if child is not None:
            found = focused_in(child, depth + 1)
            if found is not None:
                return found
    return None


def live_politeness(node):
    for _ in range(50):
        if node is None:
            return None
        try:
            attrs = attributes(node)
        except Exception:
            return None
        if attrs.get('container-live') in ('polite', 'assertive'):
            return attrs['container-live']
        if attrs.get('live') in ('polite', 'assertive'):
            return attrs['live']
        node = node.parent
    return None


EVENTS = []


def on_event(event):
    try:
        source = event.source
        if event.type.startswith('object:state-changed:focused'):
            if event.detail1 == 1 and source.getRole() not in (pyatspi.ROLE_DOCUMENT_WEB, pyatspi.ROLE_FRAME):
                EVENTS.append({'type': 'focus', 'node': describe(source)})
        elif event.type.startswith('object:text-changed:insert'):
            politeness = live_politeness(source)
            if politeness:
                text = event.any_data if isinstance(event.any_data, str) else ''
                EVENTS.append({'type': 'live', 'politeness': politeness, 'text': text,
                               'region': attributes(source).get('class', '')})
        elif event.type.startswith('object:state-changed:'):
            kind = event.type.split(':')[2]
            if kind in ('checked', 'expanded'):
                EVENTS.append({'type': 'state', 'state': kind, 'value': bool(event.detail1),
                               'node': {'role': source.getRoleName(), 'name': source.name or '',
                                        'id': attributes(source).get('id', '')}})
    except Exception as error:  # an object gone while its event waited
        EVENTS.append({'type': 'error', 'message': str(error)})


def answer(request):
    command = request.get('cmd')
    if command == 'read':
        document = find_document(request['uri'])
        if document is None:
            return {'ok': False, 'error': f"no Chromium document at {request['uri']}",
                    'documents': [document_uri(d) for d in chromium_documents()]}
        return {'ok': True, 'uri': document_uri(document), 'nodes': read(document)}
    if command == 'focus':
        document = find_document(request['uri'])
        if document is None:
            return {'ok': False, 'error': f"no Chromium document at {request['uri']}"}
        node = focused_in(document)
        events = drain()
        return {'ok': True, 'focused': describe(node) if node is not None else None, 'events': events}
    if command == 'events':
        return {'ok': True, 'events': drain()}
    if command == 'documents':
        return {'ok': True, 'documents': [document_uri(d) for d in chromium_documents()]}
    return {'ok': False, 'error': f'unknown command {command!r}'}


def drain():
    out = EVENTS[:]
    EVENTS.clear()
    return out


def on_input(channel, condition):
    if condition & (GLib.IO_HUP | GLib.IO_ERR):
        pyatspi.Registry.stop()
        return False
    line = channel.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        request = json.loads(line)
        if request.get('cmd') == 'quit':
            pyatspi.Registry.stop()
            return False
        response = answer(request)
    except Exception as error:
        response = {'ok': False, 'error': f'{type(error).__name__}: {error}'}
    sys.stdout.write(json.dumps(response, ensure_ascii=False) + '\n')
    sys.stdout.flush()
    return True


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--dump':
        document = find_document(sys.argv[2])
        if document is None:
            sys.exit(f'no Chromium document at {sys.argv[2]}')
        for entry in read(document):
            if entry['heard']:
                print('  ' * entry['depth'] + entry['heard'])
        return
    pyatspi.Registry.registerEventListener(
        on_event, 'object:state-changed:focused', 'object:state-changed:checked',
        'object:state-changed:expanded', 'object:text-changed:insert')
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR, on_input)
    sys.stdout.write(json.dumps({'ok': True, 'ready': True, 'pid': os.getpid()}) + '\n')
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == '__main__':
    main()
