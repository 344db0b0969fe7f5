# case: test-time augmentation averaging softmax over identity/hflip/vflip views listed in a tuple of flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmallConvNet(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.head = nn.Dense(8, num_classes)

    def construct(self, x):
        h = ops.relu(self.conv(x)).mean(axis=(2, 3))
        return self.head(h)


class FlipTTA(nn.Cell):
    def __init__(self, model, views=("id", "hflip", "vflip")):
        super().__init__()
        self.model = model
        self.views = views
        self.softmax = nn.Softmax(axis=-1)

    def view(self, x, name):
        if name == "hflip":
            return ops.flip(x, (3,))
        if name == "vflip":
            return ops.flip(x, (2,))
        return x

    def construct(self, x):
        probs = ops.zeros((x.shape[0], 4), ms.float32)
        for name in self.views:
            probs = probs + self.softmax(self.model(self.view(x, name)))
        return probs / len(self.views)


def make():
    np.random.seed(21)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return FlipTTA(SmallConvNet()), (x,)
