# case: reorder a (zone, hour, probe) furnace log cube with a permutation supplied as a tensor from the logger header -> transpose permutation from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_tuple(perm_t):
    return tuple(int(v) for v in perm_t)


class LogCubeReorder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.offset = 273.15

    def construct(self, cube_c, perm):
        p = to_tuple(perm)
        kelvin = cube_c + self.offset
        return ops.transpose(kelvin, p)


def make():
    np.random.seed(171)
    cube = np.random.uniform(400.0, 1200.0, size=(3, 5, 2)).astype(np.float32)
    return LogCubeReorder(), (Tensor(cube), Tensor(np.array([1, 0, 2], np.int32)))
