# case: track the running peak yarn tension in a non-trainable Parameter updated with ops.assign inside construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PeakTracker(nn.Cell):
    def __init__(self, limit=15.0):
        super().__init__()
        self.limit = limit
        self.peak = Parameter(Tensor(0.0, ms.float32), name="peak", requires_grad=False)

    def construct(self, trace):
        batch_peak = trace.max()
        new_peak = ops.maximum(self.peak, batch_peak)
        ops.assign(self.peak, new_peak)
        over = ops.relu(trace - self.limit).sum()
        return new_peak, over


def make():
    np.random.seed(43)
    trace = Tensor((12.0 + 2.0 * np.random.randn(32)).astype(np.float32))
    return PeakTracker(), (trace,)
