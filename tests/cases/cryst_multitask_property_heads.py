# case: multitask head predicting formation energy, band gap and metal probability per crystal from segment-mean pooled features, num_crystals from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskHead(nn.Cell):
    def __init__(self, dim=8, num_crystals=3, predict_metal=True):
        super().__init__()
        self.num_crystals = num_crystals
        self.predict_metal = predict_metal
        self.e_form = nn.Dense(dim, 1)
        self.gap = nn.Dense(dim, 1)
        self.metal = nn.Dense(dim, 1)

    def pool(self, h, ids):
        s = ops.unsorted_segment_sum(h, ids, self.num_crystals)
        cnt = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), ids, self.num_crystals)
        return s / ops.clamp(cnt, min=1.0)

    def construct(self, atom_feats, crystal_ids):
        g = self.pool(atom_feats, crystal_ids)
        e_form = self.e_form(g).squeeze(-1)
        gap = ops.softplus(self.gap(g)).squeeze(-1)
        if self.predict_metal:
            p_metal = ops.sigmoid(self.metal(g)).squeeze(-1)
            gap = gap * (1.0 - p_metal)
            return e_form, gap, p_metal
        return e_form, gap


def make():
    np.random.seed(37)
    feats = Tensor(np.random.randn(9, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 0, 1, 1, 2, 2, 2], np.int32))
    return MultiTaskHead(), (feats, ids)
