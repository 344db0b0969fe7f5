# case: SNR estimate splitting each trace at its midpoint, the split index computed from x.shape -> slice bounds are compile-time ints, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MidpointSnr(nn.Cell):
    def rms(self, x):
        return ops.sqrt((x * x).mean(axis=-1) + 1e-12)

    def construct(self, traces):
        n = traces.shape[-1] // 2
        noise = traces[..., :n]
        signal = traces[..., n:]
        snr_db = 20.0 * ops.log10(self.rms(signal) / self.rms(noise))
        return snr_db


def make():
    np.random.seed(38)
    tr = (0.1 * np.random.randn(4, 3, 64)).astype(np.float32)
    tr[..., 32:] *= 10.0
    return MidpointSnr(), (Tensor(tr),)
