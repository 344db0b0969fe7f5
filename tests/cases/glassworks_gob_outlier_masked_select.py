# case: collect the gob weights that fall outside the tolerance band for the feeder report -> ops.masked_select gives a data-dependent length, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TARGET_GRAMS = 310.0
TOL_GRAMS = 4.0


class GobOutlierReport(nn.Cell):
    def __init__(self, target=TARGET_GRAMS, tol=TOL_GRAMS):
        super().__init__()
        self.target = target
        self.tol = tol

    def construct(self, gob_weights, shear_times):
        deviation = gob_weights - self.target
        out_of_band = ops.abs(deviation) > self.tol
        bad_weights = ops.masked_select(gob_weights, out_of_band)
        bad_shears = ops.masked_select(shear_times, out_of_band)
        mean_bad = bad_weights.sum() / (bad_weights.shape[0] + 1e-6)
        return mean_bad, bad_shears


def make():
    np.random.seed(11)
    w = (TARGET_GRAMS + 5.0 * np.random.randn(64)).astype(np.float32)
    t = (0.05 * np.random.rand(64) + 0.9).astype(np.float32)
    return GobOutlierReport(), (Tensor(w), Tensor(t))
