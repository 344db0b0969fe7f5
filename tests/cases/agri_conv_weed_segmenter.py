# case: small convolutional crop/weed/soil segmenter returning per-class pixel fractions -> standard conv net, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class WeedSegmenter(nn.Cell):
    def __init__(self, in_bands=4, n_classes=3, width=8):
        super().__init__()
        self.enc = nn.SequentialCell([ConvBlock(in_bands, width), ConvBlock(width, width)])
        self.head = nn.Conv2d(width, n_classes, 1)

    def construct(self, image):
        logits = self.head(self.enc(image))
        probs = ops.softmax(logits, axis=1)
        return probs.mean(axis=(2, 3))


def make():
    np.random.seed(41)
    image = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    return WeedSegmenter(), (image,)
