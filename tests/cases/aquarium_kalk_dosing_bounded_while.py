# case: iteratively refine the kalkwasser dose toward the target alkalinity with a while loop bounded by an iteration cap and a tensor tolerance; the state keeps a fixed shape -> tensor while with fixed-shape carry, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KalkDosing(nn.Cell):
    def __init__(self, target_dkh=8.5, dkh_per_ml=0.004, max_iter=20, tol=0.01):
        super().__init__()
        self.target = target_dkh
        self.dkh_per_ml = dkh_per_ml
        self.max_iter = max_iter
        self.tol = tol

    def predicted_alk(self, alk_now, dose_ml, volume_l):
        return alk_now + dose_ml * self.dkh_per_ml * 100.0 / volume_l

    def construct(self, alk_now, volume_l):
        dose = ops.zeros_like(alk_now)
        it = 0
        err = self.target - self.predicted_alk(alk_now, dose, volume_l)
        while it < self.max_iter and ops.abs(err).max() > self.tol:
            dose = ops.relu(dose + 0.5 * err * volume_l / (self.dkh_per_ml * 100.0))
            err = self.target - self.predicted_alk(alk_now, dose, volume_l)
            it += 1
        return dose, err


def make():
    np.random.seed(191)
    alk = Tensor(np.random.uniform(7.0, 8.2, size=(4,)).astype(np.float32))
    vol = Tensor(np.array([400.0, 650.0, 1200.0, 2500.0], dtype=np.float32))
    return KalkDosing(), (alk, vol)
