# case: ensemble of contact heads averaged with sum() over a generator expression of head outputs in construct -> error or unsupported syntax in graph mode (generator expression)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BilinearContactHead(nn.Cell):
    def __init__(self, dim=16, proj=8):
        super().__init__()
        self.a = nn.Dense(dim, proj)
        self.b = nn.Dense(dim, proj)

    def construct(self, h):
        return ops.matmul(self.a(h), self.b(h).swapaxes(-1, -2))


class ContactEnsemble(nn.Cell):
    def __init__(self, dim=16, n_heads=3):
        super().__init__()
        self.heads = nn.CellList([BilinearContactHead(dim) for _ in range(n_heads)])
        self.n_heads = n_heads

    def construct(self, h):
        total = sum(head(h) for head in self.heads)
        logits = total / self.n_heads
        return ops.sigmoid(logits + logits.swapaxes(-1, -2))


def make():
    np.random.seed(38)
    return ContactEnsemble(), (Tensor(np.random.randn(2, 11, 16).astype(np.float32)),)
