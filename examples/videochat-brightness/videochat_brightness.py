"""Example videochat plugin: says when the picture is dark or bright."""

from pydantic import Field

from videochat.plugin import Event, Inputs, Perceptor, PerceptorOptions, frame_event


class BrightnessOptions(PerceptorOptions):
    dark: float = Field(60, description="mean brightness (0-255) below which a frame is dark")
    bright: float = Field(190, description="mean brightness above which a frame is bright")


class BrightnessPerceptor(Perceptor):
    name = "brightness"  # the one place the name is declared (the entry point's name is a label)
    version = "1"  # bump when a change alters the events: cached results are keyed by it
    input = "frames"
    description = "dark or bright picture, from mean pixel values"
    Options = BrightnessOptions

    def __call__(self, inputs: Inputs, options: BrightnessOptions) -> list[Event]:
        events = []
        for frame in inputs.frames:  # streamed as the video decodes; reading them reports progress
            level = float(frame.image.mean())
            if level < options.dark or level > options.bright:
                word = "dark" if level < options.dark else "bright"
                events.append(frame_event(frame, inputs.frame_interval, "lighting", self.name,
                                          f"{word} picture", score=level / 255))
        return events  # consecutive identical events merge into one span in the transcript
