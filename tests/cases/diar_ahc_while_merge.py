# case: agglomerative clustering that merges the closest pair of clusters while the best similarity exceeds a tensor threshold, shrinking the centroid tensor each step -> while on tensor with changing shapes fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgglomerativeClustering(nn.Cell):
    def __init__(self, stop_threshold=0.5):
        super().__init__()
        self.stop_threshold = stop_threshold

    def _similarity(self, c):
        c = c / (ops.norm(c, dim=-1, keepdim=True) + 1e-8)
        sim = ops.matmul(c, c.T)
        return sim - ops.eye(c.shape[0], c.shape[0], ms.float32) * 2.0

    def construct(self, seg_emb):
        centroids = seg_emb
        sim = self._similarity(centroids)
        while sim.max() > self.stop_threshold:
            flat = ops.argmax(sim.reshape(-1))
            i = flat // centroids.shape[0]
            j = flat % centroids.shape[0]
            merged = (centroids[i] + centroids[j]) / 2.0
            keep = ops.logical_and(ops.arange(centroids.shape[0]) != i, ops.arange(centroids.shape[0]) != j)
            centroids = ops.concat((centroids[keep], merged.expand_dims(0)))
            sim = self._similarity(centroids)
        return centroids


def make():
    np.random.seed(8)
    seg = Tensor(np.random.randn(6, 8).astype(np.float32))
    return AgglomerativeClustering(), (seg,)
