# case: builds an OD matrix by scatter-add and then lists active OD pairs with nonzero -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ODMatrixBuilder(nn.Cell):
    """Aggregates trips (origin zone, destination zone) into an OD flow matrix."""

    def __init__(self, n_zones=6, min_flow=1.0):
        super().__init__()
        self.n_zones = n_zones
        self.min_flow = min_flow

    def accumulate(self, origin, dest, weight):
        idx = ops.stack([origin, dest], axis=1)
        od = ops.zeros((self.n_zones, self.n_zones), ms.float32)
        return ops.tensor_scatter_add(od, idx, weight)

    def construct(self, origin, dest, weight):
        od = self.accumulate(origin, dest, weight)
        pairs = self.active_pairs(od)
        flows = ops.gather_nd(od, pairs)
        total_out = od.sum(axis=1)
        share = flows / ops.gather(total_out, pairs[:, 0], 0)
        return od, pairs, share

    def active_pairs(self, od):
        return ops.nonzero(od >= self.min_flow)


def make():
    np.random.seed(3)
    origin = np.random.randint(0, 6, size=20).astype(np.int32)
    dest = np.random.randint(0, 6, size=20).astype(np.int32)
    weight = np.ones(20, dtype=np.float32)
    return ODMatrixBuilder(), (Tensor(origin), Tensor(dest), Tensor(weight))
