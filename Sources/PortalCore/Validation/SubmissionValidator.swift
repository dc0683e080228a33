import Foundation

/// Checks answers against a form schema. The API (JSON values) and the HTML forms (strings in
/// German notation) each have their own parsing step; every rule after parsing is shared.
public struct SubmissionValidator: Sendable {
    public let schema: FormSchema
    /// The day of submission in the authority's time zone; date rules count from it.
    public let today: LocalDate
    /// The uploads file answers may name, by ID (the applicant's own uploads).
    public let files: [UploadedFile.ID: UploadedFile]

    public init(schema: FormSchema, today: LocalDate, files: [UploadedFile.ID: UploadedFile] = [:]) {
        self.schema = schema
        self.today = today
        self.files = files
    }

    /// Validates a JSON `answers` object from the API against the whole form.
    public func validate(json answers: [JSONValue.Member]) -> Result<Answers, ValidationFailure> {
        var errors: [FieldError] = []
        var given: [String: JSONValue] = [:]
        let fields = schema.fields
        let keys = Set(fields.map(\.key))
        for member in answers {
            if !keys.contains(member.key) {
                errors.append(FieldError(field: member.key, label: member.key, problem: .unknownField))
            } else {
                given[member.key] = member.value
            }
        }
        return finish(fields: fields, allFields: fields, errors: errors, source: .json(given))
    }

    /// Validates posted HTML form values (every value of a name, in order) for the given fields,
    /// usually one step. Names that are not fields of the form are ignored, as browsers send buttons too.
    /// Compound answers use the names `key.part`, entries of repeatable groups `key.N.field`.
    public func validate(form values: [String: [String]], fields: [FormField]? = nil) -> Result<Answers, ValidationFailure> {
        let all = schema.fields
        return finish(fields: fields?.flatMap(\.answerFields) ?? all, allFields: all, errors: [], source: .form(values, prefix: ""))
    }

    private enum Parsed {
        case empty
        case value(AnswerValue)
        case problem(ValidationProblem)
    }

    /// Where answers come from: the API's JSON object or posted form values.
    private enum Source {
        case json([String: JSONValue])
        case form([String: [String]], prefix: String)
    }

    /// The answers among posted values that are already valid on their own, with the form's fixed
    /// values: what conditions are evaluated on while a form is still being filled in.
    public func knownAnswers(form values: [String: [String]]) -> Answers {
        candidates(schema.fields, source: .form(values, prefix: "")).candidate
    }

    /// Parses every field, keeping the answers that are valid on their own.
    private func candidates(_ fields: [FormField], source: Source, context: Answers = Answers()) -> (
        parsed: [String: Parsed], candidate: Answers, entries: [String: Entries]
    ) {
        var parsed: [String: Parsed] = [:]
        parsed.reserveCapacity(fields.count)
        var candidate = Answers()
        var entries: [String: Entries] = [:]
        for field in fields where !field.isRepeatable {
            // Fixed values come from the form, never from the request.
            if field.kind == .hidden || field.kind == .readOnly {
                if let value = field.fixedValue { candidate[field.key] = .text(value) }
                continue
            }
            let result = parse(field, from: source)
            parsed[field.key] = result
            if case .value(let value) = result, check(value, for: field) == nil { candidate[field.key] = value }
        }
        // Entries last, so their conditions can read every other answer of the form.
        for field in fields where field.isRepeatable {
            let found = self.entries(of: field, in: source, context: context.merging(candidate))
            entries[field.key] = found
            if found.errors.isEmpty && found.problem == nil && !found.rows.isEmpty { candidate[field.key] = .rows(found.rows) }
        }
        return (parsed, candidate, entries)
    }

