# case: per-label area and mean intensity with unsorted_segment_sum where num_segments is max_instances from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLabelStats(nn.Cell):
    def __init__(self, max_instances=32, pixel_size_um=0.5, eps=1e-6):
        super().__init__()
        self.max_instances = max_instances
        self.pixel_area = pixel_size_um ** 2
        self.eps = eps

    def construct(self, intensity, labels):
        flat_lab = ops.clamp(labels.reshape(-1), 0, self.max_instances - 1)
        flat_int = intensity.reshape(-1)
        totals = ops.unsorted_segment_sum(flat_int, flat_lab, self.max_instances)
        counts = ops.unsorted_segment_sum(ops.ones_like(flat_int), flat_lab, self.max_instances)
        present = counts[1:] > 0
        mean_int = totals / (counts + self.eps)
        n_objects = present.astype(ms.int32).sum()
        return counts * self.pixel_area, mean_int, n_objects


def make():
    np.random.seed(22)
    lab = np.zeros((16, 16), np.int32)
    lab[2:6, 2:6] = 1
    lab[9:14, 3:8] = 2
    img = np.random.rand(16, 16).astype(np.float32)
    return FixedLabelStats(), (Tensor(img), Tensor(lab))
