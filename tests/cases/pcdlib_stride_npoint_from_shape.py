# case: strided downsampling where npoint = max(1, N // stride) is taken from xyz.shape and used to slice points and to size a topk -> static (shape-only value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownConfig:
    def __init__(self, stride=4, k=4, hidden=16):
        self.stride = stride
        self.k = k
        self.hidden = hidden


class StridedDown(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        self.stride = config.stride
        self.k = config.k
        self.mlp = nn.Dense(in_channels + 3, config.hidden)

    def _npoint(self, xyz):
        n = xyz.shape[1]
        return max(1, n // self.stride)

    def construct(self, xyz, feats):
        npoint = self._npoint(xyz)
        new_xyz = xyz[:, :npoint]
        d = (new_xyz.expand_dims(2) - xyz.expand_dims(1)).pow(2).sum(-1)
        k = min(self.k, xyz.shape[1])
        idx = ops.topk(-d, k, dim=-1)[1]
        b, c = feats.shape[0], feats.shape[-1] + 3
        pts = ops.cat((xyz, feats), axis=-1)
        grouped = ops.gather_elements(pts, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c))).reshape(b, npoint, k, c)
        h = ops.relu(self.mlp(grouped)).max(axis=2)
        return new_xyz, h


def make():
    np.random.seed(3500)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 64, 5).astype(np.float32))
    return StridedDown(DownConfig(), 5), (xyz, feats)
