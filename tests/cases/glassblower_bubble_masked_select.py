# case: measure mean brightness of seed/bubble pixels in a goblet image by pulling out pixels above threshold with masked_select -> data-dependent output shape, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BubbleBrightness(nn.Cell):
    def __init__(self, threshold=0.82):
        super().__init__()
        self.threshold = threshold
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, image):
        blurred = self.smooth(image)
        highlight = image - blurred
        mask = highlight > (self.threshold - 0.8)
        bubble_px = ops.masked_select(image, mask)
        n_bubble = bubble_px.shape[0]
        return bubble_px.sum() / (n_bubble + 1e-6)


def make():
    np.random.seed(21)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return BubbleBrightness(), (Tensor(img),)
