# case: compute rind mould coverage fraction from a segmentation map with three-argument ops.where and mean -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RindCoverage(nn.Cell):
    def __init__(self, threshold=0.5, bloomy=True):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(8, 1, 1)
        self.threshold = threshold
        self.bloomy = bloomy

    def segment(self, img):
        return ops.sigmoid(self.conv2(ops.relu(self.conv1(img))))

    def construct(self, img):
        prob = self.segment(img)
        ones = ops.ones_like(prob)
        zeros = ops.zeros_like(prob)
        covered = ops.where(prob > self.threshold, ones, zeros)
        coverage = covered.mean(axis=(1, 2, 3))
        if self.bloomy:
            # bloomy rinds (camembert) should be fully covered
            return 1.0 - coverage
        return coverage


def make():
    np.random.seed(3206)
    imgs = np.random.rand(4, 3, 32, 32).astype(np.float32)
    return RindCoverage(), (Tensor(imgs),)
