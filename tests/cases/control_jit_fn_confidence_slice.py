# case: @ms.jit post-processing keeps two or three detections depending on the max score
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def keep_confident(scores, boxes):
    order = ops.argsort(scores, descending=True)
    boxes = ops.gather(boxes, order, 0)
    if scores.max() > 0.5:
        out = boxes[:2]
    else:
        out = boxes[:3]
    return out


def make():
    scores = Tensor(np.array([0.2, 0.7, 0.4, 0.1], np.float32))
    boxes = Tensor(np.random.rand(4, 4).astype(np.float32))
    return keep_confident, (scores, boxes)
