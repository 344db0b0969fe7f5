# case: bottom-up peak picking with 3x3 max-pool NMS and threshold, then nonzero to list candidate peaks -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatmapNMS(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, heat):
        hmax = self.pool(heat)
        keep = (hmax == heat).astype(heat.dtype)
        return heat * keep


class PeakCandidates(nn.Cell):
    def __init__(self, threshold=0.1, kernel=3):
        super().__init__()
        self.threshold = threshold
        self.nms = HeatmapNMS(kernel)

    def construct(self, heatmaps):
        peaks = self.nms(heatmaps)
        is_peak = peaks > self.threshold
        coords = ops.nonzero(is_peak)
        scores = ops.gather_nd(peaks, coords)
        return coords, scores


def make():
    np.random.seed(7)
    hm = np.random.rand(1, 5, 24, 24).astype(np.float32) ** 4
    return PeakCandidates(threshold=0.3), (Tensor(hm),)
