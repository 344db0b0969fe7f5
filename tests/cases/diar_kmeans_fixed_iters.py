# case: k-means on segment embeddings with k and iteration count from the constructor, soft assignment by one_hot and matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentKMeans(nn.Cell):
    def __init__(self, n_speakers=3, n_iters=5):
        super().__init__()
        self.k = n_speakers
        self.n_iters = n_iters
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _assign(self, x, centroids):
        d = (x * x).sum(-1, keepdims=True) - 2.0 * ops.matmul(x, centroids.T) + (centroids * centroids).sum(-1)
        return ops.argmin(d, axis=-1)

    def construct(self, seg_emb):
        # seg_emb: (N, D)
        centroids = seg_emb[:self.k]
        labels = self._assign(seg_emb, centroids)
        for _ in range(self.n_iters):
            onehot = ops.one_hot(labels, self.k, self.on, self.off)
            counts = onehot.sum(axis=0).expand_dims(-1)
            centroids = ops.matmul(onehot.T, seg_emb) / ops.clamp(counts, min=1.0)
            labels = self._assign(seg_emb, centroids)
        return labels, centroids


def make():
    np.random.seed(9)
    seg = Tensor(np.random.randn(12, 8).astype(np.float32))
    return SegmentKMeans(), (seg,)
