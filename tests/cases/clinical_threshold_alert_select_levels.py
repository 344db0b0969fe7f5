# case: calibrated risk score mapped to alert levels (none/watch/page) with ops.select on fixed thresholds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlattCalibration(nn.Cell):
    def __init__(self, a=1.0, b=0.0):
        super().__init__()
        self.a = ms.Parameter(Tensor(a, ms.float32), name="platt_a")
        self.b = ms.Parameter(Tensor(b, ms.float32), name="platt_b")

    def construct(self, logits):
        return ops.sigmoid(self.a * logits + self.b)


class AlertLevels(nn.Cell):
    def __init__(self, n_features=6, watch=0.3, page=0.7, suppress_repeats=True):
        super().__init__()
        self.model = nn.Dense(n_features, 1)
        self.calib = PlattCalibration(1.2, -0.3)
        self.watch = watch
        self.page = page
        self.suppress_repeats = suppress_repeats

    def construct(self, x, previous_level):
        p = self.calib(self.model(x).squeeze(-1))
        zeros = ops.zeros_like(previous_level)
        level = ops.select(p >= self.page, zeros + 2, ops.select(p >= self.watch, zeros + 1, zeros))
        if self.suppress_repeats:
            level = ops.select(level == previous_level, zeros, level)
        return p, level


def make():
    np.random.seed(15)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    prev = Tensor(np.random.randint(0, 3, size=8).astype(np.int32))
    return AlertLevels(), (x, prev)
