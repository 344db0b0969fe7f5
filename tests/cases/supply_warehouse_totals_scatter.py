# case: per-warehouse shipped units with a fixed number of warehouses via one_hot matmul and bincount-style scatter -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarehouseTotals(nn.Cell):
    def __init__(self, num_warehouses=8):
        super().__init__()
        self.num_warehouses = num_warehouses

    def construct(self, warehouse_ids, units):
        onehot = ops.one_hot(warehouse_ids, self.num_warehouses,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        totals = ops.matmul(units.expand_dims(0), onehot).squeeze(0)
        active = (totals > 0).astype(ms.float32)
        n_active = ops.maximum(active.sum(), 1.0)
        return totals, totals.sum() / n_active


def make():
    np.random.seed(5)
    warehouse_ids = Tensor(np.random.randint(0, 8, 20).astype(np.int32))
    units = Tensor(np.random.randint(1, 50, 20).astype(np.float32))
    return WarehouseTotals(), (warehouse_ids, units)
