# case: resamples image or label volumes between voxel spacings fixed in the config, output size from .shape and Python rounding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IsotropicResampler(nn.Cell):
    def __init__(self, source_spacing=(3.0, 1.5, 0.75), target_spacing=(1.5, 1.5, 1.5),
                 is_label=False):
        super().__init__()
        self.factors = tuple(s / t for s, t in zip(source_spacing, target_spacing))
        self.is_label = is_label

    def _out_size(self, shape):
        return tuple(max(1, int(round(n * f))) for n, f in zip(shape, self.factors))

    def construct(self, x):
        size = self._out_size(x.shape[2:])
        if self.is_label:
            y = ops.interpolate(x.astype(ms.float32), size=size, mode="nearest")
            return y.astype(x.dtype)
        return ops.interpolate(x, size=size, mode="trilinear", align_corners=False)


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(1, 1, 4, 8, 12).astype(np.float32))
    return IsotropicResampler(), (img,)
