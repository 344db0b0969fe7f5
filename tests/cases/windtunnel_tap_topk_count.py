# case: pick the strongest suction peaks on a pressure tap row, with the peak count read from a detector tensor -> top-k size from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_cp(p, p_inf, q_inf):
    return (p - p_inf) / q_inf


class SuctionPeakPicker(nn.Cell):
    def __init__(self, q_inf=612.5, p_inf=101325.0):
        super().__init__()
        self.q_inf = q_inf
        self.p_inf = p_inf

    def construct(self, p_taps, n_peaks):
        cp = to_cp(p_taps, self.p_inf, self.q_inf)
        suction = -cp
        k = int(n_peaks)
        vals, idx = ops.topk(suction, k)
        return vals.mean(), idx


def make():
    np.random.seed(11)
    p = 101325.0 + np.random.randn(48).astype(np.float32) * 300.0
    return SuctionPeakPicker(), (Tensor(p.astype(np.float32)), Tensor(np.array(5, np.int32)))
