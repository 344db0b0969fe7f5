# case: hard-negative ranking keeps the top-k highest-risk censored patients with k equal to the number of events -> topk k from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeRank(nn.Cell):
    def __init__(self, margin=0.1):
        super().__init__()
        self.margin = margin

    def construct(self, risk, events):
        k = events.sum().astype(ms.int32)
        censored_risk = risk - events * 1e4
        hard, _ = ops.topk(censored_risk, k)
        event_mean = (risk * events).sum() / events.sum()
        return ops.relu(hard - event_mean + self.margin).mean()


def make():
    np.random.seed(14)
    risk = Tensor(np.random.randn(10).astype(np.float32))
    events = Tensor(np.array([1, 0, 0, 1, 0, 1, 0, 0, 1, 0], dtype=np.float32))
    return HardNegativeRank(), (risk, events)
