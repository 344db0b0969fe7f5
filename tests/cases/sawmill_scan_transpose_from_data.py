# case: log scanner reorders a (rings, sectors, slices) density cube into the layout named by a tensor of axis indices sent by the scanner head -> transpose permutation from tensor values, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def perm_from_layout(layout):
    return tuple(int(v) for v in layout)


class DensityCubeNormaliser(nn.Cell):
    def __init__(self, dry_density=450.0):
        super().__init__()
        self.dry_density = dry_density

    def construct(self, cube, layout):
        norm = cube / self.dry_density
        perm = perm_from_layout(layout)
        reordered = ops.transpose(norm, perm)
        return reordered.mean(axis=0)


def make():
    np.random.seed(3228)
    cube = Tensor((400 + 100 * np.random.rand(6, 8, 10)).astype(np.float32))
    layout = Tensor(np.array([2, 0, 1], np.int32))
    return DensityCubeNormaliser(), (cube, layout)
