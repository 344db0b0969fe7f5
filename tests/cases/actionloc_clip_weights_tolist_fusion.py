# case: clip fusion converts per-clip confidences to Python floats with .tolist() and weights clip features in a Python loop -> error in graph mode (host conversion)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceWeightedFusion(nn.Cell):
    def __init__(self, feat_dim=12, num_clips=4):
        super().__init__()
        self.conf_head = nn.Dense(feat_dim, 1)
        self.num_clips = num_clips

    def construct(self, clip_feats):
        # clip_feats: (N, C)
        conf = ops.sigmoid(self.conf_head(clip_feats)).squeeze(-1)
        weights = conf.tolist()
        total = sum(weights)
        fused = clip_feats[0] * (weights[0] / total)
        for i in range(1, self.num_clips):
            fused = fused + clip_feats[i] * (weights[i] / total)
        return fused


def make():
    np.random.seed(11)
    clip_feats = Tensor(np.random.randn(4, 12).astype(np.float32))
    return ConfidenceWeightedFusion(), (clip_feats,)
