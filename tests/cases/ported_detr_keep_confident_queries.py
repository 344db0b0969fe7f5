# case: DETR-style post-processing keeps queries above a score threshold with nonzero + index_select -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetrPostProcess(nn.Cell):
    def __init__(self, hidden=16, num_classes=5, threshold=0.3):
        super().__init__()
        self.class_embed = nn.Dense(hidden, num_classes + 1)
        self.bbox_embed = nn.SequentialCell(
            nn.Dense(hidden, hidden), nn.ReLU(), nn.Dense(hidden, 4))
        self.threshold = threshold

    @staticmethod
    def box_cxcywh_to_xyxy(boxes):
        cx, cy, w, h = boxes.unbind(-1)
        return ops.stack([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], axis=-1)

    def construct(self, query_feats):
        # query_feats: (num_queries, hidden), single image
        logits = self.class_embed(query_feats)
        boxes = ops.sigmoid(self.bbox_embed(query_feats))
        probs = ops.softmax(logits, -1)[:, :-1]
        scores = ops.amax(probs, -1)
        labels = probs.argmax(-1)
        keep = ops.nonzero(scores > self.threshold).squeeze(-1)
        kept_boxes = self.box_cxcywh_to_xyxy(boxes).index_select(0, keep)
        kept_scores = scores.index_select(0, keep)
        kept_labels = labels.index_select(0, keep)
        return kept_boxes, kept_scores, kept_labels


def make():
    np.random.seed(2)
    feats = np.random.randn(8, 16).astype(np.float32) * 3
    return DetrPostProcess(threshold=0.4), (Tensor(feats),)
