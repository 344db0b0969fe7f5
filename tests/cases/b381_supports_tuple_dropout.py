# case: graph conv accepting one support tensor or a tuple of supports (isinstance guard), with edge dropout on supports only under self.training while the model runs in eval mode -> constant-type guard and untaken training branch, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GConvConfig:
    def __init__(self, hidden=6, edge_dropout=0.3, order=2):
        self.hidden = hidden
        self.edge_dropout = edge_dropout
        self.order = order


class MultiSupportGraphConv(nn.Cell):
    def __init__(self, in_dim, config, n_supports=2):
        super().__init__()
        self.order = config.order
        self.drop = nn.Dropout(p=config.edge_dropout)
        self.mlp = nn.Dense(in_dim * (n_supports * config.order + 1), config.hidden)

    def construct(self, x, supports):
        if isinstance(supports, Tensor):
            supports = (supports,)
        if self.training:
            supports = tuple(self.drop(a) for a in supports)
        out = [x]
        for a in supports:
            x1 = ops.matmul(a, x)
            out.append(x1)
            for _ in range(1, self.order):
                x1 = ops.matmul(a, x1)
                out.append(x1)
        return self.mlp(ops.concat(out, axis=-1))


def make():
    np.random.seed(3848)
    x = np.random.randn(2, 6, 3).astype(np.float32)
    a = np.random.rand(6, 6).astype(np.float32)
    net = MultiSupportGraphConv(3, GConvConfig())
    net.set_train(False)
    return net, (Tensor(x), (Tensor(a / a.sum(1, keepdims=True)), Tensor(a.T / a.T.sum(1, keepdims=True))))
