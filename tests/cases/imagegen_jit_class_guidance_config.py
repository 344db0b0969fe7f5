# case: guidance settings carried by an @ms.jit_class config object created in __init__ and read in construct (scale, rescale factor) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GuidanceConfig:
    def __init__(self, scale=6.0, rescale=0.7, use_rescale=True):
        self.scale = scale
        self.rescale = rescale
        self.use_rescale = use_rescale

    def mix(self, eps_u, eps_c):
        return eps_u + self.scale * (eps_c - eps_u)


class ConfiguredCFG(nn.Cell):
    def __init__(self, channels=4, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else GuidanceConfig()
        self.eps = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def _rescale(self, guided, eps_c):
        std_c = eps_c.std(axis=(1, 2, 3), keepdims=True)
        std_g = guided.std(axis=(1, 2, 3), keepdims=True)
        rescaled = guided * (std_c / std_g)
        return self.cfg.rescale * rescaled + (1.0 - self.cfg.rescale) * guided

    def construct(self, latents, cond_shift):
        both = self.eps(ops.concat((latents, latents + cond_shift), axis=0))
        eps_u, eps_c = ops.chunk(both, 2, axis=0)
        guided = self.cfg.mix(eps_u, eps_c)
        if self.cfg.use_rescale:
            guided = self._rescale(guided, eps_c)
        return guided


def make():
    np.random.seed(24)
    latents = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    shift = Tensor(np.random.randn(2, 4, 1, 1).astype(np.float32))
    return ConfiguredCFG(), (latents, shift)
