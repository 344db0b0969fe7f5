# case: encoder keeps only the first n visits where n is the max observed length read from a tensor -> slice size from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitEncoder(nn.Cell):
    def __init__(self, code_dim=10, hidden=12):
        super().__init__()
        self.proj = nn.Dense(code_dim, hidden)
        self.tanh = nn.Tanh()
        self.out = nn.Dense(hidden, 1)

    def construct(self, visits, lengths):
        max_len = lengths.max()
        trimmed = visits[:, :max_len, :]
        h = self.tanh(self.proj(trimmed))
        pooled = h.mean(axis=1)
        return self.out(pooled).squeeze(-1)


def make():
    np.random.seed(2)
    visits = Tensor(np.random.randn(4, 9, 10).astype(np.float32))
    lengths = Tensor(np.array([3, 7, 5, 2], dtype=np.int32))
    return VisitEncoder(), (visits, lengths)
