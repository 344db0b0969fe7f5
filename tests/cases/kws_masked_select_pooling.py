# case: variable-length clips pooled by gathering valid frames with masked_select -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_to_mask(lengths, max_len):
    steps = ops.arange(max_len).expand_dims(0)
    return steps < lengths.expand_dims(1)


class ClipEmbeddingPool(nn.Cell):
    def __init__(self, feat_dim=20, emb_dim=16, num_classes=4):
        super().__init__()
        self.proj = nn.Dense(feat_dim, emb_dim)
        self.head = nn.Dense(emb_dim, num_classes)
        self.emb_dim = emb_dim

    def construct(self, feats, lengths):
        # feats: (B, T, F)
        b, t, _ = feats.shape
        h = ops.relu(self.proj(feats))
        mask = length_to_mask(lengths, t)
        mask3 = ops.broadcast_to(mask.expand_dims(-1), h.shape)
        valid = ops.masked_select(h, mask3)
        # global mean over all valid frames in the batch (used as a norm stat)
        valid = valid.reshape(-1, self.emb_dim)
        stat = valid.mean(axis=0)
        pooled = (h * mask3.astype(h.dtype)).sum(axis=1) / lengths.expand_dims(1).astype(h.dtype)
        return self.head(pooled - stat)


def make():
    np.random.seed(2)
    feats = np.random.randn(3, 12, 20).astype(np.float32)
    lengths = np.array([12, 7, 4], dtype=np.int32)
    return ClipEmbeddingPool(), (Tensor(feats), Tensor(lengths))
