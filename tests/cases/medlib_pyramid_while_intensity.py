# case: multi-scale feature pyramid for lesion detection keeps halving the volume while the pooled response is still above a threshold, appending each level to a list -> while loop on a tensor value with changing shapes, expected rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PyramidConfig:
    def __init__(self, min_size=2, stop_threshold=0.05, channels=4):
        self.min_size = min_size
        self.stop_threshold = stop_threshold
        self.channels = channels


class ScalePyramid(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else PyramidConfig()
        self.min_size = config.min_size
        self.stop_threshold = config.stop_threshold
        self.stem = nn.Conv3d(1, config.channels, 3, pad_mode="same", has_bias=True)
        self.pool = nn.AvgPool3d(2, 2)

    def _response(self, x):
        return ops.abs(x).mean()

    def construct(self, x):
        feat = self.stem(x)
        levels = [feat]
        while feat.shape[2] > self.min_size and self._response(feat) > self.stop_threshold:
            feat = self.pool(feat)
            levels.append(feat)
        return tuple(lv.mean(axis=(2, 3, 4)) for lv in levels)


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(1, 1, 16, 16, 16).astype(np.float32))
    return ScalePyramid(), (x,)
