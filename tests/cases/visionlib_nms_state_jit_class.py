# case: greedy score-ordered suppression tracks its running state in an @ms.jit_class object created in construct and mutated inside a Python-range loop -> jit_class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SuppressState:
    def __init__(self, keep):
        self.keep = keep
        self.steps = 0


def box_iou_row(box, boxes):
    lt = ops.maximum(box[:2], boxes[:, :2])
    rb = ops.minimum(box[2:], boxes[:, 2:])
    wh = ops.clamp(rb - lt, 0.0)
    inter = wh[:, 0] * wh[:, 1]
    area = lambda b: (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return inter / (area(box) + area(boxes) - inter + 1e-6)


class SoftSuppress(nn.Cell):
    def __init__(self, num_iters=4, iou_thr=0.5):
        super().__init__()
        self.num_iters = num_iters
        self.iou_thr = iou_thr

    def construct(self, boxes, scores):
        state = SuppressState(ops.ones_like(scores))
        for i in range(self.num_iters):
            iou = box_iou_row(boxes[i], boxes)
            suppress = (iou > self.iou_thr).astype(scores.dtype) * (ops.arange(scores.shape[0]) > i).astype(scores.dtype)
            state.keep = state.keep * (1.0 - suppress * state.keep[i])
            state.steps = state.steps + 1
        return scores * state.keep


def make():
    np.random.seed(3371)
    xy = np.random.rand(12, 2) * 40
    boxes = Tensor(np.concatenate([xy, xy + 15], 1).astype(np.float32))
    scores = Tensor(np.sort(np.random.rand(12))[::-1].copy().astype(np.float32))
    return SoftSuppress(), (boxes, scores)
