# case: grouping layer with Optional new_xyz (None -> group around every point) and features that may arrive as a list of tensors, concatenated under an isinstance guard -> static
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupConfig:
    def __init__(self, k=6, use_xyz=True, normalize_dp=False, radius=0.2):
        self.k = k
        self.use_xyz = use_xyz
        self.normalize_dp = normalize_dp
        self.radius = radius


class KNNGroup(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.k
        self.use_xyz = config.use_xyz
        self.normalize_dp = config.normalize_dp
        self.radius = config.radius

    def _index(self, points, idx):
        b, s, k = idx.shape
        c = points.shape[-1]
        return ops.gather_elements(points, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c))).reshape(b, s, k, c)

    def construct(self, xyz, features=None, new_xyz: Optional[Tensor] = None):
        if new_xyz is None:
            new_xyz = xyz
        if isinstance(features, (list, tuple)):
            features = ops.cat(features, axis=-1)
        d = (new_xyz.expand_dims(2) - xyz.expand_dims(1)).pow(2).sum(-1)
        idx = ops.topk(-d, self.k, dim=-1)[1]
        dp = self._index(xyz, idx) - new_xyz.expand_dims(2)
        if self.normalize_dp:
            dp = dp / self.radius
        if features is None:
            return dp
        grouped = self._index(features, idx)
        return ops.cat((dp, grouped), axis=-1) if self.use_xyz else grouped


class Wrapper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.group = KNNGroup(GroupConfig())

    def construct(self, xyz, normals, colors):
        return self.group(xyz, [normals, colors])


def make():
    np.random.seed(3519)
    xyz = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    normals = Tensor(np.random.randn(2, 32, 3).astype(np.float32))
    colors = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    return Wrapper(), (xyz, normals, colors)
