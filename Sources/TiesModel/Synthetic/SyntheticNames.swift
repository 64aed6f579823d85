import TiesGraph

/// Made-up but realistic names for the synthetic graph: Korean, Japanese and English style
/// people, companies, associations and events. Pure functions of the generator's stream.
enum SyntheticNames {
  static let koreanSurnames = [
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
    "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
  ]
  static let koreanSyllables = [
    "Min", "Jun", "Seo", "Yeon", "Ji", "Hoon", "Woo", "Hyun", "Soo", "Young",
    "Eun", "Jae", "Sung", "Ha", "Do", "Chan", "Hee", "Kyung", "Tae", "Bin",
  ]
  static let japaneseSurnames = [
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
    "Kimura", "Hayashi", "Shimizu", "Mori",
  ]
  static let japaneseGiven = [
    "Haruto", "Yuto", "Sota", "Yui", "Aoi", "Hina", "Ren", "Riku", "Kaito", "Sakura",
    "Hiroshi", "Takeshi", "Kenji", "Yuki", "Akira", "Naoko", "Emi", "Daiki", "Shota", "Mei",
  ]
  static let englishGiven = [
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William",
    "Elizabeth", "David", "Susan", "Richard", "Sarah", "Thomas", "Karen", "Daniel", "Emily",
    "Andrew", "Laura",
  ]
  static let englishSurnames = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Walker", "Young",
  ]
  static let initials = Array("ABCDEFGHJKLMNPRSTW").map(String.init)
  static let companyStems = [
    "Hanil", "Daesung", "Seorin", "Mirae", "Kumho", "Taeyang", "Hanbit", "Dongwon", "Nippon",
    "Sakura", "Fuji", "Asahi", "Meiji", "Kiyo", "Pacific", "Northern", "Summit", "Atlas",
    "Harbor", "Pioneer", "Crescent", "Evergreen", "Keystone", "Meridian",
  ]
  static let sectors = [
    "Steel", "Chemical", "Shipbuilding", "Electronics", "Motors", "Logistics", "Holdings",
    "Securities", "Bank", "Construction", "Foods", "Pharmaceuticals", "Energy", "Telecom",
    "Textiles", "Trading", "Insurance", "Semiconductor", "Aerospace", "Software",
  ]
  static let companySuffixes = ["Co.", "Ltd.", "Corp.", "Inc.", "Group", "Industries", "Holdings"]
  static let regions = [
    "Korea", "Japan", "Asia-Pacific", "International", "Seoul", "Tokyo", "Osaka", "Busan",
    "East Asian", "Global",
  ]
  static let associationKinds = ["Association", "Federation", "Council", "Society", "Institute", "Forum"]
  static let cities = [
    "Seoul", "Busan", "Tokyo", "Osaka", "Incheon", "Kyoto", "Singapore", "London", "New York", "Daegu",
  ]
  static let topics = [
    "Trade", "Energy", "Industry", "Technology", "Maritime", "Finance", "Steel", "Innovation",
    "Policy", "Culture",
  ]
  static let eventKinds = ["Forum", "Summit", "Conference", "Symposium", "Expo", "Dialogue"]

  static func pick(_ list: [String], _ rng: inout SplitMix64) -> String { list[rng.below(list.count)] }

  /// "Kim Min-jun", "Sato Haruto" or "Laura K. Walker": 45% Korean, 30% Japanese, 25% English.
  static func person(_ rng: inout SplitMix64) -> String {
    let style = rng.below(100)
    if style < 45 {
      let first = pick(koreanSyllables, &rng)
      let second = pick(koreanSyllables, &rng).lowercased()
      return "\(pick(koreanSurnames, &rng)) \(first)-\(second)"
    } else if style < 75 {
      return "\(pick(japaneseSurnames, &rng)) \(pick(japaneseGiven, &rng))"
    } else {
      return "\(pick(englishGiven, &rng)) \(pick(initials, &rng)). \(pick(englishSurnames, &rng))"
    }
  }

  static func company(_ rng: inout SplitMix64) -> String {
    "\(pick(companyStems, &rng)) \(pick(sectors, &rng)) \(pick(companySuffixes, &rng))"
  }

  static func association(_ rng: inout SplitMix64) -> String {
    "\(pick(regions, &rng)) \(pick(sectors, &rng)) \(pick(associationKinds, &rng))"
  }

  /// An event name and its date (ISO 8601).
  static func event(_ rng: inout SplitMix64) -> (name: String, date: String) {
    let year = 2015 + rng.below(11)
    let month = 1 + rng.below(12)
    let day = 1 + rng.below(28)
    let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    return ("\(year) \(pick(cities, &rng)) \(pick(topics, &rng)) \(pick(eventKinds, &rng))", date)
  }
}
