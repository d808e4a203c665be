"""The text of a Word file as LibreOffice reads it: after Accept All tracked changes, after Reject All, and as opened.

Run by libreOfficeRevisions.ts with Debian's /usr/bin/python3, which has the `uno` module (python3-uno):

    /usr/bin/python3 libreOfficeRevisions.py <file.docx> <-env:UserInstallation=file:///profile> <timeout seconds>

Starts its own soffice listening on a free local port, loads the file hidden over UNO, dispatches
.uno:AcceptAllTrackedChanges and (on a second load) .uno:RejectAllTrackedChanges, and prints
{"accepted": ..., "rejected": ..., "original": ...} on stdout: one paragraph per line, the cells of a table row by
row in their order in the text. soffice is ended in every case.

Exit codes: 0 done, 2 usage, 3 python3-uno missing, 4 soffice missing, 5 LibreOffice failed.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:
    sys.stderr.write("python3-uno is missing: apt-get install -y python3-uno\n")
    sys.exit(3)


# "MS Word 2007 XML" for .docx (and "… Template", "… VBA"), "Office Open XML Text" for strict OOXML, "MS Word 97" for .doc.
WORD_FILTERS = ("MS Word", "Office Open XML Text")


class Failure(Exception):
    """LibreOffice did not do what was asked; the message says what."""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def property_value(name, value):
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def connect(process, port, deadline):
    """The component context of the soffice on port, trying until it listens or the deadline passes."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port
    while True:
        if process.poll() is not None:
            raise Failure("soffice exited with %s before accepting a connection" % process.returncode)
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise Failure("soffice did not accept a connection on port %d in time" % port)
            time.sleep(0.25)


def paragraph_lines(text):
    """The lines of a text (the body, a cell): one per paragraph, a table's cells row by row, in order."""
    lines = []
    enumeration = text.createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            lines.extend(table_lines(element))
        elif element.supportsService("com.sun.star.text.Paragraph"):
            lines.append(element.getString())
    return lines


def table_lines(table):
    # Cell names ("A1", "B1", "A2", "B2.1.1" for split cells) come row by row and hold merged and split cells,
    # which getCellByPosition on a rows × columns grid would not.
    lines = []
    for name in table.getCellNames():
        lines.extend(paragraph_lines(table.getCellByName(name)))
    return lines


def document_text(document):
    return "\n".join(paragraph_lines(document.getText()))


def load(desktop, url):
    document = desktop.loadComponentFromURL(url, "_blank", 0, (property_value("Hidden", True),))
    if document is None:
        raise Failure("LibreOffice could not load %s" % url)
    # LibreOffice opens what it cannot read as a Word file as plain text, without complaint: a damaged export would
    # pass for a document whose text is its zip bytes.
    filter_name = next((arg.Value for arg in document.getArgs() if arg.Name == "FilterName"), "")
    if not filter_name.startswith(WORD_FILTERS):
        document.close(True)
        raise Failure("LibreOffice did not read it as a Word file (it chose the filter %r): damaged, or not a .docx" % filter_name)
    return document


def text_after(context, desktop, url, command):
    """The text after dispatching command (or as opened when None), on a fresh load of the file."""
    document = load(desktop, url)
    try:
        if command is not None:
            dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
            frame = document.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, "", 0, ())
        return document_text(document)
    finally:
        document.close(True)


def end(process, desktop):
    """Asks soffice to quit, then kills its process group if it has not within a few seconds."""
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # The bridge goes down with the process: terminate often "fails" exactly when it works.
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    kill_group(process)
    process.wait(timeout=10)


def kill_group(process):
    try:
        os.killpg(process.pid, signal.SIGKILL)  # soffice's helper processes share its group.
    except ProcessLookupError:
        pass


def on_signal(signum, _frame):
    # The caller's timeout sends SIGTERM: turn it into an exception so that the finally clauses end soffice.
    raise Failure("interrupted by signal %d" % signum)


def main(arguments):
    if len(arguments) != 3:
        sys.stderr.write(__doc__)
        return 2
    source, profile_argument, timeout = os.path.abspath(arguments[0]), arguments[1], float(arguments[2])
    deadline = time.monotonic() + timeout
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.stderr.write("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer python3-uno\n")
        return 4
    if not os.path.isfile(source):
        sys.stderr.write("LibreOffice cannot open %s: the file does not exist.\n" % source)
        return 5
    signal.signal(signal.SIGTERM, on_signal)
    port = free_port()
    process = subprocess.Popen(
        [
            soffice,
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            profile_argument,
            "--accept=socket,host=127.0.0.1,port=%d;urp;" % port,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # A UNO call that hangs is not interrupted by a signal; killing soffice at the deadline makes it fail instead.
    watchdog = threading.Timer(timeout, kill_group, (process,))
    watchdog.daemon = True
    watchdog.start()
    desktop = None
    try:
        context = connect(process, port, deadline)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        url = uno.systemPathToFileUrl(source)
        result = {
            "original": text_after(context, desktop, url, None),
            "accepted": text_after(context, desktop, url, ".uno:AcceptAllTrackedChanges"),
            "rejected": text_after(context, desktop, url, ".uno:RejectAllTrackedChanges"),
        }
    except Exception as error:
        late = " (it ran out of its %g s)" % timeout if time.monotonic() > deadline else ""
        sys.stderr.write("LibreOffice failed on %s%s: %s\n" % (source, late, error))
        if not isinstance(error, Failure):
            traceback.print_exc(file=sys.stderr)
        return 5
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # A second SIGTERM must not cut the clean-up short.
        watchdog.cancel()
        end(process, desktop)
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
