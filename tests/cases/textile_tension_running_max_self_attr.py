# case: track the running peak yarn tension by writing a tensor to a plain self attribute in construct -> attribute write on self in graph mode errors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakTracker(nn.Cell):
    def __init__(self, limit=15.0):
        super().__init__()
        self.limit = limit
        self.peak = Tensor(0.0, ms.float32)

    def construct(self, trace):
        batch_peak = trace.max()
        self.peak = ops.maximum(self.peak, batch_peak)
        over = ops.relu(trace - self.limit).sum()
        return self.peak, over


def make():
    np.random.seed(15)
    trace = Tensor((12.0 + 2.0 * np.random.randn(32)).astype(np.float32))
    return PeakTracker(), (trace,)
