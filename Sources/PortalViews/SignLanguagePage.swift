/// The portal explained in German Sign Language (BITV 2.0 § 4): the admins' introduction and each
/// video with captions and its content as text beside it.
public enum SignLanguagePage {
    public struct Video: Sendable {
        public var title: String
        public var transcript: String
        public var videoPath: String
        public var captionsPath: String

        public init(title: String, transcript: String, videoPath: String, captionsPath: String) {
            self.title = title
            self.transcript = transcript
            self.videoPath = videoPath
            self.captionsPath = captionsPath
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var title: String
        public var introduction: String
        public var videos: [Video]

        public init(shell: PageShell, title: String, introduction: String, videos: [Video]) {
            self.shell = shell
            self.title = title
            self.introduction = introduction
            self.videos = videos
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = PortalPagesText.for(model.shell.strings.language)
        let videos = model.videos.enumerated().map { index, video -> HTML in
            """
            <section class="sign-video" aria-labelledby="video-\(index + 1)">
            <h2 id="video-\(index + 1)">\(video.title)</h2>
            <video controls preload="metadata" width="640" aria-describedby="video-\(index + 1)-text">
            <source src="\(video.videoPath)" type="video/mp4">
            <track kind="captions" src="\(video.captionsPath)" srclang="de" label="Deutsch" default>
            <a href="\(video.videoPath)">\(words.downloadTheVideoMp4)</a>
            </video>
            <h3>\(words.theVideoSContentAs2)</h3>
            <div id="video-\(index + 1)-text">\(SimpleText.render(video.transcript))</div>
            </section>
            """
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(model.title)</h1>
                \(SimpleText.render(model.introduction))
                \(videos.isEmpty ? HTML("<p>\(words.theVideosAreBeingMade)</p>") : HTML(videos, separator: "\n"))
                """)
    }
}
