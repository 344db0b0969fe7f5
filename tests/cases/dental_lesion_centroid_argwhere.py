# case: centroid of a segmented periapical lesion from ops.argwhere of the binary mask -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionCentroid(nn.Cell):
    def __init__(self, thresh=0.5, pixel_mm=0.1):
        super().__init__()
        self.thresh = thresh
        self.pixel_mm = pixel_mm

    def construct(self, lesion_prob):
        coords = ops.argwhere(lesion_prob > self.thresh).astype(ms.float32)
        centroid = coords.mean(axis=0)
        spread = ops.sqrt(((coords - centroid) ** 2).sum(axis=1)).max()
        return centroid, spread * self.pixel_mm


def make():
    np.random.seed(35)
    prob = np.random.rand(20, 20).astype(np.float32)
    return LesionCentroid(), (Tensor(prob),)
