# case: nonzero rows with an integer column index -> dynamic at the nonzero and at the index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, pos):
        dist = (pos[:, None, :] - pos[None, :, :]).sum(-1)
        pairs = ops.nonzero(dist > 0.1)
        src, dst = pairs[:, 0], pairs[:, 1]
        d = dist[src, 0]
        return d.sum()


def make():
    return Net(), (Tensor(np.random.RandomState(0).rand(6, 3).astype(np.float32)),)
