# case: compute a log-compressed defect contrast for bottle images, importing math inside construct for the log constant -> import statement in graph, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectContrast(nn.Cell):
    def __init__(self, kernel=5):
        super().__init__()
        self.blur = nn.AvgPool2d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, bottle_img):
        import math
        background = self.blur(bottle_img)
        contrast = ops.abs(bottle_img - background)
        return ops.log(1.0 + contrast * 100.0) / math.log(101.0)


def make():
    np.random.seed(171)
    img = np.random.rand(2, 1, 24, 24).astype(np.float32)
    return DefectContrast(), (Tensor(img),)
