# case: mean and std of image intensity inside the lesion via boolean-mask indexing -> dynamic shape from bool indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionIntensityStats(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, image, mask):
        inside = image[mask > 0]
        mean = inside.mean()
        std = ((inside - mean) ** 2).mean().sqrt()
        return mean, std


def make():
    np.random.seed(6)
    img = np.random.rand(20, 20).astype(np.float32)
    m = np.zeros((20, 20), dtype=np.float32)
    m[5:11, 7:15] = 1.0
    return LesionIntensityStats(), (Tensor(img), Tensor(m))
