# case: keeps only link SNR values above a quality threshold with masked_select and averages them -> masked_select output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkQualityFilter(nn.Cell):
    def __init__(self, snr_threshold_db=6.0, noise_floor_db=-2.0):
        super().__init__()
        self.threshold = snr_threshold_db
        self.noise_floor = noise_floor_db

    def construct(self, snr_db):
        snr_db = ops.clamp(snr_db, min=self.noise_floor)
        good = snr_db > self.threshold
        strong = ops.masked_select(snr_db, good)
        lin = ops.pow(10.0, strong / 10.0)
        capacity = ops.log2(1.0 + lin)
        return capacity.sum(), strong


def make():
    np.random.seed(1)
    snr = Tensor(np.random.uniform(-5, 18, size=(4, 8)).astype(np.float32))
    return LinkQualityFilter(), (snr,)
