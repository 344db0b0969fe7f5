# case: time stretch by linear-interpolation resampling at a config rate, index tables precomputed in numpy -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def interp_tables(in_len, rate):
    out_len = int(np.floor(in_len / rate))
    pos = np.arange(out_len) * rate
    lo = np.clip(np.floor(pos).astype(np.int32), 0, in_len - 1)
    hi = np.clip(lo + 1, 0, in_len - 1)
    return lo, hi, (pos - lo).astype(np.float32)


class TimeStretcher(nn.Cell):
    def __init__(self, in_len=64, rate=1.25, normalize=True):
        super().__init__()
        lo, hi, frac = interp_tables(in_len, rate)
        self.lo, self.hi, self.frac = Tensor(lo), Tensor(hi), Tensor(frac)
        self.normalize = normalize

    def construct(self, wav):
        a = ops.gather(wav, self.lo, 1)
        b = ops.gather(wav, self.hi, 1)
        out = a * (1.0 - self.frac) + b * self.frac
        if self.normalize:
            peak = ops.abs(out).max(axis=1, keepdims=True)
            out = out / (peak + 1e-6)
        return out


def make():
    np.random.seed(14)
    wav = np.random.randn(2, 64).astype(np.float32)
    return TimeStretcher(), (Tensor(wav),)
