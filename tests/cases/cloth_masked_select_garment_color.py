# case: average garment colour computed from masked_select over the cloth segmentation mask -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentColorStats(nn.Cell):
    """Mean RGB of the pixels labelled as upper-body garment."""

    def __init__(self, garment_label=4):
        super().__init__()
        self.garment_label = garment_label

    def channel_mean(self, channel, mask):
        pixels = ops.masked_select(channel, mask)
        return pixels.mean()

    def construct(self, image, parsing):
        mask = parsing == self.garment_label
        r = self.channel_mean(image[0], mask)
        g = self.channel_mean(image[1], mask)
        b = self.channel_mean(image[2], mask)
        return ops.stack([r, g, b])


def make():
    np.random.seed(0)
    image = Tensor(np.random.rand(3, 16, 12).astype(np.float32))
    parsing = np.random.randint(0, 8, size=(16, 12)).astype(np.int32)
    parsing[4:10, 3:9] = 4
    return GarmentColorStats(), (image, Tensor(parsing))
