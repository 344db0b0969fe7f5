# case: dome brightness profile averaged over either azimuth or altitude, the axis chosen by a tensor flag converted with int() -> reduce axis from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DomeProfile(nn.Cell):
    """Brightness map is (altitude_bins, azimuth_bins)."""

    def __init__(self, floor=0.01):
        super().__init__()
        self.floor = floor

    def construct(self, dome_map, profile_axis):
        axis = int(profile_axis)
        profile = ops.mean(dome_map, axis=axis)
        return profile / (ops.reduce_max(profile) + self.floor)


def make():
    np.random.seed(354)
    dome = Tensor(np.random.uniform(0.2, 1.0, size=(18, 36)).astype(np.float32))
    return DomeProfile(), (dome, Tensor(np.array(1, np.int32)))
