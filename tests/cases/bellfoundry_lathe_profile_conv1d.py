# case: smooth the lathe cut profile along the bell's inner waist with a fixed 3-tap kernel via ops.conv1d-like padding and shifts -> fixed kernel arithmetic on tensors, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutProfile(nn.Cell):
    def __init__(self, max_depth_mm=2.5, taps=(0.25, 0.5, 0.25)):
        super().__init__()
        self.max_depth_mm = max_depth_mm
        self.taps = taps

    def smooth(self, d):
        padded = ops.pad(d, (1, 1), mode="replicate")
        n = d.shape[-1]
        out = ops.zeros_like(d)
        for j in range(len(self.taps)):
            out = out + self.taps[j] * padded[..., j:j + n]
        return out

    def construct(self, depths):
        prof = self.smooth(depths.reshape(1, -1)).reshape(-1)
        return ops.clamp(prof, 0.0, self.max_depth_mm)


def make():
    np.random.seed(41)
    depths = np.abs(np.random.randn(32)).astype(np.float32)
    return CutProfile(), (Tensor(depths),)
