# case: pick out the rind patches flagged as contaminated with boolean-mask indexing and average their mould embeddings -> boolean index gives a data-dependent shape, expect dynamic or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContaminationScore(nn.Cell):
    def __init__(self, feat_dim=12, flag_threshold=0.6):
        super().__init__()
        self.embed = nn.Dense(feat_dim, 8)
        self.score = nn.Dense(8, 1)
        self.flag_threshold = flag_threshold

    def construct(self, patch_feats, contamination_prob):
        emb = ops.relu(self.embed(patch_feats))
        flagged = emb[contamination_prob > self.flag_threshold]
        return self.score(flagged.mean(axis=0, keep_dims=True))


def make():
    np.random.seed(3230)
    feats = np.random.rand(16, 12).astype(np.float32)
    prob = np.random.rand(16).astype(np.float32)
    prob[0] = 0.9
    return ContaminationScore(), (Tensor(feats), Tensor(prob))
