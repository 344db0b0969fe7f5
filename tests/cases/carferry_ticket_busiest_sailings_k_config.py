# case: ticket demand ranker returns the busiest k sailings with k a constructor setting -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandScorer(nn.Cell):
    def __init__(self, n_features=5, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(n_features, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.Tanh()

    def construct(self, x):
        return ops.squeeze(self.fc2(self.act(self.fc1(x))), -1)


class RelieveSailingPicker(nn.Cell):
    def __init__(self, spare_vessels=3, normalise=True):
        super().__init__()
        self.scorer = DemandScorer()
        self.k = spare_vessels
        self.normalise = normalise

    def construct(self, sailing_feats):
        demand = self.scorer(sailing_feats)
        if self.normalise:
            demand = ops.softmax(demand, axis=0)
        top_demand, top_idx = ops.topk(demand, self.k)
        return top_demand, top_idx


def make():
    np.random.seed(4)
    feats = np.random.rand(18, 5).astype(np.float32)
    return RelieveSailingPicker(), (Tensor(feats),)
