# case: refines a soft defect mask for a fixed number of iterations (config) with morphological-style pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskRefiner(nn.Cell):
    def __init__(self, iterations=3, threshold=0.5, sharpness=10.0):
        super().__init__()
        self.iterations = iterations
        self.threshold = threshold
        self.sharpness = sharpness
        self.dilate = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def erode(self, m):
        return -self.dilate(-m)

    def soft_mask(self, amap):
        return ops.sigmoid(self.sharpness * (amap - self.threshold))

    def construct(self, amap):
        m = self.soft_mask(amap)
        for _ in range(self.iterations):
            m = self.dilate(self.erode(m))     # opening removes speckle
        area = m.sum(axis=(2, 3))
        return m, area


def make():
    np.random.seed(35)
    amap = np.random.rand(2, 1, 10, 10).astype(np.float32)
    return MaskRefiner(), (Tensor(amap),)
