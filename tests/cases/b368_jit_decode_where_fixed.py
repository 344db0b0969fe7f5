# case: @ms.jit box decoder zeroes boxes below the score threshold with 3-arg ops.where and keeps a fixed top-k -> fixed shapes and masks by where should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_THR = 0.4
MAX_KEEP = 16


def _decode(deltas, anchors):
    diag = ops.sqrt(anchors[:, 3] ** 2 + anchors[:, 4] ** 2)
    xy = deltas[:, :2] * diag[:, None] + anchors[:, :2]
    z = deltas[:, 2:3] * anchors[:, 5:6] + anchors[:, 2:3]
    size = ops.exp(deltas[:, 3:6]) * anchors[:, 3:6]
    rot = deltas[:, 6:7] + anchors[:, 6:7]
    return ops.concat((xy, z, size, rot), axis=1)


@ms.jit
def decode_and_pad(deltas, anchors, scores):
    boxes = _decode(deltas, anchors)
    valid = scores > SCORE_THR
    scores = ops.where(valid, scores, ops.zeros_like(scores))
    boxes = ops.where(valid[:, None], boxes, ops.zeros_like(boxes))
    top_scores, idx = ops.topk(scores, MAX_KEEP)
    return ops.gather(boxes, idx, 0), top_scores


def make():
    np.random.seed(3717)
    n = 64
    anchors = np.concatenate([np.random.uniform(0, 40, (n, 2)), np.full((n, 1), -1.0),
                              np.tile([[3.9, 1.6, 1.56]], (n, 1)), np.zeros((n, 1))], 1).astype(np.float32)
    deltas = (0.1 * np.random.randn(n, 7)).astype(np.float32)
    scores = np.random.rand(n).astype(np.float32)
    return decode_and_pad, (Tensor(deltas), Tensor(anchors), Tensor(scores))
