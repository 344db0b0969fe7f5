# case: feature extractor builds a plain Python WindowSummary object from tensors inside construct and reads its fields -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowSummary:
    def __init__(self, mean, std, last, slope):
        self.mean = mean
        self.std = std
        self.last = last
        self.slope = slope

    def as_features(self):
        return ops.stack((self.mean, self.std, self.last, self.slope), axis=-1)


class SummaryFeatureNet(nn.Cell):
    def __init__(self, hidden=8, horizon=2):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(4, hidden), nn.ReLU(), nn.Dense(hidden, horizon)])

    def summarize(self, window):
        mean = window.mean(axis=-1)
        std = window.std(axis=-1)
        last = window[:, -1]
        slope = (window[:, -1] - window[:, 0]) / (window.shape[-1] - 1)
        return WindowSummary(mean, std, last, slope)

    def construct(self, window):
        summary = self.summarize(window)
        return self.mlp(summary.as_features())


def make():
    np.random.seed(9)
    window = Tensor(np.random.randn(5, 12).astype(np.float32))
    return SummaryFeatureNet(), (window,)
