# case: alarm thresholds held in an @ms.jit_class config object built in __init__ and read in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AlarmBands:
    def __init__(self, warn=0.6, trip=0.85, margin=0.05):
        self.warn = warn
        self.trip = trip
        self.margin = margin

    def level(self, score):
        warn = (score > self.warn).astype(ms.int32)
        trip = (score > self.trip).astype(ms.int32)
        return warn + trip


class BandedAlarm(nn.Cell):
    def __init__(self, in_features=5, bands=None):
        super().__init__()
        self.bands = bands if bands is not None else AlarmBands()
        self.score = nn.Dense(in_features, 1)

    def construct(self, feats):
        s = ops.sigmoid(self.score(feats)).squeeze(-1)
        lvl = self.bands.level(s)
        counts = ops.stack([(lvl == k).astype(ms.int32).sum() for k in range(3)])
        return lvl, counts


def make():
    np.random.seed(17)
    feats = np.random.randn(12, 5).astype(np.float32)
    return BandedAlarm(), (Tensor(feats),)
