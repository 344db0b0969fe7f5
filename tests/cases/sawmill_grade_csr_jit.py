# case: jit-compiled grading step stores the tile-to-zone membership as a CSRTensor and multiplies it with tile scores to get zone scores -> sparse CSR matmul in jit, expect error or limited support
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_ZONES, N_TILES = 4, 12


@ms.jit
def zone_scores(indptr, indices, values, tile_scores):
    membership = ms.CSRTensor(indptr, indices, values, (N_ZONES, N_TILES))
    per_zone = membership.mv(tile_scores)
    worst = per_zone.max()
    return per_zone, worst


def make():
    np.random.seed(3223)
    indptr = Tensor(np.array([0, 3, 6, 9, 12], np.int32))
    indices = Tensor(np.arange(12, dtype=np.int32))
    values = Tensor(np.full(12, 1.0 / 3, np.float32))
    scores = Tensor(np.random.rand(12, 1).astype(np.float32))
    return zone_scores, (indptr, indices, values, scores)
