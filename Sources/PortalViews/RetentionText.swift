import PortalCore

/// Retention: the periods in the editor and the public statement, the privacy officer's deletion
/// log and the legal hold on the case page. German first, English second.
public struct RetentionText: Sendable {
    public let periodsLegend: String
    public let periodsHint: String
    public let stage: @Sendable (RetentionPolicy.Stage) -> String
    public let count: String
    public let unit: String
    public let unitName: @Sendable (RetentionPeriod.Unit) -> String
    public let period: @Sendable (RetentionPeriod) -> String
    public let closedCaseAction: String
    public let action: @Sendable (RetentionPolicy.Action) -> String
    /// One stage of the public statement: "10 Jahre, danach anonymisiert".
    public let kept: @Sendable (RetentionPeriod, RetentionPolicy.Action) -> String
    public let notANumber: @Sendable (String) -> String
    public let periodsHeading: String
    public let deletionLog: String
    public let deletionLogIntro: String
    public let when: String
    public let service: String
    public let stageColumn: String
    public let actionColumn: String
    public let number: String
    public let administration: String
    public let noDeletions: String
    public let lastRun: @Sendable (String) -> String
    public let neverRun: String
    public let downloadCSV: String
    public let legalHold: String
    public let legalHoldHint: String
    public let legalHoldReason: String
    public let setLegalHold: String
    public let liftLegalHold: String
    public let heldSince: @Sendable (_ date: String, _ by: String, _ reason: String) -> String
    public let reasonMissing: String
    public let alreadyAnonymised: String
    public let anonymisedNotice: String
    public let holdSet: String
    public let holdLifted: String
    /// A count in the language's notation (1.204 / 1,204).
    public let countText: @Sendable (Int) -> String

    public static func `for`(_ language: Language) -> RetentionText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
