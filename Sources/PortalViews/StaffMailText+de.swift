import PortalCore

extension StaffMailText {
    static let german = StaffMailText(
        language: .german,
        reviewRequestedSubject: { "Zur Prüfung: \($0)" },
        reviewRequestedBody: { editor, service, link in
            """
            \(editor) hat den Entwurf des Onlinedienstes „\(service)“ zur Prüfung gesendet.

            Sie können ihn hier ansehen, kommentieren und freigeben oder Änderungen anfordern:
            \(link)
            """
        },
        approvedSubject: { "Freigegeben: \($0)" },
        changesRequestedSubject: { "Änderungen erbeten: \($0)" },
        reviewedBody: { reviewer, service, approved, link in
            let outcome =
                approved
                ? "freigegeben. Sie können ihn jetzt veröffentlichen" : "geprüft und bittet um Änderungen. Die Anmerkungen stehen beim Entwurf"
            return """
                \(reviewer) hat den Entwurf des Onlinedienstes „\(service)“ \(outcome).

                \(link)
                """
        },
        caseMessageSubject: { "Neue Nachricht zu Antrag \($0)" },
        caseMessageBody: { "Die antragstellende Person hat eine Nachricht geschrieben.\n\n\($0)" },
        caseDocumentsSubject: { "Nachgeforderte Unterlagen zu Antrag \($0)" },
        caseDocumentsBody: { "Die antragstellende Person hat die nachgeforderten Unterlagen hochgeladen.\n\n\($0)" },
        arrivalSubject: { "Neuer Antrag \($0)" },
        arrivalBody: { reference, service, link in
            """
            Ein neuer Antrag ist eingegangen: \(reference) („\(service)“).

            Sie finden ihn im Posteingang des Serviceportals:
            \(link)
            """
        },
        arrivalReceiptAttached: "Die Eingangsbestätigung mit allen Angaben des Antrags hängt als PDF an. Sie enthält personenbezogene Daten."
    )
}
