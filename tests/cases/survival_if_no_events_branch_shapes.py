# case: returns per-event Cox terms when the batch has events but a scalar zero otherwise, branching on the tensor event count -> branches of different shape, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerEventCoxTerms(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, risk, times, events):
        order = ops.argsort(times, descending=True)
        r = risk[order]
        e = events[order]
        terms = r - ops.logcumsumexp(r, 0)
        if e.sum() > 0:
            out = terms * e
        else:
            out = ops.zeros((), ms.float32)
        return out


def make():
    np.random.seed(28)
    risk = Tensor(np.random.randn(6).astype(np.float32))
    times = Tensor(np.random.rand(6).astype(np.float32) * 15)
    events = Tensor(np.array([0, 1, 0, 1, 1, 0], dtype=np.float32))
    return PerEventCoxTerms(), (risk, times, events)
