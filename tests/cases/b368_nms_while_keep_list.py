# case: greedy BEV non-maximum suppression loops while unsuppressed boxes remain and appends kept indices to a Python list -> while on tensor values with a list grown per iteration should not compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bev_iou(box, boxes):
    # axis-aligned BEV IoU, boxes are (x, y, w, l)
    x1 = ops.maximum(box[0] - box[2] / 2, boxes[:, 0] - boxes[:, 2] / 2)
    y1 = ops.maximum(box[1] - box[3] / 2, boxes[:, 1] - boxes[:, 3] / 2)
    x2 = ops.minimum(box[0] + box[2] / 2, boxes[:, 0] + boxes[:, 2] / 2)
    y2 = ops.minimum(box[1] + box[3] / 2, boxes[:, 1] + boxes[:, 3] / 2)
    inter = ops.clamp(x2 - x1, min=0.0) * ops.clamp(y2 - y1, min=0.0)
    union = box[2] * box[3] + boxes[:, 2] * boxes[:, 3] - inter
    return inter / (union + 1e-6)


class NMSConfig:
    iou_thresh = 0.3
    pre_max_size = 32


class GreedyBEVNMS(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else NMSConfig()
        self.iou_thresh = config.iou_thresh
        self.pre_max_size = config.pre_max_size

    def construct(self, boxes, scores):
        scores, order = ops.topk(scores, self.pre_max_size)
        boxes = ops.gather(boxes, order, 0)
        suppressed = ops.zeros(self.pre_max_size, ms.float32)
        keep = []
        while suppressed.sum() < self.pre_max_size:
            idx = ops.argmax(scores * (1.0 - suppressed) - suppressed)
            keep.append(order[idx])
            iou = bev_iou(boxes[idx], boxes)
            suppressed = ops.maximum(suppressed, (iou > self.iou_thresh).astype(ms.float32))
            suppressed[idx] = 1.0
        return ops.stack(keep)


def make():
    np.random.seed(3683)
    xy = np.random.uniform(0, 20, (64, 2))
    wl = np.random.uniform(1.5, 4.5, (64, 2))
    boxes = Tensor(np.concatenate([xy, wl], axis=1).astype(np.float32))
    scores = Tensor(np.random.rand(64).astype(np.float32))
    return GreedyBEVNMS(), (boxes, scores)
