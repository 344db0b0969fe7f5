# case: slices the events that fall in a time window with start/end indices from searchsorted -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeWindowSlicer(nn.Cell):
    def __init__(self, window=0.25):
        super().__init__()
        self.window = window

    def construct(self, ts, addr, t_start):
        bounds = ops.stack([t_start, t_start + self.window])
        idx = ops.searchsorted(ts, bounds)
        lo = idx[0]
        hi = idx[1]
        return addr[lo:hi], ts[lo:hi] - t_start


def make():
    np.random.seed(23)
    ts = Tensor(np.sort(np.random.rand(30)).astype(np.float32))
    addr = Tensor(np.random.randint(0, 64, 30).astype(np.int32))
    return TimeWindowSlicer(), (ts, addr, Tensor(0.3, ms.float32))
