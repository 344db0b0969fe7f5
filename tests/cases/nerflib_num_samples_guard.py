# case: sampler accepts an Optional n_samples override that would be converted with int() if it were a Tensor; the call passes none so the config int is used -> static (guarded int(tensor) unreachable)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class RaySamplerConfig:
    n_samples = 16
    near = 0.5
    far = 4.0
    lindisp = True


class DisparitySampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_samples = config.n_samples
        self.near, self.far = config.near, config.far
        self.lindisp = config.lindisp

    def _resolve_n(self, n_samples):
        n = self.n_samples if n_samples is None else n_samples
        if isinstance(n, Tensor):
            n = int(n)
        return n

    def construct(self, rays_o, rays_d, n_samples: Optional[Tensor] = None):
        n = self._resolve_n(n_samples)
        t = ops.linspace(0.0, 1.0, n)
        if self.lindisp:
            z = 1.0 / (1.0 / self.near * (1.0 - t) + 1.0 / self.far * t)
        else:
            z = self.near * (1.0 - t) + self.far * t
        return rays_o[:, None] + rays_d[:, None] * z[None, :, None]


def make():
    np.random.seed(116)
    o = np.random.randn(8, 3).astype(np.float32)
    d = np.random.randn(8, 3).astype(np.float32)
    return DisparitySampler(RaySamplerConfig()), (Tensor(o), Tensor(d))
