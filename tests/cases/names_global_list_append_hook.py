# case: a feature-extraction port that appends intermediate activations to a module-level list (a forward-hook substitute) inside construct under a self flag; graph mode accepts it and compiles statically at both LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEATURE_BUFFER = []


class Backbone(nn.Cell):
    def __init__(self, hidden=8, depth=3, collect=True):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(hidden, hidden) for _ in range(depth)])
        self.collect = collect

    def construct(self, x):
        for blk in self.blocks:
            x = ops.relu(blk(x))
            if self.collect:
                FEATURE_BUFFER.append(x)
        return x


def make():
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    FEATURE_BUFFER.clear()
    return Backbone(), (x,)


if __name__ == "__main__":
    net, args = make()
    net(*args)
    print(len(FEATURE_BUFFER))
