# case: converts the RMS vibration to a Python float and uses math.log10 to produce a comfort dB rating inside construct -> float() of a tensor and math on it, host round trip, error in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComfortRating(nn.Cell):
    def __init__(self, ref_accel=1e-3, limit_db=45.0):
        super().__init__()
        self.ref_accel = ref_accel
        self.limit_db = limit_db

    def to_db(self, rms):
        return 20.0 * math.log10(float(rms) / self.ref_accel)

    def construct(self, accel_xyz):
        mag = ops.sqrt((accel_xyz * accel_xyz).sum(axis=1))
        rms = ops.sqrt((mag * mag).mean())
        db = self.to_db(rms)
        ok = db < self.limit_db
        return Tensor(db, ms.float32), ok


def make():
    np.random.seed(15)
    accel = (0.02 * np.random.randn(50, 3)).astype(np.float32)
    return ComfortRating(), (Tensor(accel),)
