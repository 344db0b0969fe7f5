# case: graph-contrastive smoothing that builds a sparse COO kNN affinity from thresholded similarities (argwhere) and propagates features -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class AffinitySmoothing(nn.Cell):
    def __init__(self, threshold=0.3, alpha=0.5):
        super().__init__()
        self.threshold = threshold
        self.alpha = alpha
        self.norm = ops.L2Normalize(axis=1)

    def sparse_affinity(self, z):
        sim = ops.matmul(z, z.T)
        n = z.shape[0]
        mask = sim > self.threshold
        indices = ops.argwhere(mask).astype(ms.int32)
        values = ops.gather_nd(sim, indices)
        return COOTensor(indices, values, (n, n))

    def construct(self, feats):
        z = self.norm(feats)
        adj = self.sparse_affinity(z)
        dense = adj.to_dense()
        deg = dense.sum(axis=1, keepdims=True)
        propagated = ops.matmul(dense / deg, z)
        return self.alpha * z + (1 - self.alpha) * propagated


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    return AffinitySmoothing(), (feats,)
