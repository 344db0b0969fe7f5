# case: @ms.jit score filter gets kept indices with mint.nonzero(scores > thresh) then gathers boxes and scores; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

SCORE_THRESH = 0.5


@ms.jit
def filter_boxes(boxes, scores):
    idx = mint.nonzero(scores > SCORE_THRESH).reshape(-1)
    kept_boxes = mint.gather(boxes, 0, idx.reshape(-1, 1).tile((1, 4)))
    kept_scores = ops.gather(scores, idx, 0)
    return kept_boxes, kept_scores


def make():
    boxes = Tensor(np.random.rand(30, 4).astype(np.float32))
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return filter_boxes, (boxes, scores)
