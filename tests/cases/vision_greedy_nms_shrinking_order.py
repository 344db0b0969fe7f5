# case: jit-compiled greedy NMS shrinks the candidate order each loop iteration with nonzero on the IoU test -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _iou_one_to_many(box, boxes):
    x1 = ops.maximum(box[0], boxes[:, 0])
    y1 = ops.maximum(box[1], boxes[:, 1])
    x2 = ops.minimum(box[2], boxes[:, 2])
    y2 = ops.minimum(box[3], boxes[:, 3])
    inter = ops.clamp(x2 - x1, min=0.0) * ops.clamp(y2 - y1, min=0.0)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    area0 = (box[2] - box[0]) * (box[3] - box[1])
    return inter / (area0 + area - inter)


@ms.jit
def greedy_nms(boxes, scores, max_out=5, iou_thresh=0.5):
    _, order = ops.sort(scores, descending=True)
    keep = []
    for _ in range(max_out):
        cur = order[0]
        keep.append(cur)
        ious = _iou_one_to_many(boxes[cur], boxes[order])
        rest = ops.nonzero(ious <= iou_thresh).reshape(-1)
        order = order[rest]
    return ops.stack(keep)


def make():
    np.random.seed(21)
    xy = np.random.rand(30, 2).astype(np.float32) * 10
    boxes = Tensor(np.concatenate([xy, xy + 4], axis=1))
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return greedy_nms, (boxes, scores)
