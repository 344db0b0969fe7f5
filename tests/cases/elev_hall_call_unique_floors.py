# case: deduplicates requested hall-call floors with ops.unique and counts calls per floor before dispatching -> unique output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HallCallAggregator(nn.Cell):
    def __init__(self, num_floors=16):
        super().__init__()
        self.num_floors = num_floors

    def construct(self, call_floors, call_wait):
        floors, inverse = ops.unique(call_floors)
        ones = ops.ones_like(call_wait)
        counts = ops.unsorted_segment_sum(ones, inverse, floors.shape[0])
        oldest = ops.unsorted_segment_max(call_wait, inverse, floors.shape[0])
        priority = oldest + 5.0 * counts
        return floors, priority


def make():
    np.random.seed(8)
    floors = Tensor(np.random.randint(0, 16, (10,)).astype(np.int32))
    wait = Tensor(np.random.uniform(0, 90, (10,)).astype(np.float32))
    return HallCallAggregator(), (floors, wait)
