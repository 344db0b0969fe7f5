# case: expand each order line into one row per pallet with repeat_interleave using tensor pallet counts -> data-dependent output size in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PalletExpander(nn.Cell):
    def __init__(self, units_per_pallet=48.0, max_stack_kg=1200.0):
        super().__init__()
        self.units_per_pallet = units_per_pallet
        self.max_stack_kg = max_stack_kg

    def pallets_needed(self, order_units):
        return ops.ceil(order_units / self.units_per_pallet).astype(ms.int32)

    def construct(self, order_units, line_weight):
        pallets = self.pallets_needed(order_units)
        per_pallet_weight = line_weight / pallets.astype(ms.float32)
        pallet_weights = ops.repeat_interleave(per_pallet_weight, pallets, 0)
        overweight = (pallet_weights > self.max_stack_kg).astype(ms.int32).sum()
        return pallet_weights, overweight


def make():
    np.random.seed(33)
    units = Tensor(np.random.randint(10, 200, 6).astype(np.float32))
    weight = Tensor(np.random.uniform(100, 900, 6).astype(np.float32))
    return PalletExpander(), (units, weight)
