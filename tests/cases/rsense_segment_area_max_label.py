# case: per-class pixel totals with unsorted_segment_sum where num_segments comes from labels.max() -> dynamic shape / compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassCoverageStats(nn.Cell):
    def __init__(self, pixel_area_km2=0.0009):
        super().__init__()
        self.pixel_area_km2 = pixel_area_km2

    def flatten(self, label_map, weight_map):
        return label_map.reshape(-1), weight_map.reshape(-1)

    def construct(self, label_map, weight_map):
        labels, weights = self.flatten(label_map, weight_map)
        num_classes = labels.max() + 1
        per_class = ops.unsorted_segment_sum(weights, labels, num_classes)
        return per_class * self.pixel_area_km2


def make():
    np.random.seed(15)
    labels = Tensor(np.random.randint(0, 5, (12, 12)).astype(np.int32))
    weights = Tensor(np.random.rand(12, 12).astype(np.float32))
    return ClassCoverageStats(), (labels, weights)
