# case: track cumulative diamond segment wear over successive cuts with ops.cumsum and flag the first cut past the limit via argmax -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CumulativeWearTracker(nn.Cell):
    def __init__(self, wear_coeff=0.0015, limit_mm=3.0):
        super().__init__()
        self.wear_coeff = wear_coeff
        self.limit = limit_mm

    def per_cut_wear(self, area_m2, abrasivity):
        return self.wear_coeff * area_m2 * abrasivity

    def construct(self, area_m2, abrasivity):
        wear = self.per_cut_wear(area_m2, abrasivity)
        cum = ops.cumsum(wear, axis=0)
        past = (cum > self.limit).astype(ms.int32)
        first_past = ops.argmax(past, dim=0)
        any_past = past.max()
        return cum, first_past, any_past


def make():
    np.random.seed(221)
    area = Tensor(np.random.uniform(40, 120, 50).astype(np.float32))
    abr = Tensor(np.random.uniform(0.6, 1.6, 50).astype(np.float32))
    return CumulativeWearTracker(), (area, abr)
