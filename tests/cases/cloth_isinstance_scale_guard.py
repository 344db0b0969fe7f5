# case: garment resize helper that accepts either a Python float scale or a per-axis tuple, checked with isinstance on constants -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentScaler(nn.Cell):
    def __init__(self, scale=(1.0, 0.8)):
        super().__init__()
        self.scale = scale

    def axis_scales(self):
        if isinstance(self.scale, (tuple, list)):
            return self.scale[0], self.scale[1]
        return self.scale, self.scale

    def construct(self, cloth_kps, center):
        sx, sy = self.axis_scales()
        s = Tensor([sx, sy], ms.float32)
        return (cloth_kps - center) * s + center


def make():
    np.random.seed(42)
    kps = Tensor(np.random.rand(8, 2).astype(np.float32))
    center = Tensor(np.array([0.5, 0.5], np.float32))
    return GarmentScaler(), (kps, center)
