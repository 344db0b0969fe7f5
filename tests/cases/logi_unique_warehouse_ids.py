# case: finds the distinct warehouses that appear in a batch of shipments with ops.unique and counts shipments per warehouse -> unique has data-dependent output size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarehouseCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, warehouse_ids, weights):
        wh, idx = self.unique(warehouse_ids)
        num_wh = wh.shape[0]
        per_wh = ops.unsorted_segment_sum(weights, idx, num_wh)
        return wh, per_wh


def make():
    np.random.seed(2)
    warehouse_ids = Tensor(np.random.randint(0, 6, size=(20,)).astype(np.int32))
    weights = Tensor(np.random.uniform(1, 50, size=(20,)).astype(np.float32))
    return WarehouseCounter(), (warehouse_ids, weights)
