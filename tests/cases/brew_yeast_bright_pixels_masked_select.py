# case: counts stained yeast cells by taking the intensities of pixels above a threshold with masked_select and averaging them -> masked_select gives a data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StainedCellIntensity(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.threshold = threshold
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, image):
        smooth = self.blur(image)
        mask = smooth > self.threshold
        bright = ops.masked_select(smooth, mask)
        mean_bright = bright.mean()
        viable_fraction = mask.astype(ms.float32).mean()
        return mean_bright, viable_fraction


def make():
    np.random.seed(2)
    img = np.random.rand(1, 1, 24, 24).astype(np.float32)
    img[0, 0, 5:9, 5:9] += 0.8
    img[0, 0, 15:19, 10:14] += 0.7
    img = np.clip(img, 0, 1.5).astype(np.float32)
    return StainedCellIntensity(), (Tensor(img),)
