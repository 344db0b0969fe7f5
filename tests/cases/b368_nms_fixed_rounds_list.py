# case: fixed-budget BEV NMS runs max_out rounds over range(python int), picks the best unsuppressed box each round into a list and suppresses overlaps by mask multiplication -> unrolled loop with fixed-length list should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_bev_iou(box, boxes):
    x1 = ops.maximum(box[0] - box[2] / 2, boxes[:, 0] - boxes[:, 2] / 2)
    y1 = ops.maximum(box[1] - box[3] / 2, boxes[:, 1] - boxes[:, 3] / 2)
    x2 = ops.minimum(box[0] + box[2] / 2, boxes[:, 0] + boxes[:, 2] / 2)
    y2 = ops.minimum(box[1] + box[3] / 2, boxes[:, 1] + boxes[:, 3] / 2)
    inter = ops.relu(x2 - x1) * ops.relu(y2 - y1)
    return inter / (box[2] * box[3] + boxes[:, 2] * boxes[:, 3] - inter + 1e-6)


class NMSConfig:
    def __init__(self, iou_thresh=0.2, max_out=8, use_rotate_nms=False):
        self.iou_thresh = iou_thresh
        self.max_out = max_out
        self.use_rotate_nms = use_rotate_nms


class FixedBudgetNMS(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else NMSConfig()
        self.iou_thresh = config.iou_thresh
        self.max_out = config.max_out

    def construct(self, boxes, scores):
        alive = ops.ones_like(scores)
        keep, keep_scores = [], []
        for _ in range(self.max_out):
            masked = scores * alive
            idx = ops.argmax(masked)
            keep.append(idx)
            keep_scores.append(masked[idx])
            overlap = pairwise_bev_iou(boxes[idx], boxes) > self.iou_thresh
            alive = alive * (1.0 - overlap.astype(alive.dtype))
        return ops.stack(keep), ops.stack(keep_scores)


def make():
    np.random.seed(3704)
    xy = np.random.uniform(0, 20, (48, 2))
    wl = np.random.uniform(1.5, 4.5, (48, 2))
    boxes = Tensor(np.concatenate([xy, wl], 1).astype(np.float32))
    scores = Tensor(np.random.rand(48).astype(np.float32))
    return FixedBudgetNMS(), (boxes, scores)
