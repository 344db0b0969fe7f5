# case: emulates the rasterizer's early termination by zeroing the weights of splats after transmittance falls below 1e-4, using a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyTerminationComposite(nn.Cell):
    def __init__(self, t_stop=1e-4, alpha_min=1.0 / 255.0, alpha_max=0.99):
        super().__init__()
        self.t_stop = t_stop
        self.alpha_min = alpha_min
        self.alpha_max = alpha_max

    def gaussian_alpha(self, opacity, conic, delta):
        power = -0.5 * (conic[..., 0] * delta[..., 0] ** 2 + conic[..., 2] * delta[..., 1] ** 2) \
            - conic[..., 1] * delta[..., 0] * delta[..., 1]
        alpha = ops.minimum(opacity * ops.exp(ops.minimum(power, 0.0)), self.alpha_max)
        return alpha * (alpha >= self.alpha_min).astype(alpha.dtype)

    def construct(self, opacity, conic, delta, colors):
        alpha = self.gaussian_alpha(opacity, conic, delta)
        t_after = ops.cumprod(1.0 - alpha, dim=1)
        t_before = ops.concat([ops.ones_like(t_after[:, :1]), t_after[:, :-1]], axis=1)
        alive = (t_after > self.t_stop).astype(alpha.dtype)
        w = alpha * t_before * alive
        rgb = (w.expand_dims(-1) * colors).sum(axis=1)
        n_contrib = alive.sum(axis=1)
        return rgb, n_contrib


def make():
    np.random.seed(35)
    P, K = 10, 7
    opacity = Tensor(np.random.uniform(0.5, 1.0, (P, K)).astype(np.float32))
    conic = Tensor(np.tile(np.array([2.0, 0.1, 2.0], np.float32), (P, K, 1)))
    delta = Tensor(np.random.uniform(-0.5, 0.5, (P, K, 2)).astype(np.float32))
    colors = Tensor(np.random.rand(P, K, 3).astype(np.float32))
    return EarlyTerminationComposite(), (opacity, conic, delta, colors)
