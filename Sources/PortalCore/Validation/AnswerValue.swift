import Foundation

/// A validated answer to one field, typed by the field's kind.
public enum AnswerValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case decimal(Decimal)
    case date(LocalDate)
    case bool(Bool)
    case choice(String)
    case choices([String])
    // Boxed: inline they would make every answer (and every answer dictionary) several times larger.
    indirect case address(PostalAddress)
    indirect case location(Location)
    /// The entries of a repeatable group, each with the answers of the group's fields.
    case rows([Answers])
    case files([UploadedFile])

    /// The API and storage form: ISO dates, JSON numbers, option values, booleans.
    public var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .integer(let number): .number(Decimal(number))
        case .decimal(let number): .number(number)
        case .date(let date): .string(date.iso)
        case .bool(let flag): .bool(flag)
        case .choice(let value): .string(value)
        case .choices(let values): .array(values.map(JSONValue.string))
        case .address(let address): address.json
        case .location(let location): location.json
        case .rows(let rows): .array(rows.map { row in .object(row.values.keys.sorted().map { JSONValue.Member($0, row.values[$0]!.json) }) })
        case .files(let files): .array(files.map(\.json))
        }
    }

    /// The answer as JSON with a repeatable group's entries in the order of the group's fields.
    public func json(for field: FormField) -> JSONValue {
        guard case .rows(let rows) = self else { return json }
        return .array(
            rows.map { row in
                .object(field.fields.flatMap(\.answerFields).compactMap { child in row[child.key].map { JSONValue.Member(child.key, $0.json(for: child)) } })
            })
    }
}
