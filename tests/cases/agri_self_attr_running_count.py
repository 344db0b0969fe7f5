# case: keeps a running count of plants seen across tiles by writing the tensor total to an attribute on self inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlantCounter(nn.Cell):
    def __init__(self, peak_threshold=0.7):
        super().__init__()
        self.peak_threshold = peak_threshold
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.total_plants = 0

    def count_peaks(self, heatmap):
        local_max = self.pool(heatmap)
        peaks = ops.logical_and(heatmap == local_max, heatmap > self.peak_threshold)
        return peaks.astype(ms.float32).sum(axis=(1, 2, 3))

    def construct(self, heatmap):
        per_tile = self.count_peaks(heatmap)
        self.total_plants = self.total_plants + per_tile.sum()
        return per_tile


def make():
    np.random.seed(12)
    heatmap = Tensor(np.random.rand(3, 1, 12, 12).astype(np.float32))
    return PlantCounter(), (heatmap,)
