# case: one small reconstruction head per sensor held in a CellList, iterated in construct and stacked -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorHead(nn.Cell):
    def __init__(self, window, hidden=4):
        super().__init__()
        self.down = nn.Dense(window, hidden)
        self.up = nn.Dense(hidden, window)

    def construct(self, w):
        return self.up(ops.tanh(self.down(w)))


class MultiSensorAE(nn.Cell):
    def __init__(self, n_sensors=3, window=10):
        super().__init__()
        self.heads = nn.CellList([SensorHead(window) for _ in range(n_sensors)])

    def construct(self, x):
        errs = []
        for i, head in enumerate(self.heads):
            w = x[:, i, :]
            errs.append(ops.square(w - head(w)).mean(axis=-1))
        return ops.stack(errs, axis=1)


def make():
    np.random.seed(44)
    x = Tensor(np.random.randn(5, 3, 10).astype(np.float32))
    return MultiSensorAE(), (x,)
