# case: snow-depth normalizer accepts either a scalar or a per-station tensor scale and dispatches with isinstance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthNormalizer(nn.Cell):
    def __init__(self, clip_max=5.0):
        super().__init__()
        self.clip_max = clip_max

    def construct(self, depth, scale):
        if isinstance(scale, (int, float)):
            out = depth / scale
        else:
            out = depth / scale.expand_dims(0)
        return ops.clamp(out, 0.0, self.clip_max)


def make():
    np.random.seed(38)
    depth = Tensor(np.random.uniform(0, 3, size=(10, 6)).astype(np.float32))
    return DepthNormalizer(), (depth, 1.5)
