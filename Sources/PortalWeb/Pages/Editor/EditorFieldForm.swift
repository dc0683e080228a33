import Foundation
import PortalCore

/// Reads the field editor's form into a field: label, hint, required, answers, limits, conditions.
enum EditorFieldForm {
    /// `earlier`: the keys a condition may refer to (answers given before this field).
    static func apply(_ form: FormValues, to field: inout FormField, in schema: FormSchema, earlier: Set<String>) throws(FormSchema.EditError) {
        func value(_ name: String) -> String { form.text(name) }
        let label = value("beschriftung")
        guard !label.isEmpty else { throw FormEditError.empty(.label) }
        guard label.count <= 500 else { throw FormEditError.tooLong(.label, max: 500) }
        field.label = label
        field.hint = value("hinweis").isEmpty ? nil : String(value("hinweis").prefix(2000))
        if field.kind.takesInput || field.kind == .file { field.isRequired = form.first("pflicht") == "true" }
        if field.kind.hasOptions {
            field.options = try ChoiceOption.edited(value("antworten"), previous: field.options)
        }
        func number(_ name: String) throws(FormSchema.EditError) -> Decimal? {
            let text = value(name)
            if text.isEmpty { return nil }
            guard let parsed = GermanFormat.parseNumber(text) else { throw FormEditError.notANumber(text) }
            return parsed
        }
        func length(_ name: String) throws(FormSchema.EditError) -> Int? {
            guard let value = try number(name) else { return nil }
            guard value >= 0, value <= 100_000 else { throw FormEditError.lengthOutOfRange }
            return NSDecimalNumber(decimal: value).intValue
        }
        if field.kind.isTextual {
            field.constraints.minLength = try length("min_laenge")
            field.constraints.maxLength = try length("max_laenge")
            if let min = field.constraints.minLength, let max = field.constraints.maxLength, min > max {
                throw FormEditError.minimumLengthAboveMaximum
            }
        }
        if field.kind.isTextual {
            let pattern = value("muster")
            if !pattern.isEmpty, let problem = FieldConstraints.patternProblem(pattern) {
                throw FormEditError.invalidPattern(String(pattern.prefix(60)), problem: problem)
            }
            field.constraints.pattern = pattern.isEmpty ? nil : pattern
        }
        if field.kind == .date {
            func days(_ name: String) throws(FormSchema.EditError) -> Int? {
                if value(name).isEmpty { return nil }
                guard let number = Int(value(name)), abs(number) <= 36_500 else {
                    throw FormEditError.invalidDays(value(name))
                }
                return number
            }
            field.constraints.earliestDaysFromToday = try days("frueheste_tage")
            field.constraints.latestDaysFromToday = try days("spaeteste_tage")
            if let earliest = field.constraints.earliestDaysFromToday, let latest = field.constraints.latestDaysFromToday, earliest > latest {
                throw FormEditError.earliestAfterLatest
            }
        }
        if field.kind == .file {
            if let megabytes = try number("max_mb") {
                guard megabytes > 0, megabytes <= 50 else { throw FormEditError.fileSizeOutOfRange }
                field.constraints.maxFileBytes = NSDecimalNumber(decimal: megabytes * 1_048_576).intValue
            }
            if let count = try number("max_dateien") {
                guard count >= 1, count <= 20, Decimal(NSDecimalNumber(decimal: count).intValue) == count else {
                    throw FormEditError.fileCountOutOfRange
                }
                field.constraints.maxFiles = NSDecimalNumber(decimal: count).intValue
            }
            if form.first("max_mb") != nil {
                let types = form["dateiarten"].filter(FieldConstraints.offeredMediaTypes.contains)
                guard !types.isEmpty else { throw FormEditError.noFileType }
                field.constraints.mediaTypes = FieldConstraints.offeredMediaTypes.filter(types.contains)
            }
        }
        if field.kind.isNumeric || field.kind == .money {
            field.constraints.min = try number("minimum")
            field.constraints.max = try number("maximum")
            if let min = field.constraints.min, let max = field.constraints.max, min > max {
                throw FormEditError.minimumAboveMaximum
            }
        }
        if field.kind == .hidden || field.kind == .readOnly { field.fixedValue = String(value("fester_wert").prefix(500)) }
        let offered = ApplicantPurpose.offered(for: field.kind)
        if !offered.isEmpty, let purpose = form.first("bedeutung") {
            guard purpose.isEmpty || offered.contains(purpose) else { throw FormEditError.purposeNotOffered }
            field.autocomplete = purpose.isEmpty ? nil : purpose
        }
        if field.kind == .group {
            if form.first("wiederholbar") == "true" {
                func count(_ name: String, _ what: FormEditError.Bound, default fallback: Int) throws(FormSchema.EditError) -> Int {
                    if value(name).isEmpty { return fallback }
                    guard let number = Int(value(name)), (0...Repetition.ceiling).contains(number) else {
                        throw FormEditError.repetitionBoundOutOfRange(what, ceiling: Repetition.ceiling)
                    }
                    return number
                }
                let minimum = try count("min_eintraege", .minimum, default: 0)
                let maximum = try count("max_eintraege", .maximum, default: 10)
                guard maximum >= 1 else { throw FormEditError.repetitionWithoutEntries }
                guard minimum <= maximum else { throw FormEditError.repetitionMinimumAboveMaximum }
                let item = String(value("eintrag_name").prefix(60))
                field.repetition = Repetition(min: minimum, max: maximum, itemName: item.isEmpty ? "Eintrag" : item)
            } else {
                field.repetition = nil
            }
        }
        // A picker the page did not show (no earlier field) leaves its condition as it is.
        if case .set(let condition) = try readCondition(form, prefix: "bedingung", in: schema, allowed: earlier) { field.showIf = condition }
        if case .set(let condition) = try readCondition(form, prefix: "pflicht_wenn", in: schema, allowed: earlier) { field.requireIf = condition }
        if case .set(let condition) = try readCondition(form, prefix: "verboten_wenn", in: schema, allowed: earlier) { field.forbidIf = condition }
    }

