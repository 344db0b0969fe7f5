# case: adaptive stem halves the temporal length only when the clip is "static" (low frame energy) -> tensor-valued if with branches of different shapes, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveStemConfig:
    def __init__(self, width=8, static_threshold=0.05):
        self.width = width
        self.static_threshold = static_threshold


class AdaptiveTemporalStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv3d(3, config.width, (3, 3, 3), stride=(1, 2, 2), pad_mode="same")
        self.act = nn.GELU()
        self.pool_t = nn.AvgPool3d((2, 1, 1), (2, 1, 1))
        self.static_threshold = config.static_threshold

    def _is_static_clip(self, x):
        motion = ops.abs(x[:, :, 1:] - x[:, :, :-1]).mean()
        return motion < self.static_threshold

    def construct(self, x):
        feats = self.act(self.conv(x))
        if self._is_static_clip(x):
            feats = self.pool_t(feats)
        return feats.mean(axis=(3, 4))


def make():
    np.random.seed(104)
    base = np.random.rand(1, 3, 1, 16, 16).astype(np.float32)
    x = np.repeat(base, 8, axis=2) + 0.01 * np.random.rand(1, 3, 8, 16, 16).astype(np.float32)
    return AdaptiveTemporalStem(AdaptiveStemConfig()), (Tensor(x),)
