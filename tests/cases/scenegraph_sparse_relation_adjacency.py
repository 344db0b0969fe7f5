# case: build a sparse COO adjacency of relations from pair indices and aggregate neighbour features by sparse matmul -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMessagePassing(nn.Cell):
    def __init__(self, num_objs=6, feat_dim=8):
        super().__init__()
        self.num_objs = num_objs
        self.spmm = ops.SparseTensorDenseMatmul()
        self.update = nn.Dense(feat_dim, feat_dim)

    def construct(self, rel_pairs, rel_weights, obj_feats):
        adj = COOTensor(rel_pairs, rel_weights, (self.num_objs, self.num_objs))
        msg = self.spmm(adj.indices, adj.values, adj.shape, obj_feats)
        return obj_feats + ops.relu(self.update(msg))


def make():
    np.random.seed(15)
    pairs = Tensor(np.array([[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]], dtype=np.int32))
    weights = Tensor(np.random.rand(6).astype(np.float32))
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return SparseMessagePassing(), (pairs, weights, feats)
