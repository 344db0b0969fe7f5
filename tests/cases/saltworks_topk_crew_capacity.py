# case: pick a fixed number of crystalliser ponds (crew capacity from config) with the highest Baume-weighted area for the next harvest -> k is a Python int, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestCrewPlanner(nn.Cell):
    """Chooses which crystallisers the harvesting crew visits this shift."""

    def __init__(self, crew_capacity=4, baume_scale=145.0):
        super().__init__()
        self.crew_capacity = crew_capacity
        self.baume_scale = baume_scale

    def _baume(self, rho):
        return self.baume_scale - self.baume_scale / rho

    def construct(self, density, area_ha):
        baume = self._baume(density)
        priority = baume * ops.log1p(area_ha)
        _, idx = ops.topk(priority, self.crew_capacity)
        chosen_area = ops.gather(area_ha, idx, 0)
        return idx, chosen_area.sum()


def make():
    np.random.seed(11)
    density = Tensor(np.random.uniform(1.18, 1.25, size=(16,)).astype(np.float32))
    area = Tensor(np.random.uniform(0.5, 6.0, size=(16,)).astype(np.float32))
    return HarvestCrewPlanner(), (density, area)
