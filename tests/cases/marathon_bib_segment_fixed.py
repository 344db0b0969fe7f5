# case: first finish read per bib where bibs are pre-mapped to slot ids and the field size is a constructor constant -> segment count is a Python int, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstReadPerSlot(nn.Cell):
    def __init__(self, field_size=60, no_read=1e9):
        super().__init__()
        self.field_size = field_size
        self.no_read = no_read

    def construct(self, slot_ids, read_times):
        first = ops.unsorted_segment_min(read_times, slot_ids, self.field_size)
        seen = ops.unsorted_segment_sum(ops.ones_like(read_times), slot_ids, self.field_size) > 0
        first = ops.where(seen, first, ops.full_like(first, self.no_read))
        return first, seen.astype(ms.int32).sum()


def make():
    np.random.seed(52)
    slots = np.random.randint(0, 60, size=150).astype(np.int32)
    times = np.random.uniform(10800, 14400, 150).astype(np.float32)
    return FirstReadPerSlot(), (Tensor(slots), Tensor(times))
