# case: graph convolution over a dense thresholded contact adjacency with degree normalization, the threshold applied by multiplying a float mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseContactGraphConv(nn.Cell):
    def __init__(self, dim=8, threshold=0.5, self_loops=True):
        super().__init__()
        self.threshold = threshold
        self.self_loops = self_loops
        self.lin = nn.Dense(dim, dim)

    def construct(self, contact_probs, node_feats):
        l = contact_probs.shape[-1]
        adj = contact_probs * (contact_probs > self.threshold).astype(contact_probs.dtype)
        if self.self_loops:
            adj = adj + ops.eye(l, l, ms.float32)
        deg = adj.sum(axis=-1, keepdims=True)
        agg = ops.matmul(adj / ops.maximum(deg, Tensor(1e-6, ms.float32)), node_feats)
        return ops.relu(self.lin(agg))


def make():
    np.random.seed(31)
    p = np.random.rand(2, 12, 12).astype(np.float32)
    p = (p + p.transpose(0, 2, 1)) / 2
    feats = np.random.randn(2, 12, 8).astype(np.float32)
    return DenseContactGraphConv(), (Tensor(p), Tensor(feats))
