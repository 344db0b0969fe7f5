# case: loops over lesion ids with range(n) where n is the max of the label tensor, appending per-lesion areas -> graph mode error on range of tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerLesionArea(nn.Cell):
    def __init__(self, pixel_spacing=0.5):
        super().__init__()
        self.pixel_area = pixel_spacing * pixel_spacing

    def construct(self, label_map):
        n = label_map.max()
        areas = []
        for i in range(1, n + 1):
            region = (label_map == i).astype(ms.float32)
            areas.append(region.sum() * self.pixel_area)
        return ops.stack(areas)


def make():
    np.random.seed(8)
    lab = np.zeros((16, 16), dtype=np.int32)
    lab[1:4, 1:5] = 1
    lab[8:14, 6:10] = 2
    return PerLesionArea(), (Tensor(lab),)
