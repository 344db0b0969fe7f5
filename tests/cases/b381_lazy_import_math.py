# case: STGCN first-order approximation layer that lazily imports a helper module inside construct and deletes the intermediate degree tensor with del -> import and del statements in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCNConfig:
    def __init__(self, hidden=6, renormalize=True):
        self.hidden = hidden
        self.renormalize = renormalize


class FirstOrderGCN(nn.Dense):
    def __init__(self, in_dim, config):
        super().__init__(in_dim, config.hidden)
        self.renormalize = config.renormalize

    def construct(self, x, adj):
        import math
        n = adj.shape[0]
        if self.renormalize:
            adj = adj + ops.eye(n, n, adj.dtype)
        deg = adj.sum(axis=1)
        d = ops.pow(deg, -0.5)
        del deg
        a_hat = d.reshape(-1, 1) * adj * d.reshape(1, -1) / math.sqrt(1.0)
        return super().construct(ops.matmul(a_hat, x))


def make():
    np.random.seed(3835)
    x = np.random.randn(6, 4).astype(np.float32)
    adj = np.random.rand(6, 6).astype(np.float32)
    return FirstOrderGCN(4, GCNConfig()), (Tensor(x), Tensor(adj))
