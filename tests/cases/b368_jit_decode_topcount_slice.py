# case: @ms.jit box decoder sorts scores and keeps the first num_pos decoded boxes where num_pos counts scores above threshold -> slicing with a count from tensor data inside jit should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THR = 0.4
BOX_CODE_SIZE = 7


def _decode(deltas, anchors):
    diag = ops.sqrt(anchors[:, 3] ** 2 + anchors[:, 4] ** 2)
    xy = deltas[:, :2] * diag[:, None] + anchors[:, :2]
    z = deltas[:, 2:3] * anchors[:, 5:6] + anchors[:, 2:3]
    size = ops.exp(deltas[:, 3:6]) * anchors[:, 3:6]
    rot = deltas[:, 6:7] + anchors[:, 6:7]
    return ops.concat((xy, z, size, rot), axis=1)


@ms.jit
def decode_and_keep(deltas, anchors, scores):
    boxes = _decode(deltas, anchors)
    order = ops.argsort(scores, descending=True)
    num_pos = (scores > SCORE_THR).astype(ms.int32).sum()
    keep = order[:num_pos]
    return ops.gather(boxes, keep, 0), ops.gather(scores, keep, 0)


def make():
    np.random.seed(3696)
    n = 64
    anchors = np.concatenate([np.random.uniform(0, 40, (n, 2)), np.full((n, 1), -1.0),
                              np.tile([[3.9, 1.6, 1.56]], (n, 1)), np.zeros((n, 1))], 1).astype(np.float32)
    deltas = (0.1 * np.random.randn(n, BOX_CODE_SIZE)).astype(np.float32)
    scores = np.random.rand(n).astype(np.float32)
    return decode_and_keep, (Tensor(deltas), Tensor(anchors), Tensor(scores))
