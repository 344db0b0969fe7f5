# case: trims padded frame predictions to the clip's valid length given as a scalar tensor (probs[:n]) before max pooling -> Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedMaxPool(nn.Cell):
    def __init__(self, in_dim=10, n_classes=5):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, feats, n_valid):
        # feats: (frames, in_dim), n_valid: scalar int tensor
        probs = ops.sigmoid(self.fc(feats))
        valid = probs[:n_valid]
        clip = valid.max(axis=0)
        return clip, valid


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(32, 10).astype(np.float32))
    n_valid = Tensor(21, ms.int32)
    return TrimmedMaxPool(), (feats, n_valid)
