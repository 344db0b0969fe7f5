# case: terrain height-scan encoder that averages only valid samples by multiplying with a float mask and dividing by the clamped count -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MISSING_HEIGHT = -99.0


class ScanConfig:
    num_points = 33
    latent_dim = 16
    clip_height = 1.0
    fill_value = 0.0


class HeightScanEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_height = config.clip_height
        self.fill_value = config.fill_value
        self.mlp = nn.SequentialCell(
            nn.Dense(config.num_points, 32), nn.ELU(), nn.Dense(32, config.latent_dim))

    def _valid_mean(self, heights):
        valid = (heights > MISSING_HEIGHT + 1.0).astype(heights.dtype)
        total = (heights * valid).sum(axis=1, keepdims=True)
        count = ops.clamp(valid.sum(axis=1, keepdims=True), min=1.0)
        return total / count, valid

    def construct(self, heights):
        base, valid = self._valid_mean(heights)
        rel = ops.clamp(heights - base, -self.clip_height, self.clip_height)
        rel = rel * valid + self.fill_value * (1.0 - valid)
        return self.mlp(rel)


def make():
    np.random.seed(4)
    cfg = ScanConfig()
    h = np.random.uniform(-0.3, 0.3, size=(4, cfg.num_points)).astype(np.float32)
    h[1, 7] = MISSING_HEIGHT
    h[3, 20:25] = MISSING_HEIGHT
    return HeightScanEncoder(cfg), (Tensor(h),)
