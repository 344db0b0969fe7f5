# case: locates changed pixels between two dates with argwhere and gathers their after-date spectra -> dynamic shape from argwhere
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangedSpectra(nn.Cell):
    def __init__(self, threshold=0.25):
        super().__init__()
        self.threshold = threshold

    def construct(self, t1, t2):
        diff = ops.abs(t2 - t1).mean(axis=0)
        locs = ops.argwhere(diff > self.threshold)
        pixels = t2.transpose(1, 2, 0)
        changed = ops.gather_nd(pixels, locs)
        return changed, locs


def make():
    np.random.seed(18)
    t1 = Tensor(np.random.rand(4, 10, 10).astype(np.float32))
    t2 = Tensor(np.random.rand(4, 10, 10).astype(np.float32))
    return ChangedSpectra(), (t1, t2)
