# case: removes small specks from a lesion mask with a morphological opening built from max pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MorphOpening(nn.Cell):
    def __init__(self, radius=1):
        super().__init__()
        k = 2 * radius + 1
        self.pool = nn.MaxPool2d(kernel_size=k, stride=1, pad_mode="same")

    def erode(self, m):
        return -self.pool(-m)

    def dilate(self, m):
        return self.pool(m)

    def construct(self, m):
        return self.dilate(self.erode(m))


class CleanMask(nn.Cell):
    def __init__(self, threshold=0.5, radius=1):
        super().__init__()
        self.threshold = threshold
        self.opening = MorphOpening(radius)

    def construct(self, probs):
        mask = (probs > self.threshold).astype(ms.float32)
        cleaned = self.opening(mask)
        removed = mask.sum() - cleaned.sum()
        return cleaned, removed


def make():
    np.random.seed(31)
    p = np.random.rand(1, 1, 20, 20).astype(np.float32) * 0.4
    p[0, 0, 5:12, 6:14] = 0.9
    p[0, 0, 16, 2] = 0.95
    return CleanMask(), (Tensor(p),)
