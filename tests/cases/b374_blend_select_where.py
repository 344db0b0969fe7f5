# case: RIFE fusion blends the two warped frames with ops.where(occ > 0.5, warped0, warped1) and a sigmoid mask, the where looking like a boolean-mask branch -> three-argument where keeps shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, channels=3, hidden=8, hard_occlusion=True, residual=True):
        self.channels = channels
        self.hidden = hidden
        self.hard_occlusion = hard_occlusion
        self.residual = residual


class FusionNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hard = config.hard_occlusion
        self.residual = config.residual
        self.mask_head = nn.Conv2d(2 * config.channels, 1, 3, pad_mode="same")
        self.res_head = nn.Conv2d(2 * config.channels, config.channels, 3, pad_mode="same")

    def construct(self, warped0, warped1, timestep=0.5):
        x = ops.cat((warped0, warped1), axis=1)
        occ = ops.sigmoid(self.mask_head(x))
        if self.hard:
            merged = ops.where(occ > 0.5, warped0, warped1)
        else:
            merged = occ * warped0 + (1 - occ) * warped1
        if self.residual:
            merged = merged + ops.tanh(self.res_head(x)) * timestep
        return ops.clamp(merged, 0.0, 1.0)


def make():
    np.random.seed(37423)
    w0 = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    w1 = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return FusionNet(FusionConfig()), (w0, w1)
