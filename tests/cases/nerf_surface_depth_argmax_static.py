# case: surface depth as the sample with maximal weight (argmax + gather_elements) plus expected depth map, reshaped to the image size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthMapHead(nn.Cell):
    def __init__(self, image_hw=(4, 6), use_median=False):
        super().__init__()
        self.image_hw = image_hw
        self.use_median = use_median

    def surface_index(self, weights):
        if self.use_median:
            cdf = ops.cumsum(weights, axis=-1)
            return ops.argmin(ops.abs(cdf - 0.5), axis=-1)
        return ops.argmax(weights, dim=-1)

    def construct(self, weights, z_vals):
        h, w = self.image_hw
        idx = self.surface_index(weights).astype(ms.int32)
        surf = ops.gather_elements(z_vals, 1, idx[:, None]).squeeze(-1)
        expected = (weights * z_vals).sum(axis=-1)
        opacity = weights.sum(axis=-1)
        return surf.reshape(h, w), expected.reshape(h, w), opacity.reshape(h, w)


def make():
    np.random.seed(40)
    w = np.random.rand(24, 10).astype(np.float32)
    w /= w.sum(-1, keepdims=True) * 1.1
    z = np.sort(np.random.uniform(1, 5, (24, 10)), axis=-1).astype(np.float32)
    return DepthMapHead(), (Tensor(w), Tensor(z))
