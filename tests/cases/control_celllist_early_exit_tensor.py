# case: early-exit network breaks out of a CellList loop when confidence (a tensor) is high; shapes stay equal (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyExit(nn.Cell):
    def __init__(self, dim=6, depth=3):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])
        self.exit_head = nn.Dense(dim, 2)

    def construct(self, x):
        logits = self.exit_head(x)
        for layer in self.layers:
            x = ops.tanh(layer(x))
            logits = self.exit_head(x)
            if ops.softmax(logits, axis=-1).max() > 0.9:
                break
        return logits


def make():
    return EarlyExit(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
