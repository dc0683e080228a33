import PortalCore

extension SchemaText {
    static let english: SchemaText = {
        @Sendable func owner(_ owner: SchemaProblem.Owner) -> String {
            switch owner {
            case .field(let key): "“\(key)”"
            case .step(let number): "step \(number)"
            case .fee: "the fee"
            }
        }
        @Sendable func pattern(_ problem: PatternProblem) -> String {
            switch problem {
            case .tooLong(let max): "is too long (at most \(max) characters)"
            case .backReferences: "uses back references (\\1, \\k<…>), which are not allowed"
            case .invalid: "is not a valid regular expression"
            }
        }
        @Sendable func problem(_ problem: SchemaProblem) -> String {
            switch problem {
            case .noSteps: "The form has no step."
            case .stepWithoutTitle: "A step has no title."
            case .fieldWithoutKey: "A field has no key."
            case .invalidKey(let key): "The key “\(key)” may contain only letters, digits, “_” and “-” (at most 100 characters)."
            case .duplicateKey(let key): "The key “\(key)” appears more than once."
            case .fieldWithoutLabel(let key): "The field “\(key)” has no label."
            case .choiceWithoutOptions(let key): "The choice field “\(key)” has no options."
            case .fixedValueMissing(let key): "The field “\(key)” needs a fixed value."
            case .invalidPattern(let key, let problem): "The pattern of “\(key)” \(pattern(problem))."
            case .fileInRepeatableGroup(let key): "The file field “\(key)” cannot be inside a repeatable group."
            case .fieldsOutsideGroup(let key): "Only groups can contain fields or repeat (“\(key)”)."
            case .emptyGroup(let key): "The group “\(key)” contains no field."
            case .nestedRepeatableGroup(let key): "The repeatable group “\(key)” is inside another repeatable group; that is not supported."
            case .invalidRepetition(let key, let ceiling): "The group “\(key)” needs 0 ≤ minimum ≤ maximum ≤ \(ceiling) and a maximum of at least 1."
            case .conditionUnknownField(let who, let key): "The condition of \(owner(who)) refers to the unknown field “\(key)”."
            case .conditionImpossibleValue(let who, let key): "The condition of \(owner(who)) compares “\(key)” with a value this field can never have."
            case .conditionNotAnAnswer(let who, let answer, let key): "The condition of \(owner(who)) names “\(answer)”, which is not an answer of “\(key)”."
            case .conditionNotOrderable(let who, let key): "The condition of \(owner(who)) compares “\(key)” by size; that works only for numbers and dates."
            case .conditionIncomparable(let who, let left, let right):
                "The condition of \(owner(who)) compares “\(left)” with “\(right)”; that works only for two numbers or two dates."
            case .feeUnknownField(let key): "The fee calculation refers to the unknown field “\(key)”."
            case .feeNotANumber(let key): "The fee calculation uses “\(key)”, which is not a number."
            case .ruleUnknownField(let message, let key): "The rule “\(message)” shows its message at the unknown field “\(key)”."
            case .circularVisibility(let key): "Whether “\(key)” is shown depends on itself in a circle."
            }
        }
        @Sendable func privacyPart(_ part: PrivacyStatement.Part) -> String {
            switch part {
            case .controller: "the controller"
            case .dataProtectionOfficer: "the data protection officer"
            case .purposes: "the purposes"
            case .legalBasis: "the legal basis"
            case .dataCategories: "the categories of personal data"
            case .retentionSubmissions: "how long applications are kept"
            case .retentionPeriods: "the retention periods per stage (days, months or years)"
            case .supervisoryAuthority: "the supervisory authority for complaints"
            case .obligation: "whether the details are required and what happens otherwise"
            }
        }
        @Sendable func fieldWarning(_ warning: PublishGate.FieldWarning) -> String {
            switch warning {
            case .labelTooLong(let start, let length): "The label “\(start)…” is \(length) characters long. Short questions are easier to understand."
            case .singleOption(let label): "The choice “\(label)” has only one answer. A confirmation (tick box) fits better."
            case .patternWithoutHint(let label): "“\(label)” requires a fixed format, but the hint does not say which. Describe it, for example “five digits”."
            case .jargon(let label, let word, let plain):
                plain.isEmpty ? "“\(label)” contains the office word “\(word)”." : "“\(label)” contains the office word “\(word)”. Plainer: “\(plain)”."
            }
        }
        return SchemaText(
            language: .english, problem: problem, pattern: pattern,
            finding: { finding in
                switch finding {
                case .summaryMissing: "The short description is missing."
                case .contactIncomplete: "The contact needs a name and a phone number or e-mail address."
                case .privacyIncomplete(let parts): "The privacy statement lacks \(parts.map(privacyPart).joined(separator: ", "))."
                case .privacyMissing: "The privacy statement is missing."
                case .afterSubmissionMissing: "What happens after sending is missing (procedure or processing time)."
                case .formAsksNothing: "The form does not ask anything yet."
                case .schema(let schemaProblem): problem(schemaProblem)
                case .notApproved: "The department has not approved the draft yet."
                case .englishMissing: "English title and short description are missing; the English page shows the German texts."
                case .documentWithoutUpload(let document): "The service description names “\(document)”, but the form has no upload field for it."
                case .stepTooLong(let number, let title, let fields): "Step \(number) “\(title)” has \(fields) fields. One topic per page is easier to fill in."
                case .field(let warning): fieldWarning(warning)
                }
            },
            fieldWarning: fieldWarning, privacyPart: privacyPart,
            jargonList: { problem in
                switch problem {
                case .tooManyWords(let max): "The list may contain at most \(max) words."
                case .wordMissing(let line): "Line \(line) has no word before the “=”."
                case .wordTooLong(let line): "The word in line \(line) is longer than 100 characters."
                }
            })
    }()
}
