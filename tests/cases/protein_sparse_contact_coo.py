# case: turns predicted contacts above a threshold into a COOTensor via nonzero indices and multiplies it with node features -> dynamic shape or error (sparse tensor built from data-dependent indices)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseContactGraphConv(nn.Cell):
    def __init__(self, dim=8, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.lin = nn.Dense(dim, dim)

    def construct(self, contact_probs, node_feats):
        l = contact_probs.shape[0]
        idx = ops.nonzero(contact_probs > self.threshold).astype(ms.int32)
        vals = ops.gather_nd(contact_probs, idx)
        adj = COOTensor(idx, vals, (l, l))
        agg = ops.matmul(adj.to_dense(), node_feats)
        return ops.relu(self.lin(agg))


def make():
    np.random.seed(30)
    p = np.random.rand(12, 12).astype(np.float32)
    p = (p + p.T) / 2
    feats = np.random.randn(12, 8).astype(np.float32)
    return SparseContactGraphConv(), (Tensor(p), Tensor(feats))
