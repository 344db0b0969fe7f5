# case: a tensor `if` whose one arm pools before its residual block: the arms leave different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoarseOrFine(nn.Cell):
    def __init__(self, channels=3, feats=8, threshold=0.4):
        super().__init__()
        self.threshold = threshold
        self.down = nn.MaxPool2d(kernel_size=2, stride=2)
        self.block = nn.SequentialCell([nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
                                        nn.Conv2d(feats, channels, 3, pad_mode="same")])

    def construct(self, x):
        if x.mean() > self.threshold:
            h = self.down(x)
            y = h + self.block(h)
        else:
            y = x + self.block(x)
        return y


def make():
    np.random.seed(5)
    return CoarseOrFine(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
