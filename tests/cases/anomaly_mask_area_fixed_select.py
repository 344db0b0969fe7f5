# case: defect mask via ops.select on a fixed-size map, area and area ratio by reductions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectMaskHead(nn.Cell):
    def __init__(self, threshold=0.55, min_ratio=0.01):
        super().__init__()
        self.threshold = threshold
        self.min_ratio = min_ratio

    def construct(self, amap):
        above = amap > self.threshold
        mask = ops.select(above, ops.ones_like(amap), ops.zeros_like(amap))
        area = mask.sum(axis=(1, 2, 3))
        ratio = area / (amap.shape[2] * amap.shape[3])
        defective = ratio > self.min_ratio
        masked_scores = ops.where(above, amap, ops.zeros_like(amap))
        mean_in_region = masked_scores.sum(axis=(1, 2, 3)) / ops.maximum(area, 1.0)
        return mask, area, defective, mean_in_region


def make():
    np.random.seed(26)
    amap = np.random.rand(2, 1, 10, 10).astype(np.float32)
    return DefectMaskHead(), (Tensor(amap),)
