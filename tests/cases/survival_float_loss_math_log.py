# case: loss Cell rescales the Cox loss with math.log of the number of events taken via float() on a tensor -> host conversion of tensor, error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaledCoxLoss(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, risk, times, events):
        order = ops.argsort(times, descending=True)
        r = risk[order]
        e = events[order]
        ll = (r - ops.logcumsumexp(r, 0)) * e
        n_events = float(e.sum())
        scale = 1.0 / math.log(n_events + math.e)
        return -ll.sum() * scale


def make():
    np.random.seed(11)
    risk = Tensor(np.random.randn(10).astype(np.float32))
    times = Tensor(np.random.rand(10).astype(np.float32) * 25)
    events = Tensor((np.random.rand(10) > 0.4).astype(np.float32))
    return ScaledCoxLoss(), (risk, times, events)
