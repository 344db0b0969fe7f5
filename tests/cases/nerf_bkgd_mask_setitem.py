# case: depth/opacity maps where rays missing the scene box are overwritten via boolean-mask item assignment (depth[~hit] = far) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxedDepthRenderer(nn.Cell):
    def __init__(self, bound=1.0, far=8.0, n_samples=8):
        super().__init__()
        self.bound = bound
        self.far = far
        self.lin = Tensor(np.linspace(0.0, 1.0, n_samples).astype(np.float32))

    def box_hit(self, rays_o, rays_d):
        inv = 1.0 / (rays_d + 1e-8)
        t0 = (-self.bound - rays_o) * inv
        t1 = (self.bound - rays_o) * inv
        tn = ops.minimum(t0, t1).max(axis=-1)
        tf = ops.maximum(t0, t1).min(axis=-1)
        return ops.clamp(tn, min=0.0), tf, tf > ops.clamp(tn, min=0.0)

    def construct(self, rays_o, rays_d):
        tn, tf, hit = self.box_hit(rays_o, rays_d)
        z = tn[:, None] + (tf - tn)[:, None] * self.lin
        pts = rays_o[:, None] + rays_d[:, None] * z[..., None]
        sigma = ops.exp(-4.0 * ops.norm(pts, dim=-1))
        alpha = 1.0 - ops.exp(-sigma * 0.1)
        trans = ops.cumprod(1.0 - alpha + 1e-10, dim=-1) / (1.0 - alpha + 1e-10)
        w = alpha * trans
        depth = (w * z).sum(axis=-1)
        opacity = w.sum(axis=-1)
        depth[~hit] = self.far
        opacity[~hit] = 0.0
        return depth, opacity


def make():
    np.random.seed(43)
    o = Tensor(np.random.uniform(-3, 3, (12, 3)).astype(np.float32))
    d = np.random.randn(12, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return BoxedDepthRenderer(), (o, Tensor(d))
