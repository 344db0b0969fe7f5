# case: surface-temperature cube (time, row, col) averaged over an axis chosen by an operator setting passed in as a tensor -> reduce axis taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurfaceTempProfile(nn.Cell):
    def __init__(self, offset_c=0.0):
        super().__init__()
        self.offset_c = offset_c

    def calibrate(self, cube):
        return cube + self.offset_c

    def construct(self, cube, axis_t):
        cube = self.calibrate(cube)
        axis = int(axis_t)
        profile = cube.mean(axis=axis)
        return profile - profile.mean()


def make():
    np.random.seed(3141)
    cube = np.random.normal(-5.5, 0.4, size=(6, 10, 4)).astype(np.float32)
    return SurfaceTempProfile(), (Tensor(cube), Tensor(np.array(1, dtype=np.int32)))
