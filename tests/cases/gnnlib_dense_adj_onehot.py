# case: small-graph layer that builds a dense adjacency from one-hot encodings of the edge list and multiplies, no sparse tensors -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseGraphConfig:
    num_nodes = 10
    hidden = 16
    add_self_loops = True
    normalize = True
    return_dict = False


class DenseGCNOutput:
    def __init__(self, node_emb, adj):
        self.node_emb = node_emb
        self.adj = adj


class DenseGCN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_nodes
        self.add_self_loops = config.add_self_loops
        self.normalize = config.normalize
        self.return_dict = config.return_dict
        self.lin = nn.Dense(config.hidden, config.hidden)
        self.eye = Tensor(np.eye(self.n, dtype=np.float32))

    def dense_adj(self, edge_index, edge_weight):
        src = ops.one_hot(edge_index[0], self.n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        dst = ops.one_hot(edge_index[1], self.n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        adj = ops.matmul(dst.T * edge_weight, src)
        if self.add_self_loops:
            adj = adj + self.eye
        return adj

    def construct(self, x, edge_index, edge_weight):
        adj = self.dense_adj(edge_index, edge_weight)
        if self.normalize:
            dinv = ops.rsqrt(ops.clamp(adj.sum(1), min=1e-6))
            adj = dinv[:, None] * adj * dinv[None, :]
        h = ops.matmul(adj, self.lin(x))
        if self.return_dict:
            return DenseGCNOutput(h, adj)
        return h, adj


def make():
    np.random.seed(3446)
    n, e = 10, 24
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    w = Tensor(np.random.rand(e).astype(np.float32))
    return DenseGCN(DenseGraphConfig()), (x, ei, w)
