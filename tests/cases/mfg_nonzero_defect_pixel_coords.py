# case: find coordinates of defect pixels in a segmentation mask with nonzero and compute their centroid -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectCentroid(nn.Cell):
    def __init__(self, mask_threshold=0.5):
        super().__init__()
        self.mask_threshold = mask_threshold
        self.seg = nn.Conv2d(1, 1, kernel_size=3, pad_mode="same")

    def construct(self, img):
        prob = ops.sigmoid(self.seg(img))[0, 0]
        mask = prob > self.mask_threshold
        coords = ops.nonzero(mask).astype(ms.float32)
        centroid = coords.mean(axis=0)
        area = coords.shape[0]
        return centroid, area


def make():
    np.random.seed(4)
    img = Tensor(np.random.randn(1, 1, 10, 10).astype(np.float32))
    return DefectCentroid(), (img,)
