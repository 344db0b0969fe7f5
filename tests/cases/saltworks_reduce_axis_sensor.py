# case: aggregate a (station, hour) evaporation grid along an axis chosen by an operator-supplied tensor flag (0 = per hour, 1 = per station) -> reduce axis taken from tensor value via int(), expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvapAggregator(nn.Cell):
    def __init__(self, mm_per_count=0.2):
        super().__init__()
        self.mm_per_count = mm_per_count

    def to_mm(self, counts):
        return counts * self.mm_per_count

    def construct(self, tip_counts, axis_flag):
        evap_mm = self.to_mm(tip_counts)
        axis = int(axis_flag)
        total = evap_mm.sum(axis=axis)
        peak = evap_mm.max(axis=axis)
        return total, peak


def make():
    np.random.seed(43)
    counts = Tensor(np.random.randint(0, 6, size=(4, 24)).astype(np.float32))
    flag = Tensor(np.array(1, dtype=np.int32))
    return EvapAggregator(), (counts, flag)
