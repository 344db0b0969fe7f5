# case: computes the comfort dB rating with ops.log on tensors and compares against the limit as a tensor -> no host conversion, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComfortRatingDb(nn.Cell):
    def __init__(self, ref_accel=1e-3, limit_db=45.0):
        super().__init__()
        self.ref_accel = ref_accel
        self.limit_db = limit_db
        self.ln10 = float(np.log(10.0))

    def to_db(self, rms):
        return 20.0 * ops.log(rms / self.ref_accel) / self.ln10

    def construct(self, accel_xyz):
        mag = ops.sqrt((accel_xyz * accel_xyz).sum(axis=1))
        rms = ops.sqrt((mag * mag).mean())
        db = self.to_db(rms)
        return db, db < self.limit_db


def make():
    np.random.seed(16)
    accel = (0.02 * np.random.randn(50, 3)).astype(np.float32)
    return ComfortRatingDb(), (Tensor(accel),)
