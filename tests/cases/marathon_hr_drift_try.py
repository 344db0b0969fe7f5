# case: cardiac drift ratio (second-half HR/pace over first-half) with a try/except guarding the division for an empty half -> try statement in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CardiacDrift(nn.Cell):
    def __init__(self):
        super().__init__()

    def efficiency(self, hr, speed):
        return speed.mean() / hr.mean()

    def construct(self, hr, speed):
        half = hr.shape[0] // 2
        try:
            e1 = self.efficiency(hr[:half], speed[:half])
            e2 = self.efficiency(hr[half:], speed[half:])
            drift = (e1 - e2) / e1
        except ZeroDivisionError:
            drift = ops.zeros((), ms.float32)
        return drift * 100.0


def make():
    np.random.seed(131)
    n = 3600
    hr = (145 + np.linspace(0, 12, n) + np.random.randn(n) * 2).astype(np.float32)
    speed = (3.3 + np.random.randn(n) * 0.1).astype(np.float32)
    return CardiacDrift(), (Tensor(hr), Tensor(speed))
