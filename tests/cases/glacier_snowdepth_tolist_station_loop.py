# case: interpolation loop converts station elevations to a Python list and branches per station on plain floats -> tolist host conversion in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LapseRateCorrection(nn.Cell):
    def __init__(self, lapse=-0.0012, ref_elev=1500.0):
        super().__init__()
        self.lapse = lapse
        self.ref_elev = ref_elev

    def construct(self, depths, elevations):
        corrected = []
        elev_list = elevations.tolist()
        for i, z in enumerate(elev_list):
            if z > self.ref_elev:
                corrected.append(depths[i] + self.lapse * (z - self.ref_elev))
            else:
                corrected.append(depths[i])
        return ops.stack(corrected)


def make():
    np.random.seed(5)
    d = Tensor(np.random.uniform(0.1, 3.0, size=(6,)).astype(np.float32))
    z = Tensor(np.random.uniform(800, 2800, size=(6,)).astype(np.float32))
    return LapseRateCorrection(), (d, z)
