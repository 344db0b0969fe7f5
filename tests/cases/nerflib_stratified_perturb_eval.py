# case: ray sampler chosen by config string; stratified sampler jitters bins only when perturb and self.training, model in eval mode -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, sampler="stratified", n_samples=16, near=2.0, far=6.0, perturb=True):
        self.sampler = sampler
        self.n_samples = n_samples
        self.near = near
        self.far = far
        self.perturb = perturb


class UniformSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.near, self.far = config.near, config.far
        self.t = Tensor(np.linspace(0.0, 1.0, config.n_samples, dtype=np.float32))

    def construct(self, rays_o, rays_d):
        z = self.near * (1.0 - self.t) + self.far * self.t
        z = ops.broadcast_to(z[None, :], (rays_o.shape[0], -1))
        return rays_o[:, None] + rays_d[:, None] * z[..., None], z


class StratifiedSampler(UniformSampler):
    def __init__(self, config):
        super().__init__(config)
        self.perturb = config.perturb

    def construct(self, rays_o, rays_d):
        pts, z = super().construct(rays_o, rays_d)
        if self.perturb and self.training:
            mids = 0.5 * (z[..., 1:] + z[..., :-1])
            upper = ops.concat((mids, z[..., -1:]), -1)
            lower = ops.concat((z[..., :1], mids), -1)
            z = lower + (upper - lower) * ops.rand_like(z)
            pts = rays_o[:, None] + rays_d[:, None] * z[..., None]
        return pts, z


SAMPLERS = {"uniform": UniformSampler, "stratified": StratifiedSampler}


def build_sampler(config):
    return SAMPLERS[config.sampler](config)


def make():
    np.random.seed(101)
    o = np.random.randn(12, 3).astype(np.float32)
    d = np.random.randn(12, 3).astype(np.float32)
    sampler = build_sampler(SamplerConfig())
    sampler.set_train(False)
    return sampler, (Tensor(o), Tensor(d))
