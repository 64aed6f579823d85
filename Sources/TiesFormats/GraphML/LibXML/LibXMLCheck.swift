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

/// libxml2 sets up its global state (dictionaries, error and memory hooks, thread keys) on
/// first use without a lock, and its documentation asks a threaded program to call
/// `xmlInitParser()` once before any thread uses it: the GraphML reader reads chunks on
/// several threads, and tests and `ties serve` read and write on many. Every reader and
/// writer calls `LibXML.initialize()` first; the first call initializes libxml2, once
/// (Swift runs a static's initializer once, under a lock).
enum LibXML {
  private static let initialized: Void = xmlInitParser()

  /// - Complexity: O(1) after the first call.
  static func initialize() { _ = initialized }
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
