# case: promoter picks the top headline_slots performances with k fixed in the config -> constant k, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProgramConfig:
    headline_slots = 4
    n_feat = 6


class HeadlinerPicker(nn.Cell):
    def __init__(self, cfg=ProgramConfig()):
        super().__init__()
        self.score = nn.Dense(cfg.n_feat, 1)
        self.k = cfg.headline_slots

    def construct(self, show_feats):
        demand = self.score(show_feats).squeeze(-1)
        best, idx = ops.topk(demand, self.k)
        picked = ops.gather(show_feats, idx, 0)
        return best, picked.mean(axis=0)


def make():
    np.random.seed(52)
    feats = Tensor(np.random.rand(20, 6).astype(np.float32))
    return HeadlinerPicker(), (feats,)
