# case: change-detection model receives pre/post images stacked on the band axis and splits them at x.shape[1] // 2 -> split point is shape-only, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ChangeConfig:
    def __init__(self, bands_per_date=4, width=8, fusion="diff"):
        self.bands_per_date = bands_per_date
        self.width = width
        self.fusion = fusion


class EarlySplitChangeNet(nn.Cell):
    def __init__(self, config, encoder: Optional[nn.Cell] = None):
        super().__init__()
        self.encoder = encoder if encoder is not None else nn.Conv2d(config.bands_per_date, config.width, 3, pad_mode="same")
        fused = config.width if config.fusion == "diff" else 2 * config.width
        self.head = nn.Conv2d(fused, 1, 1)
        self.fusion = config.fusion

    def _split(self, stacked):
        half = stacked.shape[1] // 2
        return stacked[:, :half], stacked[:, half:]

    def construct(self, stacked):
        pre, post = self._split(stacked)
        fa, fb = self.encoder(pre), self.encoder(post)
        fused = ops.abs(fa - fb) if self.fusion == "diff" else ops.cat((fa, fb), axis=1)
        return self.head(fused)


def make():
    np.random.seed(3400)
    stacked = Tensor(np.random.rand(2, 8, 16, 16).astype(np.float32))
    return EarlySplitChangeNet(ChangeConfig()), (stacked,)
