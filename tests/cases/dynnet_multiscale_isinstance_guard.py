# case: resolution-adaptive classifier accepts either one tensor or a tuple of multi-scale inputs and dispatches with isinstance -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaleEncoder(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.conv = nn.Conv2d(3, ch, 3, pad_mode="same")

    def construct(self, img):
        return ops.relu(self.conv(img)).mean(axis=(2, 3))


class ResolutionAdaptiveNet(nn.Cell):
    def __init__(self, ch=4, num_classes=5):
        super().__init__()
        self.encoder = ScaleEncoder(ch)
        self.head = nn.Dense(ch, num_classes)

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            feats = self.encoder(inputs[0])
            for img in inputs[1:]:
                feats = feats + self.encoder(img)
            feats = feats / len(inputs)
        else:
            feats = self.encoder(inputs)
        return self.head(feats)


def make():
    np.random.seed(33)
    low = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    high = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return ResolutionAdaptiveNet(), ((low, high),)
