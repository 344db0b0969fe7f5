# case: a progressive decoder slices its CellList at a stage fixed in its config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, dim=8, depth=3, stage=2):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])
        self.stage = stage

    def construct(self, x, scale):
        for block in self.blocks[:self.stage]:
            x = ops.relu(block(x)) * scale
        return x


def make():
    np.random.seed(43)
    return Decoder(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(2.0, ms.float32))
