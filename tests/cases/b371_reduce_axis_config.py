# case: multitrack pooling takes the track axis and the pooling kind from a config object (Python ints/strings) and reduces over it via a base-class helper -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MultiTrackPoolConfig:
    def __init__(self, d_model=8, track_axis=1, pool="max", keep_dims=False):
        self.d_model = d_model
        self.track_axis = track_axis
        self.pool = pool
        self.keep_dims = keep_dims

class PoolingBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.axis = config.track_axis
        self.pool = config.pool
        self.keep_dims = getattr(config, "keep_dims", False)

    def reduce(self, x):
        if self.pool == "mean":
            return x.mean(axis=self.axis, keep_dims=self.keep_dims)
        return x.max(axis=self.axis, keepdims=self.keep_dims)

class TrackMaxPooler(PoolingBase):
    def __init__(self, config):
        super().__init__(config)
        self.proj = nn.Dense(config.d_model, config.d_model)

    def construct(self, x, track_mask=None):
        if track_mask is not None:
            x = x * track_mask.expand_dims(-1) + (1.0 - track_mask.expand_dims(-1)) * -1e4
        return self.proj(self.reduce(x))

def make():
    np.random.seed(3744)
    pooler = TrackMaxPooler(MultiTrackPoolConfig())
    x = Tensor(np.random.randn(2, 4, 10, 8).astype(np.float32))
    mask = Tensor((np.random.rand(2, 4, 10) > 0.2).astype(np.float32))
    return pooler, (x, mask)
