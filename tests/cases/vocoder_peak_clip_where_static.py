# case: output limiter for vocoder audio: soft-clip samples above threshold with ops.where, count clipped as float -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftLimiter(nn.Cell):
    def __init__(self, threshold=0.8, knee=0.1, report_clipping=True):
        super().__init__()
        self.threshold = threshold
        self.knee = knee
        self.report_clipping = report_clipping

    def soft(self, x):
        over = ops.abs(x) - self.threshold
        comp = self.threshold + self.knee * ops.tanh(over / self.knee)
        return ops.sign(x) * comp

    def construct(self, wav):
        mask = ops.abs(wav) > self.threshold
        out = ops.where(mask, self.soft(wav), wav)
        if self.report_clipping:
            frac = mask.astype(ms.float32).mean(axis=-1)
            return out, frac
        return out, ops.zeros((wav.shape[0],), ms.float32)


def make():
    np.random.seed(21)
    wav = 1.2 * np.random.randn(2, 32).astype(np.float32)
    return SoftLimiter(), (Tensor(wav),)
