# case: tracks the running maximum load by writing self.last_peak (a plain tensor attribute) inside construct -> error or fallback (attribute write on self)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakTracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last_peak = Tensor(0.0, ms.float32)
        self.calls = 0

    def construct(self, load):
        peak = load.max()
        self.last_peak = ops.maximum(self.last_peak, peak)
        self.calls += 1
        return load / self.last_peak


def make():
    np.random.seed(24)
    load = Tensor(np.random.uniform(40, 100, size=(24,)).astype(np.float32))
    return PeakTracker(), (load,)
