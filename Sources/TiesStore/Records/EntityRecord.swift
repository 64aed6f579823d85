import GRDB
import TiesModel

/// A row of `entities`: an entity without its aliases, with its lookup key and its attributes
/// as JSON.
package struct EntityRecord: FetchableRecord, InsertableRecord {
  package var id: String
  package var name: String
  package var type: String
  package var date: String?
  package var mentionCount: Int
  /// A JSON object (see `StoreCoding`).
  package var attributes: String

  /// - Throws: `StoreError.encodingFailed` when an attribute cannot be written as JSON.
  package init(entity: Entity, coding: StoreCoding) throws {
    id = entity.id.rawValue
    name = entity.name
    type = entity.type.rawValue
    date = entity.date
    mentionCount = entity.mentionCount
    attributes = try coding.encodeAttributes(entity.attributes, what: "attributes of entity '\(entity.id)'")
  }

  package init(row: Row) throws {
    id = try row.decode(forColumn: "id")
    name = try row.decode(forColumn: "name")
    type = try row.decode(forColumn: "type")
    date = try row.decode(forColumn: "date")
    mentionCount = try row.decode(forColumn: "mention_count")
    attributes = try row.decode(forColumn: "attributes")
  }

  static let insertSQL =
    #"INSERT INTO entities (id, name, match_key, type, date, mention_count, attributes, fingerprint, base_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"#

  /// A digest of the entity and its aliases, and the id before a suffix told it from another
  /// entity of the same name; written, not read back.
  package var fingerprint: Int64?
  package var baseID: String?

  func bind(_ row: inout RowBinder) {
    row.text(id)
    row.text(name)
    row.text(NameKey.make(name))
    row.text(type)
    row.text(date)
    row.int(mentionCount)
    row.text(attributes)
    row.int(fingerprint)
    row.text(baseID)
  }

  /// The entity, with `aliases` as given.
  /// - Throws: `StoreError.corruptRecord` when the attributes are not valid JSON.
  package func entity(aliases: [String], coding: StoreCoding, path: String) throws -> Entity {
    Entity(
      id: EntityID(rawValue: id), name: name, type: EntityType(rawValue: type), aliases: aliases, date: date,
      mentionCount: mentionCount,
      attributes: try coding.decodeAttributes(attributes, path: path, what: "attributes of entity '\(id)'"))
  }
}

/// A row of `aliases`.
struct AliasRecord: FetchableRecord, InsertableRecord {
  package var entityID: String
  package var alias: String

  init(entityID: String, alias: String) {
    self.entityID = entityID
    self.alias = alias
  }

  package init(row: Row) throws {
    entityID = try row.decode(forColumn: "entity_id")
    alias = try row.decode(forColumn: "alias")
  }

  static let insertSQL = #"INSERT INTO aliases (entity_id, alias, match_key) VALUES (?, ?, ?)"#

  func bind(_ row: inout RowBinder) {
    row.text(entityID)
    row.text(alias)
    row.text(NameKey.make(alias))
  }
}
