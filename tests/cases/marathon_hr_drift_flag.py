# case: cardiac drift ratio with an optional warm-up trim controlled by a constructor flag and the halves split at x.shape[0] // 2 -> Python-level flag and shape arithmetic, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CardiacDriftTrim(nn.Cell):
    def __init__(self, skip_warmup=True, warmup_s=600):
        super().__init__()
        self.skip_warmup = skip_warmup
        self.warmup_s = warmup_s

    def efficiency(self, hr, speed):
        return speed.mean() / ops.maximum(hr.mean(), 1.0)

    def construct(self, hr, speed):
        if self.skip_warmup:
            hr = hr[self.warmup_s:]
            speed = speed[self.warmup_s:]
        half = hr.shape[0] // 2
        e1 = self.efficiency(hr[:half], speed[:half])
        e2 = self.efficiency(hr[half:], speed[half:])
        return (e1 - e2) / e1 * 100.0


def make():
    np.random.seed(132)
    n = 3600
    hr = (145 + np.linspace(0, 12, n) + np.random.randn(n) * 2).astype(np.float32)
    speed = (3.3 + np.random.randn(n) * 0.1).astype(np.float32)
    return CardiacDriftTrim(), (Tensor(hr), Tensor(speed))