    enum ConditionInput: Equatable {
        /// The form did not carry this picker.
        case absent
        case set(Condition?)
    }

    /// Reads a `ConditionPicker`: a written expression wins over the lists; both empty clears it.
    /// `allowed`: the keys the condition may read.
    static func readCondition(_ form: FormValues, prefix: String, in schema: FormSchema, allowed: Set<String>) throws(FormSchema.EditError) -> ConditionInput {
        func value(_ name: String) -> String { form.text("\(prefix)_\(name)") }
        guard form.first("\(prefix)_feld") != nil || form.first("\(prefix)_ausdruck") != nil else { return .absent }
        let written = value("ausdruck")
        if !written.isEmpty {
            guard written.count <= 2000 else { throw FormEditError.tooLong(.expression, max: 2000) }
            let condition: Condition
            do {
                condition = FormExpression.resolve(try FormExpression.condition(written), in: schema)
            } catch {
                throw FormEditError.unreadableExpression(error)
            }
            if let unknown = condition.keys.subtracting(allowed).sorted().first {
                throw schema.field(unknown) == nil ? FormEditError.unknownKeyInExpression(unknown) : FormEditError.laterFieldInExpression(unknown)
            }
            return .set(condition)
        }
        let key = value("feld")
        if key.isEmpty { return .set(nil) }
        guard allowed.contains(key), let field = schema.field(key) else {
            throw FormEditError.conditionOnLaterField
        }
        let comparison = value("vergleich").isEmpty ? "=" : value("vergleich")
        if comparison == "ausgefuellt" { return .set(.notEmpty(key)) }
        let other = value("anderes")
        if !other.isEmpty {
            guard allowed.contains(other), schema.field(other) != nil else {
                throw FormEditError.conditionOnLaterField
            }
            guard let order = Condition.Comparison(rawValue: comparison) else {
                throw FormEditError.fieldComparisonNeedsOrder
            }
            return .set(.compareFields(key, order, other))
        }
        let answer = value("wert")
        guard !answer.isEmpty else { throw FormEditError.comparisonAnswerMissing(field: field.label) }
        let literal = try conditionValue(answer, for: field)
        switch comparison {
        case "=": return .set(.equals(key, literal))
        case "!=": return .set(.not(.equals(key, literal)))
        default:
            guard let order = Condition.Comparison(rawValue: comparison) else { throw FormEditError.unknownComparison }
            switch literal {
            case .number, .date: return .set(.compare(key, order, literal))
            case .text, .bool: throw FormEditError.notOrderable(field: field.label)
            }
        }
    }

    /// The typed value an answer typed by the editor stands for (an option's label or value, Ja/Nein, numbers, dates).
    static func conditionValue(_ answer: String, for field: FormField) throws(FormSchema.EditError) -> ConditionValue {
        switch field.kind {
        case .singleChoice, .multipleChoice:
            guard let option = field.options.first(where: { $0.label.lowercased() == answer.lowercased() || $0.value == answer }) else {
                throw FormEditError.notAnAnswer(answer, field: field.label, options: field.options.map(\.label))
            }
            return .text(option.value)
        case .yesNo, .consent:
            switch answer.lowercased() {
            case "ja", "yes", "true": return .bool(true)
            case "nein", "no", "false": return .bool(false)
            default: throw FormEditError.yesOrNoOnly(field: field.label)
            }
        case .integer, .decimal, .money:
            guard let number = GermanFormat.parseNumber(answer) else { throw FormEditError.notANumber(answer) }
            return .number(number)
        case .date:
            guard let date = LocalDate(german: answer) ?? LocalDate(iso: answer) else { throw FormEditError.notADate(answer) }
            return .date(date)
        default:
            return .text(answer)
        }
    }
}
