# case: splits a chiller sensor series into a constant number of windows with range() over constructor values and stacks per-window stats -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowStats(nn.Cell):
    def __init__(self, window=6, n_windows=4):
        super().__init__()
        self.window = window
        self.n_windows = n_windows

    def construct(self, series):
        feats = []
        for w in range(self.n_windows):
            seg = series[:, w * self.window:(w + 1) * self.window]
            feats.append(seg.mean(axis=1))
            feats.append(seg.max(axis=1) - seg.min(axis=1))
        return ops.stack(feats, axis=1)


class ChillerFaultClassifier(nn.Cell):
    def __init__(self, n_classes=3):
        super().__init__()
        self.stats = WindowStats()
        self.fc = nn.Dense(8, n_classes)

    def construct(self, series):
        return ops.softmax(self.fc(self.stats(series)), axis=-1)


def make():
    np.random.seed(17)
    net = ChillerFaultClassifier()
    series = Tensor(np.random.randn(5, 24).astype(np.float32))
    return net, (series,)
