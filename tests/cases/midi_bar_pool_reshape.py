# case: pools step-level note features into bar-level features by reshaping with sizes from x.shape and a constructor steps_per_bar -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarEncoder(nn.Cell):
    def __init__(self, in_dim=12, dim=16, steps_per_bar=16):
        super().__init__()
        self.steps_per_bar = steps_per_bar
        self.step_fc = nn.Dense(in_dim, dim)
        self.bar_fc = nn.Dense(dim, dim)

    def construct(self, steps):
        b, t, f = steps.shape
        n_bars = t // self.steps_per_bar
        h = ops.tanh(self.step_fc(steps[:, :n_bars * self.steps_per_bar]))
        h = h.reshape(b, n_bars, self.steps_per_bar, -1).mean(axis=2)
        return self.bar_fc(h)


def make():
    np.random.seed(37)
    x = Tensor(np.random.rand(2, 56, 12).astype(np.float32))
    return BarEncoder(), (x,)
