# case: pitch shift by resampling where the semitone shift arrives as a tensor, output length computed from it -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchShifter(nn.Cell):
    def __init__(self, bins_per_octave=12, mode="linear"):
        super().__init__()
        self.bins_per_octave = bins_per_octave
        self.mode = mode

    def rate_from_steps(self, n_steps):
        return ops.pow(2.0, -n_steps.astype(ms.float32) / self.bins_per_octave)

    def resample(self, wav, rate):
        t = wav.shape[-1]
        new_len = ops.floor(t * rate).astype(ms.int32)
        pos = ops.arange(0, new_len).astype(ms.float32) / rate
        lo = ops.clamp(ops.floor(pos).astype(ms.int32), 0, t - 1)
        hi = ops.clamp(lo + 1, 0, t - 1)
        frac = pos - lo.astype(ms.float32)
        return wav[lo] * (1.0 - frac) + wav[hi] * frac

    def construct(self, wav, n_steps):
        rate = self.rate_from_steps(n_steps)
        return self.resample(wav, rate)


def make():
    np.random.seed(13)
    wav = np.sin(np.linspace(0, 20, 64)).astype(np.float32)
    return PitchShifter(), (Tensor(wav), Tensor(3, ms.int32))
