import PortalCore

extension LimitText {
    public static let german = LimitText(
        tooManyFailures: "Von Ihrem Anschluss gab es zu viele erfolglose Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.",
        waitBeforeRetry: { "Für diese Angaben gab es mehrere erfolglose Versuche. Bitte warten Sie \($0) Sekunden und versuchen Sie es dann erneut." },
        tooManyMails:
            "Von Ihrem Anschluss oder an diese Adresse wurden in kurzer Zeit viele E-Mails angefordert. Bitte versuchen Sie es in einer Stunde erneut.",
        tooManySubmissions:
            "Von Ihrem Anschluss wurden in der letzten Stunde sehr viele Anträge gestellt. Bitte versuchen Sie es später erneut. Ihre Angaben bleiben gespeichert.",
        resumeNotMailed:
            "Der Link wurde nicht noch einmal per E-Mail gesendet, weil er vor kurzem schon gesendet wurde oder an diese Adresse viele E-Mails gingen. Notieren Sie sich den Link.",
        acknowledgementNotMailed:
            "An diese E-Mail-Adresse gingen in kurzer Zeit viele Nachrichten. Die Eingangsbestätigung wurde deshalb nicht gesendet; notieren Sie sich bitte Aktenzeichen und Zugangscode."
    )
}
