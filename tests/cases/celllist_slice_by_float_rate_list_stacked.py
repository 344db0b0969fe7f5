# case: a quantizer runs as many stages as int(rate * 1000 // 750) from a float tensor rate and stacks their outputs -> LAX fails at the stack, STRICT at the slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, dim=8, depth=3):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])

    def construct(self, x, stage):
        n = int(stage * 1000 // 750)
        outs = []
        for block in self.blocks[:n]:
            x = ops.relu(block(x))
            outs.append(x)
        return ops.stack(outs, 0)


def make():
    np.random.seed(41)
    return Decoder(), (Tensor(np.random.rand(2, 8).astype(np.float32)), Tensor(1.6, ms.float32))
