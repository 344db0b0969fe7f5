# case: same bubble brightness measure but the highlight mask is applied by multiplication and normalised by the mask sum -> static shapes, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BubbleBrightnessDense(nn.Cell):
    def __init__(self, threshold=0.82):
        super().__init__()
        self.threshold = threshold
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, image):
        blurred = self.smooth(image)
        highlight = image - blurred
        mask = (highlight > (self.threshold - 0.8)).astype(image.dtype)
        total = (image * mask).sum()
        count = mask.sum()
        return total / (count + 1e-6)


def make():
    np.random.seed(22)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return BubbleBrightnessDense(), (Tensor(img),)
