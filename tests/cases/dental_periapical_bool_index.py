# case: collect features of teeth with periapical lesion via boolean-mask indexing feats[mask] -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeriapicalRefiner(nn.Cell):
    def __init__(self, feat_dim=16):
        super().__init__()
        self.detector = nn.Dense(feat_dim, 1)
        self.refine = nn.Dense(feat_dim, 3)

    def construct(self, tooth_feats):
        lesion_logit = self.detector(tooth_feats).squeeze(-1)
        has_lesion = lesion_logit > 0
        lesion_feats = tooth_feats[has_lesion]
        lesion_size = self.refine(lesion_feats)
        return lesion_size


def make():
    np.random.seed(18)
    feats = np.random.randn(30, 16).astype(np.float32)
    return PeriapicalRefiner(), (Tensor(feats),)
