/// An article split into what extraction reads: the headline, the dateline, and the body
/// paragraphs, with markup residue and boilerplate set aside.
///
/// Offsets everywhere are Unicode scalar offsets into `text`, so evidence points at the
/// original file even though some lines are skipped.
public struct Article: Sendable {
  /// A run of text to read, with whether it is the headline.
  public struct Paragraph: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var isHeadline: Bool
    /// The paragraph's tokens, read once.
    public var tokens: [Token]
  }

  public let text: [Unicode.Scalar]
  public private(set) var paragraphs: [Paragraph] = []
  /// ISO 8601 publication date, when a dateline states one.
  public private(set) var dateline: String?
  public private(set) var headline: String?
  /// Lines left out, with the reason (for diagnostics and tests).
  public private(set) var skipped: [(line: Int, reason: String)] = []

  static let footerPhrases = [
    "write comments", "log in to", "comments are closed", "copyright", "all rights reserved",
    "standards board policy", "subscribe", "click here", "related articles", "reproduction",
    "redistribution", "newsletter", "sign up", "share this article", "follow us",
  ]
  static let captionPrefixes = [
    "photo:", "[photo", "(photo", "caption:", "[caption", "image:", "[image", "pictured:",
  ]

  /// Reads the lines of `text`.
  /// - Complexity: O(n) in the length of the text.
  public init(text: [Unicode.Scalar]) {
    var words = WordTable(classify: nil, capacityLimit: 1 << 14)
    self.init(text: text, words: &words)
  }

  /// Reads the lines of `text`, interning its tokens in `words`.
  /// - Complexity: O(n) in the length of the text.
  init(text: [Unicode.Scalar], words: inout WordTable) {
    self.text = text
    let tokenizer = Tokenizer()
    var seenLines = Set<UInt64>()
    var imageAltTexts: [String] = []
    var lineNumber = 0
    var lineStart = 0
    var sawHeadline = false
    var sawBody = false
    while lineStart <= text.count {
      let lineEnd = text.withUnsafeBufferPointer { scalars in
        var end = lineStart
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        return end
      }
      lineNumber += 1
      defer { lineStart = lineEnd + 1 }
      var start = lineStart
      var end = lineEnd
      while start < end && text[start].properties.isWhitespace { start += 1 }
      while end > start && text[end - 1].properties.isWhitespace { end -= 1 }
      if start >= end {
        if lineEnd >= text.count { break }
        continue
      }
      // Only short lines can be captions, datelines, bylines or footers: build their text;
      // long lines are checked for duplicates by hash.
      let isShort = end - start < 160
      let first = text[start]
      let mayBeMarkup = first == "!" || first == "[" || first == "(" || first == "<"
      let line = isShort || mayBeMarkup ? TextSearch.string(text[start..<end]) : ""
      let lower = isShort || mayBeMarkup ? line.lowercased() : ""
      if mayBeMarkup && (line.hasPrefix("![") || line.hasPrefix("[![") || lower.hasPrefix("<img")) {
        if let close = line.firstIndex(of: "]") {
          imageAltTexts.append(String(line[line.index(line.startIndex, offsetBy: 2)..<close]))
        }
        skipped.append((lineNumber, "image"))
        continue
      }
      if (isShort || mayBeMarkup) && Article.captionPrefixes.contains(where: { lower.hasPrefix($0) }) {
        skipped.append((lineNumber, "caption"))
        continue
      }
      if !imageAltTexts.isEmpty {
        let full = isShort ? line : TextSearch.string(text[start..<end])
        if imageAltTexts.contains(where: { !$0.isEmpty && full.hasPrefix($0.prefix(60)) }) {
          skipped.append((lineNumber, "caption"))
          continue
        }
      }
      // Length and both ends identify a repeated line well enough (captions repeated verbatim).
      var lineHash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(end - start)
      for s in text[start..<min(end, start + 48)] {
        lineHash = (lineHash ^ UInt64(s.value)) &* 0x100_0000_01b3
      }
      for s in text[max(start, end - 48)..<end] { lineHash = (lineHash ^ UInt64(s.value)) &* 0x100_0000_01b3 }
      if !seenLines.insert(lineHash).inserted {
        skipped.append((lineNumber, "duplicate"))
        continue
      }
      if isShort && Article.footerPhrases.contains(where: { TextSearch.contains(lower, $0) }) {
        skipped.append((lineNumber, "boilerplate"))
        continue
      }
      var tokens = tokenizer.tokenize(text, from: start, to: end, words: &words)
      // Datelines: "date 2025-05-27 …", "Published: 27 May. 2025, 17:46", "May 17, 2023",
      // "SEOUL, March 14, 2024 — …".
      if let first = tokens.first,
        ["date", "published", "updated", "posted", "posted:", "last", "first"].contains(first.lower),
        first.lower == "date" || DateParsing.firstDate(in: Array(tokens.prefix(10))) != nil
      {
        if dateline == nil { dateline = DateParsing.firstDate(in: Array(tokens.prefix(10))) }
        if first.lower == "date", tokens.count > 2, DateParsing.isoDate(tokens[1].text) != nil {
          // The headline follows the date on the same line.
          start = tokens[2].start
          tokens.removeFirst(2)
        } else {
          skipped.append((lineNumber, "dateline"))
          continue
        }
      } else if tokens.count <= 12, let date = DateParsing.firstDate(in: tokens),
        tokens.allSatisfy({
          $0.kind != .word || DateParsing.isDayOrMonth($0.text)
            || $0.isAllCaps
            || ["a.m.", "p.m.", "am", "pm", "at"].contains($0.lower)
        })
      {
        if dateline == nil { dateline = date }
        skipped.append((lineNumber, "dateline"))
        continue
      } else if !sawBody,
        let dash = tokens.prefix(10).firstIndex(where: { ["\u{2014}", "\u{2013}"].contains($0.text) }),
        dash > 0, dash + 1 < tokens.count, let date = DateParsing.firstDate(in: Array(tokens[..<dash])),
        tokens[0].isAllCaps || DateParsing.month(tokens[0].text) != nil
      {
        if dateline == nil { dateline = date }
        // "RIGA, March 3, 2025 — …": the place of the dateline stays, as a line of its own.
        if let comma = tokens.prefix(5).firstIndex(where: { $0.text == "," }), comma > 0, comma < dash,
          tokens[..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized })
        {
          let place = Array(tokens[..<comma])
          paragraphs.append(
            Paragraph(
              start: place[0].start, end: place[place.count - 1].end, isHeadline: false, tokens: place))
        }
        start = tokens[dash + 1].start
        tokens.removeFirst(dash + 1)
      }
      var words = 0
      for k in tokens.indices where tokens[k].kind == .word { words += 1 }
      let lastText = tokens.last?.text ?? ""
      // "… CEO of Holm Corp.": an abbreviation's period ends the line's sentence too; a
      // headline may end in one ("Kestrel buys Holm Corp"), but it is short.
      let abbreviated = tokens.last.map { $0.kind == .word && $0.endsWithPeriod } ?? false
      let terminal =
        [".", "!", "?", "\"", "\u{201D}", "\u{2019}", ")"].contains(lastText) || abbreviated && words > 12
      if isShort && lower.hasPrefix("by ") && words <= 5 && !terminal {
        skipped.append((lineNumber, "byline"))
        continue
      }
      if !sawHeadline && !sawBody && !terminal && words >= 3 {
        sawHeadline = true
        headline = TextSearch.string(text[start..<end])
        paragraphs.append(Paragraph(start: start, end: end, isHeadline: true, tokens: tokens))
        continue
      }
      // List items ("- Jane Doe, CEO of Acme") and the lines that introduce them ("Speakers
      // included:") are short and unpunctuated, but they are text.
      let isListLine =
        ["-", "\u{2022}", "*", "\u{2013}", "\u{00B7}", "\u{25AA}", "\u{25CF}"].contains(
          tokens.first?.text ?? "")
        || lastText == ":"
      if !terminal && !abbreviated && words <= 8 && !isListLine {
        skipped.append((lineNumber, "boilerplate"))
        continue
      }
      sawBody = true
      paragraphs.append(Paragraph(start: start, end: end, isHeadline: false, tokens: tokens))
    }
  }
}
