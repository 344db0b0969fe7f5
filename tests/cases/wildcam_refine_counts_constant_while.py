# case: density-map animal counter refines its estimate in a while loop with a Python int counter and a constant iteration budget -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefiningCounter(nn.Cell):
    def __init__(self, channels=4, n_iters=3):
        super().__init__()
        self.n_iters = n_iters
        self.init_head = nn.Conv2d(channels, 1, 1)
        self.refine = nn.Conv2d(channels + 1, 1, 3, pad_mode="same")

    def construct(self, feat):
        density = ops.relu(self.init_head(feat))
        step = 0
        while step < self.n_iters:
            delta = self.refine(ops.concat((feat, density), axis=1))
            density = ops.relu(density + 0.1 * delta)
            step += 1
        counts = density.sum(axis=(1, 2, 3))
        return counts, density


def make():
    np.random.seed(26)
    feat = Tensor(np.random.rand(2, 4, 10, 10).astype(np.float32))
    return RefiningCounter(), (feat,)
