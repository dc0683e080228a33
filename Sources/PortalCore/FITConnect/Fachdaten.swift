import Foundation

/// The Fachdaten of a submission as JSON, and the JSON Schema (2020-12) they follow, both derived
/// from the form: one member per field, named by its FIM element ID where the form was imported
/// from FIM (so a receiver maps `F60000227` without knowing the portal's keys), else by its key.
/// Groups nest as objects, repeatable groups as arrays of objects, file fields as arrays of the
/// FIT-Connect attachment IDs that carry the files.
public struct Fachdaten: Sendable {
    public let schema: FormSchema

    public init(schema: FormSchema) {
        self.schema = schema
    }

    public static let jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema"

    /// The answers, shaped as the form is. `attachmentID` names the attachment that carries a file.
    public func data(_ answers: JSONValue, attachmentID: (UploadedFile.ID) -> String?) -> JSONValue {
        object(fields: schema.steps.flatMap(\.fields), answers: answers, attachmentID: attachmentID)
    }

    private func object(fields: [FormField], answers: JSONValue, attachmentID: (UploadedFile.ID) -> String?) -> JSONValue {
        var members: [JSONValue.Member] = []
        for (name, field) in Self.named(fields) {
            if field.kind == .group && field.repetition == nil {
                let inner = object(fields: field.fields, answers: answers, attachmentID: attachmentID)
                if case .object(let children) = inner, !children.isEmpty { members.append(.init(name, inner)) }
                continue
            }
            guard let value = answers[field.key], value != .null else { continue }
            switch field.kind {
            case .staticText:
                continue
            case .file:
                guard case .array(let items) = value else { continue }
                members.append(.init(name, .array(items.compactMap { UploadedFile.reference(in: $0).flatMap(attachmentID).map(JSONValue.string) })))
            case .group:
                guard case .array(let entries) = value else { continue }
                members.append(.init(name, .array(entries.map { object(fields: field.fields, answers: $0, attachmentID: attachmentID) })))
            default:
                members.append(.init(name, value))
            }
        }
        return .object(members)
    }

    /// The JSON Schema of `data`, with `$id` the address it is published under.
    public func jsonSchema(id: String, title: String) -> JSONValue {
        guard case .object(let members) = objectSchema(fields: schema.steps.flatMap(\.fields)) else { return .null }
        return .object(
            [.init("$schema", .string(Self.jsonSchemaDialect)), .init("$id", .string(id)), .init("title", .string(title))] + members)
    }

    private func objectSchema(fields: [FormField]) -> JSONValue {
        var properties: [JSONValue.Member] = []
        var required: [JSONValue] = []
        for (name, field) in Self.named(fields) where field.kind != .staticText {
            properties.append(.init(name, fieldSchema(field)))
            // A field shown or required only under a condition may be absent; so may a group.
            if field.isRequired, field.showIf == nil, field.requireIf == nil, field.kind != .group, field.kind != .hidden, field.kind != .readOnly {
                required.append(.string(name))
            }
        }
        var members: [JSONValue.Member] = [.init("type", .string("object")), .init("properties", .object(properties))]
        if !required.isEmpty { members.append(.init("required", .array(required))) }
        return .object(members)
    }

    private func fieldSchema(_ field: FormField) -> JSONValue {
        var members: [JSONValue.Member] = [.init("title", .string(field.label))]
        if let id = FIMElementID.of(key: field.key) { members.append(.init("$comment", .string("FIM \(id)"))) }
        switch field.kind {
        case .group:
            guard case .object(let object) = objectSchema(fields: field.fields) else { return .object(members) }
            guard let repetition = field.repetition else { return .object(members + object) }
            members += [
                .init("type", .string("array")), .init("items", .object(object)),
                .init("maxItems", .number(Decimal(repetition.max))),
            ]
            if field.showIf == nil, repetition.min > 0 { members.append(.init("minItems", .number(Decimal(repetition.min)))) }
        case .file:
            members += [.init("type", .string("array")), .init("items", .object([.init("type", .string("string")), .init("format", .string("uuid"))]))]
            if let most = field.constraints.maxFiles { members.append(.init("maxItems", .number(Decimal(most)))) }
        case .integer:
            members.append(.init("type", .string("integer")))
        case .decimal, .money:
            members.append(.init("type", .string("number")))
        case .yesNo, .consent:
            members.append(.init("type", .string("boolean")))
        case .date:
            members += [.init("type", .string("string")), .init("format", .string("date"))]
        case .singleChoice:
            members.append(.init("type", .string("string")))
            if !field.options.isEmpty { members.append(.init("enum", .array(field.options.map { .string($0.value) }))) }
        case .multipleChoice:
            var items: [JSONValue.Member] = [.init("type", .string("string"))]
            if !field.options.isEmpty { items.append(.init("enum", .array(field.options.map { .string($0.value) }))) }
            members += [.init("type", .string("array")), .init("items", .object(items))]
        case .postalAddress, .location:
            members.append(.init("type", .string("object")))
        case .text, .longText, .email, .phone, .iban, .time, .dateTime:
            members.append(.init("type", .string("string")))
        case .hidden, .readOnly, .staticText:
            break
        }
        return .object(members)
    }

    /// Each field with its member name: the FIM ID, or the key where the ID is missing or taken.
    static func named(_ fields: [FormField]) -> [(String, FormField)] {
        var used: Set<String> = []
        return fields.map { field in
            var name = FIMElementID.of(key: field.key) ?? field.key
            if used.contains(name) { name = field.key }
            used.insert(name)
            return (name, field)
        }
    }
}
