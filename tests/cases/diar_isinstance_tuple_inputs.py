# case: embedding extractor that accepts either a single feature tensor or a (feats, lengths) tuple, dispatching with isinstance, and builds a length mask from a fixed arange -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleExtractor(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=6):
        super().__init__()
        self.fc = nn.Dense(feat_dim, emb_dim)

    def _masked_mean(self, x, lengths):
        t = x.shape[1]
        steps = ops.arange(t).expand_dims(0)
        mask = (steps < lengths.expand_dims(-1)).astype(ms.float32)
        return (x * mask.expand_dims(-1)).sum(axis=1) / lengths.astype(ms.float32).expand_dims(-1)

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            feats, lengths = inputs
            return self._masked_mean(self.fc(feats), lengths)
        return self.fc(inputs).mean(axis=1)


def make():
    np.random.seed(34)
    feats = Tensor(np.random.randn(3, 12, 10).astype(np.float32))
    lengths = Tensor(np.array([12, 7, 9], dtype=np.int32))
    return FlexibleExtractor(), ((feats, lengths),)
