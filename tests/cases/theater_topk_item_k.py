# case: promoter picks the k best-selling performances where k comes from a tensor via .item() -> top-k size from data, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandScorer(nn.Cell):
    def __init__(self, n_feat=6):
        super().__init__()
        self.score = nn.Dense(n_feat, 1)

    def construct(self, feats):
        return self.score(feats).squeeze(-1)


class HeadlinerPicker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scorer = DemandScorer()

    def construct(self, show_feats, slots):
        demand = self.scorer(show_feats)
        k = slots.item()
        best, idx = ops.topk(demand, k)
        return best, idx


def make():
    np.random.seed(51)
    feats = Tensor(np.random.rand(20, 6).astype(np.float32))
    slots = Tensor(np.array(4, dtype=np.int32))
    return HeadlinerPicker(), (feats, slots)
