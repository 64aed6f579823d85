import CLibXML2
import TiesModel

/// The one owner of an `xmlTextWriterPtr` (and of the `xmlOutputBuffer` it writes through);
/// frees it in `deinit`.
///
/// Bytes go to a `BufferedFileOutput` through an I/O callback, so that `endDocument()` can
/// flush them all to the kernel and report a failed write, which libxml2's own file output
/// (flushed only when the writer is freed) cannot. Every string passes through `XMLText.legal(_:)` first, because libxml2's writer copies
/// characters that XML 1.0 forbids (U+0001, U+FFFE…) into the output verbatim.
final class XMLTextWriter: LibXMLOwner {
  private let writer: xmlTextWriterPtr
  private let output: BufferedFileOutput
  let path: String

  /// Opens `path` for writing (truncating it), indenting nested elements by two spaces;
  /// errors name `reportedPath` when given (the target of a temporary file).
  /// - Throws: `FormatsError.io` when the file cannot be created.
  init(path: String, reportedPath: String? = nil) throws {
    LibXML.initialize()
    let output = try BufferedFileOutput(path: path, reportedPath: reportedPath)
    let path = reportedPath ?? path
    let context = Unmanaged.passUnretained(output).toOpaque()
    let buffer = xmlOutputBufferCreateIO(
      { context, bytes, count in
        guard let context, let bytes, count >= 0 else { return -1 }
        let output = Unmanaged<BufferedFileOutput>.fromOpaque(context).takeUnretainedValue()
        let raw = UnsafeRawBufferPointer(start: bytes, count: Int(count))
        return (try? output.write(raw)) == nil ? -1 : count
      }, nil, context, nil)
    guard let buffer else { throw FormatsError.io(path: path, message: "cannot create an XML output buffer") }
    guard let writer = xmlNewTextWriter(buffer) else {
      xmlOutputBufferClose(buffer)
      throw FormatsError.io(path: path, message: "cannot create an XML writer")
    }
    self.writer = writer
    self.output = output
    self.path = path
    try check(xmlTextWriterSetIndent(writer, 1), #function)
    try check(xmlTextWriterSetIndentString(writer, "  "), #function)
  }

  deinit { xmlFreeTextWriter(writer) }

  func failure(in function: String) -> FormatsError {
    .libxml(
      function: function, message: lastLibXMLErrorMessage() ?? "write failed",
      location: InputLocation(path: path))
  }

  func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), #function)
  }

  func startElement(_ name: String) throws {
    try check(xmlChars(name) { xmlTextWriterStartElement(writer, $0) }, #function)
  }

  /// An attribute of the element just started; `value` is cleaned of XML-illegal characters.
  func attribute(_ name: String, _ value: String) throws {
    let rc = xmlChars(name) { name in
      xmlChars(XMLText.legal(value)) { xmlTextWriterWriteAttribute(writer, name, $0) }
    }
    try check(rc, #function)
  }

  /// Escaped character data; `text` is cleaned of XML-illegal characters.
  func text(_ text: String) throws {
    try check(xmlChars(XMLText.legal(text)) { xmlTextWriterWriteString(writer, $0) }, #function)
  }

  /// `<name>text</name>` on one line.
  func element(_ name: String, text: String) throws {
    let rc = xmlChars(name) { name in
      xmlChars(XMLText.legal(text)) { xmlTextWriterWriteElement(writer, name, $0) }
    }
    try check(rc, #function)
  }

  /// Calls `body` with the string's NUL-terminated UTF-8 (without copying a native string);
  /// the pointer does not outlive the call.
  private func xmlChars(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
    string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
  }

  func endElement() throws {
    try check(xmlTextWriterEndElement(writer), #function)
  }

  /// Closes every open element, ends the document and flushes the file to the kernel.
  func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer), #function)
    try check(xmlTextWriterFlush(writer), #function)
    try output.flush()
  }
}
