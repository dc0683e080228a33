import PortalCore

/// The portal's own pages (help, Leichte Sprache, Gebärdensprache) and their administration, German first, English second.
public struct PortalPagesText: Sendable {
    public let remove: String
    public let videosInSignLanguage: String
    public let noVideosYet: String
    public let addAVideo: String
    public let videoMp4AtMost50: String
    public let captionsWebvttFile: String
    public let theVideoSContentAs: String
    public let shownBesideTheVideoFor: String
    public let addVideo: String
    public let viewPage: String
    public let text: String
    public let separateParagraphsByBlankLines: String
    public let portalPages: String
    public let downloadTheVideoMp4: String
    public let theVideoSContentAs2: String
    public let theVideosAreBeingMade: String
    public let chooseVideoFile: String
    public let chooseCaptionsFile: String
    public let pageTitleInvalid: String
    public let pageTextTooLong: String
    public let jargonTitle: String
    public let jargonHint: String

    public static func `for`(_ language: Language) -> PortalPagesText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
