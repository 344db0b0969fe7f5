# case: occlusion analyzer returns a cropped high-contact window when heavy contacts exist and the full map otherwise (if on tensor value, branch shapes differ) -> graph mode should reject the mismatched branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionAnalyzer(nn.Cell):
    def __init__(self, heavy_mm=0.02, window=8):
        super().__init__()
        self.heavy_mm = heavy_mm
        self.window = window
        self.blur = nn.AvgPool2d(3, 1, pad_mode="same")

    def construct(self, gap_map):
        g = self.blur(gap_map)
        heavy = (g < self.heavy_mm).astype(ms.float32).sum()
        if heavy > 10:
            out = g[:, :, :self.window, :self.window]
        else:
            out = g
        return out * 100.0


def make():
    np.random.seed(315)
    gap = np.abs(np.random.randn(1, 1, 24, 24)).astype(np.float32) * 0.05
    return OcclusionAnalyzer(), (Tensor(gap),)
