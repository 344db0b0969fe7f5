# case: count distinct vessels that passed the lock today by running ops.unique over hull ids in the passage log -> unique output length from data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PassageTally(nn.Cell):
    def __init__(self, fee_per_vessel=12.5):
        super().__init__()
        self.fee = fee_per_vessel

    def construct(self, hull_ids, tonnage):
        uniq, inverse = ops.unique(hull_ids)
        per_vessel = ops.unsorted_segment_sum(tonnage, inverse, uniq.shape[0])
        n_vessels = uniq.shape[0]
        return per_vessel.max(), n_vessels * self.fee


def make():
    np.random.seed(61)
    ids = np.random.randint(100, 112, size=(25,)).astype(np.int32)
    ton = np.random.uniform(50, 900, size=(25,)).astype(np.float32)
    return PassageTally(), (Tensor(ids), Tensor(ton))
