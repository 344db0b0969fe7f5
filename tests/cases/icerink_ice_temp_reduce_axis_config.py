# case: surface-temperature cube averaged over an axis chosen by a constructor setting ('time' or 'row') -> axis is a Python constant, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"time": 0, "row": 1, "col": 2}


class SurfaceTempProfileCfg(nn.Cell):
    def __init__(self, reduce_over="row", offset_c=0.0):
        super().__init__()
        self.axis = AXES[reduce_over]
        self.offset_c = offset_c

    def calibrate(self, cube):
        return cube + self.offset_c

    def construct(self, cube):
        cube = self.calibrate(cube)
        profile = cube.mean(axis=self.axis)
        return profile - profile.mean()


def make():
    np.random.seed(3142)
    cube = np.random.normal(-5.5, 0.4, size=(6, 10, 4)).astype(np.float32)
    return SurfaceTempProfileCfg(), (Tensor(cube),)
