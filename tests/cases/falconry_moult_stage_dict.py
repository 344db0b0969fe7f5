# case: moult summary returns a dict of per-tract moult scores (constant string keys) computed from feather growth -> dict with constant keys in construct, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRACTS = ("primaries", "secondaries", "rectrices")


class MoultSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tracts = TRACTS

    def construct(self, growth):
        # growth: (3, 12) fraction grown per feather in each tract
        scores = {}
        for i, name in enumerate(self.tracts):
            scores[name] = (growth[i] < 1.0).astype(ms.float32).sum()
        return scores["primaries"], scores["secondaries"], scores["rectrices"]


def make():
    np.random.seed(3197)
    g = np.clip(np.random.uniform(0.3, 1.4, (3, 12)), 0, 1).astype(np.float32)
    return MoultSummary(), (Tensor(g),)
