import TiesModel

/// The words the event patterns (`RelationExtractor+Events.swift`) look for: verbs of hosting,
/// attending and speaking, cues of lists of participants, references to an event.
extension RelationExtractor {
  /// Words between a host verb and "by" that say how or how often: "organised jointly by",
  /// "organized each year by", "hosted once again by".
  static let adverbsBeforeBy: Set<String> = [
    "jointly", "annually", "again", "once", "each", "every", "year", "traditionally", "also", "mainly",
    "primarily", "usually", "regularly", "biennially", "partly", "largely",
  ]

  static let hostVerbs: Set<String> = [
    "hosted", "co-hosted", "cohosted", "organized", "organised", "co-organized", "co-organised", "organizes",
    "organises", "held",
    "holds",
    "hold", "hosts", "host", "convened", "sponsored", "co-sponsored", "launched", "staged", "opened",
  ]
  static let passiveMarkers: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]
  static let coHostCues: [[String]] = [
    ["along", "with"], ["together", "with"], ["jointly", "with"], ["in", "cooperation", "with"],
    ["in", "partnership", "with"], ["with"],
  ]
  /// Cues after which the people listed attended.
  static let attendanceListCues: [[String]] = [
    ["attended", "by"], ["delegation", "included"], ["delegation", "includes"],
    ["delegation", "consisted", "of"],
    ["delegation", "comprised"], ["panelists", "included"], ["panelists", "were"],
    ["participants", "included"],
    ["speakers", "included"], ["attendees", "included"], ["delivered", "by"], ["moderated", "by"],
    ["joined", "by"], ["presided", "over", "by"], ["chaired", "by"], ["side", "were"], ["side", "included"],
    ["which", "included"], ["delegation", "was", "led", "by"], ["led", "by"], ["headed", "by"],
    ["brought", "together"],
    ["featured"], ["featuring"], ["addressed", "by"], ["graced", "by"], ["co-chaired", "by"],
    ["opened", "by"], ["inaugurated", "by"], ["keynote", "by"], ["among", "the", "speakers"],
    ["among", "those"],
    ["among", "the", "participants"], ["among", "the", "attendees"], ["among", "the", "guests"],
    ["accompanied", "by"], ["delegation", "comprising"], ["delegation", "of"],
    ["in", "the", "presence", "of"],
    ["presence", "of"], ["panel", "of"], ["discussants"], ["panelists"], ["panellists"],
    ["signed", "by"], ["witnessed", "by"], ["session", "with"], ["panel", "with"], ["conversation", "with"],
    ["chat", "with"], ["heard", "from"], ["attending", "were"], ["attending", "was"], ["present", "were"],
    ["present", "was"],
  ]
  /// Words after an attendance verb that add who was there with the subject: "opened the
  /// week together with Jane Doe".
  static let togetherWithCues: [[String]] = [
    ["together", "with"], ["along", "with"], ["alongside"], ["jointly", "with"],
  ]
  /// Verbs that list the members of a group: "Members of the team include …".
  static let listingVerbs: Set<String> = [
    "include", "includes", "included", "including", "comprise", "comprises", "comprised", "comprising",
    "are", "were",
  ]
  /// Verbs after which the people named before them attended.
  static let attendanceVerbs: [[String]] = [
    ["attended"], ["took", "part"], ["participated"], ["joined"], ["delivered"], ["moderated"], ["presided"],
    ["chaired"], ["spoke"], ["addressed"], ["led"], ["headed"], ["briefed"], ["co-chaired"], ["opened"],
    ["inaugurated"], ["attend"], ["attending"], ["represented"], ["were", "present"], ["was", "present"],
    ["were", "among"], ["was", "among"], ["visited"], ["toured"], ["graced"], ["keynoted"], ["co-led"],
    ["were", "also", "present"], ["was", "also", "present"], ["also", "attended"], ["also", "spoke"],
    ["speak"], ["speaks"], ["speaking"], ["attends"], ["co-witnessed"], ["witnessed"], ["signed"],
    ["were", "also", "among"], ["was", "also", "among"],
  ]
  /// First words of the attendance cues: most tokens are rejected with one look-up.
  static let attendanceFirstWords: Set<String> = Set(
    (attendanceListCues + attendanceVerbs).compactMap { $0.first })
  /// Words that make every person of the sentence a participant.
  static let participationWords: Set<String> = [
    "moderating", "remarks", "keynote", "panelist", "panelists", "moderator", "speech", "speeches", "address",
    "presentation", "welcomed", "guest", "guests", "keynotes", "panel", "discussants", "speaker", "speakers",
    "attendance", "presence",
  ]
  /// Verbs and nouns of winning an award: "won the Exporter of the Year award".
  static let awardVerbs: Set<String> = ["won", "received", "accepted", "collected", "scooped", "bagged"]
  /// Also what ends an award's name, where a place's name in it names no place ("the Riga Award").
  static let awardNouns: Set<String> = [
    "award", "awards", "prize", "prizes", "trophy", "medal", "honour", "honor", "accolade",
  ]
  /// Words before an event word that point to another occasion of its series than the
  /// article's: "the last summit", "the next forum".
  static let otherOccasionWords: Set<String> = ["next", "last", "previous", "following", "first", "upcoming"]
  /// Event words for a journey to somewhere, often to another event (a trade mission to a fair).
  static let journeyWords: Set<String> = ["mission", "missions", "roadshow"]
  /// Words that refer to an event without naming it ("the event", "the gathering").
  static let referenceWords: Set<String> = [
    "event", "gathering", "occasion", "roundtable", "talks", "session",
  ]
  /// Verbs of speaking: in an article about an event, the people quoted spoke there.
  static let speechVerbs: Set<String> = [
    "said", "says", "told", "stressed", "emphasized", "emphasised", "noted", "added", "urged", "pledged",
    "proposed", "remarked", "explained", "argued", "warned", "welcomed", "called", "highlighted",
    "outlined", "announced", "presented", "unveiled", "underscored", "underlined", "stated", "reiterated",
    "thanked", "commended", "praised", "lauded", "congratulated", "assured", "acknowledged", "observed",
    "affirmed", "declared", "described", "recalled", "shared", "expressed",
  ]
  static let holdingCues: Set<String> = [
    "held", "hosted", "co-hosted", "cohosted", "organized", "organised", "co-organized", "took", "takes",
    "opened",
    "kicked", "convened", "scheduled", "gathered", "staged", "host", "hold", "place", "started", "began",
    "begins", "starts", "kicking", "concluded", "ended", "closed", "wrapped", "underway", "runs", "ran",
    "taking", "opens",
  ]
  /// Verbs of a headline that reports a gathering and where it was.
  static let meetingVerbs: Set<String> = [
    "meet", "meets", "met", "gather", "gathers", "convene", "convenes", "confer", "confers",
  ]
  /// Words between a venue's preposition and its place: "in western Seoul", "in the port city of Busan".
  static let directionWords: Set<String> = SentenceAnalysis.compassWords.union([
    "the", "of", "port", "capital", "coastal", "resort", "historic", "border",
  ]).union(MentionRecognizer.placeKindWords)
}
