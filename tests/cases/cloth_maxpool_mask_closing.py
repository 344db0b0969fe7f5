# case: cloth mask cleanup by morphological opening and closing built from max pooling, repeated a constant number of times -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Morphology(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=k, stride=1, pad_mode="same")

    def dilate(self, m):
        return self.pool(m)

    def erode(self, m):
        return -self.pool(-m)


class ClothMaskCleanup(nn.Cell):
    def __init__(self, iterations=2, thresh=0.5):
        super().__init__()
        self.morph = Morphology()
        self.iterations = iterations
        self.thresh = thresh

    def construct(self, prob):
        m = (prob > self.thresh).astype(ms.float32)
        for _ in range(self.iterations):
            m = self.morph.dilate(self.morph.erode(m))
        for _ in range(self.iterations):
            m = self.morph.erode(self.morph.dilate(m))
        return m


def make():
    np.random.seed(39)
    prob = Tensor(np.random.rand(2, 1, 12, 12).astype(np.float32))
    return ClothMaskCleanup(), (prob,)
