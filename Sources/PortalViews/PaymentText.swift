import Foundation
import PortalCore

/// Texts of online payment (issue 18): the fee on the check page, the payment page, the demo's
/// test pay page, the editor's settings and the Kasse's list. German first, English second.
public struct PaymentText: Sendable {
    public let language: Language
    // Fee lines.
    public let base: String
    public let perUnit: @Sendable (_ question: String, _ count: String, _ price: String) -> String
    public let depending: @Sendable (_ question: String) -> String
    public let fee: String
    public let total: String
    public let taxIncluded: @Sendable (_ rate: Int, _ amount: String) -> String
    // Check page.
    public let checkHint: String
    public let payAndSubmit: String
    public let unavailable: String
    public let testPayment: String
    // Payment page.
    public let pageTitle: String
    public let amountLabel: String
    public let purposeLabel: String
    public let referenceLabel: String
    public let openText: String
    public let payNow: String
    public let checkAgain: String
    public let notSent: String
    public let sendAgain: String
    public let refused: @Sendable (_ code: String) -> String
    public let canceledText: String
    public let failedText: String
    public let payAgain: String
    public let giveUp: String
    public let gaveUp: String
    public let paidElsewhere: String
    public let stillOpenAfterRetry: String
    public let paidNotice: @Sendable (_ amount: String) -> String
    /// The label of the payment on case pages, and the words around its time and transaction.
    public let onlinePayment: String
    public let settledOn: String
    public let transactionWord: String
    // A fee the office set (policy `deferred`).
    public let dueHeading: String
    public let dueText: @Sendable (_ amount: String) -> String
    public let backToCase: String
    public let paidFee: String
    public let feeUnpaidText: String
    public let requestHeading: String
    public let requestHint: String
    public let requestAmount: String
    public let requestButton: String
    public let withdrawRequest: String
    public let requested: String
    public let requestWithdrawn: String
    public let amountInvalid: String
    public let alreadyRequested: String
    public let cannotWithdraw: String
    public let notDeferred: String
    /// The mailbox message to the applicant (in the portal's language).
    public let requestMessage: @Sendable (_ amount: String) -> String
    // Status and method words (case page, Kasse).
    public let status: @Sendable (PaymentStatus) -> String
    public let method: @Sendable (PaymentMethod) -> String
    // Editor.
    public let editorTitle: @Sendable (_ service: String) -> String
    public let editorIntro: String
    public let editorSection: String
    public let editorLink: String
    public let policyLegend: String
    public let policyName: @Sendable (PaymentPolicy) -> String
    public let policyHint: @Sendable (PaymentPolicy) -> String
    public let originatorLabel: String
    public let endpointLabel: String
    public let platformIDHint: String
    public let bookingLabel: String
    public let bookingHint: String
    public let purposeTemplateHint: String
    public let taxLabel: String
    public let taxHint: String
    public let saveSettings: String
    public let settingsSaved: String
    public let noFeeNotice: String
    public let noPlatformNotice: String
    public let problem: @Sendable (ServicePayment.Problem) -> String
    public let bookingLineInvalid: @Sendable (_ line: Int) -> String
    public let taxNotNumber: String
    // The Kasse's list.
    public let paymentsTitle: String
    public let paymentsIntro: String
    public let from: String
    public let to: String
    public let dateHint: String
    public let statusFilter: String
    public let allStatuses: String
    public let serviceFilter: String
    public let allServices: String
    public let show: String
    public let download: String
    public let noPayments: String
    public let columnTime: String
    public let columnService: String
    public let columnStatus: String
    public let columnMethod: String
    public let columnTransaction: String
    public let columnBooking: String
    public let sum: @Sendable (_ count: Int, _ paid: String) -> String
    public let dateInvalid: @Sendable (_ field: String) -> String
    public let rangeInvalid: String
    // The administration's page of the platform.
    public let platformTitle: String
    public let platformDescription: String
    public let paymentsDescription: String
    public let platformIntro: String
    public let notConfigured: String
    public let addressLabel: String
    public let authenticationLabel: String
    public let authentication: @Sendable (PaymentGatewayInfo.Authentication) -> String
    public let testPlatformNote: String
    public let testConnection: String
    public let connection: @Sendable (_ result: PaymentConnection) -> String
    // Test pay page.
    public let testPageTitle: String
    public let testPageIntro: String
    public let testPay: String
    public let testCancel: String
    public let testFail: String

    public static func `for`(_ language: Language) -> PaymentText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// `60,00 € – bezahlt am 30.11.2026, 10:15 Uhr (giropay), Transaktion T-4711` (`dateTime` formats the time).
    public func line(_ payment: Payment, dateTime: (Date) -> String) -> String {
        var line = GermanFormat.money(payment.amount.euros) + " – " + status(payment.status)
        if let at = PaymentReport.settledAt(payment) { line += " \(settledOn) " + dateTime(at) }
        if let method = payment.method { line += " (\(self.method(method)))" }
        if let transaction = payment.transactionID { line += ", \(transactionWord) " + transaction }
        return line
    }

    /// One line of a fee breakdown in words.
    public func label(_ label: FeeBreakdown.Label) -> String {
        switch label {
        case .base: base
        case .perUnit(let question, let count, let price): perUnit(question, GermanFormat.number(count), GermanFormat.money(price.euros))
        case .depending(let question): depending(question)
        case .fee: fee
        }
    }
}
