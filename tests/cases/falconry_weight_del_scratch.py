# case: body-condition scorer computes a keel/weight ratio then frees the scratch tensors with del inside construct -> del statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BodyCondition(nn.Cell):
    def __init__(self, ref_weight_g=850.0):
        super().__init__()
        self.ref_weight_g = ref_weight_g
        self.head = nn.Dense(3, 1)

    def construct(self, weight_g, keel_score, crop_fill):
        ratio = weight_g / self.ref_weight_g
        feats = ops.stack([ratio, keel_score, crop_fill], axis=-1)
        del ratio
        score = ops.sigmoid(self.head(feats)).squeeze(-1)
        del feats
        return score


def make():
    np.random.seed(3205)
    w = (850 + np.random.randn(8) * 30).astype(np.float32)
    k = np.random.uniform(1, 5, 8).astype(np.float32)
    c = np.random.rand(8).astype(np.float32)
    return BodyCondition(), (Tensor(w), Tensor(k), Tensor(c))
