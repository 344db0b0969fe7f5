# case: tracks the running maximum load in a non-trainable Parameter updated with ops.assign, normalising the curve -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PeakTracker(nn.Cell):
    def __init__(self, n_feeders=4):
        super().__init__()
        self.peak = Parameter(Tensor(np.zeros((n_feeders, 1), np.float32)), name="peak", requires_grad=False)

    def construct(self, load):
        cur = load.max(axis=1, keepdims=True)
        new_peak = ops.maximum(self.peak, cur)
        ops.assign(self.peak, new_peak)
        return load / new_peak


def make():
    np.random.seed(25)
    load = Tensor(np.random.uniform(40, 100, size=(4, 24)).astype(np.float32))
    return PeakTracker(), (load,)
