# case: alarm bookkeeping with a plain Python class instantiated from tensors and mutated in construct -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmEpisode:
    def __init__(self, start, peak):
        self.start = start
        self.peak = peak
        self.length = 0

    def extend(self, value):
        self.length += 1
        self.peak = ops.maximum(self.peak, value)


class EpisodeTracker(nn.Cell):
    def __init__(self, threshold=0.7, horizon=6):
        super().__init__()
        self.threshold = threshold
        self.horizon = horizon

    def _score(self, x):
        return ops.sigmoid(x)

    def construct(self, x):
        score = self._score(x)
        first = ops.argmax((score > self.threshold).astype(ms.int32))
        ep = AlarmEpisode(first, score[0])
        for i in range(self.horizon):
            ep.extend(score[i])
        return ep.peak, ep.length


def make():
    np.random.seed(16)
    x = np.random.randn(10).astype(np.float32) * 2
    return EpisodeTracker(), (Tensor(x),)
