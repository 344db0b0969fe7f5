# case: terrain height-scan encoder that normalises heights by the mean of the valid (non-missing) samples obtained with ops.masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MISSING_HEIGHT = -99.0


class ScanConfig:
    num_points = 33
    latent_dim = 16
    clip_height = 1.0


class HeightScanEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_height = config.clip_height
        self.mlp = nn.SequentialCell(
            nn.Dense(config.num_points, 32), nn.ELU(), nn.Dense(32, config.latent_dim))

    def _valid_mean(self, heights):
        valid = heights > MISSING_HEIGHT + 1.0
        samples = ops.masked_select(heights, valid)
        return samples.mean()

    def construct(self, heights):
        base = self._valid_mean(heights)
        rel = ops.clamp(heights - base, -self.clip_height, self.clip_height)
        return self.mlp(rel)


def make():
    np.random.seed(3)
    cfg = ScanConfig()
    h = np.random.uniform(-0.3, 0.3, size=(4, cfg.num_points)).astype(np.float32)
    h[0, 5] = MISSING_HEIGHT
    h[2, 10:13] = MISSING_HEIGHT
    return HeightScanEncoder(cfg), (Tensor(h),)
