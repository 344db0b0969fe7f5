# case: a decoder runs the first int(stage) blocks of its CellList and stacks each block's output -> LAX fails at the stack (the loop is empty to the compiler), STRICT at the slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, dim=8, depth=3):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])

    def construct(self, x, stage):
        n = int(stage)
        outs = []
        for block in self.blocks[:n]:
            x = ops.relu(block(x))
            outs.append(x)
        return ops.stack(outs, 0)


def make():
    np.random.seed(41)
    return Decoder(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(2, ms.int32))
