# case: early-exit backbone returns pooled features when the exit is confident, otherwise the refined spatial map (branches differ in rank) -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvUnit(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode='same')
        self.bn = nn.BatchNorm2d(cout)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class AnytimeBackbone(nn.Cell):
    def __init__(self, ch=8, num_classes=4, exit_threshold=0.3):
        super().__init__()
        self.early = ConvUnit(3, ch)
        self.late = ConvUnit(ch, ch)
        self.exit_fc = nn.Dense(ch, num_classes)
        self.exit_threshold = exit_threshold

    def is_confident(self, feat):
        logits = self.exit_fc(feat.mean(axis=(2, 3)))
        return ops.softmax(logits, axis=-1).max() > self.exit_threshold

    def construct(self, x):
        feat = self.early(x)
        if self.is_confident(feat):
            return feat.mean(axis=(2, 3))
        return self.late(feat)


def make():
    np.random.seed(21)
    net = AnytimeBackbone()
    net.set_train(False)
    x = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    return net, (x,)
