# case: open-set head appends an "unknown" logit column only when some sample falls under the threshold -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineHead(nn.Cell):
    def __init__(self, feat_dim=8, n_known=4, scale=10.0):
        super().__init__()
        self.proj = nn.Dense(feat_dim, n_known, has_bias=False)
        self.scale = scale

    def construct(self, feats):
        feats = feats / (ops.norm(feats, dim=-1, keepdim=True) + 1e-6)
        return self.scale * self.proj(feats)


class OpenMaxLite(nn.Cell):
    def __init__(self, feat_dim=8, n_known=4, threshold=0.5):
        super().__init__()
        self.head = CosineHead(feat_dim, n_known)
        self.threshold = threshold

    def construct(self, feats):
        logits = self.head(feats)
        max_prob = ops.softmax(logits, axis=-1).max(axis=-1)
        if (max_prob < self.threshold).any():
            unknown = ops.log(1.0 - max_prob + 1e-6).expand_dims(-1)
            logits = ops.concat((logits, unknown), axis=-1)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return OpenMaxLite(), (feats,)
