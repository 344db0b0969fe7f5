# case: data count compared first with the counter, slice append
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Collector(nn.Cell):
    def __init__(self, win=4, level=0.85):
        super().__init__()
        self.win = win
        self.level = level

    def construct(self, profile):
        n = (profile > self.level).astype(ms.int32).sum()
        windows = []
        i = 0
        while n > i:
            windows.append(profile[i * self.win:(i + 1) * self.win])
            i += 1
        return ops.stack(windows)


def make():
    np.random.seed(8)
    profile = Tensor(np.random.rand(40).astype(np.float32))
    return Collector(), (profile,)
