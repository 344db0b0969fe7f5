# case: route snapping walks along GPS points while the snap distance stays under a tensor tolerance, appending snapped points to a list -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyRouteSnapper(nn.Cell):
    def __init__(self, tolerance=0.3):
        super().__init__()
        self.tolerance = Tensor(tolerance, ms.float32)

    def snap_one(self, pt, road_nodes):
        d = ((road_nodes - pt) ** 2).sum(-1)
        idx = ops.argmin(d, axis=0)
        return road_nodes[idx], d[idx]

    def construct(self, gps, road_nodes):
        snapped = []
        i = 0
        node, dist = self.snap_one(gps[0], road_nodes)
        while dist < self.tolerance and i < gps.shape[0] - 1:
            snapped.append(node)
            i += 1
            node, dist = self.snap_one(gps[i], road_nodes)
        return ops.stack(snapped)


def make():
    np.random.seed(7)
    nodes = np.random.uniform(0, 1, size=(20, 2)).astype(np.float32)
    gps = nodes[:8] + np.random.normal(0, 0.02, size=(8, 2)).astype(np.float32)
    return GreedyRouteSnapper(), (Tensor(gps), Tensor(nodes))
