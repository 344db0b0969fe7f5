# case: compositor blends a background color using a foreground mask (acc > thresh) applied by multiplication rather than indexing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class BlendConfig:
    white_bkgd = True
    fg_thresh = 0.5
    hard_mask = True


class BackgroundBlender(nn.Cell):
    def __init__(self, config, bg_color: Optional[Tensor] = None):
        super().__init__()
        self.hard_mask = config.hard_mask
        self.fg_thresh = config.fg_thresh
        if bg_color is None:
            bg_color = Tensor(np.ones(3, np.float32) if config.white_bkgd else np.zeros(3, np.float32))
        self.bg_color = bg_color

    def _mask(self, acc):
        if self.hard_mask:
            return (acc > self.fg_thresh).astype(acc.dtype)
        return acc

    def construct(self, rgb, acc):
        m = self._mask(acc)[..., None]
        out = rgb * m + self.bg_color * (1.0 - m)
        n_fg = m.sum()
        return out, n_fg


def make():
    np.random.seed(102)
    rgb = np.random.rand(48, 3).astype(np.float32)
    acc = np.random.rand(48).astype(np.float32)
    return BackgroundBlender(BlendConfig()), (Tensor(rgb), Tensor(acc))
