import Foundation
import PortalCore

extension ReviewSummaryText {
    static let english: ReviewSummaryText = {
        @Sendable func change(_ change: SchemaChange) -> String {
            switch change {
            case .added(let label): return "New: “\(label)”"
            case .removed(let label): return "Removed: “\(label)”"
            case .changed(let label, let aspects):
                let what = aspects.map { aspect in
                    switch aspect {
                    case .label(let before): "label (before “\(before)”)"
                    case .kind: "kind"
                    case .nowRequired: "now required"
                    case .nowOptional: "now optional"
                    case .answers: "answers"
                    case .limits: "limits"
                    case .condition: "condition"
                    case .groupFields: "fields of the group"
                    }
                }
                return "Changed: “\(label)” (\(what.joined(separator: ", ")))"
            }
        }
        @Sendable func list(_ items: [String], _ separator: String) -> String { items.isEmpty ? "none" : items.joined(separator: separator) }
        @Sendable func number(_ value: Decimal) -> String { Strings.english.number(value) }
        @Sendable func size(_ bytes: Int) -> String {
            if bytes < 1024 { return "\(bytes) bytes" }
            if bytes < 1024 * 1024 { return "\(number(Decimal(bytes / 1024))) KB" }
            return "\(number(Decimal((bytes * 10) / (1024 * 1024)) / 10)) MB"
        }
        return ReviewSummaryText(
            language: .english,
            rule: { rule in
                switch rule {
                case .shownWhen(let condition): "shown only when \(condition)"
                case .requiredWhen(let condition): "required when \(condition)"
                case .emptyWhen(let condition): "must stay empty when \(condition)"
                case .minimumLength(let min): "at least \(min) characters"
                case .maximumLength(let max): "at most \(max) characters"
                case .pattern(let pattern): "pattern \(pattern)"
                case .minimum(let min): "from \(number(min))"
                case .maximum(let max): "up to \(number(max))"
                case .earliestDays(let days): "at the earliest \(days) days after sending"
                case .latestDays(let days): "at the latest \(days) days after sending"
                case .files(let types, let maxBytes, let count):
                    "\(FieldConstraints.typeNames(types)), up to \(size(maxBytes)), at most \(count) file(s)"
                case .codes(let options): "codes: " + options.map { "\($0.label) = \($0.value)" }.joined(separator: "; ")
                case .repeatable(let min, let max): "repeatable, \(min) to \(max) entries"
                }
            },
            groupTitle: { title in
                switch title {
                case .step(let step): "Step “\(step)”"
                case .removedQuestions: "Removed questions"
                case .wholeForm: "Whole form"
                }
            },
            change: change,
            line: { line in
                switch line {
                case .field(let fieldChange): change(fieldChange)
                case .steps(let before, let now): "Steps before: \(list(before, ", ")); now: \(list(now, ", "))"
                case .rules(let before, let now): "Rules before: \(list(before, "; ")); now: \(list(now, "; "))"
                case .fee(let before, let now): "Fee before: \(before ?? "none"); now: \(now ?? "none")"
                }
            })
    }()
}
