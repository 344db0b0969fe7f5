# case: a Python int read by str key from a mapping passed to construct (a meta dict that also holds tensors) is a constant: tiling by it is static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, ops


class Tiles(nn.Cell):
    def construct(self, x, meta):
        groups = meta["num_groups"]
        idx = meta["positive_idx"]
        return ops.tile(x, (groups,)) + idx.sum()


def make():
    return Tiles(), (Tensor(np.ones((3,), np.float32)), {"num_groups": 2, "positive_idx": Tensor(np.ones((6,), np.float32))})
