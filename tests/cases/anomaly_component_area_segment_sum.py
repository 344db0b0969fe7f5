# case: per-region defect areas via unsorted_segment_sum with num_segments taken from the max region label -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionAreaMeter(nn.Cell):
    """Given a region-labelled defect map (0 = background) returns area and mean score per region."""

    def __init__(self, min_area=2.0):
        super().__init__()
        self.min_area = min_area

    def construct(self, region_labels, amap):
        labels = region_labels.reshape(-1)
        scores = amap.reshape(-1)
        n_regions = labels.max() + 1
        ones = ops.ones_like(scores)
        areas = ops.unsorted_segment_sum(ones, labels, n_regions)
        totals = ops.unsorted_segment_sum(scores, labels, n_regions)
        mean_scores = totals / ops.maximum(areas, 1.0)
        valid = areas[1:] >= self.min_area
        return areas[1:] * valid, mean_scores[1:]


def make():
    np.random.seed(17)
    lab = np.zeros((8, 8), np.int32)
    lab[1:3, 1:4] = 1
    lab[5:8, 5:7] = 2
    amap = np.random.rand(8, 8).astype(np.float32)
    return RegionAreaMeter(), (Tensor(lab), Tensor(amap))
