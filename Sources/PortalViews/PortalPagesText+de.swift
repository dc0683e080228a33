import PortalCore

extension PortalPagesText {
    public static let german = PortalPagesText(
        remove: "Entfernen",
        videosInSignLanguage: "Videos in Gebärdensprache",
        noVideosYet: "Noch keine Videos.",
        addAVideo: "Video hinzufügen",
        videoMp4AtMost50: "Video (MP4, höchstens 50 MB)",
        captionsWebvttFile: "Untertitel (WebVTT-Datei)",
        theVideoSContentAs: "Inhalt des Videos als Text",
        shownBesideTheVideoFor: "Steht neben dem Video für alle, die es nicht sehen oder hören können.",
        addVideo: "Video hinzufügen",
        viewPage: "Seite ansehen",
        text: "Text",
        separateParagraphsByBlankLines: "Absätze durch Leerzeilen trennen; „## “ am Zeilenanfang für Überschriften, „- “ für Aufzählungen.",
        portalPages: "Seiten des Portals",
        downloadTheVideoMp4: "Video herunterladen (MP4)",
        theVideoSContentAs2: "Der Inhalt des Videos als Text",
        theVideosAreBeingMade: "Die Videos werden gerade erstellt.",
        chooseVideoFile: "Bitte wählen Sie die Videodatei (MP4).",
        chooseCaptionsFile: "Bitte wählen Sie die Untertitel-Datei (WebVTT); ohne Untertitel ist das Video nicht barrierefrei.",
        pageTitleInvalid: "Der Titel darf nicht leer und höchstens 200 Zeichen lang sein.",
        pageTextTooLong: "Der Text darf höchstens 50.000 Zeichen lang sein.",
        jargonTitle: "Amtswörter für die Schreibhinweise",
        jargonHint:
            "Ein Wort je Zeile, mit „=“ die verständlichere Alternative: „gemäß = nach“. Die Redaktion sieht eine Warnung, wenn ein Feld ein solches Wort enthält."
    )
}
