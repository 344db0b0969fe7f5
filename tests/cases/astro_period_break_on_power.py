# case: scan trial frequencies and break out of the loop once the periodogram power exceeds a tensor threshold, collecting powers in a list -> data-dependent loop exit and list length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyStopPeriodogram(nn.Cell):
    def __init__(self, freqs=(0.1, 0.2, 0.25, 0.5, 1.0, 2.0)):
        super().__init__()
        self.freqs = freqs

    def power(self, t, y, f):
        arg = 2.0 * np.pi * f * t
        c = (y * ops.cos(arg)).sum()
        s = (y * ops.sin(arg)).sum()
        return (c * c + s * s) / t.shape[0]

    def construct(self, t, y, stop_power):
        yc = y - y.mean()
        powers = []
        for f in self.freqs:
            p = self.power(t, yc, f)
            powers.append(p)
            if p > stop_power:
                break
        return ops.stack(powers)


def make():
    np.random.seed(21)
    t = np.sort(np.random.uniform(0.0, 20.0, 40)).astype(np.float32)
    y = (np.sin(2 * np.pi * 0.5 * t) + 0.1 * np.random.randn(40)).astype(np.float32)
    return EarlyStopPeriodogram(), (Tensor(t), Tensor(y), Tensor(5.0, ms.float32))
