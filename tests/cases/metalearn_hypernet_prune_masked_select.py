# case: hypernetwork generating a target layer's weights, with an L1 penalty over masked_select of the surviving weights -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HyperNetwork(nn.Cell):
    def __init__(self, task_dim=6, in_dim=8, out_dim=4, hidden=16):
        super().__init__()
        self.in_dim = in_dim
        self.out_dim = out_dim
        self.body = nn.SequentialCell(nn.Dense(task_dim, hidden), nn.ReLU())
        self.w_head = nn.Dense(hidden, in_dim * out_dim)
        self.b_head = nn.Dense(hidden, out_dim)

    def construct(self, task_emb):
        h = self.body(task_emb)
        w = self.w_head(h).reshape(self.in_dim, self.out_dim)
        return w, self.b_head(h)


class HyperPrunedRegressor(nn.Cell):
    def __init__(self, prune_threshold=0.05, l1_weight=1e-3):
        super().__init__()
        self.hyper = HyperNetwork()
        self.prune_threshold = prune_threshold
        self.l1_weight = l1_weight

    def sparsity_penalty(self, w):
        keep = ops.abs(w) > self.prune_threshold
        survivors = ops.masked_select(w, keep)
        return self.l1_weight * ops.abs(survivors).sum()

    def construct(self, x, task_emb):
        w, b = self.hyper(task_emb)
        out = ops.matmul(x, w) + b
        return out, self.sparsity_penalty(w)


def make():
    np.random.seed(2)
    net = HyperPrunedRegressor()
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    task = Tensor(np.random.randn(1, 6).astype(np.float32))
    return net, (x, task)
