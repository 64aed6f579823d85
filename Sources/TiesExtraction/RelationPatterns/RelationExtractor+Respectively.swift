import TiesModel

/// Posts read with the article around the sentence: paired in order by "respectively", taken in
/// the article's organization, or in the organization the sentence before opened with.
extension RelationExtractor {
  /// Verbs between the people and their posts in a sentence that pairs them.
  static let respectiveVerbs = appointmentVerbs.union([
    "are", "were", "is", "as", "became", "serve", "remain",
  ])

  /// "A and B were re-elected as chairman and vice chairman respectively": the people before
  /// the verb take the titles after it in order, in the organization named after the titles
  /// ("… of the Council") or, when none is, the article's organization. "A and B are CEOs of X
  /// and Y respectively": one title, and the organizations in order. Nothing when the counts
  /// differ.
  /// - Complexity: O(f + r) for the found spans and titles of the sentence.
  func respectivePosts(_ s: SentenceAnalysis, mainOrganization: String?, into out: inout [FoundRelation]) {
    guard let end = s.tokens.firstIndex(where: { $0.lower == "respectively" }),
      let verb = s.tokens[..<end].lastIndex(where: { Self.respectiveVerbs.contains($0.lower) })
    else { return }
    let people = s.found.filter { $0.type == .person && !$0.isSynthetic && $0.hi <= verb }
    let titles = s.roles.filter { $0.lo > verb && $0.hi <= end }
    let organizations = s.found.filter {
      $0.type.isOrganization && !$0.isSynthetic && $0.lo > verb && $0.hi <= end
    }
    guard people.count >= 2 else { return }
    var posts: [(title: String, organization: String)] = []
    if titles.count == people.count, organizations.count <= 1,
      let organization = organizations.first?.key ?? mainOrganization
    {
      posts = titles.map { ($0.title, organization) }
    } else if titles.count == 1, organizations.count == people.count {
      posts = organizations.map { (titles[0].title, $0.key) }
    }
    guard posts.count == people.count else { return }
    for (person, post) in zip(people, posts) {
      out.append(
        FoundRelation(
          subject: person.key, predicate: .affiliatedWith, object: post.organization, role: post.title,
          lo: person.lo, hi: end, rule: "respectively", confidence: 0.7))
    }
  }
}

/// Posts given without an organization.
extension RelationExtractor {
  /// Verbs by which a person takes a post without naming where: "was elected", "will serve as".
  static let postTakingVerbs = appointmentVerbs.union(["serve", "serves", "served"])

  /// Words of a title that belong to a government, not to an organization an article is about.
  static let publicOfficeWords: Set<String> = [
    "minister", "governor", "mayor", "ambassador", "senator", "president of the republic", "premier",
    "consul", "envoy", "lawmaker", "legislator", "judge",
  ]

  /// Subjects that elect for the article's organization without naming it: "The assembly
  /// elected …", "Members re-elected …", "It named …".
  static let electingBodies: Set<String> = [
    "assembly", "meeting", "board", "chamber", "council", "federation", "association", "members",
    "shareholders", "delegates", "congress", "it", "they", "organisation", "organization",
  ]

  /// "Jane Doe was elected as the spokesperson.", "John Roe will serve as executive
  /// secretary-general", "The assembly also elected Jane Doe, CEO of Acme, as first vice
  /// president": a post taken, where the sentence names no organization for it, in an article
  /// about one organization (`mainOrganization`), is a post there. Not a public office (a
  /// minister, a governor), and not a title followed by "of" or "at" (a place or body the
  /// sentence does not recognize).
  /// - Complexity: O(t) for the sentence's t tokens.
  func postsInArticleOrganization(
    _ s: SentenceAnalysis, mainOrganization: String?, into out: inout [FoundRelation]
  ) {
    guard let organization = mainOrganization else { return }
    let namesOrganization = s.found.contains(where: { $0.type.isOrganization })
    for person in s.found where person.type == .person && !person.isSynthetic {
      let holdsPost = out.contains { $0.subject == person.key && $0.predicate == .affiliatedWith }
      var post: RoleSpan?
      if !namesOrganization && !holdsPost { post = postTaken(s, by: person) }
      // Active, with a subject that is the organization or its meeting, unnamed.
      if post == nil, let active = activeAppointment(s, of: person), (0...1).contains(active.subjectEnd),
        Self.electingBodies.contains(s.tokens[active.subjectEnd].lower),
        active.subjectEnd == 0 || s.tokens[0].lower == "the",
        !s.tokens[active.subjectEnd].isCapitalized || active.subjectEnd == 0,
        !s.found.contains(where: { $0.type.isOrganization && $0.lo <= active.subjectEnd }),
        // "The board appointed Jane Doe as chief executive of Acme": Acme's post.
        active.role.hi >= s.tokens.count || !["of", "at"].contains(s.tokens[active.role.hi].lower)
      {
        // "… elected Jane Doe, CEO of Acme, as first vice president": a second post, not Acme's.
        post = out.contains { $0.subject == person.key && $0.role == active.role.title } ? nil : active.role
      }
      guard let role = post, !Self.publicOfficeWords.contains(where: { TextSearch.contains(role.title, $0) })
      else { continue }
      out.append(
        FoundRelation(
          subject: person.key, predicate: .affiliatedWith, object: organization, role: role.title,
          lo: person.lo, hi: role.hi, rule: "post-in-article-organization", confidence: 0.6))
    }
  }

  /// "Jane Doe was elected as the spokesperson.": the title after the verbs of taking a post,
  /// ending the clause.
  private func postTaken(_ s: SentenceAnalysis, by person: Found) -> RoleSpan? {
    var k = person.hi
    var taken = false
    while k < s.tokens.count && k < person.hi + 5
      && (Self.linkingVerbs.contains(s.tokens[k].lower) || Self.postTakingVerbs.contains(s.tokens[k].lower)
        || Self.appointmentAdverbs.contains(s.tokens[k].lower))
    {
      if Self.postTakingVerbs.contains(s.tokens[k].lower) { taken = true }
      k += 1
    }
    while k < s.tokens.count && ["as", "its", "the", "a", "an", "new"].contains(s.tokens[k].lower) { k += 1 }
    guard taken, let role = s.role(startingAt: k),
      role.hi == s.tokens.count || [".", ",", ";", "and"].contains(s.tokens[role.hi].lower)
    else { return nil }
    return role
  }

  /// "The Kestrel Chamber said … . Its president, Jane Doe, called it …": "Its" and a title
  /// opening a sentence that names no organization before the person give the post in the
  /// organization the sentence before opened with (`previousSubject`).
  /// - Complexity: O(f) for the f found spans of the sentence.
  func itsTitleOpeningSentence(
    _ s: SentenceAnalysis, previousSubject: String, into out: inout [FoundRelation]
  ) {
    guard s.tokens.count > 2, s.tokens[0].lower == "its", let role = s.role(startingAt: 1) else { return }
    var k = role.hi
    if k < s.tokens.count && s.tokens[k].text == "," { k += 1 }
    guard let p = s.person(at: k), !s.found.contains(where: { $0.hi <= k && $0.type.isOrganization }) else {
      return
    }
    out.append(
      FoundRelation(
        subject: s.found[p].key, predicate: .affiliatedWith, object: previousSubject, role: role.title,
        lo: 0, hi: s.found[p].hi, rule: "its-title", confidence: 0.7))
  }
}
