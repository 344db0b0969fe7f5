# case: motion stream uses adjacent frame differences x[:,1:]-x[:,:-1] padded back to T with a zero frame -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffMotionStream(nn.Cell):
    """Cheap optical-flow substitute: temporal gradient of features, fused with the appearance stream."""

    def __init__(self, feat_dim=12, fuse="sum", order=2):
        super().__init__()
        self.motion_proj = nn.Dense(feat_dim, feat_dim)
        self.fuse = fuse
        self.order = order

    def temporal_diff(self, x):
        for _ in range(self.order):
            d = x[:, 1:] - x[:, :-1]
            pad = ops.zeros_like(x[:, :1])
            x = ops.concat((pad, d), axis=1)
        return x

    def construct(self, feats):
        # feats: (B, T, C)
        motion = ops.relu(self.motion_proj(self.temporal_diff(feats)))
        if self.fuse == "concat":
            return ops.concat((feats, motion), axis=-1)
        return feats + motion


def make():
    np.random.seed(26)
    feats = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    return DiffMotionStream(), (feats,)
