# case: per-instance pixel areas from a label image using unique + segment sum -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InstanceAreas(nn.Cell):
    """Area (pixel count) of every labelled nucleus in an instance mask."""

    def __init__(self, drop_background=True, pixel_size_um=0.65):
        super().__init__()
        self.drop_background = drop_background
        self.pixel_area = pixel_size_um * pixel_size_um

    def _flatten_labels(self, labels):
        return labels.reshape(-1)

    def construct(self, labels):
        flat = self._flatten_labels(labels)
        ids, inverse = ops.unique(flat)
        ones = ops.ones(flat.shape, ms.float32)
        areas = ops.unsorted_segment_sum(ones, inverse, ids.shape[0])
        areas = areas * self.pixel_area
        if self.drop_background:
            ids = ids[1:]
            areas = areas[1:]
        return ids, areas


def make():
    lab = np.zeros((16, 16), np.int32)
    lab[1:5, 1:5] = 1
    lab[8:14, 2:6] = 2
    lab[3:7, 9:15] = 5
    return InstanceAreas(), (Tensor(lab),)
