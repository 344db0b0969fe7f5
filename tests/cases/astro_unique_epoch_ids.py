# case: count observations per distinct night in a light curve using ops.unique on night ids -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NightlyBinner(nn.Cell):
    def __init__(self, day_offset=0.5):
        super().__init__()
        self.day_offset = day_offset

    def construct(self, mjd, mag):
        night = ops.floor(mjd + self.day_offset).astype(ms.int32)
        nights, idx = ops.unique(night)
        n_nights = nights.shape[0]
        sums = ops.unsorted_segment_sum(mag, idx, n_nights)
        counts = ops.unsorted_segment_sum(ops.ones_like(mag), idx, n_nights)
        return nights, sums / counts


def make():
    np.random.seed(2)
    mjd = np.sort(59000.0 + np.random.choice([0, 1, 3, 4, 7], 24) + np.random.uniform(0, 0.3, 24)).astype(np.float32)
    mag = (15.0 + 0.1 * np.random.randn(24)).astype(np.float32)
    return NightlyBinner(), (Tensor(mjd), Tensor(mag))
