import PortalCore

extension FormEditText {
    static let english = FormEditText(language: .english, message: englishMessage, syntax: englishSyntax)

    @Sendable static func englishSyntax(_ error: FormExpression.SyntaxError) -> String {
        func found(_ found: FormExpression.SyntaxError.Found) -> String {
            switch found {
            case .word(let word): "“\(word)”"
            case .text(let text): "the text “\(text)”"
            case .number(let number): "the number \(Strings.english.number(number))"
            case .date(let date): "the date \(date.german)"
            case .symbol(let symbol): "“\(symbol)”"
            case .end: "the end"
            }
        }
        func expected(_ expected: FormExpression.SyntaxError.Expected) -> String {
            switch expected {
            case .symbol(let symbol): "“\(symbol)”"
            case .key: "the key of a field"
            case .text: "a text in quotation marks"
            case .number: "a number"
            case .comparison(let key): "a comparison (=, !=, <, <=, >, >=, in) after “\(key)”"
            case .value: "a value (text in quotation marks, number, date, ja/nein) or the key of a field"
            }
        }
        switch error {
        case .empty: return "The expression is empty."
        case .invalidDate(let text, let position): return "“\(text)” at position \(position) is not a valid date (DD.MM.YYYY)."
        case .invalidNumber(let text, let position): return "“\(text)” at position \(position) is not a number."
        case .unclosedText(let position): return "The text from position \(position) has no closing quotation mark."
        case .characterNotAllowed(let character, let position): return "The character “\(character)” at position \(position) is not allowed here."
        case .endsEarly(let what): return "The expression ends too early: \(expected(what)) is missing."
        case .unexpected(let what, let position, let instead): return "At position \(position) there is \(found(what)); expected was \(expected(instead))."
        case .trailing(let what, let position):
            return "At position \(position) there is still \(found(what)); the expression was already complete there. Is “und” or “oder” missing?"
        case .fieldComparisonNeedsOrder(let position): return "At position \(position): two answers can only be compared with <, <=, > or >=."
        case .orderNeedsNumbersOrDates(let symbol, let position): return "At position \(position): \(symbol) compares only numbers and dates."
        }
    }

    @Sendable static func englishMessage(_ error: FormEditError) -> String {
        func usage(_ usage: FormEditError.Usage) -> String {
            switch usage {
            case .fieldCondition(let field): "the condition of “\(field)”"
            case .stepCondition(let step): "the condition of step \(step)"
            case .rule(let message): "the rule “\(message)”"
            case .fee: "the fee calculation"
            }
        }
        func text(_ text: FormEditError.Text) -> String {
            switch text {
            case .stepTitle: "The step's title"
            case .label: "The label"
            case .ruleMessage: "The message"
            case .expression: "The expression"
            }
        }
        switch error {
        case .stepMissing: return "This step does not exist (any more)."
        case .stepInUse(let user): return "The step cannot be deleted: \(usage(user)) refers to one of its fields."
        case .groupMissing(let group): return "There is no group “\(group)” in this step (any more)."
        case .groupInRepeatableGroup: return "A repeatable group cannot contain another group."
        case .fieldMissing(let key): return "There is no field “\(key)” in this step (any more)."
        case .fieldInUse(let user): return "The field cannot be deleted: \(usage(user)) refers to it."
        case .fieldKindMissing: return "Please choose the kind of field."
        case .ruleMissing: return "This rule does not exist (any more)."
        case .empty(.ruleMessage): return "Please write the message shown when the rule is not met."
        case .empty(let what): return "\(text(what)) must not be empty."
        case .tooLong(let what, let max): return "\(text(what)) may be at most \(max) characters long."
        case .noAnswers: return "A choice needs at least one answer."
        case .answerMissingForCode(let code): return "The code “\(code)” has no answer before the bar."
        case .duplicateAnswer: return "Each answer may appear only once."
        case .invalidCode(let code, let answer):
            return "The code “\(code)” of “\(answer)” may contain only letters without umlauts, digits, dot, hyphen and underscore, at most 60 characters."
        case .duplicateCode(let code): return "The code “\(code)” appears more than once."
        case .notANumber(let text): return "“\(text)” is not a number."
        case .lengthOutOfRange: return "Lengths lie between 0 and 100,000 characters."
        case .minimumLengthAboveMaximum: return "The minimum length is greater than the maximum length."
        case .invalidPattern(let pattern, let problem): return "The pattern “\(pattern)” \(problem.message(.english))."
        case .invalidDays(let text): return "“\(text)” is not a whole number of days between -36,500 and 36,500."
        case .earliestAfterLatest: return "The earliest date is after the latest."
        case .fileSizeOutOfRange: return "A file may be between 0.1 and 50 MB."
        case .fileCountOutOfRange: return "1 to 20 files are possible."
        case .noFileType: return "Please allow at least one file type."
        case .minimumAboveMaximum: return "The smallest value is greater than the largest."
        case .purposeNotOffered: return "This meaning does not exist for this kind of field."
        case .repetitionBoundOutOfRange(.minimum, let ceiling): return "The minimum number of entries is a whole number from 0 to \(ceiling)."
        case .repetitionBoundOutOfRange(.maximum, let ceiling): return "The maximum number of entries is a whole number from 0 to \(ceiling)."
        case .repetitionWithoutEntries: return "A repeatable group needs at least one possible entry."
        case .repetitionMinimumAboveMaximum: return "The minimum number of entries is greater than the maximum."
        case .unreadableExpression(let syntax): return "The expression cannot be read: \(englishSyntax(syntax))"
        case .unknownKeyInExpression(let key): return "The expression names “\(key)”; there is no field with this key."
        case .laterFieldInExpression(let key): return "The expression names “\(key)”; a condition can only refer to earlier fields."
        case .conditionOnLaterField: return "A condition can only refer to an earlier field."
        case .fieldComparisonNeedsOrder: return "Two answers can only be compared with “less than”, “at most”, “greater than” or “at least”."
        case .comparisonAnswerMissing(let field): return "Please say which answer of “\(field)” it is compared with."
        case .unknownComparison: return "This comparison does not exist."
        case .notOrderable(let field): return "“\(field)” is neither a number nor a date; it cannot be compared by size."
        case .notAnAnswer(let answer, let field, let options):
            return "“\(answer)” is not an answer of “\(field)”. Possible: \(options.joined(separator: ", "))."
        case .yesOrNoOnly(let field): return "The answer to “\(field)” is yes or no."
        case .notADate(let text): return "“\(text)” is not a date (DD.MM.YYYY)."
        case .feeExpressionMissing: return "Please write an expression, or choose “No fee”."
        case .ruleNeedsCheck: return "Please choose a field for the rule or write an expression."
        case .ruleMessageFieldMissing: return "Please choose the field at which the message appears."
        case .invalidAmount(.base, let text): return "The base amount “\(text)” is not an amount between 0 and 1,000,000 euros."
        case .invalidAmount(.perUnit, let text): return "The amount per unit “\(text)” is not an amount between 0 and 1,000,000 euros."
        case .feeBaseMissing: return "Please enter a base amount or choose a field the fee depends on."
        case .feeFieldNotCountable: return "The fee can only depend on a number or on the number of entries of a repeatable group."
        case .feePerUnitMissing(let field): return "Please say how many euros are added per unit of “\(field)”."
        case .schemaProblems(let problems): return problems.map { $0.message(.english) }.joined(separator: " ")
        }
    }
}
