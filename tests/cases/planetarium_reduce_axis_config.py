# case: dome brightness profile averaged over azimuth, the axis chosen by a constructor config string -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"altitude": 0, "azimuth": 1}


class DomeProfile(nn.Cell):
    def __init__(self, collapse="azimuth", floor=0.01):
        super().__init__()
        self.axis = AXES[collapse]
        self.floor = floor

    def construct(self, dome_map):
        profile = ops.mean(dome_map, axis=self.axis)
        return profile / (ops.reduce_max(profile) + self.floor)


def make():
    np.random.seed(355)
    dome = Tensor(np.random.uniform(0.2, 1.0, size=(18, 36)).astype(np.float32))
    return DomeProfile(), (dome,)
