import PortalCore

/// What the case worker's pages say, German first, English second.
public struct CaseWorkText: Sendable {
    public let documentRequests: String
    public let requestDocuments: String
    public let missingDocumentsOnePerLine: String
    public let deadline: String
    public let ddMmYyyyForExample: String
    public let fetchedByTheApplicantOn: @Sendable (String) -> String
    public let notFetchedYet: String
    public let decision: String
    public let outcome: String
    public let delivered: String
    public let retrieval: String
    public let deliverTheDecision: String
    public let decisionAsPdfAtMost: String
    public let continueToCheck: String
    public let messages: String
    public let actions: String
    public let sectionsOfThisApplication: String
    public let selectTheNewStatus: String
    public let aDecisionCanOnlyBe: String
    public let selectTheDecisionSOutcome: String
    public let chooseTheDecisionSPdf: String
    public let theDecisionSFileIs: String
    public let theDecisionIsDelivered: String
    public let theApplicantGetsAnE: String
    public let noEMailAddressKnown: String
    public let checkAndDeliverTheDecision: String
    public let theDocumentsAreRequested: String
    public let applicant: String
    public let notSent: String
    public let answeredOn: String
    public let openUntil: @Sendable (String) -> String
    public let backToTheApplicationWithout: String
    public let checkAndDeliverTheDecision2: String
    public let outcome2: String
    public let file: String
    public let notification: String
    public let deliveringMakesTheDecisionAvailable: String
    public let deliverTheDecisionNow: String
    public let serviceNotInInbox: String
    public let deadlineMissing: String
    public let alsoByPost: String
    public let alsoByPostHint: String
    public let byPost: String
    public let byPostTo: @Sendable (_ name: String, _ address: String, _ time: String) -> String
    public let byPostNoAddress: String
    public let noPrintService: String
    public let byPostWaiting: @Sendable (_ time: String) -> String
    public let byPostHandedOver: @Sendable (_ batch: String, _ at: String) -> String
    public let byPostCollected: @Sendable (_ batch: String) -> String

    public static func `for`(_ language: Language) -> CaseWorkText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
