# case: beam hopping planner whose sub-Cell picks illuminated cells with argwhere on the demand mask, and the parent sums their demand -> argwhere in a sub-Cell yields data-dependent size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IlluminationPicker(nn.Cell):
    def __init__(self, demand_threshold=0.5):
        super().__init__()
        self.threshold = demand_threshold

    def construct(self, demand):
        return ops.argwhere(demand > self.threshold)


class BeamHoppingPlanner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.picker = IlluminationPicker(0.6)

    def construct(self, demand):
        coords = self.picker(demand)
        lit = ops.gather_nd(demand, coords)
        return coords, lit.sum()


def make():
    np.random.seed(23)
    demand = Tensor(np.random.rand(4, 6).astype(np.float32))
    return BeamHoppingPlanner(), (demand,)
