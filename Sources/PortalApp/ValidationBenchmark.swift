import Foundation
import PortalCore

/// A synthetic form of 300 fields and 100 conditions with a matching answer set, for measuring the
/// validator (issue target: at most 1 ms per submission). Used by `serviceportal bench-validate`.
public enum ValidationBenchmark {
    public static func schema() -> FormSchema {
        var steps: [FormStep] = []
        for stepIndex in 0..<10 {
            var fields: [FormField] = []
            for index in 0..<30 {
                let number = stepIndex * 30 + index
                let key = "f\(number)"
                let condition: Condition? =
                    number % 3 == 1 && number < 300
                    ? .any([
                        .equals("f\(number - 1)", .text("ja")), .compare("f\((number + 299) % 300 / 3 * 3 + 2)", .greater, .number(5)),
                    ]) : nil
                switch number % 3 {
                case 0:
                    fields.append(
                        FormField(
                            key: key, kind: .singleChoice, label: "Frage \(number)",
                            options: [ChoiceOption(value: "ja", label: "Ja"), ChoiceOption(value: "nein", label: "Nein")]))
                case 1:
                    fields.append(
                        FormField(
                            key: key, kind: .text, label: "Text \(number)", constraints: .init(maxLength: 200, pattern: "[A-Za-zäöüÄÖÜß ]+"),
                            showIf: condition))
                default:
                    fields.append(FormField(key: key, kind: .decimal, label: "Zahl \(number)", constraints: .init(min: 0, max: 1000)))
                }
            }
            steps.append(FormStep(title: "Schritt \(stepIndex + 1)", fields: fields))
        }
        return FormSchema(steps: steps)
    }

    public static func answers() -> [JSONValue.Member] {
        (0..<300).map { number in
            switch number % 3 {
            case 0: .init("f\(number)", .string(number % 2 == 0 ? "ja" : "nein"))
            case 1: .init("f\(number)", .string("Müller Lüdenscheidt"))
            default: .init("f\(number)", .number(Decimal(number % 17)))
            }
        }
    }

    /// Validates `count` times and returns microseconds per validation.
    public static func run(count: Int, today: LocalDate) -> Double {
        let validator = SubmissionValidator(schema: schema(), today: today)
        let answers = answers()
        var accepted = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<count {
                if case .success = validator.validate(json: answers) { accepted += 1 }
            }
        }
        precondition(accepted == count, "the benchmark answers must be valid")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return seconds / Double(count) * 1e6
    }
}
