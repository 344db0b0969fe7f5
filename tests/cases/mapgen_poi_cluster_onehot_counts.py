# case: POI clustering assigns nearest centroid and counts cluster sizes with a fixed-width one_hot sum -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestCentroid(nn.Cell):
    def construct(self, points, centroids):
        diff = points.expand_dims(1) - centroids.expand_dims(0)
        dist2 = (diff * diff).sum(-1)
        return ops.argmin(dist2, axis=1)


class POIClusterSummary(nn.Cell):
    def __init__(self, num_clusters=6):
        super().__init__()
        self.num_clusters = num_clusters
        self.assign = NearestCentroid()

    def construct(self, poi_xy, centroids):
        labels = self.assign(poi_xy, centroids)
        onehot = ops.one_hot(labels, self.num_clusters, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sizes = onehot.sum(0)
        n_used = (sizes > 0).astype(ms.int32).sum()
        new_centroids = ops.matmul(onehot.T, poi_xy) / ops.maximum(sizes, 1.0).expand_dims(1)
        return labels, sizes, n_used, new_centroids


def make():
    np.random.seed(2)
    pts = np.random.uniform(0, 1, size=(30, 2)).astype(np.float32)
    cents = np.random.uniform(0, 1, size=(6, 2)).astype(np.float32)
    return POIClusterSummary(), (Tensor(pts), Tensor(cents))
