# case: sort range-bin powers and slice the first n where n is the tensor count above threshold -> dynamic or error (slice end from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakList(nn.Cell):
    def __init__(self, thr_db=6.0):
        super().__init__()
        self.thr_db = thr_db

    def to_db(self, p):
        return 10.0 * ops.log(p + 1e-6) / np.log(10.0)

    def construct(self, power):
        db = self.to_db(power)
        floor = db.mean()
        n = (db > floor + self.thr_db).astype(ms.int32).sum()
        sorted_db, order = ops.sort(db, descending=True)
        peaks = sorted_db[:n]
        bins = order[:n]
        return peaks, bins


def make():
    np.random.seed(6)
    p = np.abs(np.random.randn(40)).astype(np.float32) + 0.1
    p[[5, 17, 33]] = 50.0
    return PeakList(), (Tensor(p),)
