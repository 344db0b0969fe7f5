# case: store thresholded detections as a COOTensor built from nonzero indices and sum their values -> sparse tensor with data-dependent nnz
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDetectionMap(nn.Cell):
    def __init__(self, threshold=25.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, img):
        mask = img > self.threshold
        idx = ops.nonzero(mask).astype(ms.int32)
        vals = ops.gather_nd(img, idx)
        coo = COOTensor(idx, vals, img.shape)
        return coo.values.sum(), coo.indices


def make():
    np.random.seed(14)
    img = np.random.uniform(0.0, 10.0, (8, 8)).astype(np.float32)
    img[1, 2] = 40.0
    img[6, 6] = 33.0
    return SparseDetectionMap(), (Tensor(img),)
