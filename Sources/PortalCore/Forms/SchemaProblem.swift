/// What is wrong with a form schema itself (`FormSchema.problems`): the publish gate blocks on
/// these. PortalViews says them in the editor's language (`SchemaText`).
public enum SchemaProblem: Hashable, Sendable {
    /// Whose condition a problem is about.
    public enum Owner: Hashable, Sendable {
        case field(String)
        case step(Int)
        case fee
    }

    case noSteps
    case stepWithoutTitle
    case fieldWithoutKey
    case invalidKey(String)
    case duplicateKey(String)
    case fieldWithoutLabel(String)
    case choiceWithoutOptions(String)
    case fixedValueMissing(String)
    case invalidPattern(field: String, PatternProblem)
    case fileInRepeatableGroup(String)
    case fieldsOutsideGroup(String)
    case emptyGroup(String)
    case nestedRepeatableGroup(String)
    case invalidRepetition(String, ceiling: Int)
    case conditionUnknownField(Owner, key: String)
    case conditionImpossibleValue(Owner, key: String)
    case conditionNotAnAnswer(Owner, answer: String, key: String)
    case conditionNotOrderable(Owner, key: String)
    case conditionIncomparable(Owner, left: String, right: String)
    case feeUnknownField(String)
    case feeNotANumber(String)
    case ruleUnknownField(message: String, field: String)
    case circularVisibility(String)
}

/// Why a field pattern cannot be used.
public enum PatternProblem: Hashable, Sendable {
    case tooLong(max: Int)
    case backReferences
    case invalid
}
