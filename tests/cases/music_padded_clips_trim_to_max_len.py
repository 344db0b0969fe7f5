# case: batch of variable-length clips trimmed to the longest real clip (lengths.max()) before the encoder -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipEncoder(nn.Cell):
    def __init__(self, n_feats=12, hidden=16):
        super().__init__()
        self.conv = nn.Conv1d(n_feats, hidden, 3, pad_mode="same")
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.conv(x))


class ClipTagger(nn.Cell):
    def __init__(self, n_feats=12, hidden=16, n_tags=5, trim=True):
        super().__init__()
        self.encoder = ClipEncoder(n_feats, hidden)
        self.head = nn.Dense(hidden, n_tags)
        self.trim = trim

    def make_mask(self, lengths, t):
        return (ops.arange(t).expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)

    def construct(self, feats, lengths):
        if self.trim:
            max_len = lengths.max()
            feats = feats[:, :, :max_len]
        t = feats.shape[-1]
        h = self.encoder(feats)
        mask = self.make_mask(lengths, t).expand_dims(1)
        pooled = (h * mask).sum(-1) / mask.sum(-1)
        return self.head(pooled)


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(3, 12, 40).astype(np.float32))
    lengths = Tensor(np.array([22, 30, 17], np.int32))
    return ClipTagger(), (feats, lengths)
