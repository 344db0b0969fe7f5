# case: count how many distinct cabins passed the RFID gate in a shift using ops.unique on the gate log -> unique gives data-dependent length, Graph mode dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateCensus(nn.Cell):
    def __init__(self, fleet_size=40):
        super().__init__()
        self.fleet_size = fleet_size

    def construct(self, gate_ids, dwell_s):
        seen, inverse = ops.unique(gate_ids)
        n_seen = seen.shape[0]
        dwell_per_cabin = ops.unsorted_segment_sum(dwell_s, inverse, n_seen)
        missing = self.fleet_size - n_seen
        return dwell_per_cabin, missing


def make():
    np.random.seed(21)
    ids = np.random.randint(0, 40, size=120).astype(np.int32)
    dwell = np.random.uniform(20, 60, size=120).astype(np.float32)
    return GateCensus(), (Tensor(ids), Tensor(dwell))
