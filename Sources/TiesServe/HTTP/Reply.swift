import Foundation
import Hummingbird
import TiesQuery

/// Responses of the explorer, each with its content type and the headers that keep a page
/// from running anything: a content security policy that allows no script and loads nothing
/// from elsewhere, and `nosniff`.
enum Reply {
  /// Pages may show their own pictures (`<object>`) and nothing else.
  static let pagePolicy =
    "default-src 'none'; style-src 'unsafe-inline'; object-src 'self'; frame-src 'self'; img-src 'self'; form-action 'self'"

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    make(text, status: status, type: "text/html; charset=utf-8", policy: pagePolicy)
  }

  static func svg(_ text: String) -> Response {
    make(text, status: .ok, type: "image/svg+xml", policy: "default-src 'none'; style-src 'unsafe-inline'")
  }

  static func yaml(_ text: String) -> Response {
    make(text, status: .ok, type: "application/yaml; charset=utf-8", policy: "default-src 'none'")
  }

  /// `value` as JSON (`AnswerJSON.encode`: sorted keys, as the command line prints it).
  static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
    let text = (try? AnswerJSON.encode(value)) ?? "{\"error\": \"cannot encode the answer\"}\n"
    return make(text, status: status, type: "application/json", policy: "default-src 'none'")
  }

  /// An error as a page.
  static func errorPage(_ error: ServeError) -> Response {
    let body =
      "<h1>\(error.status.code) \(HTML.escape(error.status.reasonPhrase))</h1><p>\(HTML.escape(error.message))</p>"
    return html(HTML.page(title: error.status.reasonPhrase, body: body), status: error.status)
  }

  /// An error as JSON: `{"error": message}` and, for a name, its candidates or suggestions.
  static func errorJSON(_ error: ServeError, candidates: [EntityJSON]? = nil) -> Response {
    json(ErrorJSON(error: error.message, candidates: candidates), status: error.status)
  }

  private static func make(_ text: String, status: HTTPResponse.Status, type: String, policy: String)
    -> Response
  {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.contentSecurityPolicy] = policy
    headers[.xContentTypeOptions] = "nosniff"
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}

struct ErrorJSON: Encodable {
  var error: String
  var candidates: [EntityJSON]?
}
