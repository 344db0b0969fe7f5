# case: alpha-composites the K nearest splats per pixel with an exclusive cumprod of (1 - alpha) and a fixed K from the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlphaCompositor(nn.Cell):
    def __init__(self, max_alpha=0.99, min_alpha=1.0 / 255.0):
        super().__init__()
        self.max_alpha = max_alpha
        self.min_alpha = min_alpha

    def transmittance(self, alpha):
        ones = ops.ones_like(alpha[:, :1])
        shifted = ops.concat([ones, 1.0 - alpha[:, :-1]], axis=1)
        return ops.cumprod(shifted, dim=1)

    def construct(self, alpha, colors, background):
        alpha = ops.clamp(alpha, 0.0, self.max_alpha)
        alpha = alpha * (alpha >= self.min_alpha).astype(alpha.dtype)
        trans = self.transmittance(alpha)
        weights = alpha * trans
        rgb = (weights.expand_dims(-1) * colors).sum(axis=1)
        final_t = trans[:, -1] * (1.0 - alpha[:, -1])
        rgb = rgb + final_t.expand_dims(-1) * background
        return rgb, final_t


def make():
    np.random.seed(5)
    alpha = Tensor(np.random.uniform(0, 1, (12, 8)).astype(np.float32))
    colors = Tensor(np.random.rand(12, 8, 3).astype(np.float32))
    bg = Tensor(np.array([1.0, 1.0, 1.0], np.float32))
    return AlphaCompositor(), (alpha, colors, bg)
