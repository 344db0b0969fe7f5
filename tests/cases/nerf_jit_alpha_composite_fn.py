# case: @ms.jit alpha-compositing function with exclusive cumprod and depth/opacity outputs, called on fixed-size inputs -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _exclusive_cumprod(x):
    ones = ops.ones_like(x[..., :1])
    return ops.cumprod(ops.concat([ones, x[..., :-1]], axis=-1), dim=-1)


@ms.jit
def alpha_composite(rgb, sigma, z_vals, bg_color):
    deltas = z_vals[..., 1:] - z_vals[..., :-1]
    deltas = ops.concat([deltas, ops.full_like(deltas[..., :1], 1e10)], axis=-1)
    alpha = 1.0 - ops.exp(-ops.relu(sigma) * deltas)
    weights = alpha * _exclusive_cumprod(1.0 - alpha + 1e-10)
    opacity = weights.sum(axis=-1, keepdims=True)
    color = (weights[..., None] * rgb).sum(axis=-2) + (1.0 - opacity) * bg_color
    depth = (weights * z_vals).sum(axis=-1) / ops.clamp(opacity.squeeze(-1), min=1e-6)
    return color, depth, opacity.squeeze(-1)


def make():
    np.random.seed(38)
    rgb = Tensor(np.random.rand(7, 11, 3).astype(np.float32))
    sigma = Tensor(np.random.randn(7, 11).astype(np.float32))
    z = Tensor(np.sort(np.random.uniform(2, 6, (7, 11)), axis=-1).astype(np.float32))
    bg = Tensor(np.ones(3, np.float32))
    return alpha_composite, (rgb, sigma, z, bg)
