# case: aggregates meter loads per substation by running ops.unique on substation ids and unsorted_segment_sum with the unique count -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubstationAggregator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, meter_load, substation_id):
        ids, inverse = self.unique(substation_id)
        n_sub = ids.shape[0]
        totals = ops.unsorted_segment_sum(meter_load, inverse, n_sub)
        return ids, totals


def make():
    np.random.seed(16)
    load = Tensor(np.random.uniform(0.5, 4.0, size=(30,)).astype(np.float32))
    sid = Tensor(np.random.choice([101, 104, 107, 110, 115], size=30).astype(np.int32))
    return SubstationAggregator(), (load, sid)
