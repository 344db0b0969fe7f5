# case: post-processor packs results into a plain Python Detections object built from tensors inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Detections:
    def __init__(self, boxes, scores, labels):
        self.boxes = boxes
        self.scores = scores
        self.labels = labels

    def scale(self, factor):
        self.boxes = self.boxes * factor
        return self


class RetinaPostProcess(nn.Cell):
    def __init__(self, num_classes=3, max_det=6, rescale=True):
        super().__init__()
        self.num_classes = num_classes
        self.max_det = max_det
        self.rescale = rescale

    def construct(self, cls_logits, boxes, scale_factor):
        scores = ops.sigmoid(cls_logits)
        flat = scores.reshape(-1)
        top_scores, top_idx = ops.topk(flat, self.max_det)
        anchor_idx = top_idx // self.num_classes
        labels = top_idx % self.num_classes
        dets = Detections(ops.gather(boxes, anchor_idx, 0), top_scores, labels)
        if self.rescale:
            dets = dets.scale(scale_factor)
        return dets.boxes, dets.scores, dets.labels


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(20, 3).astype(np.float32))
    boxes = Tensor(np.random.rand(20, 4).astype(np.float32) * 50)
    scale = Tensor(np.array([0.5], np.float32))
    return RetinaPostProcess(), (logits, boxes, scale)
