import Foundation

/// Checks answers against a form schema. The API (JSON values) and the HTML forms (strings in
/// German notation) each have their own parsing step; every rule after parsing is shared.
public struct SubmissionValidator: Sendable {
    public let schema: FormSchema
    /// The day of submission in the authority's time zone; date rules count from it.
    public let today: LocalDate

    public init(schema: FormSchema, today: LocalDate) {
        self.schema = schema
        self.today = today
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
        return finish(fields: fields, allFields: fields, errors: errors) { field in
            Self.parse(json: given[field.key] ?? .null, for: field)
        }
    }

    /// Validates posted HTML form values (every value of a name, in order) for the given fields,
    /// usually one step. Names that are not fields of the form are ignored, as browsers send buttons too.
    public func validate(form values: [String: [String]], fields: [FormField]? = nil) -> Result<Answers, ValidationFailure> {
        let all = schema.fields
        return finish(fields: fields ?? all, allFields: all, errors: []) { field in
            Self.parse(form: values[field.key] ?? [], for: field)
        }
    }

    private enum Parsed {
        case empty
        case value(AnswerValue)
        case problem(ValidationProblem)
    }

    /// The answers among posted values that are already valid on their own, with the form's fixed
    /// values: what conditions are evaluated on while a form is still being filled in.
    public func knownAnswers(form values: [String: [String]]) -> Answers {
        var answers = Answers()
        for field in schema.fields {
            if field.kind == .hidden || field.kind == .readOnly {
                if let value = field.fixedValue { answers[field.key] = .text(value) }
            } else if case .value(let value) = Self.parse(form: values[field.key] ?? [], for: field), check(value, for: field) == nil {
                answers[field.key] = value
            }
        }
        return answers
    }

    /// Parses every field of the form, works out which are shown for the answers given, and reports
    /// problems for the shown ones among `fields`. Answers of hidden fields are dropped.
    private func finish(fields: [FormField], allFields: [FormField], errors initial: [FieldError], parse: (FormField) -> Parsed) -> Result<Answers, ValidationFailure> {
        var parsed: [String: Parsed] = [:]
        parsed.reserveCapacity(allFields.count)
        var candidate = Answers()
        for field in allFields {
            // Fixed values come from the form, never from the request.
            if field.kind == .hidden || field.kind == .readOnly {
                if let value = field.fixedValue { candidate[field.key] = .text(value) }
                continue
            }
            let result = parse(field)
            parsed[field.key] = result
            if case .value(let value) = result, check(value, for: field) == nil { candidate[field.key] = value }
        }
        let visible = schema.visibleKeys(for: candidate)
        var errors = initial
        var answers = Answers()
        for field in fields where visible.contains(field.key) {
            if field.kind == .hidden || field.kind == .readOnly {
                if let value = candidate[field.key] { answers[field.key] = value }
                continue
            }
            let required = field.isRequired || (field.requireIf?.holds(candidate) ?? false)
            let forbidden = field.forbidIf?.holds(candidate) ?? false
            let problem: ValidationProblem?
            switch parsed[field.key] ?? .empty {
            case .empty:
                problem = required && field.kind != .staticText ? .missing(field.kind) : nil
            case .problem(let found):
                problem = forbidden ? .forbidden : found
            case .value(let value):
                problem = forbidden ? .forbidden : check(value, for: field)
                if problem == nil { answers[field.key] = value }
            }
            if let problem {
                errors.append(FieldError(field: field.key, label: field.label, problem: problem))
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

    // MARK: Parsing, per channel

    private static func parse(json value: JSONValue, for field: FormField) -> Parsed {
        if case .null = value { return .empty }
        switch (field.kind, value) {
        case (.file, _):
            return .problem(.filesNotAccepted)
        case (.staticText, _):
            return .problem(.notAnswerable)
        case (.money, .number(let number)):
            return .value(.decimal(number))
        case (.time, .string(let text)):
            return TimeOfDay.parse(text).map { .value(.text($0)) } ?? .problem(.wrongType(.time))
        case (.dateTime, .string(let text)):
            return dateTime(text)
        case (.iban, .string(let text)):
            return ibanText(text)
        case (.text, .string(let text)), (.email, .string(let text)), (.phone, .string(let text)):
            return parseText(text, multiline: false)
        case (.longText, .string(let text)):
            return parseText(text, multiline: true)
        case (.integer, .number(let number)):
            return integer(from: number).map { .value(.integer($0)) } ?? .problem(.wrongType(.integer))
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

    private static func parse(form values: [String], for field: FormField) -> Parsed {
        let first = values.first ?? ""
        switch field.kind {
        case .file, .staticText, .hidden, .readOnly:
            return .empty
        case .money:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            let amount = first.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            return GermanFormat.parseNumber(amount).map { .value(.decimal($0)) } ?? .problem(.wrongType(.money))
        case .time:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            return TimeOfDay.parse(first).map { .value(.text($0)) } ?? .problem(.wrongType(.time))
        case .dateTime:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            return dateTime(first)
        case .iban:
            return ibanText(first)
        case .text, .email, .phone:
            return parseText(first, multiline: false)
        case .longText:
            return parseText(first, multiline: true)
        case .integer:
            if first.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
            guard let number = GermanFormat.parseNumber(first), let whole = integer(from: number) else {
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
