# case: R-GCN layer with basis decomposition, per-edge weights and degree-normalised unsorted_segment_sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import initializer, XavierUniform


class BasisRGCNLayer(nn.Cell):
    def __init__(self, num_nodes=12, num_relations=4, in_dim=8, out_dim=8, num_bases=2, activation=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.bases = ms.Parameter(initializer(XavierUniform(), (num_bases, in_dim * out_dim)), name="bases")
        self.coeff = ms.Parameter(initializer(XavierUniform(), (num_relations, num_bases)), name="coeff")
        self.root = nn.Dense(in_dim, out_dim)
        self.in_dim = in_dim
        self.out_dim = out_dim
        self.activation = activation

    def relation_weights(self):
        w = ops.matmul(self.coeff, self.bases)
        return w.reshape(-1, self.in_dim, self.out_dim)

    def construct(self, x, edge_index, edge_type):
        src, dst = edge_index[0], edge_index[1]
        w = ops.gather(self.relation_weights(), edge_type, 0)
        msg = ops.bmm(ops.gather(x, src, 0).expand_dims(1), w).squeeze(1)
        ones = ops.ones((dst.shape[0], 1), ms.float32)
        deg = ops.unsorted_segment_sum(ones, dst, self.num_nodes)
        agg = ops.unsorted_segment_sum(msg, dst, self.num_nodes) / ops.clamp(deg, min=1.0)
        out = agg + self.root(x)
        return ops.relu(out) if self.activation else out


def make():
    np.random.seed(9)
    x = np.random.randn(12, 8).astype(np.float32)
    edges = np.random.randint(0, 12, (2, 25)).astype(np.int32)
    etype = np.random.randint(0, 4, 25).astype(np.int32)
    return BasisRGCNLayer(), (Tensor(x), Tensor(edges), Tensor(etype))
