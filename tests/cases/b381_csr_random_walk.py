# case: random-walk diffusion step that builds the transition matrix as an ms.CSRTensor from indptr/indices/values inputs and multiplies it with node features -> CSR sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffusionConfig:
    def __init__(self, k_hops=2, hidden=6):
        self.k_hops = k_hops
        self.hidden = hidden


class SparseRandomWalk(nn.Cell):
    def __init__(self, in_dim, n_nodes, config):
        super().__init__()
        self.k_hops = config.k_hops
        self.n_nodes = n_nodes
        self.proj = nn.Dense(in_dim * (config.k_hops + 1), config.hidden)

    def construct(self, x, indptr, indices, values):
        p = ms.CSRTensor(indptr, indices, values, (self.n_nodes, self.n_nodes))
        feats = [x]
        xk = x
        for _ in range(self.k_hops):
            xk = p.mm(xk)
            feats.append(xk)
        return self.proj(ops.concat(feats, axis=-1))


def make():
    np.random.seed(3840)
    n = 7
    adj = (np.random.rand(n, n) > 0.6).astype(np.float32) * np.random.rand(n, n).astype(np.float32)
    np.fill_diagonal(adj, 1.0)
    adj = adj / adj.sum(1, keepdims=True)
    indptr = np.concatenate([[0], np.cumsum((adj > 0).sum(1))]).astype(np.int32)
    rows, cols = np.nonzero(adj > 0)
    x = np.random.randn(n, 3).astype(np.float32)
    return SparseRandomWalk(3, n, DiffusionConfig()), (Tensor(x), Tensor(indptr), Tensor(cols.astype(np.int32)),
                                                      Tensor(adj[rows, cols].astype(np.float32)))
