# case: jit-compiled stroke keypoint selector keeps the k most salient pen points where k is the shortest real length in the batch -> top-k size from tensor values, expect Graph mode to refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def curvature_saliency(points):
    d1 = points[:, 1:-1] - points[:, :-2]
    d2 = points[:, 2:] - points[:, 1:-1]
    turn = (d2 - d1).abs().sum(axis=-1)
    return ops.pad(turn, (1, 1))


@ms.jit
def select_keypoints(points, lengths):
    saliency = curvature_saliency(points)
    k = int(lengths.min())
    _, idx = ops.topk(saliency, k)
    idx = ops.sort(idx.astype(ms.float32), axis=-1)[0].astype(ms.int32)
    return ops.gather_elements(points, 1, ops.tile(idx.expand_dims(-1), (1, 1, 2)))


def make():
    np.random.seed(3712)
    points = Tensor(np.cumsum(np.random.randn(3, 30, 2), axis=1).astype(np.float32))
    lengths = Tensor(np.array([30, 22, 11], dtype=np.int32))
    return select_keypoints, (points, lengths)
