# case: regrid 0.25deg -> 1deg by average pooling with a factor derived from config resolutions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingRegridder(nn.Cell):
    """Coarsen a field by block averaging; optionally also return the block maximum."""

    def __init__(self, src_res=0.25, dst_res=1.0, with_max=True):
        super().__init__()
        factor = int(round(dst_res / src_res))
        self.factor = factor
        self.avg = nn.AvgPool2d(kernel_size=factor, stride=factor)
        self.mx = nn.MaxPool2d(kernel_size=factor, stride=factor)
        self.with_max = with_max

    def _crop(self, x):
        h = x.shape[-2] // self.factor * self.factor
        w = x.shape[-1] // self.factor * self.factor
        return x[..., :h, :w]

    def construct(self, x):
        x = self._crop(x)
        mean = self.avg(x)
        if self.with_max:
            return mean, self.mx(x)
        return mean, mean


def make():
    rng = np.random.RandomState(104)
    x = Tensor(rng.randn(1, 2, 10, 17).astype(np.float32))
    return PoolingRegridder(), (x,)
