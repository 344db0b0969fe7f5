# case: hard-negative ranking with k taken from the constructor config and masking via large offsets -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankConfig:
    def __init__(self, top_k=3, margin=0.1):
        self.top_k = top_k
        self.margin = margin


class HardNegativeRankFixed(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else RankConfig()
        self.top_k = cfg.top_k
        self.margin = cfg.margin

    def construct(self, risk, events):
        censored_risk = risk - events * 1e4
        hard, _ = ops.topk(censored_risk, self.top_k)
        event_mean = (risk * events).sum() / ops.clamp(events.sum(), min=1.0)
        return ops.relu(hard - event_mean + self.margin).mean()


def make():
    np.random.seed(15)
    risk = Tensor(np.random.randn(10).astype(np.float32))
    events = Tensor(np.array([1, 0, 0, 1, 0, 1, 0, 0, 1, 0], dtype=np.float32))
    return HardNegativeRankFixed(RankConfig(top_k=4)), (risk, events)
