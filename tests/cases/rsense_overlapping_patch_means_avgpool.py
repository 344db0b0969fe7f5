# case: computes per-band means of overlapping patches with AvgPool2d and classifies each patch with a 1x1 conv head -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchHead(nn.Cell):
    def __init__(self, bands, num_classes):
        super().__init__()
        self.fc = nn.Conv2d(bands, num_classes, kernel_size=1, has_bias=True)
        self.softmax = nn.Softmax(axis=1)

    def construct(self, feats):
        return self.softmax(self.fc(feats))


class OverlappingPatchClassifier(nn.Cell):
    def __init__(self, bands=4, num_classes=3, patch=4, stride=2):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=patch, stride=stride, pad_mode="valid")
        self.head = PatchHead(bands, num_classes)

    def construct(self, img):
        patch_means = self.pool(img)
        probs = self.head(patch_means)
        return probs, probs.argmax(axis=1)


def make():
    np.random.seed(45)
    img = Tensor(np.random.rand(2, 4, 12, 12).astype(np.float32))
    return OverlappingPatchClassifier(), (img,)
