# case: tally per-photo defect flags into a plain Python DefectTally object created and mutated in construct, then return it -> Python object built/returned in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectTally:
    def __init__(self):
        self.crazed = 0
        self.scores = []

    def add(self, score, is_crazed):
        self.scores.append(score)
        if is_crazed:
            self.crazed += 1


class CrazingCounter(nn.Cell):
    def __init__(self, feat_dim=6, thresh=0.5):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.thresh = thresh

    def construct(self, feats):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        tally = DefectTally()
        for i in range(feats.shape[0]):
            tally.add(scores[i], scores[i] > self.thresh)
        return tally


def make():
    np.random.seed(31)
    feats = np.random.rand(4, 6).astype(np.float32)
    return CrazingCounter(), (Tensor(feats),)
