# case: chooses the crop size from the lesion area with .item() and slices the image with it -> graph mode error or dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AreaScaledCrop(nn.Cell):
    def __init__(self, min_size=4, scale=1.5):
        super().__init__()
        self.min_size = min_size
        self.scale = scale

    def side_from_area(self, mask):
        area = mask.sum().item()
        return max(self.min_size, int(self.scale * area ** 0.5))

    def construct(self, image, mask):
        side = self.side_from_area(mask)
        crop = image[:, :side, :side]
        return crop.mean(axis=(1, 2))


def make():
    np.random.seed(51)
    img = np.random.rand(2, 20, 20).astype(np.float32)
    m = np.zeros((20, 20), dtype=np.float32)
    m[3:8, 6:12] = 1.0
    return AreaScaledCrop(), (Tensor(img), Tensor(m))
