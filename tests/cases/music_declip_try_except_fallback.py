# case: de-clipping pre-processor that wraps the clip-repair step in try/except with a passthrough fallback -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipRepair(nn.Cell):
    def __init__(self, clip_level=0.95, kernel=5):
        super().__init__()
        self.clip_level = clip_level
        self.smooth = nn.AvgPool1d(kernel, stride=1, pad_mode="same")

    def construct(self, audio):
        clipped = ops.abs(audio) >= self.clip_level
        smoothed = self.smooth(audio.expand_dims(1)).squeeze(1)
        return ops.where(clipped, smoothed * 1.2, audio)


class DeclipFrontend(nn.Cell):
    def __init__(self, clip_level=0.95, safe_mode=True):
        super().__init__()
        self.repair = ClipRepair(clip_level)
        self.safe_mode = safe_mode

    def construct(self, audio):
        peak = ops.abs(audio).max()
        audio = audio / ops.maximum(peak, 1.0)
        if self.safe_mode:
            try:
                audio = self.repair(audio)
            except ValueError:
                pass
        return ops.clip(audio, -1.0, 1.0)


def make():
    np.random.seed(26)
    audio = Tensor(np.clip(1.5 * np.random.randn(2, 200), -1, 1).astype(np.float32))
    return DeclipFrontend(), (audio,)
