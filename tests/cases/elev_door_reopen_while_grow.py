# case: keeps appending door-retry current windows to a growing tensor in a while loop until the obstruction clears -> while on tensor value with concat growing the shape, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorRetryTrace(nn.Cell):
    def __init__(self, clear_amps=3.0, max_retries=6):
        super().__init__()
        self.clear_amps = clear_amps
        self.max_retries = max_retries

    def construct(self, windows):
        trace = windows[0]
        k = Tensor(1, ms.int32)
        while windows[k - 1].max() > self.clear_amps and k < self.max_retries:
            trace = ops.concat((trace, windows[k]))
            k = k + 1
        return trace, k


def make():
    np.random.seed(11)
    windows = np.random.normal(2.0, 0.2, (6, 8)).astype(np.float32)
    windows[0:3, 2] = 5.0
    return DoorRetryTrace(), (Tensor(windows),)
