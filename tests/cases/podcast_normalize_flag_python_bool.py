# case: loudness normaliser whose peak-limiting step is switched by a Python bool constructor flag, with a sub-Cell for RMS gain -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RmsGain(nn.Cell):
    def __init__(self, target_rms=0.1):
        super().__init__()
        self.target_rms = target_rms

    def construct(self, audio):
        rms = ops.sqrt(ops.mean(audio * audio, axis=-1, keep_dims=True) + 1e-9)
        return audio * (self.target_rms / rms)


class PodcastNormalizer(nn.Cell):
    def __init__(self, limit_peaks=True, ceiling=0.89):
        super().__init__()
        self.gain = RmsGain()
        self.limit_peaks = limit_peaks
        self.ceiling = ceiling

    def construct(self, audio):
        out = self.gain(audio)
        if self.limit_peaks:
            out = ops.clip_by_value(out, -self.ceiling, self.ceiling)
        return out


def make():
    np.random.seed(104)
    audio = Tensor((np.random.randn(2, 500) * 0.4).astype(np.float32))
    return PodcastNormalizer(), (audio,)
