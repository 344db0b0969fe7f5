# case: voicing session records adjustments in a plain Python class instance that construct creates, mutates and returns -> plain class object in graph, expected to be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoicingSession:
    def __init__(self):
        self.adjusted = 0
        self.total_change = None

    def record(self, change):
        self.adjusted += 1
        self.total_change = change if self.total_change is None else self.total_change + change


class ToeHoleVoicer(nn.Cell):
    def __init__(self, n_feats=8, n_passes=3):
        super().__init__()
        self.step = nn.Dense(n_feats, n_feats)
        self.n_passes = n_passes

    def construct(self, toe_features):
        session = VoicingSession()
        x = toe_features
        for _ in range(self.n_passes):
            change = 0.1 * ops.tanh(self.step(x))
            x = x + change
            session.record(change)
        return x, session


def make():
    np.random.seed(329)
    feats = np.random.randn(4, 8).astype(np.float32)
    return ToeHoleVoicer(), (Tensor(feats),)
