import TiesModel

/// Building blocks of the explorer's pages: escaping, links and the page frame with its style
/// sheet. Every text from the graph (names, roles, sentences, document names) goes through
/// `HTML.escape`; nothing else is ever written unescaped into a page.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, safe in element
  /// content and in quoted attribute values.
  /// - Complexity: O(n).
  static func escape(_ text: String) -> String {
    // Works on UTF-8 bytes: the five characters are ASCII, and no byte of a longer
    // character equals one of them. Most names and sentences need nothing escaped.
    let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
    guard text.utf8.contains(where: special) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22: out += Array("&quot;".utf8)
      case 0x27: out += Array("&#39;".utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The URL of entity `id`'s page.
  static func entityURL(_ id: String) -> String { "/entity/" + QueryString.encode(id) }

  /// A URL with query parameters (nil values left out), already escaped for an attribute.
  static func url(_ path: String, _ parameters: [(String, String?)]) -> String {
    let query = parameters.compactMap { key, value in value.map { key + "=" + QueryString.encode($0) } }
    return escape(query.isEmpty ? path : path + "?" + query.joined(separator: "&"))
  }

  /// A link to vertex `v`'s page, with its type as a badge.
  static func entityLink(_ v: Int32, in snapshot: GraphSnapshot) -> String {
    "<a class=\"entity\" href=\"\(escape(entityURL(snapshot.id(v))))\">\(escape(snapshot.name(v)))</a> "
      + typeBadge(snapshot.type(v))
  }

  static func typeBadge(_ type: EntityType) -> String {
    "<span class=\"type t-\(escape(type.rawValue))\">\(escape(type.rawValue))</span>"
  }

  /// A number with thousands separators ("12,345").
  static func count(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return n < 0 ? "-" + out : out
  }

  /// A whole page: the frame, the navigation with the search box, and `body`.
  static func page(title: String, query: String = "", body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title)) · Ties</title>
    <style>\(styleSheet)</style></head>
    <body><header><a class="brand" href="/">Ties</a>
    <form action="/search" method="get" role="search">
    <input type="search" name="q" value="\(escape(query))" placeholder="Search a name, alias, acronym or id" aria-label="Search">
    <button type="submit">Search</button></form>
    <nav><a href="/path">Path</a> <a href="/openapi.yaml">API</a></nav></header>
    <main>
    \(body)
    </main></body></html>

    """
  }

  static let styleSheet = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
    header{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#1f3a5f;color:#fff;flex-wrap:wrap}
    header a{color:#fff;text-decoration:none}.brand{font-weight:700;font-size:1.2rem}
    header form{display:flex;gap:.4rem;flex:1;min-width:16rem}
    header input{flex:1;padding:.35rem .5rem;border:0;border-radius:4px;font:inherit}
    button{padding:.35rem .8rem;border:0;border-radius:4px;background:#e8b64c;font:inherit;cursor:pointer}
    main{max-width:70rem;margin:0 auto;padding:1rem 1.2rem}
    h1{font-size:1.5rem;margin:.4rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #d8dce3}
    a{color:#1f5fa8}.entity{font-weight:600}
    .type{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#e3e7ee;color:#394150;vertical-align:1px}
    .t-person{background:#dbeafe}.t-company{background:#fde68a}.t-association{background:#fed7aa}
    .t-government{background:#ddd6fe}.t-event{background:#bbf7d0}.t-place{background:#e5e7eb}.t-agreement{background:#fbcfe8}
    .muted{color:#5b6475}.note{background:#fff7e0;border-left:3px solid #e8b64c;padding:.3rem .6rem}
    ul.plain{list-style:none;padding:0}ul.plain li{margin:.25rem 0}
    .rel{background:#fff;border:1px solid #e1e4ea;border-radius:6px;padding:.4rem .7rem;margin:.4rem 0}
    .ev{margin:.2rem 0 0 1rem;font-size:.9rem;color:#394150}.ev .doc{color:#5b6475;font-size:.8rem}
    mark{background:#fde68a;padding:0 .1rem}
    table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;border-bottom:1px solid #e1e4ea}
    .picture{background:#fff;border:1px solid #e1e4ea;border-radius:6px;width:100%;height:32rem}
    form.path{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end}form.path label{display:flex;flex-direction:column;font-size:.85rem}
    form.path input{padding:.3rem .4rem;font:inherit}
    ol.hops>li{margin:.5rem 0}
    """
}
