import PortalCore

extension PortalPagesText {
    public static let english = PortalPagesText(
        remove: "Remove",
        videosInSignLanguage: "Videos in sign language",
        noVideosYet: "No videos yet.",
        addAVideo: "Add a video",
        videoMp4AtMost50: "Video (MP4, at most 50 MB)",
        captionsWebvttFile: "Captions (WebVTT file)",
        theVideoSContentAs: "The video's content as text",
        shownBesideTheVideoFor: "Shown beside the video for everyone who cannot see or hear it.",
        addVideo: "Add video",
        viewPage: "View page",
        text: "Text",
        separateParagraphsByBlankLines: "Separate paragraphs by blank lines; “## ” at the start of a line for headings, “- ” for lists.",
        portalPages: "Portal pages",
        downloadTheVideoMp4: "Download the video (MP4)",
        theVideoSContentAs2: "The video's content as text",
        theVideosAreBeingMade: "The videos are being made.",
        chooseVideoFile: "Please choose the video file (MP4).",
        chooseCaptionsFile: "Please choose the captions file (WebVTT); without captions the video is not accessible.",
        pageTitleInvalid: "The title must not be empty and at most 200 characters long.",
        pageTextTooLong: "The text may be at most 50,000 characters long.",
        jargonTitle: "Office words for the writing guidance",
        jargonHint: "One word per line, with “=” the plainer alternative: “gemäß = nach”. Editors see a warning when a field contains such a word."
    )
}
