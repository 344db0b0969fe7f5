# case: splits the candidate batch into left-hand and right-hand halves using a size from x.shape and scores each with its own head -> static slicing in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BimanualGraspScorer(nn.Cell):
    def __init__(self, feat_dim=6):
        super().__init__()
        self.left_head = nn.Dense(feat_dim, 1)
        self.right_head = nn.Dense(feat_dim, 1)

    def construct(self, grasp_feats):
        half = grasp_feats.shape[0] // 2
        left = self.left_head(grasp_feats[:half]).squeeze(-1)
        right = self.right_head(grasp_feats[half:]).squeeze(-1)
        pair_scores = left.expand_dims(1) + right.expand_dims(0)
        flat_best = ops.argmax(pair_scores.reshape(-1))
        return pair_scores, flat_best


def make():
    np.random.seed(26)
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return BimanualGraspScorer(), (feats,)
