# case: aggregate cited-case embeddings over a dense, degree-normalized adjacency matrix passed in as a tensor -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseCitationLayer(nn.Cell):
    def __init__(self, hidden=8, self_loops=True):
        super().__init__()
        self.self_loops = self_loops
        self.lin = nn.Dense(hidden, hidden)

    def normalize(self, adj):
        if self.self_loops:
            adj = adj + ops.eye(adj.shape[0], adj.shape[0], ms.float32)
        deg = adj.sum(axis=1, keepdims=True)
        return adj / ops.maximum(deg, 1.0)

    def construct(self, adj, case_emb):
        norm_adj = self.normalize(adj)
        return ops.relu(self.lin(ops.matmul(norm_adj, case_emb)))


def make():
    np.random.seed(27)
    adj = np.zeros((6, 6), np.float32)
    adj[0, 1] = adj[0, 3] = adj[2, 1] = adj[4, 5] = adj[5, 0] = 1.0
    case_emb = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DenseCitationLayer(), (Tensor(adj), case_emb)
