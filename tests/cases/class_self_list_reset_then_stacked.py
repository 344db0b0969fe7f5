# case: construct resets a list kept on the Cell, fills it in a constant loop and stacks it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BranchOutputs(nn.Cell):
    def __init__(self, branches=3, dim=4):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(dim, dim) for _ in range(branches)])
        self.outputs = []

    def construct(self, x):
        self.outputs = []
        for head in self.heads:
            self.outputs.append(head(x))
        return ops.stack(self.outputs).mean(axis=0)


def make():
    np.random.seed(3)
    return BranchOutputs(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
