import PortalCore

extension PrivacyText {
    public static let english = PrivacyText(
        controller: "Controller", dataProtectionOfficer: "Data protection officer", purposes: "Purposes of processing",
        legalBasis: "Legal basis", categories: "Which data we process", recipients: "Recipients",
        thirdCountry: "Transfers to third countries", retention: "How long we keep data", retentionDrafts: "Drafts",
        retentionSubmissions: "Applications", retentionMessages: "Messages", rights: "Your rights",
        rightsText:
            "You have the right of access (Art. 15 GDPR), rectification (Art. 16 GDPR), erasure (Art. 17 GDPR), restriction of processing (Art. 18 GDPR) and to object (Art. 21 GDPR). Where processing is based on your consent, you can withdraw it at any time for the future.",
        complaint: "Complaint to the supervisory authority", obligation: "Do you have to give the data?", automated: "Automated decisions",
        version: { number, date in "Version \(number) of \(date)" },
        notYet: "The privacy statement for this service is being prepared. Please contact the responsible office with any questions.",
        editorSection: "Privacy statement (Art. 13 GDPR)",
        editorHint:
            "A proposal is filled in (data categories from the form's questions). Every save makes a new version; each application records the version it was shown.",
        linesHint: "One entry per line.",
        recordOfProcessingActivities: "Record of processing activities",
        generatedFromTheServicesPrivacy:
            "Generated from the services' privacy statements (Art. 30 GDPR). As a file: serviceportal privacy record --service SLUG --format md|csv."
    )
}
