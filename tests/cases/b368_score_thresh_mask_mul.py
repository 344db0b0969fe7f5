# case: per-class score thresholds gathered by predicted label zero out low scores by multiplying with a float mask and ops.where(cond, boxes, 0) before a fixed top-k -> masks by multiplication and 3-arg where keep static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_SCORE_THRESH = {"Car": 0.3, "Pedestrian": 0.2, "Cyclist": 0.25}


class PostConfig:
    def __init__(self, class_names=("Car", "Pedestrian", "Cyclist"), max_per_frame=30, output_labels=True):
        self.class_names = class_names
        self.max_per_frame = max_per_frame
        self.output_labels = output_labels


class ClassAwareScoreFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        thr = [CLASS_SCORE_THRESH[name] for name in config.class_names]
        self.score_thresh = Tensor(np.array(thr, dtype=np.float32))
        self.max_per_frame = config.max_per_frame
        self.output_labels = config.output_labels

    def _mask(self, scores, labels):
        thr = ops.gather(self.score_thresh, labels, 0)
        return (scores > thr).astype(scores.dtype)

    def construct(self, cls_logits, box_preds):
        probs = ops.sigmoid(cls_logits)
        scores = probs.max(axis=-1)
        labels = ops.argmax(probs, dim=-1).astype(ms.int32)
        mask = self._mask(scores, labels)
        scores = scores * mask
        box_preds = ops.where(mask[:, None] > 0, box_preds, ops.zeros_like(box_preds))
        top_scores, idx = ops.topk(scores, self.max_per_frame)
        outputs = (ops.gather(box_preds, idx, 0), top_scores)
        if self.output_labels:
            outputs = outputs + (ops.gather(labels, idx, 0),)
        return outputs


def make():
    np.random.seed(3703)
    logits = Tensor((np.random.randn(150, 3) - 1.0).astype(np.float32))
    boxes = Tensor(np.random.randn(150, 7).astype(np.float32))
    return ClassAwareScoreFilter(PostConfig()), (logits, boxes)
