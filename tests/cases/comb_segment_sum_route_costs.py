# case: per-route cost of a CVRP solution: route ids from cumulative depot visits and unsorted_segment_sum with the number of routes read from the data -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteCostSplitter(nn.Cell):
    def __init__(self, depot=0, fixed_vehicle_cost=0.5):
        super().__init__()
        self.depot = depot
        self.fixed_vehicle_cost = fixed_vehicle_cost

    def edge_lengths(self, coords, seq):
        pts = ops.gather(coords, seq, 0)
        return ops.norm(pts[1:] - pts[:-1], dim=-1)

    def route_ids(self, seq):
        starts = (seq[:-1] == self.depot).astype(ms.int32)
        return ops.cumsum(starts, 0) - 1

    def construct(self, coords, seq):
        edges = self.edge_lengths(coords, seq)
        rid = self.route_ids(seq)
        n_routes = int(rid.max()) + 1
        per_route = ops.unsorted_segment_sum(edges, rid, n_routes)
        return per_route + self.fixed_vehicle_cost, per_route.sum()


def make():
    np.random.seed(15)
    coords = Tensor(np.random.rand(6, 2).astype(np.float32))
    seq = Tensor(np.array([0, 2, 4, 0, 1, 0, 5, 3, 0], np.int32))
    return RouteCostSplitter(), (coords, seq)
