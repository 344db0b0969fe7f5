# case: subtracts a dark-object haze estimate only when the scene is hazy, branching on a tensor but both branches keep the same shape -> static graph with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DarkObjectSubtraction(nn.Cell):
    def __init__(self, haze_thr=0.05, blue_band=0):
        super().__init__()
        self.haze_thr = haze_thr
        self.blue_band = blue_band

    def dark_object(self, cube):
        return cube.reshape(cube.shape[0], -1).min(axis=1).reshape(-1, 1, 1)

    def construct(self, cube):
        dark = self.dark_object(cube)
        if dark[self.blue_band].mean() > self.haze_thr:
            out = ops.clamp(cube - dark, 0.0, 1.0)
        else:
            out = cube
        return out


def make():
    np.random.seed(46)
    cube = Tensor((np.random.rand(4, 10, 10) * 0.9 + 0.08).astype(np.float32))
    return DarkObjectSubtraction(), (cube,)
