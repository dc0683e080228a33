import PortalCore

extension ProcessingRecordText {
    static let english = ProcessingRecordText(
        language: .english,
        label: { item in
            switch item {
            case .processing: "Name of the processing"
            case .responsibleUnit: "Responsible unit"
            case .controller: "Controller"
            case .dataProtectionOfficer: "Data protection officer"
            case .purposes: "Purposes"
            case .legalBasis: "Legal basis"
            case .dataSubjects: "Data subjects"
            case .dataCategories: "Categories of personal data"
            case .recipients: "Recipients"
            case .thirdCountryTransfer: "Transfer to third countries"
            case .retention: "Retention periods"
            case .securityMeasures: "Technical and organisational measures"
            case .statementVersion: "Version of the privacy statement"
            }
        },
        value: { value in
            switch value {
            case .text(let text): text
            case .missing: "missing"
            case .onlineApplication(let service): "Online application “\(service)”"
            case .applicantsAndNamedPeople: "Applicants and the people named in the application"
            case .retention(let periods):
                periods.map { period in
                    switch period {
                    case .drafts(let text): "Drafts: \(text)"
                    case .submissions(let text): "Applications: \(text)"
                    case .messages(let text): "Messages: \(text)"
                    }
                }.joined(separator: "; ")
            case .securityConcept: "See the service portal's security concept (Art. 32 GDPR)"
            case .version(let version): "\(version)"
            }
        },
        columns: ("Item", "Content")
    )
}
