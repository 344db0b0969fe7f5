# case: a progressive decoder slices its CellList at a tensor stage directly -> fails at the slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, dim=8, depth=3):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])

    def _active(self, stage):
        return self.blocks[:stage]

    def construct(self, x, stage):
        for block in self._active(stage):
            x = ops.relu(block(x))
        return x


def make():
    np.random.seed(42)
    return Decoder(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(2, ms.int32))
