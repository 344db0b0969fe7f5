# case: graph GAN generator that builds a sparse COOTensor adjacency from edge logits above a threshold and densifies it -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GraphGenerator(nn.Cell):
    def __init__(self, z_dim=8, n_nodes=5, threshold=0.0, symmetric=True):
        super().__init__()
        self.n_nodes = n_nodes
        self.edge_head = nn.Dense(z_dim, n_nodes * n_nodes)
        self.threshold = threshold
        self.symmetric = symmetric

    def edge_logits(self, z):
        logits = self.edge_head(z).reshape(self.n_nodes, self.n_nodes)
        if self.symmetric:
            logits = (logits + logits.T) * 0.5
        return logits

    def construct(self, z):
        logits = self.edge_logits(z)
        keep = logits > self.threshold
        indices = ops.nonzero(keep).astype(ms.int32)
        values = ops.sigmoid(ops.gather_nd(logits, indices))
        adj = COOTensor(indices, values, (self.n_nodes, self.n_nodes))
        dense = adj.to_dense()
        degree = dense.sum(axis=1)
        return dense, degree


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(8).astype(np.float32).reshape(1, 8))
    return GraphGenerator(), (z,)
