# case: SAGPool-style graph pooling keeps ceil(ratio * num_valid_nodes) nodes where the count comes from the node mask -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SAGPool(nn.Cell):
    def __init__(self, in_dim=8, ratio=0.5, min_score=None):
        super().__init__()
        self.score_layer = nn.Dense(in_dim, 1)
        self.ratio = ratio
        self.min_score = min_score

    def num_keep(self, node_mask):
        n_valid = node_mask.astype(ms.float32).sum()
        return ops.ceil(n_valid * self.ratio).astype(ms.int32)

    def construct(self, x, node_mask):
        score = self.score_layer(x).squeeze(-1)
        score = score.masked_fill(~node_mask, -1e9)
        if self.min_score is not None:
            score = score.masked_fill(score < self.min_score, -1e9)
        k = self.num_keep(node_mask)
        top_score, perm = ops.topk(score, k)
        x = x[perm] * ops.tanh(top_score).unsqueeze(-1)
        return x, perm


def make():
    np.random.seed(9)
    x = np.random.randn(10, 8).astype(np.float32)
    node_mask = np.array([1, 1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=bool)
    return SAGPool(), (Tensor(x), Tensor(node_mask))
