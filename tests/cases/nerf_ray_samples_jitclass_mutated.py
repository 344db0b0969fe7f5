# case: @ms.jit_class RaySamples container created from tensors in construct, its z_vals field overwritten by the fine pass, returned fields -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RaySamples:
    def __init__(self, z_vals, weights):
        self.z_vals = z_vals
        self.weights = weights

    def midpoints(self):
        return 0.5 * (self.z_vals[:, 1:] + self.z_vals[:, :-1])


class TwoPassSampler(nn.Cell):
    def __init__(self, n_coarse=8, refine=True):
        super().__init__()
        self.n_coarse = n_coarse
        self.refine = refine
        self.lin = Tensor(np.linspace(0, 1, n_coarse).astype(np.float32))

    def density(self, rays_o, rays_d, z):
        pts = rays_o[:, None] + rays_d[:, None] * z[..., None]
        return ops.exp(-ops.norm(pts, dim=-1))

    def construct(self, rays_o, rays_d, near, far):
        z = near + (far - near) * self.lin
        samples = RaySamples(z, self.density(rays_o, rays_d, z))
        if self.refine:
            mids = samples.midpoints()
            z_fine, _ = ops.sort(ops.concat([samples.z_vals, mids], axis=-1), axis=-1)
            samples.z_vals = z_fine
            samples.weights = self.density(rays_o, rays_d, z_fine)
        return samples.z_vals, samples.weights


def make():
    np.random.seed(23)
    o = Tensor(np.random.randn(4, 3).astype(np.float32))
    d = Tensor(np.random.randn(4, 3).astype(np.float32))
    near = Tensor(np.full((4, 1), 1.0, np.float32))
    far = Tensor(np.full((4, 1), 4.0, np.float32))
    return TwoPassSampler(), (o, d, near, far)
