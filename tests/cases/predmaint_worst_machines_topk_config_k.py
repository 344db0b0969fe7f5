# case: ranks the worst machines with topk where k comes from a report config, bounded by x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReportConfig:
    def __init__(self, top_k=3, alarm_level=0.5, features=6):
        self.top_k = top_k
        self.alarm_level = alarm_level
        self.features = features


class TopMachines(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or ReportConfig()
        self.top_k = cfg.top_k
        self.alarm_level = cfg.alarm_level
        self.scorer = nn.SequentialCell([nn.Dense(cfg.features, 8), nn.Tanh(), nn.Dense(8, 1)])

    def construct(self, feats):
        scores = ops.sigmoid(self.scorer(feats)).squeeze(-1)
        k = min(self.top_k, feats.shape[0])
        top_scores, top_ids = ops.topk(scores, k)
        in_alarm = (top_scores > self.alarm_level).astype(ms.int32)
        return top_ids, top_scores * in_alarm


def make():
    np.random.seed(21)
    feats = np.random.randn(10, 6).astype(np.float32)
    return TopMachines(), (Tensor(feats),)
