# case: loop over the detected stitch count (a tensor) and collect each stitch's local intensity window into a Python list, then stack -> data-dependent loop building a list fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StitchWindowCollector(nn.Cell):
    def __init__(self, win=4, level=0.85):
        super().__init__()
        self.win = win
        self.level = level

    def construct(self, profile):
        n = (profile > self.level).astype(ms.int32).sum()
        windows = []
        i = 0
        while i < n:
            windows.append(profile[i * self.win:(i + 1) * self.win])
            i += 1
        if len(windows) == 0:
            return ops.zeros((1, self.win), ms.float32)
        return ops.stack(windows)


def make():
    np.random.seed(8)
    profile = Tensor(np.random.rand(40).astype(np.float32))
    return StitchWindowCollector(), (profile,)
