# case: SR-GNN-style session graph aggregation multiplies a CSR adjacency (built from indptr/indices/values inputs) with the node embeddings -> CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionGraphConfig:
    n_nodes = 6
    hidden = 8
    n_steps = 1


class SessionGraphLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_nodes = config.n_nodes
        self.n_steps = config.n_steps
        self.w_in = nn.Dense(config.hidden, config.hidden, has_bias=False)
        self.gate = nn.Dense(2 * config.hidden, config.hidden, activation="sigmoid")

    def construct(self, node_h, indptr, indices, values):
        adj = ms.CSRTensor(indptr, indices, values, (self.n_nodes, self.n_nodes))
        for _ in range(self.n_steps):
            msg = adj.mm(self.w_in(node_h))
            z = self.gate(ops.concat((node_h, msg), axis=-1))
            node_h = z * msg + (1 - z) * node_h
        return node_h


def session_adjacency(session):
    edges = sorted(set(zip(session[:-1], session[1:])))
    indptr = np.zeros(7, np.int32)
    for s, _ in edges:
        indptr[s + 1] += 1
    indptr = np.cumsum(indptr).astype(np.int32)
    indices = np.array([d for _, d in edges], np.int32)
    out_deg = np.bincount([s for s, _ in edges], minlength=6)
    values = np.array([1.0 / out_deg[s] for s, _ in edges], np.float32)
    return Tensor(indptr), Tensor(indices), Tensor(values)


def make():
    np.random.seed(3586)
    node_h = Tensor(np.random.randn(6, 8).astype(np.float32))
    indptr, indices, values = session_adjacency([0, 1, 2, 1, 3, 4, 5, 2])
    return SessionGraphLayer(SessionGraphConfig()), (node_h, indptr, indices, values)
