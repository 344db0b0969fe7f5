# case: coarsen the input grid only when the field is smooth (tensor condition), branches give different shapes -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveCoarsener(nn.Cell):
    """Average-pool smooth fields to half resolution before the encoder."""

    def __init__(self, smooth_threshold=0.5, factor=2):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=factor, stride=factor)
        self.smooth_threshold = smooth_threshold

    def _roughness(self, x):
        dx = x[..., :, 1:] - x[..., :, :-1]
        dy = x[..., 1:, :] - x[..., :-1, :]
        return ops.abs(dx).mean() + ops.abs(dy).mean()

    def construct(self, x):
        if self._roughness(x) < self.smooth_threshold:
            out = self.pool(x)
        else:
            out = x
        return out * 2.0


def make():
    rng = np.random.RandomState(12)
    x = Tensor(rng.rand(1, 2, 8, 8).astype(np.float32) * 0.1)
    return AdaptiveCoarsener(), (x,)
