import PostgresNIO

/// Rows for one table, sent many at a time as arrays (`INSERT ... SELECT FROM unnest(...)`),
/// so that storing an article costs a few round trips, not one per row.
///
/// A nullable column travels as two arrays, the values and a null mask, because array binds
/// cannot hold NULL.
struct BulkInsert {
  enum Kind {
    case text, optionalText, bigint, double, bool
  }

  /// One value of a row, in column order.
  enum Value {
    case text(String)
    case optionalText(String?)
    case bigint(Int)
    case double(Double)
    case bool(Bool)
  }

  /// What to do with a row whose `conflict` column is stored already: overwrite `update`.
  struct Upsert {
    var conflict: String
    var update: [String]
  }

  let table: String
  let upsert: Upsert?
  let columns: [(name: String, kind: Kind)]
  /// Rows per statement.
  let batch: Int
  private var texts: [[String]]
  private var nulls: [[Bool]]
  private var ints: [[Int]]
  private var doubles: [[Double]]
  private var bools: [[Bool]]
  private(set) var pending = 0

  init(_ table: String, _ columns: [(String, Kind)], batch: Int = 4000, upsert: Upsert? = nil) {
    self.table = table
    self.upsert = upsert
    self.columns = columns.map { (name: $0.0, kind: $0.1) }
    self.batch = batch
    texts = Array(repeating: [], count: columns.count)
    nulls = Array(repeating: [], count: columns.count)
    ints = Array(repeating: [], count: columns.count)
    doubles = Array(repeating: [], count: columns.count)
    bools = Array(repeating: [], count: columns.count)
  }

  /// Adds one row (values in column order), sending a full batch through `session`.
  mutating func add(_ values: [Value], _ session: PostgresSession) throws {
    precondition(values.count == columns.count, "one value per column")
    for (i, value) in values.enumerated() {
      switch value {
      case .text(let text): texts[i].append(text)
      case .optionalText(let text):
        texts[i].append(text ?? "")
        nulls[i].append(text == nil)
      case .bigint(let number): ints[i].append(number)
      case .double(let number): doubles[i].append(number)
      case .bool(let flag): bools[i].append(flag)
      }
    }
    pending += 1
    if pending >= batch { try flush(session) }
  }

  private var conflictClause: String {
    guard let upsert else { return "" }
    let sets = upsert.update.map { "\"\($0)\" = excluded.\"\($0)\"" }.joined(separator: ", ")
    return "\nON CONFLICT (\"\(upsert.conflict)\") DO UPDATE SET \(sets)"
  }

  /// Sends the rows not sent yet.
  mutating func flush(_ session: PostgresSession) throws {
    guard pending > 0 else { return }
    var binds = PostgresBindings()
    var arrays: [String] = []
    var selected: [String] = []
    for (i, column) in columns.enumerated() {
      let name = "c\(i)"
      switch column.kind {
      case .text:
        binds.append(texts[i])
        arrays.append("$\(binds.count)::text[]")
        selected.append(name)
      case .optionalText:
        binds.append(texts[i])
        arrays.append("$\(binds.count)::text[]")
        binds.append(nulls[i])
        arrays.append("$\(binds.count)::bool[]")
        selected.append("CASE WHEN \(name)_null THEN NULL ELSE \(name) END")
      case .bigint:
        binds.append(ints[i])
        arrays.append("$\(binds.count)::bigint[]")
        selected.append(name)
      case .double:
        binds.append(doubles[i])
        arrays.append("$\(binds.count)::float8[]")
        selected.append(name)
      case .bool:
        binds.append(bools[i])
        arrays.append("$\(binds.count)::bool[]")
        selected.append(name)
      }
    }
    let aliases = columns.enumerated().flatMap { i, column in
      column.kind == .optionalText ? ["c\(i)", "c\(i)_null"] : ["c\(i)"]
    }
    let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
    try session.execute(
      """
      INSERT INTO \(table) (\(names)) SELECT \(selected.joined(separator: ", "))
      FROM unnest(\(arrays.joined(separator: ", "))) AS u(\(aliases.joined(separator: ", ")))\(conflictClause)
      """, binds)
    for i in columns.indices {
      texts[i].removeAll(keepingCapacity: true)
      nulls[i].removeAll(keepingCapacity: true)
      ints[i].removeAll(keepingCapacity: true)
      doubles[i].removeAll(keepingCapacity: true)
      bools[i].removeAll(keepingCapacity: true)
    }
    pending = 0
  }
}
