import PortalCore

extension AuditText {
    public static let english = AuditText(
        title: "Audit trail",
        intro: "Who opened, changed, assigned or decided which case when, and who managed staff access. The trail is only ever added to, never changed.",
        caseHeading: "Trail of one case",
        reference: "Reference",
        referenceHint: "For example BRU-2026-K7QM-4XD2.",
        show: "Show",
        caseTrail: { reference in "Trail of \(reference)" },
        exportHeading: "Download the trail of a period",
        from: "From",
        to: "Up to and including",
        dateHint: "DD.MM.YYYY, at most 366 days.",
        download: "Download as CSV",
        noLines: "No entries.",
        when: "When",
        who: "Who",
        what: "What",
        concerning: "Concerning",
        referenceUnknown: "There is no case with this reference.",
        dateInvalid: "Enter the date as DD.MM.YYYY, for example 01.12.2026.",
        rangeInvalid: "“Up to and including” must not be before “From”.",
        rangeTooLong: "Download at most 366 days at once.",
        status: { label in "Status: \(label)" },
        apiKey: { id in "API key \(id)" },
        system: "System",
        applicant: "Applicant",
        truncated: { count in "Only the first \(count) entries; choose a shorter period." }
    )
}
