# case: log the melter pull rate with an f-string formatted from a tensor value inside construct -> f-string of tensor value in graph, expect Graph mode error or a degraded print
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PullRateEstimator(nn.Cell):
    def __init__(self, density=2.5, verbose=True):
        super().__init__()
        self.density = density
        self.verbose = verbose

    def construct(self, gob_weights_g, cycles_per_min):
        tonnes_per_day = gob_weights_g.sum() * cycles_per_min * 60.0 * 24.0 / 1e6
        if self.verbose:
            print(f"pull rate {float(tonnes_per_day):.1f} t/day")
        return tonnes_per_day


def make():
    np.random.seed(131)
    w = (300.0 + 5.0 * np.random.randn(10)).astype(np.float32)
    cpm = Tensor(np.float32(12.0))
    return PullRateEstimator(), (Tensor(w), cpm)
