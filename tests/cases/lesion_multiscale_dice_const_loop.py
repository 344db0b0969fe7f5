# case: deep-supervision style dice averaged over a constant tuple of downsampling factors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleDice(nn.Cell):
    def __init__(self, scales=(1, 2, 4), weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.scales = scales
        self.weights = weights

    def dice(self, p, t):
        inter = (p * t).sum()
        return 1.0 - (2 * inter + 1.0) / (p.sum() + t.sum() + 1.0)

    def construct(self, probs, target):
        total = 0.0
        for s, w in zip(self.scales, self.weights):
            if s == 1:
                p, t = probs, target
            else:
                p = ops.avg_pool2d(probs, s, s)
                t = ops.avg_pool2d(target, s, s)
            total = total + w * self.dice(p, t)
        return total


def make():
    np.random.seed(39)
    p = np.random.rand(1, 1, 16, 16).astype(np.float32)
    t = (np.random.rand(1, 1, 16, 16) > 0.6).astype(np.float32)
    return MultiScaleDice(), (Tensor(p), Tensor(t))
