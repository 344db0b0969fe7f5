# case: sum per-quadrant caries burden with a constant for-loop over 4 quadrants and static slices -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuadrantBurden(nn.Cell):
    def __init__(self, teeth_per_quadrant=8):
        super().__init__()
        self.tpq = teeth_per_quadrant
        self.weights = ms.Parameter(Tensor(np.ones(4, np.float32)), name="quadrant_w")

    def construct(self, caries_prob):
        burdens = []
        for q in range(4):
            seg = caries_prob[:, q * self.tpq:(q + 1) * self.tpq]
            burdens.append(seg.sum(axis=1) * self.weights[q])
        burden = ops.stack(burdens, axis=1)
        return burden, ops.argmax(burden, dim=1)


def make():
    np.random.seed(14)
    prob = np.random.rand(3, 32).astype(np.float32)
    return QuadrantBurden(), (Tensor(prob),)
