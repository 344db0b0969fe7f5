# case: average garment colour via mask multiplication and sums instead of selecting pixels -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentColorMean(nn.Cell):
    def __init__(self, garment_label=4, eps=1e-6):
        super().__init__()
        self.garment_label = garment_label
        self.eps = eps

    def construct(self, image, parsing):
        mask = (parsing == self.garment_label).astype(ms.float32)
        weighted = image * mask.expand_dims(0)
        area = mask.sum()
        return weighted.sum(axis=(1, 2)) / (area + self.eps)


def make():
    np.random.seed(30)
    image = Tensor(np.random.rand(3, 16, 12).astype(np.float32))
    parsing = np.random.randint(0, 8, size=(16, 12)).astype(np.int32)
    parsing[4:10, 3:9] = 4
    return GarmentColorMean(), (image, Tensor(parsing))
