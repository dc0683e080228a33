/// Why the form builder refused an edit. The core names the problem; PortalViews says it in the
/// editor's language (`FormEditError.message(_:)`), so a new case does not compile until every
/// language has its sentence.
public enum FormEditError: Error, Hashable, Sendable {
    /// What still refers to fields an edit would remove.
    public enum Usage: Hashable, Sendable {
        case fieldCondition(String)
        case stepCondition(Int)
        case rule(message: String)
        case fee
    }

    /// A text the editor typed that has a length limit.
    public enum Text: Hashable, Sendable {
        case stepTitle
        case label
        case ruleMessage
        case expression
    }

    /// An amount the fee picker asks for.
    public enum Amount: Hashable, Sendable {
        case base
        case perUnit
    }

    /// A bound of a repeatable group.
    public enum Bound: Hashable, Sendable {
        case minimum
        case maximum
    }

    // Structure of the schema
    case stepMissing
    case stepInUse(Usage)
    case groupMissing(String)
    case groupInRepeatableGroup
    case fieldMissing(String)
    case fieldInUse(Usage)
    case fieldKindMissing
    case ruleMissing
    case empty(Text)
    case tooLong(Text, max: Int)

    // Answers of a choice
    case noAnswers
    case answerMissingForCode(String)
    case duplicateAnswer
    case invalidCode(String, answer: String)
    case duplicateCode(String)

    // Field settings
    case notANumber(String)
    case lengthOutOfRange
    case minimumLengthAboveMaximum
    case invalidPattern(String, problem: PatternProblem)
    case invalidDays(String)
    case earliestAfterLatest
    case fileSizeOutOfRange
    case fileCountOutOfRange
    case noFileType
    case minimumAboveMaximum
    case purposeNotOffered
    case repetitionBoundOutOfRange(Bound, ceiling: Int)
    case repetitionWithoutEntries
    case repetitionMinimumAboveMaximum

    // Conditions
    case unreadableExpression(FormExpression.SyntaxError)
    case unknownKeyInExpression(String)
    case laterFieldInExpression(String)
    case conditionOnLaterField
    case fieldComparisonNeedsOrder
    case comparisonAnswerMissing(field: String)
    case unknownComparison
    case notOrderable(field: String)
    case notAnAnswer(String, field: String, options: [String])
    case yesOrNoOnly(field: String)
    case notADate(String)

    // Rules and fees
    case feeExpressionMissing
    case ruleNeedsCheck
    case ruleMessageFieldMissing
    case invalidAmount(Amount, String)
    case feeBaseMissing
    case feeFieldNotCountable
    case feePerUnitMissing(field: String)
    /// What the schema check finds wrong after the edit (`FormSchema.problems`).
    case schemaProblems([SchemaProblem])
}
