"""An XML file as a small tree of elements that know their line and column.

Parsed only through ``defusedxml``: entity declarations (so no entity expansion, the
"billion laughs"), external entities and external DTDs are refused, and nothing is ever
fetched. Any fault gives an ``XmlFault`` at its line and column. XML 1.0 itself refuses
most C0 controls; the C1 controls and DEL it allows are refused too, as in a bank, and a
carriage return written as ``&#13;`` is a line break like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler
from xml.sax.xmlreader import AttributesImpl, Locator

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.sax import parseString

from ptquiz_gui.domain.control_chars import control_fault, first_control

MAX_DEPTH = 32


@dataclass(slots=True)
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    column: int  # 1-based
    children: list[Element] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _line_breaks("".join(self.parts))

    def child(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list[Element]:
        return [c for c in self.children if c.tag == tag]

    def child_text(self, tag: str) -> str:
        """The text of ``<tag><text>...</text></tag>``, Moodle's way of holding a text ('' if absent)."""
        holder = self.child(tag)
        inner = None if holder is None else holder.child("text")
        return "" if inner is None else inner.text


class XmlFault(Exception):
    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


class _Builder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.locator: Locator | None = None
        self.root: Element | None = None
        self._open: list[Element] = []

    def setDocumentLocator(self, locator: Locator) -> None:  # noqa: N802 (SAX's name)
        self.locator = locator

    def where(self) -> tuple[int, int]:
        if self.locator is None:
            return 1, 1
        return _position(self.locator.getLineNumber(), self.locator.getColumnNumber())

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802
        line, column = self.where()
        for value in attrs.values():
            self.refuse_control(value)
        if len(self._open) >= MAX_DEPTH:
            raise XmlFault(line, column, f"elements are nested more than {MAX_DEPTH} deep")
        element = Element(name, {key: _line_breaks(attrs[key]) for key in attrs.getNames()}, line, column)
        if self._open:
            self._open[-1].children.append(element)
        else:
            self.root = element
        self._open.append(element)

    def endElement(self, name: str) -> None:  # noqa: N802
        self._open.pop()

    def characters(self, content: str) -> None:
        self.refuse_control(content)
        if self._open:
            self._open[-1].parts.append(content)

    def refuse_control(self, text: str) -> None:
        char = first_control(_line_breaks(text))
        if char is not None:
            line, column = self.where()
            raise XmlFault(line, column, f"the file {control_fault(char)}")


def _line_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _position(line: int | None, column: int | None) -> tuple[int, int]:
    """A 1-based line and column from SAX's 1-based line and 0-based column."""
    return max(line or 1, 1), max(column or 0, 0) + 1


def _refusal(error: DefusedXmlException) -> str:
    if isinstance(error, EntitiesForbidden):
        return f"the file declares the entity '{error.name}'; entities are refused (they can expand without end)"
    if isinstance(error, ExternalReferenceForbidden):
        return "the file refers to an external resource; nothing is ever fetched"
    if isinstance(error, DTDForbidden):
        return "the file has a document type declaration, which is refused"
    return f"the file is refused: {error}"


def parse_xml(data: bytes) -> Element:
    """The root element of an XML document; ``XmlFault`` when it is malformed or unsafe."""
    builder = _Builder()
    try:
        parseString(data, builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except SAXParseException as error:
        message = str(error.getMessage())
        line, column = _position(error.getLineNumber(), error.getColumnNumber())
        raise XmlFault(line, column, f"not well-formed XML: {message}") from None
    except DefusedXmlException as error:
        line, column = builder.where()
        raise XmlFault(line, column, _refusal(error)) from None
    except SAXException as error:
        line, column = builder.where()
        raise XmlFault(line, column, f"not well-formed XML: {error.getMessage()}") from None
    except RecursionError:
        raise XmlFault(1, 1, f"elements are nested more than {MAX_DEPTH} deep") from None
    if builder.root is None:
        raise XmlFault(1, 1, "the file holds no XML element")
    return builder.root