    /// Parses every field of the form, works out which are shown for the answers given, and reports
    /// problems for the shown ones among `fields`. Answers of hidden fields are dropped.
    private func finish(fields: [FormField], allFields: [FormField], errors initial: [FieldError], source: Source) -> Result<Answers, ValidationFailure> {
        let (parsed, candidate, firstEntries) = candidates(allFields, source: source)
        let visible = schema.visibleKeys(for: candidate)
        var entries = firstEntries
        if !entries.isEmpty {
            // Now that visibility is settled, entries are judged against the shown answers only.
            var shown = Answers()
            for (key, value) in candidate.values where visible.contains(key) { shown[key] = value }
            for field in allFields where field.isRepeatable && visible.contains(field.key) {
                entries[field.key] = self.entries(of: field, in: source, context: shown)
            }
        }
        var errors = initial
        var answers = Answers()
        for field in fields where visible.contains(field.key) {
            if let found = entries[field.key] {
                errors += found.errors
                let required = field.needsAnswer || (field.requireIf?.holds(candidate) ?? false)
                let forbidden = field.forbidIf?.holds(candidate) ?? false
                let repetition = field.repetition ?? Repetition()
                let problem: ValidationProblem? =
                    if let problem = found.problem { problem } else if forbidden && !found.rows.isEmpty {
                        .forbidden
                    } else if required && found.rows.count < max(1, repetition.min) {
                        .tooFewEntries(max(1, repetition.min))
                    } else if found.rows.count > repetition.max { .tooManyEntries(repetition.max) } else { nil }
                if let problem { errors.append(FieldError(field: field.key, label: field.label, problem: problem)) }
                if problem == nil && found.errors.isEmpty && !found.rows.isEmpty { answers[field.key] = .rows(found.rows) }
                continue
            }
            // `candidates` kept exactly the values that passed their checks: they need no second run.
            switch judge(field, parsed[field.key] ?? .empty, candidate, checked: true) {
            case .success(let value?): answers[field.key] = value
            case .success(nil): break
            case .failure(let problem): errors.append(FieldError(field: field.key, label: field.label, problem: problem))
            }
        }
        // Cross-field rules report at fields of this page, once those fields are fine on their own.
        let reported = Set(fields.map(\.key))
        for rule in schema.rules where reported.contains(rule.field) && !errors.contains(where: { $0.field == rule.field }) {
            let keys = rule.check.keys
            guard keys.allSatisfy({ visible.contains($0) && candidate[$0] != nil }), !rule.check.holds(candidate) else { continue }
            let label = schema.field(rule.field)?.label ?? rule.field
            errors.append(FieldError(field: rule.field, label: label, problem: .rule(rule.message)))
        }
        return errors.isEmpty ? .success(answers) : .failure(ValidationFailure(errors: errors))
    }

    /// The answer a shown field keeps, or its problem, given what else was answered.
    /// `checked`: the candidate holds this field's value only if it passed `check` already.
    private func judge(_ field: FormField, _ parsed: Parsed, _ candidate: Answers, checked: Bool = false) -> Result<AnswerValue?, ValidationProblem> {
        if field.kind == .hidden || field.kind == .readOnly { return .success(candidate[field.key]) }
        let required = field.isRequired || (field.requireIf?.holds(candidate) ?? false)
        let forbidden = field.forbidIf?.holds(candidate) ?? false
        switch parsed {
        case .empty:
            return required && field.kind != .staticText && field.kind != .group ? .failure(.missing(field.kind)) : .success(nil)
        case .problem(let found):
            return .failure(forbidden ? .forbidden : found)
        case .value(let value):
            if forbidden { return .failure(.forbidden) }
            if checked && candidate[field.key] != nil { return .success(value) }
            return check(value, for: field).map { .failure($0) } ?? .success(value)
        }
    }

    // MARK: Repeatable groups

    /// The entries of a repeatable group: each entry's answers, problems named `key.N.field`.
    private struct Entries {
        var rows: [Answers] = []
        var errors: [FieldError] = []
        /// A problem with the group as a whole (the API sent something that is not a list of entries).
        var problem: ValidationProblem?
    }

