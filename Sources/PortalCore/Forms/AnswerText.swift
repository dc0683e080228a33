import Foundation

/// Stored answers as people read them: German dates and decimal comma, option labels, Ja/Nein,
/// address blocks on one line, one row per field of each entry of a repeatable group. Used by the
/// check page, the case pages and the receipt alike.
public enum AnswerText {
    /// The few words answers are shown with, in the reader's language.
    public struct Words: Sendable {
        public var yes: String
        public var no: String
        public var confirmed: String
        /// A number as the reader writes it (decimal comma in German).
        public var number: @Sendable (Decimal) -> String
        public var entryTitle: @Sendable (String, Int) -> String

        public init(
            yes: String, no: String, confirmed: String, number: @escaping @Sendable (Decimal) -> String, entryTitle: @escaping @Sendable (String, Int) -> String
        ) {
            self.yes = yes
            self.no = no
            self.confirmed = confirmed
            self.number = number
            self.entryTitle = entryTitle
        }

        public static let german = Words(yes: "Ja", no: "Nein", confirmed: "Bestätigt", number: { GermanFormat.number($0) }, entryTitle: { "\($0) \($1)" })
    }

    public struct Row: Equatable, Sendable {
        public var question: String
        public var answer: String
        /// The input name of the field, for links back into the form (`feld-…`).
        public var name: String
        /// For file answers: each file's ID and display name (`Lageplan.pdf (1,2 MB)`).
        public var files: [(id: String, name: String)] = []

        public static func == (left: Row, right: Row) -> Bool {
            left.question == right.question && left.answer == right.answer && left.name == right.name
                && left.files.map(\.id) == right.files.map(\.id)
        }
    }

    /// The rows for these fields from an answers object, an empty answer for a field left empty.
    /// `include` says which fields were shown; without it (and always inside entries of repeatable
    /// groups, whose conditions are per entry) a field with a condition appears only when answered:
    /// a hidden question is not "Keine Angabe", it was never asked.
    public static func rows(_ fields: [FormField], _ answers: JSONValue, _ text: Words, prefix: String = "", include: ((FormField) -> Bool)? = nil) -> [Row] {
        let include =
            include ?? { field in
                field.showIf == nil || field.answerFields.contains { answers[$0.key].map { $0 != .null } ?? false }
            }
        return fields.flatMap { field -> [Row] in
            guard include(field), field.kind != .staticText, field.kind != .hidden else { return [] }
            if field.kind == .group, field.repetition == nil {
                return rows(field.fields, answers, text, prefix: prefix, include: include)
            }
            if field.kind == .group, let repetition = field.repetition {
                guard case .array(let entries)? = answers[field.key] else { return [] }
                return entries.enumerated().flatMap { index, entry in
                    rows(field.fields, entry, text, prefix: "\(prefix)\(field.key).\(index + 1).").map { row in
                        Row(question: "\(row.question) (\(text.entryTitle(repetition.itemName, index + 1)))", answer: row.answer, name: row.name)
                    }
                }
            }
            let value = field.kind == .readOnly ? field.fixedValue.map(JSONValue.string) : answers[field.key]
            var row = Row(question: field.label, answer: display(value, field, text), name: prefix + field.key)
            if field.kind == .file, case .array(let files)? = value {
                row.files = files.compactMap { file in
                    guard case .string(let id)? = file["id"] else { return nil }
                    return (id, display(.array([file]), field, text))
                }
            }
            return [row]
        }
    }

    static func display(_ value: JSONValue?, _ field: FormField, _ text: Words) -> String {
        switch (field.kind, value) {
        case (_, nil), (_, .null?): return ""
        case (.date, .string(let iso)?): return LocalDate(iso: iso)?.german ?? iso
        case (.singleChoice, .string(let choice)?): return field.option(choice)?.label ?? choice
        case (.multipleChoice, .array(let items)?):
            return items.compactMap { if case .string(let choice) = $0 { field.option(choice)?.label ?? choice } else { nil } }.joined(separator: ", ")
        case (.consent, .bool(let flag)?): return flag ? text.confirmed : ""
        case (.money, .number(let number)?): return GermanFormat.money(number)
        case (.iban, .string(let iban)?): return IBAN.grouped(iban)
        case (.dateTime, .string(let iso)?):
            guard let (date, time) = TimeOfDay.parseDateTime(iso) else { return iso }
            return date.german + " " + time
        case (.postalAddress, let address?):
            return addressLine(address)
        case (.location, let location?):
            var parts: [String] = []
            if let address = location["address"] { parts.append(addressLine(address)) }
            if case .number(let latitude)? = location["latitude"], case .number(let longitude)? = location["longitude"] {
                parts.append(Location.Coordinates(latitude: latitude, longitude: longitude).german)
            }
            return parts.joined(separator: "; ")
        case (.file, .array(let files)?):
            return files.compactMap { file -> String? in
                guard case .string(let name)? = file["name"], case .number(let size)? = file["size"] else { return nil }
                return "\(name) (\(UploadedFile.size(NSDecimalNumber(decimal: size).intValue)))"
            }.joined(separator: ", ")
        case (_, .bool(let flag)?): return flag ? text.yes : text.no
        case (_, .number(let number)?): return text.number(number)
        case (_, .string(let string)?): return string
        default: return ""
        }
    }

    private static func addressLine(_ address: JSONValue) -> String {
        func part(_ name: String) -> String? {
            if case .string(let text)? = address[name], !text.isEmpty { text } else { nil }
        }
        return [
            [part("street"), part("houseNumber")].compactMap { $0 }.joined(separator: " "),
            part("addition") ?? "",
            [part("postalCode"), part("city")].compactMap { $0 }.joined(separator: " "),
        ].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
