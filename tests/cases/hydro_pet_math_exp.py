# case: computes saturation vapour pressure for potential evapotranspiration with math.exp applied to the basin-mean temperature tensor -> math function on a tensor in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HargreavesPET(nn.Cell):
    """Simplified PET using a Tetens saturation vapour pressure term."""

    def __init__(self, coeff=0.0023, radiation=15.0):
        super().__init__()
        self.coeff = coeff
        self.radiation = radiation

    def saturation_vp(self, temp_c):
        return 0.6108 * math.exp(17.27 * temp_c / (temp_c + 237.3))

    def construct(self, t_mean, t_range):
        es = self.saturation_vp(t_mean.mean())
        pet = self.coeff * self.radiation * (t_mean + 17.8) * ops.sqrt(t_range)
        return pet * es


def make():
    np.random.seed(29)
    t_mean = np.random.uniform(5.0, 25.0, size=(7,)).astype(np.float32)
    t_range = np.random.uniform(4.0, 12.0, size=(7,)).astype(np.float32)
    return HargreavesPET(), (Tensor(t_mean), Tensor(t_range))
