# case: STGCN Chebyshev graph convolution with order K from the config, polynomial terms built by a recursion over range(K) and weights applied via a list comprehension over a CellList -> Python-int recursion, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChebConfig:
    def __init__(self, order=3, out_dim=6, activation="relu"):
        self.order = order
        self.out_dim = out_dim
        self.activation = activation


def chebyshev_terms(lap, x, order):
    terms = [x]
    if order > 1:
        terms.append(ops.matmul(lap, x))
    for _ in range(2, order):
        terms.append(2 * ops.matmul(lap, terms[-1]) - terms[-2])
    return terms


class ChebGraphConv(nn.Cell):
    def __init__(self, in_dim, config):
        super().__init__()
        self.order = config.order
        self.theta = nn.CellList([nn.Dense(in_dim, config.out_dim, has_bias=False) for _ in range(config.order)])
        self.act = nn.ReLU() if config.activation == "relu" else nn.Identity()

    def construct(self, x, lap):
        terms = chebyshev_terms(lap, x, self.order)
        out = sum([w(t) for w, t in zip(self.theta, terms)])
        return self.act(out)


def make():
    np.random.seed(3846)
    a = np.random.rand(7, 7).astype(np.float32)
    a = (a + a.T) / 2
    d = 1.0 / np.sqrt(a.sum(1))
    lap = (np.eye(7) - d[:, None] * a * d[None, :]).astype(np.float32) - np.eye(7, dtype=np.float32)
    x = np.random.randn(2, 7, 4).astype(np.float32)
    return ChebGraphConv(4, ChebConfig()), (Tensor(x), Tensor(lap))
