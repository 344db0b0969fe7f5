# case: builds a sparse COO marker image from given seed coordinates and densifies it for marker-based segmentation -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class MarkerImage(nn.Cell):
    def __init__(self, height=16, width=16, dilate=3):
        super().__init__()
        self.shape = (height, width)
        self.dilate = nn.MaxPool2d(kernel_size=dilate, stride=1, pad_mode="same")

    def construct(self, seed_yx, seed_ids):
        markers = COOTensor(seed_yx, seed_ids, self.shape)
        dense = markers.to_dense().astype(ms.float32)
        dense = self.dilate(dense.reshape(1, 1, self.shape[0], self.shape[1]))
        return dense


def make():
    seeds = np.array([[2, 3], [8, 10], [13, 4]], np.int32)
    ids = np.array([1, 2, 3], np.float32)
    return MarkerImage(), (Tensor(seeds), Tensor(ids))
