# case: @ms.jit k-NN grouping function with module-level NSAMPLE and a keyword flag for relative coordinates, normalised by the radius constant -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NSAMPLE = 8
RADIUS = 0.25


def knn_index(query, ref, k):
    d = (query.expand_dims(2) - ref.expand_dims(1)).pow(2).sum(-1)
    return ops.topk(-d, k, dim=-1)[1]


def group(points, idx):
    b, s, k = idx.shape
    c = points.shape[-1]
    out = ops.gather_elements(points, 1, ops.tile(idx.reshape(b, s * k, 1), (1, 1, c)))
    return out.reshape(b, s, k, c)


@ms.jit
def group_neighbours(xyz, new_xyz, feats, relative=True):
    idx = knn_index(new_xyz, xyz, NSAMPLE)
    g_xyz = group(xyz, idx)
    if relative:
        g_xyz = (g_xyz - new_xyz.expand_dims(2)) / RADIUS
    g_feat = group(feats, idx)
    return ops.cat((g_xyz, g_feat), axis=-1)


def make():
    np.random.seed(3509)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    new_xyz = Tensor(np.random.rand(2, 16, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 64, 5).astype(np.float32))
    return group_neighbours, (xyz, new_xyz, feats)
