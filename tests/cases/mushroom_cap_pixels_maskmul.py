# case: mean brightness of cap pixels computed by multiplying with the thresholded segmentation mask -> fixed shapes, static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapSegmenter(nn.Cell):
    def __init__(self, in_ch=3, hidden=8):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, hidden, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(hidden, 1, 1, pad_mode="same")
        self.act = nn.ReLU()
        self.sigmoid = nn.Sigmoid()

    def construct(self, img):
        h = self.act(self.conv1(img))
        return self.sigmoid(self.conv2(h))


class CapBrightness(nn.Cell):
    def __init__(self, threshold=0.5, eps=1e-6):
        super().__init__()
        self.seg = CapSegmenter()
        self.threshold = threshold
        self.eps = eps

    def construct(self, img):
        prob = self.seg(img)[:, 0]
        gray = img.mean(axis=1)
        mask = (prob > self.threshold).astype(gray.dtype)
        total = (gray * mask).sum(axis=(1, 2))
        count = mask.sum(axis=(1, 2)) + self.eps
        return total / count


def make():
    np.random.seed(304)
    img = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    return CapBrightness(), (img,)
