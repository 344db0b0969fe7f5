# case: a progressive decoder runs only the first int(stage) blocks of its CellList, stage a tensor input -> fails at the slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, dim=8, depth=3):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])

    def construct(self, x, stage):
        for block in self.blocks[:int(stage)]:
            x = ops.relu(block(x))
        return x


def make():
    np.random.seed(41)
    return Decoder(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(2, ms.int32))
