# case: walks sorted yield samples in a while loop until cumulative harvest reaches a target, appending each zone's yield to a list -> data-dependent while loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarvestPrioritizer(nn.Cell):
    def __init__(self, target_tonnes=20.0):
        super().__init__()
        self.target_tonnes = target_tonnes

    def construct(self, zone_yield):
        sorted_yield, _ = ops.sort(zone_yield, descending=True)
        picked = []
        total = ops.zeros((), ms.float32)
        i = 0
        while total < self.target_tonnes:
            picked.append(sorted_yield[i])
            total = total + sorted_yield[i]
            i += 1
        return ops.stack(picked)


def make():
    np.random.seed(6)
    zone_yield = Tensor((np.random.rand(10) * 6 + 2).astype(np.float32))
    return HarvestPrioritizer(), (zone_yield,)
