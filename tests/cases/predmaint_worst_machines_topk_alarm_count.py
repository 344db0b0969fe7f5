# case: ranks the worst machines with topk where k is the number of machines currently in alarm -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstMachineReport(nn.Cell):
    def __init__(self, features=6, alarm_level=0.5):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(features, 8), nn.Tanh(), nn.Dense(8, 1)])
        self.alarm_level = alarm_level

    def _anomaly_scores(self, feats):
        return ops.sigmoid(self.scorer(feats)).squeeze(-1)

    def _n_alarms(self, scores):
        return (scores > self.alarm_level).astype(ms.int32).sum()

    def construct(self, feats):
        # feats: (machines, features)
        scores = self._anomaly_scores(feats)
        k = self._n_alarms(scores)
        if k == 0:
            k = 1
        top_scores, top_ids = ops.topk(scores, int(k))
        return top_scores, top_ids


def make():
    np.random.seed(20)
    feats = np.random.randn(10, 6).astype(np.float32)
    return WorstMachineReport(), (Tensor(feats),)
