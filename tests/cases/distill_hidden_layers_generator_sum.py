# case: hidden-state KD sums per-layer cosine losses with sum() over a generator expression over zipped layer tuples -> generator expression in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiddenCosineKD(nn.Cell):
    def __init__(self, d_s=16, d_t=24, n_layers=3):
        super().__init__()
        self.projs = nn.CellList([nn.Dense(d_s, d_t, has_bias=False) for _ in range(n_layers)])

    def cos_loss(self, a, b):
        cos = (a * b).sum(-1) / (ops.norm(a, dim=-1) * ops.norm(b, dim=-1) + 1e-6)
        return (1.0 - cos).mean()

    def construct(self, s_hidden, t_hidden):
        total = sum(self.cos_loss(p(h_s), h_t) for p, h_s, h_t in zip(self.projs, s_hidden, t_hidden))
        return total / len(s_hidden)


def make():
    np.random.seed(36)
    s = tuple(Tensor(np.random.randn(2, 5, 16).astype(np.float32)) for _ in range(3))
    t = tuple(Tensor(np.random.randn(2, 5, 24).astype(np.float32)) for _ in range(3))
    return HiddenCosineKD(), (s, t)
