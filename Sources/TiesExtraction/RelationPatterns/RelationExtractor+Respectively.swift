import TiesModel

/// Posts paired in order by "respectively".
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
