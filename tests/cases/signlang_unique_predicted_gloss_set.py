# case: counts distinct glosses predicted across a clip with ops.unique -> unique output has data-dependent size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlossDiversity(nn.Cell):
    def __init__(self, feat_dim=16, vocab=8):
        super().__init__()
        self.cls = nn.Dense(feat_dim, vocab)

    def construct(self, frame_feats):
        # frame_feats: (T, 16)
        pred = self.cls(frame_feats).argmax(axis=-1)
        uniq, _ = ops.unique(pred)
        return uniq.shape[0], uniq


def make():
    np.random.seed(16)
    return GlossDiversity(), (Tensor(np.random.randn(12, 16).astype(np.float32)),)
