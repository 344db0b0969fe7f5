# case: read danger-scale settings from a plain Python config object stored on the cell at init time, only its float/int fields used in construct -> constants folded, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BulletinConfig:
    def __init__(self, max_level=5.0, wind_gain=0.1, n_feat=5):
        self.max_level = max_level
        self.wind_gain = wind_gain
        self.n_feat = n_feat


class DangerModelCfg(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or BulletinConfig()
        self.max_level = cfg.max_level
        self.wind_gain = cfg.wind_gain
        self.fc = nn.Dense(cfg.n_feat, 1)

    def construct(self, feat, wind):
        level = ops.sigmoid(self.fc(feat)).squeeze(-1) * self.max_level
        level = level + self.wind_gain * wind
        return ops.clip_by_value(level, 1.0, self.max_level)


def make():
    np.random.seed(102)
    feat = Tensor(np.random.randn(8, 5).astype(np.float32))
    wind = Tensor(np.random.uniform(0, 20, (8,)).astype(np.float32))
    return DangerModelCfg(), (feat, wind)
