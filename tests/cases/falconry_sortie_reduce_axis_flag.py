# case: summarise a sortie tensor (birds x sorties x channels) along an axis chosen by a constructor config flag -> constant axis, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortieSummary(nn.Cell):
    def __init__(self, per_bird=True):
        super().__init__()
        self.scale = nn.Dense(5, 5)
        self.axis = 1 if per_bird else 0

    def construct(self, sorties):
        x = self.scale(sorties)
        mean = x.mean(axis=self.axis)
        peak = x.max(axis=self.axis)
        return ops.concat((mean, peak), axis=-1)


def make():
    np.random.seed(3199)
    s = Tensor(np.random.randn(4, 6, 5).astype(np.float32))
    return SortieSummary(per_bird=False), (s,)
