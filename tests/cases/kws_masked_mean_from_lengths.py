# case: variable-length clips: padding mask built from lengths with arange comparison, masked mean and masked max pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len):
    """True at valid frames. lengths: (B,) -> (B, max_len)"""
    rng = ops.arange(0, max_len, 1, dtype=ms.int32)
    return rng.expand_dims(0) < lengths.expand_dims(-1)


class MeanMaxPool(nn.Cell):
    def __init__(self, neg_inf=-1e4):
        super().__init__()
        self.neg_inf = neg_inf

    def construct(self, h, lengths):
        mask = make_pad_mask(lengths, h.shape[1]).expand_dims(-1)
        maskf = mask.astype(h.dtype)
        mean = (h * maskf).sum(axis=1) / maskf.sum(axis=1).clip(1.0, None)
        mx = ops.where(mask, h, ops.full_like(h, self.neg_inf)).max(axis=1)
        return ops.concat((mean, mx), axis=-1)


class ClipTagger(nn.Cell):
    def __init__(self, feat_dim=10, hid=16, n_tags=4):
        super().__init__()
        self.enc = nn.Dense(feat_dim, hid, activation="relu")
        self.pool = MeanMaxPool()
        self.out = nn.Dense(2 * hid, n_tags)

    def construct(self, feats, lengths):
        return ops.sigmoid(self.out(self.pool(self.enc(feats), lengths)))


def make():
    np.random.seed(24)
    feats = np.random.randn(3, 14, 10).astype(np.float32)
    lengths = np.array([14, 9, 3], dtype=np.int32)
    return ClipTagger(), (Tensor(feats), Tensor(lengths))
