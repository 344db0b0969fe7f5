# case: aggregates meter loads per substation using precomputed substation indices and a constructor-given number of substations -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubstationAggregator(nn.Cell):
    def __init__(self, n_substations=5, loss_factor=0.03):
        super().__init__()
        self.n_substations = n_substations
        self.loss_factor = loss_factor

    def construct(self, meter_load, substation_idx):
        totals = ops.unsorted_segment_sum(meter_load, substation_idx, self.n_substations)
        counts = ops.unsorted_segment_sum(ops.ones_like(meter_load), substation_idx, self.n_substations)
        gross = totals * (1.0 + self.loss_factor)
        return gross, gross / ops.maximum(counts, 1.0)


def make():
    np.random.seed(17)
    load = Tensor(np.random.uniform(0.5, 4.0, size=(30,)).astype(np.float32))
    idx = Tensor(np.random.randint(0, 5, size=30).astype(np.int32))
    return SubstationAggregator(), (load, idx)
