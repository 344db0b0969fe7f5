# case: count distinct warehouses that shipped each day with ops.unique and build per-warehouse totals -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarehouseActivity(nn.Cell):
    def __init__(self, num_warehouses=8):
        super().__init__()
        self.num_warehouses = num_warehouses

    def construct(self, warehouse_ids, units):
        active, inverse = ops.unique(warehouse_ids)
        n_active = active.shape[0]
        totals = ops.zeros((n_active,), ms.float32)
        totals = ops.tensor_scatter_add(totals, inverse.expand_dims(1), units)
        avg_per_active = totals / n_active
        return active, avg_per_active


def make():
    np.random.seed(4)
    warehouse_ids = Tensor(np.random.randint(0, 8, 20).astype(np.int32))
    units = Tensor(np.random.randint(1, 50, 20).astype(np.float32))
    return WarehouseActivity(), (warehouse_ids, units)
