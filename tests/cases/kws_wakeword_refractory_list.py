# case: wake-word trigger loop appends frame indices to a Python list under a tensor condition with refractory period -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WakeWordScorer(nn.Cell):
    def __init__(self, feat_dim=13, hidden=16):
        super().__init__()
        self.rnn = nn.GRU(feat_dim, hidden, batch_first=True)
        self.fc = nn.Dense(hidden, 1)

    def construct(self, feats):
        out, _ = self.rnn(feats)
        return ops.sigmoid(self.fc(out)).squeeze(-1)


class WakeWordTrigger(nn.Cell):
    def __init__(self, threshold=0.5, refractory=8):
        super().__init__()
        self.scorer = WakeWordScorer()
        self.threshold = threshold
        self.refractory = refractory

    def construct(self, feats):
        conf = self.scorer(feats)[0]
        triggers = []
        last = -self.refractory
        for t in range(conf.shape[0]):
            if conf[t] > self.threshold and t - last >= self.refractory:
                triggers.append(t)
                last = t
        return Tensor(triggers, ms.int32), conf


def make():
    np.random.seed(5)
    feats = np.random.randn(1, 20, 13).astype(np.float32)
    return WakeWordTrigger(threshold=0.45), (Tensor(feats),)
