import TiesModel

/// Runs: the stretches of name tokens, joined by connectors, that classification types.
extension MentionRecognizer {
  /// A word that can be part of a name (see `Token.startsName`); numbers never are.
  func isNameToken(at i: Int, in tokens: [Token]) -> Bool {
    tokens[i].kind == .word && tokens[i].startsName
  }

  /// The end of a run of name tokens starting at `start`, joined by connectors.
  func runEnd(from start: Int, tokens: [Token], covered: [Bool]) -> Int {
    var end = start + 1
    var j = start + 1
    while j < tokens.count && !covered[j] {
      if isNameToken(at: j, in: tokens) {
        end = j + 1
        j += 1
        continue
      }
      // "Sumitomo Electric Industries, Ltd.": a legal suffix after a comma.
      let isComma = lexicon.classes(of: tokens[j]).contains(.comma)
      if isComma, j + 1 < tokens.count, lexicon.legalSuffixes.contains(tokens[j + 1].lower) {
        end = j + 2
        j += 2
        continue
      }
      // "Harbour Realty (Lanka) Ltd.", "Vardhan Mills (Pvt) Limited": one word in parentheses
      // before a legal suffix belongs to the name.
      if tokens[j].text == "(", j + 3 < tokens.count, tokens[j + 2].text == ")",
        tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, tokens[j + 3].isCapitalized,
        lexicon.legalSuffixes.contains(tokens[j + 3].lower)
      {
        end = j + 4
        j += 4
        continue
      }
      // "Ministry of Trade, Industry and Energy": a list after "<prefix head> of".
      if isComma, j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens),
        listAfterPrefixHead(tokens, start: start, comma: j)
      {
        j += 1
        continue
      }
      // "SK hynix Inc.": a brand written in lower case, right before a capitalized legal suffix.
      if tokens[j].kind == .word && !tokens[j].isCapitalized && j + 1 < tokens.count
        && tokens[j + 1].isCapitalized && lexicon.legalSuffixes.contains(tokens[j + 1].lower)
        && !lexicon.classes(of: tokens[j]).contains(.connector)
      {
        end = j + 2
        j += 2
        continue
      }
      // "People's Government", "Air Carriers' Organization": a possessive inside a name, before
      // an organization word.
      if tokens[j].kind == .possessive || tokens[j].text == "'" || tokens[j].text == "\u{2019}",
        j + 1 < tokens.count, tokens[j - 1].isCapitalized, isNameToken(at: j + 1, in: tokens),
        tokens[j].kind == .possessive
          ? Self.possessiveNameWords.contains(tokens[j - 1].lower)
          : tokens[j - 1].lower.hasSuffix("s") && headWordAhead(tokens, from: j + 1)
      {
        j += 1
        continue
      }
      // "Congo/Nigeria Business Council": names joined by a slash.
      if tokens[j].text == "/", j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens),
        tokens[j - 1].isCapitalized, tokens[j].start == tokens[j - 1].end,
        tokens[j + 1].start == tokens[j].end
      {
        j += 1
        continue
      }
      // "American Chamber of Commerce in Egypt", "Embassy in Lima": a body named with the
      // country or city it serves ("the Business Council in Mumbai" held a meeting there).
      if tokens[j].lower == "in", j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens), j - start >= 1,
        Self.bodiesNamedWithPlace.contains(tokens[j - 1].lower),
        !lexicon.classes(of: tokens[j + 1]).isDisjoint(with: [.city, .country]),
        let type = headType(tokens, start, j), type.isOrganization
      {
        end = j + 2
        j += 2
        continue
      }
      // 'Stephen "Tim" Quigley': a nickname in quotation marks inside a name.
      if Self.openingQuotes.contains(tokens[j].text), j + 3 < tokens.count, tokens[j + 1].isCapitalized,
        tokens[j + 1].kind == .word, Self.closingQuotes.contains(tokens[j + 2].text),
        isNameToken(at: j + 3, in: tokens)
      {
        j += 3
        continue
      }
      // "Pick ’n Pay": the contracted "and" of brand names.
      if ["'", "\u{2019}"].contains(tokens[j].text), j + 2 < tokens.count, tokens[j + 1].text == "n",
        isNameToken(at: j + 2, in: tokens), tokens[j - 1].isCapitalized
      {
        j += 2
        continue
      }
      // "Hyundai N x Toyota Gazoo Racing Festival": a collaboration written with "x".
      if tokens[j].text == "x", j + 1 < tokens.count, tokens[j + 1].isCapitalized, tokens[j - 1].isCapitalized
      {
        j += 1
        continue
      }
      // "Myron Ullman 3rd": a generational suffix written as an ordinal.
      if tokens[j].kind == .ordinal, j == end, ["2nd", "3rd", "4th"].contains(tokens[j].lower),
        j + 1 >= tokens.count || !isNameToken(at: j + 1, in: tokens)
      {
        end = j + 1
        break
      }
      // "Ferdinand R. Marcos, Jr.": a generational suffix after a comma.
      if isComma, j + 1 < tokens.count, PersonStyles.generational.contains(tokens[j + 1].lower),
        tokens[j + 1].isCapitalized
      {
        end = j + 2
        j += 2
        continue
      }
      if (lexicon.classes(of: tokens[j]).contains(.connector)
        || PersonStyles.particles.contains(tokens[j].lower))
        && !tokens[j].isCapitalized
        && (tokens[j].lower != "on" || Self.headsBeforeOn.contains(tokens[j - 1].lower))
      {
        var k = j + 1
        while k < tokens.count && (tokens[k].lower == "the") { k += 1 }
        // "the Trade Forum on Monday", "… on March 4": a day or month after "on" is a date.
        if k < tokens.count && !covered[k] && isNameToken(at: k, in: tokens) && k - j <= 2
          && !(tokens[j].lower == "on" && DateParsing.isDayOrMonth(tokens[k].text))
        {
          j = k
          continue
        }
      }
      break
    }
    return end
  }

  /// Whether one of the next few name words (before the run ends) ends an organization or place
  /// head: "Growers' Association", "Athens' Metropolitan Exhibition Centre".
  func headWordAhead(_ tokens: [Token], from k: Int) -> Bool {
    var m = k
    while m < tokens.count && m < k + 5 && isNameToken(at: m, in: tokens) {
      if lexicon.classes(of: tokens[m]).contains(.headLastWord) { return true }
      m += 1
    }
    return false
  }

  /// Whether the comma at `comma` continues "X of A, B and C" after a prefix head like Ministry,
  /// or after any organization's head when A, B and C are fields named by English words ("Chamber
  /// of Commerce, Industry, Mines and Agriculture", "Council for Foreign Trade, Investment and
  /// Technology").
  func listAfterPrefixHead(_ tokens: [Token], start: Int, comma: Int) -> Bool {
    var k = comma - 1
    var words = 0
    while k >= start {
      let t = tokens[k]
      if t.lower == "of" || t.lower == "for" {
        guard k > start, words <= 3 else { return false }
        let head = tokens[k - 1].lower
        if lexicon.prefixHeads[head] == .government { return true }
        return (lexicon.organizationHeads[head] != nil || lexicon.prefixHeads[head] != nil)
          && isListOfFields(tokens, from: comma + 1)
      }
      if t.text == "," { words = 0 } else { words += 1 }
      k -= 1
    }
    return false
  }

  /// "Industry, Mines and Agriculture": capitalized English words from `k` (no place, no body's
  /// head like "Board"), one or two at a time, joined by commas and closed by "and" or "&" and
  /// one more.
  /// - Complexity: O(length of the list).
  private func isListOfFields(_ tokens: [Token], from k: Int) -> Bool {
    func isField(_ i: Int) -> Bool {
      i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized
        && lexicon.classes(of: tokens[i]).contains(.englishWord)
        && lexicon.classes(of: tokens[i]).isDisjoint(with: [.city, .country])
        && ![.association, .government].contains(
          lexicon.organizationHeads[tokens[i].lower] ?? lexicon.prefixHeads[tokens[i].lower])
    }
    var m = k
    while isField(m) {
      if isField(m + 1) { m += 1 }  // "Foreign Trade"
      guard m + 1 < tokens.count else { return false }
      switch tokens[m + 1].lower {
      case ",": m += 2
      case "and", "&": return isField(m + 2)
      default: return false
      }
    }
    return false
  }

  /// `lo` past the places made adjectives that open a name ("Lagos-based Ikeja Holdings",
  /// "Tokyo-listed Hoshino Corp."): where a business sits or trades is not part of its name,
  /// nor a name alone ("the Kyiv-based builder").
  /// - Complexity: O(words skipped).
  func skippingPlaceAdjectives(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Int {
    var lo = lo
    while lo < hi, Self.placeAdjectiveEndings.contains(where: { tokens[lo].lower.hasSuffix($0) }) {
      lo += 1
    }
    return lo
  }

  /// Endings of a place made an adjective: "Lagos-based", "Tokyo-listed".
  static let placeAdjectiveEndings = ["-based", "-listed", "-headquartered", "-registered"]
}
