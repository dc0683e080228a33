import Foundation
import PortalCore

extension RetentionText {
    public static let english = RetentionText(
        periodsLegend: "Retention periods (the portal deletes afterwards by itself)",
        periodsHint:
            "For each stage a whole number with its unit, e.g. 10 years. An application is closed with a decision, a rejection or a withdrawal; the period counts from then. Drafts never sent are deleted with the session after one day at the latest.",
        stage: { stage in
            switch stage {
            case .abandonedDrafts: "Drafts never sent"
            case .savedDrafts: "Saved drafts"
            case .closedCases: "Closed applications (from closing)"
            case .messages: "Messages of closed applications (from closing)"
            case .deliveredCopies: "Copies in the hand-over folder (from delivery)"
            case .auditRecords: "Audit entries about applications"
            }
        },
        count: "Number", unit: "Unit",
        unitName: { unit in
            switch unit {
            case .days: "days"
            case .months: "months"
            case .years: "years"
            }
        },
        period: englishPeriod,
        closedCaseAction: "When the period has ended, closed applications are",
        action: { action in
            switch action {
            case .delete: "deleted"
            case .anonymise: "anonymised (reference, service, dates and outcome stay for statistics)"
            }
        },
        kept: { period, action in
            let after =
                action == .delete
                ? "then deleted" : "then anonymised: answers, files and names are deleted; reference, service, dates and outcome stay for statistics"
            return "\(englishPeriod(period)), \(after)"
        },
        notANumber: { stage in "Please give the period for “\(stage)” as a whole number from 1 to 36,500, e.g. 10." },
        periodsHeading: "Retention periods in detail",
        deletionLog: "Deletion log",
        deletionLogIntro:
            "What the daily deletion removed or anonymised by the services' retention periods, as counts per service and stage. No content or references appear here. Cases under a legal hold are left alone.",
        when: "When", service: "Service", stageColumn: "Stage", actionColumn: "Action", number: "Count",
        administration: "Administration (no application)",
        noDeletions: "Nothing has been deleted so far.",
        lastRun: { date in "Last run: \(date)." },
        neverRun: "The daily deletion has not run yet.",
        downloadCSV: "Download the deletion log as CSV",
        legalHold: "Legal hold",
        legalHoldHint: "A legal hold keeps the case beyond its retention period, for example for a lawsuit or an audit. It is recorded in the audit trail.",
        legalHoldReason: "Reason for the legal hold",
        setLegalHold: "Set legal hold",
        liftLegalHold: "Lift legal hold",
        heldSince: { date, by, reason in "Held since \(date) by \(by). Reason: \(reason)" },
        reasonMissing: "Please give a reason for the legal hold (at most 500 characters).",
        alreadyAnonymised: "This case has been anonymised already; its answers and files are deleted. A legal hold is no longer possible.",
        anonymisedNotice: "This case was anonymised when its retention period ended: answers, files, messages and names are deleted.",
        holdSet: "The legal hold is set.",
        holdLifted: "The legal hold is lifted.",
        countText: { count in count.formatted(.number.locale(Locale(identifier: "en_GB"))) }
    )

    private static func englishPeriod(_ period: RetentionPeriod) -> String {
        switch period.unit {
        case .days: period.count == 1 ? "1 day" : "\(period.count) days"
        case .months: period.count == 1 ? "1 month" : "\(period.count) months"
        case .years: period.count == 1 ? "1 year" : "\(period.count) years"
        }
    }
}
