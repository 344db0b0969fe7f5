# case: attention pooling over padded gesture frames that masks padding and missing-hand frames with masked_fill(-1e9) before softmax -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedAttentionPool(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, feats, valid):
        # feats: (B, T, D), valid: (B, T) bool
        scores = self.score(feats).squeeze(-1)
        scores = ops.masked_fill(scores, ops.logical_not(valid), -1e9)
        attn = ops.softmax(scores, axis=-1)
        return (feats * attn.expand_dims(-1)).sum(axis=1)


class GestureAttnClassifier(nn.Cell):
    def __init__(self, in_dim=42, dim=32, num_classes=14, presence_thr=0.5):
        super().__init__()
        self.embed = nn.Dense(in_dim, dim)
        self.pool = MaskedAttentionPool(dim)
        self.head = nn.Dense(dim, num_classes)
        self.presence_thr = presence_thr

    def construct(self, keypoints, lengths, presence):
        b, t = keypoints.shape[0], keypoints.shape[1]
        x = ops.relu(self.embed(keypoints.reshape(b, t, -1)))
        steps = ops.arange(t).reshape(1, t)
        valid = ops.logical_and(steps < lengths.reshape(b, 1), presence > self.presence_thr)
        return self.head(self.pool(x, valid))


def make():
    np.random.seed(38)
    kp = Tensor(np.random.randn(3, 10, 21, 2).astype(np.float32))
    lengths = Tensor(np.array([10, 6, 8], dtype=np.int64))
    pres = Tensor(np.random.rand(3, 10).astype(np.float32))
    return GestureAttnClassifier(), (kp, lengths, pres)
