# case: somatic-cell-count converter computes linear scores with tensor ops.log and a clip, no Python loop -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearScoreOps(nn.Cell):
    def __init__(self, min_k=12.5, max_k=6400.0, alarm_score=4.0):
        super().__init__()
        self.min_k = min_k
        self.max_k = max_k
        self.alarm_score = alarm_score
        self.ln2 = float(np.log(2.0))

    def construct(self, scc_k):
        clipped = ops.clip_by_value(scc_k, self.min_k, self.max_k)
        ls = ops.log(clipped / 100.0) / self.ln2 + 3.0
        alarm = (ls > self.alarm_score).astype(ms.float32)
        return ls, alarm, alarm.mean()


def make():
    np.random.seed(26)
    scc = np.random.lognormal(4.8, 0.6, (8,)).astype(np.float32)
    return LinearScoreOps(), (Tensor(scc),)
