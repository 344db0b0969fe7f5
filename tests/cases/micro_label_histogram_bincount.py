# case: object size histogram: pixel counts per label via ops.bincount over the flattened label image -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectSizeFilter(nn.Cell):
    """Zero out labels smaller than min_size pixels (remove_small_objects)."""

    def __init__(self, min_size=10):
        super().__init__()
        self.min_size = min_size

    def _sizes(self, labels):
        return ops.bincount(labels.reshape(-1))

    def construct(self, labels):
        sizes = self._sizes(labels)
        keep = sizes >= self.min_size
        keep_pixel = ops.gather(keep.astype(ms.int32), labels.reshape(-1), 0)
        out = labels.reshape(-1) * keep_pixel
        return out.reshape(labels.shape)


def make():
    lab = np.zeros((16, 16), np.int32)
    lab[1:3, 1:3] = 1
    lab[5:11, 2:8] = 2
    lab[12:15, 10:15] = 3
    return ObjectSizeFilter(), (Tensor(lab),)
