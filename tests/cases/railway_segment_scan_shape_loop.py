# case: inspection run split into segments whose count comes from the input shape, per-segment maxima stacked -> static unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentScanner(nn.Cell):
    def __init__(self, seg_len=10, alarm_mm=1.8):
        super().__init__()
        self.seg_len = seg_len
        self.alarm_mm = alarm_mm

    def construct(self, rail_profile):
        n_segments = rail_profile.shape[0] // self.seg_len
        peaks = []
        for i in range(n_segments):
            seg = rail_profile[i * self.seg_len:(i + 1) * self.seg_len]
            peaks.append(ops.abs(seg).max())
        peaks = ops.stack(peaks)
        return peaks, (peaks > self.alarm_mm).astype(ms.int32)


def make():
    np.random.seed(9)
    prof = Tensor(np.random.randn(60).astype(np.float32))
    return SegmentScanner(), (prof,)
