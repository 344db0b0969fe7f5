# case: average of the five strongest suction peaks on a pressure tap row with k from the config -> constant k, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TapRowConfig:
    n_taps = 48
    n_peaks = 5
    q_inf = 612.5


class SuctionPeakMean(nn.Cell):
    def __init__(self, cfg=TapRowConfig()):
        super().__init__()
        self.k = cfg.n_peaks
        self.q_inf = cfg.q_inf

    def cp(self, p, p_ref):
        return (p - p_ref) / self.q_inf

    def construct(self, p_taps, p_ref):
        suction = -self.cp(p_taps, p_ref)
        vals, idx = ops.topk(suction, self.k)
        return vals.mean(), idx


def make():
    np.random.seed(12)
    p = 101325.0 + np.random.randn(2, 48) * 300.0
    return SuctionPeakMean(), (Tensor(p.astype(np.float32)), Tensor(np.float32(101325.0)))
