# case: occlusion analyzer rescales the contact map differently when heavy contacts exist (if on tensor value, both branches keep the same shape) -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionAnalyzer(nn.Cell):
    def __init__(self, heavy_mm=0.02):
        super().__init__()
        self.heavy_mm = heavy_mm
        self.blur = nn.AvgPool2d(3, 1, pad_mode="same")

    def construct(self, gap_map):
        g = self.blur(gap_map)
        heavy = (g < self.heavy_mm).astype(ms.float32).sum()
        if heavy > 10:
            out = ops.clamp(g, 0.0, self.heavy_mm * 5) * 200.0
        else:
            out = g * 100.0
        return out


def make():
    np.random.seed(316)
    gap = np.abs(np.random.randn(1, 1, 24, 24)).astype(np.float32) * 0.05
    return OcclusionAnalyzer(), (Tensor(gap),)
