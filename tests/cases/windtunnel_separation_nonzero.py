# case: locate the chordwise separation point as the first tap where skin friction changes sign, using nonzero -> nonzero gives a data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparationPointLocator(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, cf, x_chord):
        sign_change = (cf[:-1] > 0) & (cf[1:] <= 0)
        hits = ops.nonzero(sign_change)
        first = hits[0, 0]
        x_sep = 0.5 * (x_chord[first] + x_chord[first + 1])
        return x_sep, hits.shape[0]


def make():
    np.random.seed(23)
    x = np.linspace(0.0, 1.0, 32).astype(np.float32)
    cf = (0.004 * (0.7 - x) + 0.0002 * np.random.randn(32)).astype(np.float32)
    return SeparationPointLocator(), (Tensor(cf), Tensor(x))
