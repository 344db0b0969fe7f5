# case: print a constant tag and the melter pull-rate tensor inside construct when a verbose flag is set -> print of string and tensor, expect static graph (print supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PullRateLogger(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, gob_weights_g, cycles_per_min):
        tonnes_per_day = gob_weights_g.sum() * cycles_per_min * 60.0 * 24.0 / 1e6
        if self.verbose:
            print("pull rate t/day:", tonnes_per_day)
        return tonnes_per_day


def make():
    np.random.seed(132)
    w = (300.0 + 5.0 * np.random.randn(10)).astype(np.float32)
    return PullRateLogger(), (Tensor(w), Tensor(np.float32(12.0)))
