# case: collocation batch splitter separates boundary and interior points, boundary count from an Optional config field or a fraction of the batch shape -> slice bounds from shapes and Python ints only, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class BatchConfig:
    def __init__(self, n_boundary: Optional[int] = None, boundary_fraction=0.25, shuffle_interior=False):
        self.n_boundary = n_boundary
        self.boundary_fraction = boundary_fraction
        self.shuffle_interior = shuffle_interior


class CollocationSplitter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_boundary = config.n_boundary
        self.fraction = config.boundary_fraction
        self.shuffle_interior = config.shuffle_interior

    def _split_index(self, n_total):
        if self.n_boundary is not None:
            return self.n_boundary
        return int(n_total * self.fraction)

    def construct(self, points, values):
        nb = self._split_index(points.shape[0])
        bc_pts, bc_vals = points[:nb], values[:nb]
        int_pts = points[nb:]
        if self.shuffle_interior:
            int_pts = int_pts[::-1]
        return bc_pts, bc_vals, int_pts


def make():
    np.random.seed(29)
    pts = Tensor(np.random.rand(48, 2).astype(np.float32))
    vals = Tensor(np.random.randn(48, 1).astype(np.float32))
    return CollocationSplitter(BatchConfig()), (pts, vals)
