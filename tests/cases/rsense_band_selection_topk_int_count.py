# case: keeps the k highest-variance bands where k is computed from the data as int() of a tensor -> error or dynamic because k comes from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarianceBandSelector(nn.Cell):
    def __init__(self, min_rel_var=0.5):
        super().__init__()
        self.min_rel_var = min_rel_var

    def band_variance(self, cube):
        flat = cube.reshape(cube.shape[0], -1)
        return flat.var(axis=1)

    def construct(self, cube):
        var = self.band_variance(cube)
        keep = (var > var.max() * self.min_rel_var).astype(ms.int32).sum()
        k = int(keep)
        _, band_idx = ops.topk(var, k)
        selected = ops.gather(cube, band_idx, 0)
        return selected


def make():
    np.random.seed(3)
    scale = np.linspace(0.2, 1.5, 8).astype(np.float32)[:, None, None]
    cube = Tensor((np.random.rand(8, 6, 6) * scale).astype(np.float32))
    return VarianceBandSelector(), (cube,)
