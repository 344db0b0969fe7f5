# case: jit function computing pallets per order line with ceil and padding to a fixed max pallets per line -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PALLETS_PER_LINE = 5


@ms.jit
def pallet_grid(order_units, units_per_pallet, line_weight):
    pallets = ops.ceil(order_units / units_per_pallet)
    pallets = ops.clamp(pallets, 1.0, float(MAX_PALLETS_PER_LINE))
    slots = ops.arange(MAX_PALLETS_PER_LINE, dtype=ms.float32).expand_dims(0)
    used = (slots < pallets.expand_dims(1)).astype(ms.float32)
    per_pallet = (line_weight / pallets).expand_dims(1) * used
    return per_pallet, pallets.sum()


def make():
    np.random.seed(34)
    units = Tensor(np.random.randint(10, 200, 6).astype(np.float32))
    upp = Tensor(np.full(6, 48.0, dtype=np.float32))
    weight = Tensor(np.random.uniform(100, 900, 6).astype(np.float32))
    return pallet_grid, (units, upp, weight)
