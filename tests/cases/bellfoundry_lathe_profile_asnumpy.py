# case: build the lathe cut profile along the bell's inner waist, smoothing the requested cut depths with np.convolve on .asnumpy() inside construct -> NumPy on tensors in construct, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutProfile(nn.Cell):
    def __init__(self, max_depth_mm=2.5):
        super().__init__()
        self.max_depth_mm = max_depth_mm
        self.kernel = np.array([0.25, 0.5, 0.25], dtype=np.float32)

    def construct(self, depths):
        raw = depths.asnumpy()
        smooth = np.convolve(raw, self.kernel, mode="same")
        prof = Tensor(smooth, ms.float32)
        return ops.clamp(prof, 0.0, self.max_depth_mm)


def make():
    np.random.seed(41)
    depths = np.abs(np.random.randn(32)).astype(np.float32)
    return CutProfile(), (Tensor(depths),)
