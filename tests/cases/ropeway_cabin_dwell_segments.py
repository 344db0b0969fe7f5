# case: total dwell time per cabin from the RFID gate log with unsorted_segment_sum over the fixed fleet size -> fixed number of segments, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateCensus(nn.Cell):
    def __init__(self, fleet_size=40):
        super().__init__()
        self.fleet_size = fleet_size

    def construct(self, gate_ids, dwell_s):
        dwell_per_cabin = ops.unsorted_segment_sum(dwell_s, gate_ids, self.fleet_size)
        passes = ops.unsorted_segment_sum(ops.ones_like(dwell_s), gate_ids, self.fleet_size)
        missing = (passes == 0).astype(ms.int32).sum()
        mean_dwell = dwell_per_cabin / ops.maximum(passes, 1.0)
        return mean_dwell, missing


def make():
    np.random.seed(21)
    ids = np.random.randint(0, 40, size=120).astype(np.int32)
    dwell = np.random.uniform(20, 60, size=120).astype(np.float32)
    return GateCensus(), (Tensor(ids), Tensor(dwell))
