"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One ``<testsuite>`` per file with findings and one failing ``<testcase>`` per finding
(``classname`` is the path).  A run without findings has one passing test case, so the CI
shows "1 passed" rather than an empty report.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from toolkit.qa.runner import RunResult
from toolkit.report._common import by_path

# Characters XML 1.0 cannot hold at all (a msgid may contain them).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(result: RunResult, *, color: bool = False) -> str:
    """The JUnit document (UTF-8, with an XML declaration)."""
    total = len(result.findings)
    root = ET.Element("testsuites", name="toolkit check", tests=str(max(total, 1)),
                      failures=str(total), errors="0")
    if not result.findings:
        suite = ET.SubElement(root, "testsuite", name="toolkit check", tests="1",
                              failures="0", errors="0")
        ET.SubElement(suite, "testcase", name="no findings", classname="toolkit check")
    for path, findings in by_path(result.findings).items():
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(len(findings)),
                              failures=str(len(findings)), errors="0")
        for f in findings:
            case = ET.SubElement(suite, "testcase", name=f"{f.check} ({f.code}) line {f.line}",
                                 classname=path, file=path, line=str(f.line))
            failure = ET.SubElement(case, "failure", message=f.message, type=f.severity.value)
            where = f"{path}:{f.line}" if f.line > 0 else path
            body = [f"{where}: {f.severity.value} {f.check}: {f.message}"]
            if f.msgctxt is not None:
                body.append(f"msgctxt: {f.msgctxt}")
            body.append(f"msgid: {f.msgid}")
            excerpt = result.excerpts.get((f.path, f.msgctxt, f.msgid))
            if excerpt is not None:
                body.append(f"msgstr: {excerpt[1]}")
            failure.text = "\n".join(body)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _xml_safe(text) + "\n"
