# case: score threshold applied with ops.where (zeroing) then a fixed pre-NMS topk from config; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreNMSSelect(nn.Cell):
    def __init__(self, score_thresh=0.05, pre_nms_top_n=50):
        super().__init__()
        self.score_thresh = score_thresh
        self.pre_nms_top_n = pre_nms_top_n
        self.topk = ops.TopK(sorted=True)

    def construct(self, boxes, cls_logits):
        scores = ops.sigmoid(cls_logits)
        best = scores.max(axis=-1)
        labels = scores.argmax(axis=-1)
        best = ops.where(best > self.score_thresh, best, ops.zeros_like(best))
        n = min(self.pre_nms_top_n, best.shape[0])
        top_scores, idx = self.topk(best, n)
        top_boxes = ops.gather(boxes, idx, 0)
        top_labels = ops.gather(labels, idx, 0)
        valid = top_scores > 0
        return top_boxes, top_scores, top_labels, valid


def make():
    boxes = Tensor(np.random.rand(200, 4).astype(np.float32))
    logits = Tensor(np.random.randn(200, 8).astype(np.float32))
    return PreNMSSelect(), (boxes, logits)
