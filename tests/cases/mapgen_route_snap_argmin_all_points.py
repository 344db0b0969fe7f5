# case: route snapping matches every GPS point to its nearest road node with argmin + gather and flags far points with a mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteSnapper(nn.Cell):
    def __init__(self, tolerance=0.3):
        super().__init__()
        self.tolerance = tolerance

    def pairwise_dist2(self, a, b):
        diff = a.expand_dims(1) - b.expand_dims(0)
        return (diff * diff).sum(-1)

    def construct(self, gps, road_nodes):
        d2 = self.pairwise_dist2(gps, road_nodes)
        idx = ops.argmin(d2, axis=1)
        snapped = ops.gather(road_nodes, idx, 0)
        best = ops.gather_elements(d2, 1, idx.expand_dims(1)).squeeze(1)
        ok = ops.sqrt(best) < self.tolerance
        snapped = ops.where(ok.expand_dims(1), snapped, gps)
        return snapped, ok.astype(ms.int32)


def make():
    np.random.seed(7)
    nodes = np.random.uniform(0, 1, size=(20, 2)).astype(np.float32)
    gps = nodes[:8] + np.random.normal(0, 0.02, size=(8, 2)).astype(np.float32)
    return RouteSnapper(), (Tensor(gps), Tensor(nodes))
