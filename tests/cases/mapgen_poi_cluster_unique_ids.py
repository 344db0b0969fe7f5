# case: POI clustering assigns nearest centroid then counts distinct clusters with ops.unique -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestCentroid(nn.Cell):
    def construct(self, points, centroids):
        diff = points.expand_dims(1) - centroids.expand_dims(0)
        dist2 = (diff * diff).sum(-1)
        return ops.argmin(dist2, axis=1)


class POIClusterSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.assign = NearestCentroid()

    def construct(self, poi_xy, centroids):
        labels = self.assign(poi_xy, centroids)
        used, _ = ops.unique(labels)
        n_used = used.shape[0]
        return labels, used, n_used


def make():
    np.random.seed(2)
    pts = np.random.uniform(0, 1, size=(30, 2)).astype(np.float32)
    cents = np.random.uniform(0, 1, size=(6, 2)).astype(np.float32)
    return POIClusterSummary(), (Tensor(pts), Tensor(cents))
