# case: drop withdrawn claims with boolean-mask indexing claims[~withdrawn] before computing mean settled amount -> boolean index gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SettledMean(nn.Cell):
    def __init__(self, currency_rate=1.0):
        super().__init__()
        self.fx = currency_rate

    def construct(self, settled, withdrawn):
        keep = ops.logical_not(withdrawn)
        kept = settled[keep] * self.fx
        return kept.mean(), kept.max()


def make():
    np.random.seed(16)
    s = Tensor(np.random.gamma(2.5, 400.0, size=(18,)).astype(np.float32))
    w = Tensor(np.random.rand(18) > 0.7)
    return SettledMean(), (s, w)
