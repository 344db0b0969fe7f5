# case: computes defect area and bounding box from nonzero pixel coordinates of a binarised map -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectBoxExtractor(nn.Cell):
    def __init__(self, threshold=0.5, min_area=4):
        super().__init__()
        self.threshold = threshold
        self.min_area = min_area

    def binarize(self, amap):
        return (amap > self.threshold).astype(ms.int32)

    def construct(self, amap):
        mask = self.binarize(amap)
        coords = ops.nonzero(mask)
        area = ops.scalar_to_tensor(coords.shape[0], ms.float32)
        top_left = coords.min(axis=0)
        bottom_right = coords.max(axis=0)
        box = ops.concat((top_left, bottom_right)).astype(ms.float32)
        return area, box


def make():
    np.random.seed(2)
    amap = np.random.rand(12, 12).astype(np.float32)
    return DefectBoxExtractor(), (Tensor(amap),)
