# case: multi-branch adaptive block sums gated branch outputs with a generator expression inside sum() -> generator in graph, may error or be supported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Branch(nn.Cell):
    def __init__(self, dim, kernel):
        super().__init__()
        self.conv = nn.Conv1d(dim, dim, kernel, pad_mode="same")

    def construct(self, x):
        return ops.relu(self.conv(x))


class AdaptiveBranchBlock(nn.Cell):
    def __init__(self, dim=8, kernels=(1, 3, 5)):
        super().__init__()
        self.branches = nn.CellList([Branch(dim, k) for k in kernels])
        self.gate = nn.Dense(dim, len(kernels))

    def construct(self, x):
        weights = ops.softmax(self.gate(x.mean(axis=-1)), axis=-1)
        out = sum(weights[:, i].reshape(-1, 1, 1) * br(x) for i, br in enumerate(self.branches))
        return out + x


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(2, 8, 10).astype(np.float32))
    return AdaptiveBranchBlock(), (x,)
