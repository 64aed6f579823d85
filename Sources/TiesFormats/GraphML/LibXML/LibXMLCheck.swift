import CLibXML2
import TiesModel

/// A libxml2 resource that can explain a failed call: its owner knows the file and position.
protocol LibXMLOwner: AnyObject {
  /// The error to throw when `function` returned a failure code.
  func failure(in function: String) -> FormatsError
}

extension LibXMLOwner {
  /// Passes a libxml2 return code through, or throws `FormatsError.libxml` (or a more precise
  /// case) naming `function` when it signals failure (negative, as libxml2's convention is).
  @discardableResult
  func check(_ rc: Int32, _ function: String) throws -> Int32 {
    if rc < 0 { throw failure(in: function) }
    return rc
  }
}

/// libxml2's last error of this thread, as text (libxml2 2.9 keeps it per thread).
func lastLibXMLErrorMessage() -> String? {
  guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
  return trimmedMessage(String(cString: message))
}

func trimmedMessage(_ s: String) -> String {
  var text = Substring(s)
  while let last = text.last, last.isWhitespace { text = text.dropLast() }
  return String(text)
}
