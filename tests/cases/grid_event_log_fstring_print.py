# case: logs a demand-response event with print and an f-string of the peak tensor inside construct before scaling the load -> runs with print of data (f-string of tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventLogger(nn.Cell):
    def __init__(self, limit_mw=90.0, verbose=True):
        super().__init__()
        self.limit = limit_mw
        self.verbose = verbose

    def construct(self, load):
        peak = load.max()
        if self.verbose:
            print(f"peak load {peak} MW, limit {self.limit}")
        ratio = ops.minimum(self.limit / peak, 1.0)
        return load * ratio


def make():
    np.random.seed(22)
    load = Tensor(np.random.uniform(50, 110, size=(24,)).astype(np.float32))
    return EventLogger(), (load,)
