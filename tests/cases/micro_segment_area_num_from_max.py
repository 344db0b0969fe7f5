# case: per-label mean intensity with unsorted_segment_sum where num_segments = labels.max() + 1 -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelIntensityStats(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def _num_labels(self, labels):
        return labels.max() + 1

    def construct(self, intensity, labels):
        flat_lab = labels.reshape(-1)
        flat_int = intensity.reshape(-1)
        n = self._num_labels(flat_lab)
        totals = ops.unsorted_segment_sum(flat_int, flat_lab, n)
        counts = ops.unsorted_segment_sum(ops.ones_like(flat_int), flat_lab, n)
        return totals / (counts + self.eps), counts


def make():
    np.random.seed(21)
    lab = np.zeros((16, 16), np.int32)
    lab[2:6, 2:6] = 1
    lab[9:14, 3:8] = 2
    lab[4:10, 10:15] = 3
    img = np.random.rand(16, 16).astype(np.float32)
    return LabelIntensityStats(), (Tensor(img), Tensor(lab))