    private func entries(of group: FormField, in source: Source, context: Answers) -> Entries {
        var sources: [(number: Int, source: Source)] = []
        var result = Entries()
        switch source {
        case .json(let given):
            switch given[group.key] ?? .null {
            case .null: break
            case .array(let items):
                let known = Set(group.fields.flatMap(\.answerFields).map(\.key))
                for (index, item) in items.enumerated() {
                    guard case .object(let members) = item else {
                        result.problem = .wrongType(.group)
                        return result
                    }
                    for member in members where !known.contains(member.key) {
                        result.errors.append(FieldError(field: "\(group.key).\(index + 1).\(member.key)", label: member.key, problem: .unknownField))
                    }
                    sources.append((index + 1, .json(Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }))))
                }
            default:
                result.problem = .wrongType(.group)
                return result
            }
        case .form(let values, let prefix):
            let start = prefix + group.key + "."
            var numbers: Set<Int> = []
            for name in values.keys where name.hasPrefix(start) {
                let rest = name.dropFirst(start.count)
                guard let dot = rest.firstIndex(of: "."), let first = rest.first, first != "0", rest[..<dot].allSatisfy(\.isASCIIDigit),
                    let number = Int(rest[..<dot]), number >= 1, number <= Repetition.ceiling
                else { continue }
                numbers.insert(number)
            }
            sources = numbers.sorted().map { ($0, .form(values, prefix: "\(start)\($0).")) }
        }
        let itemName = group.repetition?.itemName ?? "Eintrag"
        for (number, entrySource) in sources {
            let children = group.fields.flatMap(\.answerFields)
            let (parsed, own, _) = candidates(children, source: entrySource)
            // An entry left completely empty is not an entry.
            guard parsed.values.contains(where: { if case .empty = $0 { false } else { true } }) else { continue }
            // Hiding only removes answers: repeat until nothing more is hidden.
            var merged = context.merging(own)
            var visible: Set<String> = []
            for _ in 0...children.count {
                visible = []
                FormSchema.collectVisible(group.fields, merged, into: &visible)
                let hidden = own.values.keys.filter { !visible.contains($0) && merged[$0] != nil }
                if hidden.isEmpty { break }
                for key in hidden { merged[key] = nil }
            }
            var row = Answers()
            for child in children where visible.contains(child.key) {
                switch judge(child, parsed[child.key] ?? .empty, merged) {
                case .success(let value?): row[child.key] = value
                case .success(nil): break
                case .failure(let problem):
                    result.errors.append(
                        FieldError(field: "\(group.key).\(number).\(child.key)", label: "\(child.label) (\(itemName) \(number))", problem: problem))
                }
            }
            result.rows.append(row)
        }
        return result
    }

    private func parse(_ field: FormField, from source: Source) -> Parsed {
        switch source {
        case .json(let given): parse(json: given[field.key] ?? .null, for: field)
        case .form(let values, let prefix): parse(form: values, name: prefix + field.key, for: field)
        }
    }

    // MARK: Parsing, per channel

    private func parse(json value: JSONValue, for field: FormField) -> Parsed {
        if case .null = value { return .empty }
        switch (field.kind, value) {
        case (.file, _) where files.isEmpty:
            // The JSON API has no upload endpoint yet, so it cannot name files.
            return .problem(.filesNotAccepted)
        case (.file, .array(let items)):
            var ids: [String] = []
            for item in items {
                guard case .string(let id) = item else { return .problem(.wrongType(.file)) }
                ids.append(id)
            }
            return uploads(ids)
        case (.postalAddress, .object):
            var parts: [PostalAddress.Part: String] = [:]
            for part in PostalAddress.Part.allCases {
                switch value[part.rawValue] {
                case .string(let text)?: parts[part] = text
                case nil, .null?: break
                default: return .problem(.wrongType(.postalAddress))
                }
            }
            return Self.address(parts)
        case (.location, .object):
            var parts: [PostalAddress.Part: String] = [:]
            switch value["address"] {
            case .object?:
                for part in PostalAddress.Part.allCases {
                    if case .string(let text)? = value["address"]?[part.rawValue] { parts[part] = text }
                }
            case nil, .null?: break
            default: return .problem(.wrongType(.location))
            }
            func coordinate(_ name: String) -> String? {
                switch value[name] {
                case .number(let number)?: "\(number)"
                case nil, .null?: ""
                default: nil
                }
            }
            guard let latitude = coordinate("latitude"), let longitude = coordinate("longitude") else { return .problem(.invalidCoordinates) }
            return Self.location(parts, latitude: latitude, longitude: longitude)
        case (.staticText, _):
            return .problem(.notAnswerable)
        case (.money, .number(let number)):
            return .value(.decimal(number))
        case (.time, .string(let text)):
            return TimeOfDay.parse(text).map { .value(.text($0)) } ?? .problem(.wrongType(.time))
        case (.dateTime, .string(let text)):
            return Self.dateTime(text)
        case (.iban, .string(let text)):
            return Self.ibanText(text)
        case (.text, .string(let text)), (.email, .string(let text)), (.phone, .string(let text)):
            return Self.parseText(text, multiline: false)
        case (.longText, .string(let text)):
            return Self.parseText(text, multiline: true)
        case (.integer, .number(let number)):
            return Self.integer(from: number).map { .value(.integer($0)) } ?? .problem(.wrongType(.integer))
        case (.decimal, .number(let number)):
            return .value(.decimal(number))
        case (.date, .string(let text)):
            return LocalDate(iso: text).map { .value(.date($0)) } ?? .problem(.wrongType(.date))
        case (.singleChoice, .string(let choice)):
            return choice.isEmpty ? .empty : .value(.choice(choice))
        case (.multipleChoice, .array(let items)):
            var choices: [String] = []
            for item in items {
                guard case .string(let choice) = item else { return .problem(.wrongType(.multipleChoice)) }
                choices.append(choice)
            }
            return choices.isEmpty ? .empty : .value(.choices(choices))
        case (.yesNo, .bool(let flag)), (.consent, .bool(let flag)):
            return .value(.bool(flag))
        default:
            return .problem(.wrongType(field.kind))
        }
    }

    private func parse(form all: [String: [String]], name: String, for field: FormField) -> Parsed {
        let values = all[name] ?? []
        let first = values.first ?? ""
        func part(_ part: String) -> String { all[name + "." + part]?.first ?? "" }
        switch field.kind {
        case .staticText, .hidden, .readOnly, .group:
            return .empty
        case .file:
            // The form flow keeps the IDs of the applicant's uploads under the field's name.
            return uploads(values.filter { !$0.isEmpty })
        case .postalAddress:
            return Self.address(Dictionary(uniqueKeysWithValues: PostalAddress.Part.allCases.map { ($0, part($0.rawValue)) }))
        case .location:
            return Self.location(
                Dictionary(uniqueKeysWithValues: PostalAddress.Part.allCases.map { ($0, part($0.rawValue)) }),
                latitude: part("latitude"), longitude: part("longitude"))
        case .money:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            let amount = first.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            return GermanFormat.parseNumber(amount).map { .value(.decimal($0)) } ?? .problem(.wrongType(.money))
        case .time:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            return TimeOfDay.parse(first).map { .value(.text($0)) } ?? .problem(.wrongType(.time))
        case .dateTime:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            return Self.dateTime(first)
        case .iban:
            return Self.ibanText(first)
        case .text, .email, .phone:
            return Self.parseText(first, multiline: false)
        case .longText:
            return Self.parseText(first, multiline: true)
        case .integer:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            guard let number = GermanFormat.parseNumber(first), let whole = Self.integer(from: number) else {
                return .problem(.wrongType(.integer))
            }
            return .value(.integer(whole))
        case .decimal:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            return GermanFormat.parseNumber(first).map { .value(.decimal($0)) } ?? .problem(.wrongType(.decimal))
        case .date:
            let text = first.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .empty }
            return (LocalDate(german: text) ?? LocalDate(iso: text)).map { .value(.date($0)) } ?? .problem(.wrongType(.date))
        case .singleChoice:
            return first.isEmpty ? .empty : .value(.choice(first))
        case .multipleChoice:
            let choices = values.filter { !$0.isEmpty }
            return choices.isEmpty ? .empty : .value(.choices(choices))
        case .yesNo:
            switch first {
            case "": return .empty
            case "true", "ja", "yes": return .value(.bool(true))
            case "false", "nein", "no": return .value(.bool(false))
            default: return .problem(.wrongType(.yesNo))
            }
        case .consent:
            return first.isEmpty ? .empty : .value(.bool(first == "true" || first == "on"))
        }
    }

    private func uploads(_ ids: [String]) -> Parsed {
        if ids.isEmpty { return .empty }
        var found: [UploadedFile] = []
        for id in ids {
            guard let key = UploadedFile.ID(string: id), let file = files[key] else { return .problem(.unknownUpload) }
            found.append(file)
        }
        return .value(.files(found))
    }

    private static func address(_ parts: [PostalAddress.Part: String]) -> Parsed {
        switch PostalAddress.parse(parts) {
        case .success(let address?): .value(.address(address))
        case .success(nil): .empty
        case .failure(let problem): .problem(problem)
        }
    }

    private static func location(_ parts: [PostalAddress.Part: String], latitude: String, longitude: String) -> Parsed {
        let address: PostalAddress?
        switch PostalAddress.parse(parts) {
        case .success(let found): address = found
        case .failure(let problem): return .problem(problem)
        }
        switch Location.Coordinates.parse(latitude: latitude, longitude: longitude) {
        case .success(let coordinates):
            if address == nil && coordinates == nil { return .empty }
            return .value(.location(Location(address: address, coordinates: coordinates)))
        case .failure(let problem):
            return .problem(problem)
        }
    }

    private static func dateTime(_ text: String) -> Parsed {
        guard let (date, time) = TimeOfDay.parseDateTime(text) else { return .problem(.wrongType(.dateTime)) }
        return .value(.text(date.iso + "T" + time))
    }

    private static func ibanText(_ text: String) -> Parsed {
        let iban = IBAN.normalized(text)
        return iban.isEmpty ? .empty : .value(.text(iban))
    }

    private static func parseText(_ raw: String, multiline: Bool) -> Parsed {
        // Most answers are plain ASCII: check them byte-wise and skip Unicode normalisation.
        if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let utf8 = raw.utf8
            guard let first = utf8.firstIndex(where: { $0 != 0x20 }) else { return .empty }
            let last = utf8.lastIndex(where: { $0 != 0x20 })!
            return .value(.text(String(raw[first...last])))
        }
        // Only text with combining marks (or scripts that compose) can change under NFC.
        var text = raw.unicodeScalars.contains(where: { $0.value >= 0x300 }) ? raw.precomposedStringWithCanonicalMapping : raw
        if multiline { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return .empty }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        text = String(text[first...last])
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\t"] : []
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            return .problem(.controlCharacters)
        }
        return .value(.text(text))
    }

    private static func integer(from number: Decimal) -> Int? {
        var rounded = Decimal()
        var source = number
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == number, abs(number) <= Decimal(Int64(1) << 53) else { return nil }
        return NSDecimalNumber(decimal: number).intValue
    }

    // MARK: Rules, shared by both channels

    private func check(_ value: AnswerValue, for field: FormField) -> ValidationProblem? {
        let rules = field.constraints
        switch value {
        case .text(let text):
            let length = text.count
            if let min = rules.minLength, length < min { return .tooShort(min) }
            if let max = rules.maxLength ?? field.kind.defaultMaxLength, length > max { return .tooLong(max) }
            if field.kind == .email && !Self.looksLikeEmail(text) { return .invalidEmail }
            if field.kind == .phone && !Self.looksLikePhone(text) { return .invalidPhone }
            if field.kind == .iban && !IBAN.isValid(text) { return .invalidIBAN }
            if field.kind == .dateTime, let date = LocalDate(iso: String(text.prefix(10))) {
                if let days = rules.earliestDaysFromToday, date < today.adding(days: days) { return .dateTooEarly(today.adding(days: days)) }
                if let days = rules.latestDaysFromToday, date > today.adding(days: days) { return .dateTooLate(today.adding(days: days)) }
            }
            if let pattern = rules.pattern, PatternCache.shared.matches(pattern, text) == false {
                return .patternMismatch
            }
        case .integer(let number):
            return checkBounds(Decimal(number), rules)
        case .decimal(let number):
            if field.kind == .money {
                var scaled = number * 100
                var rounded = Decimal()
                NSDecimalRound(&rounded, &scaled, 0, .plain)
                if rounded != scaled { return .wrongType(.money) }
            }
            return checkBounds(number, rules)
        case .date(let date):
            if let days = rules.earliestDaysFromToday, date < today.adding(days: days) { return .dateTooEarly(today.adding(days: days)) }
            if let days = rules.latestDaysFromToday, date > today.adding(days: days) { return .dateTooLate(today.adding(days: days)) }
        case .choice(let choice):
            if field.option(choice) == nil { return .unknownOption }
        case .choices(let choices):
            if choices.contains(where: { field.option($0) == nil }) { return .unknownOption }
            if Set(choices).count != choices.count { return .duplicateOption }
            if let min = rules.min, Decimal(choices.count) < min { return .tooFewChoices(NSDecimalNumber(decimal: min).intValue) }
            if let max = rules.max, Decimal(choices.count) > max { return .tooManyChoices(NSDecimalNumber(decimal: max).intValue) }
        case .bool(let flag):
            if field.kind == .consent && field.isRequired && !flag { return .missing(.consent) }
        case .files(let files):
            if files.count > rules.fileCount { return .tooManyFiles(rules.fileCount) }
            if files.contains(where: { $0.size > rules.fileLimit }) { return .fileTooLarge(rules.fileLimit) }
            if files.contains(where: { !rules.allowedMediaTypes.contains($0.mediaType) }) { return .fileTypeNotAllowed(rules.allowedMediaTypes) }
        case .address, .location, .rows:
            break
        }
        return nil
    }

    private func checkBounds(_ number: Decimal, _ rules: FieldConstraints) -> ValidationProblem? {
        if let min = rules.min, number < min { return .belowMinimum(min) }
        if let max = rules.max, number > max { return .aboveMaximum(max) }
        return nil
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" })
    }

    static func looksLikePhone(_ text: String) -> Bool {
        let allowed = Set("0123456789+-/() ")
        return text.allSatisfy(allowed.contains) && text.filter(\.isASCIIDigit).count >= 3
    }
}
