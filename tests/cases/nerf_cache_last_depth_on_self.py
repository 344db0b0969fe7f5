# case: renderer stores the last rendered depth/opacity maps on self (self.last_depth = ...) inside construct for later visualization -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthOpacityRenderer(nn.Cell):
    def __init__(self, height=4, width=5, keep_outputs=True):
        super().__init__()
        self.height = height
        self.width = width
        self.keep_outputs = keep_outputs
        self.last_depth = None
        self.last_opacity = None

    def weights(self, sigma, z_vals):
        delta = ops.concat([z_vals[:, 1:] - z_vals[:, :-1], ops.full_like(z_vals[:, :1], 1e3)], axis=-1)
        alpha = 1.0 - ops.exp(-sigma * delta)
        trans = ops.cumprod(ops.concat([ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]], axis=-1), dim=-1)
        return alpha * trans

    def construct(self, sigma, z_vals):
        w = self.weights(sigma, z_vals)
        depth = (w * z_vals).sum(axis=-1).reshape(self.height, self.width)
        opacity = w.sum(axis=-1).reshape(self.height, self.width)
        if self.keep_outputs:
            self.last_depth = depth
            self.last_opacity = opacity
        return depth / ops.maximum(opacity, 1e-6)


def make():
    np.random.seed(25)
    sigma = Tensor(np.random.rand(20, 8).astype(np.float32) * 3)
    z = Tensor(np.sort(np.random.uniform(1, 5, (20, 8)), axis=-1).astype(np.float32))
    return DepthOpacityRenderer(), (sigma, z)
