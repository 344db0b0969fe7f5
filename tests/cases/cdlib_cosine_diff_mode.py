# case: feature differencing block selected by config (cosine by default) with an eps read through getattr and an optional projection layer left as None -> string/None config dispatch, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffBlockConfig:
    diff_mode = "cosine"
    channels = 8
    proj_channels = None


class FeatureDifference(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.diff_mode = config.diff_mode
        self.proj = None
        if config.proj_channels is not None:
            self.proj = nn.Conv2d(config.channels, config.proj_channels, 1)

    def _cosine_distance(self, a, b):
        eps = getattr(self, "eps", 1e-6)
        a = a / (ops.norm(a, dim=1, keepdim=True) + eps)
        b = b / (ops.norm(b, dim=1, keepdim=True) + eps)
        return 1.0 - (a * b).sum(axis=1, keepdims=True)

    def construct(self, feat_t1, feat_t2):
        if self.proj is not None:
            feat_t1, feat_t2 = self.proj(feat_t1), self.proj(feat_t2)
        if self.diff_mode == "abs":
            return ops.abs(feat_t1 - feat_t2)
        elif self.diff_mode == "concat":
            return ops.cat((feat_t1, feat_t2), axis=1)
        return self._cosine_distance(feat_t1, feat_t2)


def make():
    np.random.seed(38)
    a = Tensor(np.random.randn(2, 8, 10, 10).astype(np.float32))
    b = Tensor(np.random.randn(2, 8, 10, 10).astype(np.float32))
    return FeatureDifference(DiffBlockConfig()), (a, b)
