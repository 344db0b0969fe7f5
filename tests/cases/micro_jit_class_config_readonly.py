# case: read-only @ms.jit_class config object held by the Cell, read in construct for stain normalisation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class StainConfig:
    def __init__(self, io=240.0, beta=0.15, alpha=1.0):
        self.io = io
        self.beta = beta
        self.alpha = alpha


class OpticalDensity(nn.Cell):
    """Convert RGB brightfield to optical density, masking near-white pixels."""

    def __init__(self, config=None):
        super().__init__()
        self.cfg = config if config is not None else StainConfig()

    def construct(self, rgb):
        od = -ops.log((rgb.astype(ms.float32) + 1.0) / self.cfg.io)
        tissue = (od > self.cfg.beta).all(axis=1, keep_dims=True)
        od = ops.where(tissue, od, ops.zeros_like(od))
        return od * self.cfg.alpha, tissue.astype(ms.float32).mean()


def make():
    np.random.seed(27)
    rgb = (np.random.rand(1, 3, 16, 16) * 255).astype(np.float32)
    return OpticalDensity(), (Tensor(rgb),)
