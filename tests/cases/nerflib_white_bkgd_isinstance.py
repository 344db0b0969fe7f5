# case: renderer accepts an Optional bg_color argument (None by default) with isinstance/is None guards and falls back to white background from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class BGConfig:
    white_bkgd = True
    bg_random = False


class CompositeRenderer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.white_bkgd = config.white_bkgd
        self.bg_random = config.bg_random

    def _background(self, acc, bg_color):
        if bg_color is None:
            return 1.0 if self.white_bkgd else 0.0
        if isinstance(bg_color, (list, tuple)):
            return Tensor(np.array(bg_color, np.float32))
        return bg_color

    def construct(self, weights, rgb, bg_color: Optional[Tensor] = None):
        color = (weights[..., None] * rgb).sum(axis=-2)
        acc = weights.sum(axis=-1, keepdims=True)
        bg = self._background(acc, bg_color)
        if isinstance(bg, Tensor):
            bg = bg.reshape(1, -1)
        return color + (1.0 - acc) * bg


def make():
    np.random.seed(108)
    w = np.random.dirichlet(np.ones(10), size=20).astype(np.float32) * 0.9
    rgb = np.random.rand(20, 10, 3).astype(np.float32)
    return CompositeRenderer(BGConfig()), (Tensor(w), Tensor(rgb))
