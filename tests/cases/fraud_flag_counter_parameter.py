# case: keeps a running count of flagged transactions in a non-trainable Parameter updated with ops.assign_add -> side-effect on Parameter, fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StreamingFlagger(nn.Cell):
    def __init__(self, feat_dim=5, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.threshold = threshold
        self.n_flagged = Parameter(Tensor(np.zeros(1, dtype=np.float32)), name="n_flagged", requires_grad=False)
        self.n_seen = Parameter(Tensor(np.zeros(1, dtype=np.float32)), name="n_seen", requires_grad=False)

    def construct(self, feats):
        risk = ops.sigmoid(self.fc(feats)).squeeze(-1)
        flags = risk > self.threshold
        ops.assign_add(self.n_flagged, flags.astype(ms.float32).sum(keepdims=True))
        ops.assign_add(self.n_seen, ops.full((1,), feats.shape[0], dtype=ms.float32))
        rate = self.n_flagged / self.n_seen
        return flags, rate


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(14, 5).astype(np.float32))
    return StreamingFlagger(), (feats,)
