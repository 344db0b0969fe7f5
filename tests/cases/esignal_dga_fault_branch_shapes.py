# case: DGA diagnostic returns only the three key hydrocarbon ratios when acetylene is above limit, else all gas features -> if on tensor with different-shaped branch results, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def rogers_ratios(g):
    h2, ch4, c2h6, c2h4, c2h2 = g[0], g[1], g[2], g[3], g[4]
    return ops.stack([ch4 / (h2 + 1e-3), c2h2 / (c2h4 + 1e-3), c2h4 / (c2h6 + 1e-3)])


class DGADiagnostic(nn.Cell):
    def __init__(self, c2h2_limit_ppm=2.0):
        super().__init__()
        self.c2h2_limit = c2h2_limit_ppm

    def construct(self, gases_ppm):
        if gases_ppm[4] > self.c2h2_limit:
            out = rogers_ratios(gases_ppm)
        else:
            out = ops.log1p(gases_ppm)
        return out


def make():
    np.random.seed(71)
    gases = np.array([120.0, 60.0, 30.0, 45.0, 5.0, 300.0, 2500.0], np.float32)
    return DGADiagnostic(), (Tensor(gases),)
