# case: compute mean luminance of the projector overlap zone by multiplying with a float mask and dividing by its sum -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverlapLuminance(nn.Cell):
    def __init__(self, overlap_threshold=0.05):
        super().__init__()
        self.overlap_threshold = overlap_threshold
        self.luma = Tensor(np.array([0.2126, 0.7152, 0.0722], np.float32))

    def to_luma(self, rgb):
        return ops.reduce_sum(rgb * self.luma, -1)

    def construct(self, frame_a, frame_b, weight_a):
        luma = self.to_luma(frame_a) * weight_a + self.to_luma(frame_b) * (1.0 - weight_a)
        in_overlap = (weight_a > self.overlap_threshold) & (weight_a < 1.0 - self.overlap_threshold)
        mask = in_overlap.astype(ms.float32)
        total = ops.reduce_sum(luma * mask)
        count = ops.maximum(ops.reduce_sum(mask), 1.0)
        return total / count


def make():
    np.random.seed(324)
    h, w = 24, 48
    a = Tensor(np.random.rand(h, w, 3).astype(np.float32))
    b = Tensor(np.random.rand(h, w, 3).astype(np.float32))
    ramp = np.clip(np.linspace(1.4, -0.4, w), 0.0, 1.0).astype(np.float32)
    weight = Tensor(np.tile(ramp, (h, 1)))
    return OverlapLuminance(), (a, b, weight)
