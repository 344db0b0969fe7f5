# case: encoder accepts optional lengths; a None guard builds an all-ones mask when lengths are absent -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedAttentionPool(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.query = nn.Dense(dim, 1, has_bias=False)

    def construct(self, h, mask):
        scores = self.query(h).squeeze(-1)
        scores = ops.masked_fill(scores, ops.logical_not(mask), -1e9)
        w = ops.softmax(scores, axis=-1)
        return (h * w.expand_dims(-1)).sum(axis=1)


class EventClassifier(nn.Cell):
    def __init__(self, feat_dim=12, n_events=5):
        super().__init__()
        self.pool = MaskedAttentionPool(feat_dim)
        self.fc = nn.Dense(feat_dim, n_events)

    def construct(self, feats, lengths=None):
        b, t, _ = feats.shape
        if lengths is None:
            mask = ops.ones((b, t), ms.bool_)
        else:
            mask = ops.arange(t).expand_dims(0) < lengths.expand_dims(1)
        return self.fc(self.pool(feats, mask))


def make():
    np.random.seed(29)
    feats = np.random.randn(2, 10, 12).astype(np.float32)
    return EventClassifier(), (Tensor(feats), None)
