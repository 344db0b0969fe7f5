# case: CenterPoint-style post-process applies per-class score thresholds and drops boxes with a boolean mask inside a filter helper -> boolean-mask indexing gives data-dependent shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_NAMES = ("Car", "Pedestrian", "Cyclist")


class PostProcessConfig:
    score_thresh = (0.3, 0.2, 0.25)
    post_center_range = (-50.0, -50.0, -5.0, 50.0, 50.0, 3.0)
    return_dict = False


class CenterHeadPostProcess(nn.Cell):
    def __init__(self, config, class_names=CLASS_NAMES):
        super().__init__()
        self.num_classes = len(class_names)
        self.score_thresh = Tensor(np.array(config.score_thresh, dtype=np.float32))
        self.return_dict = getattr(config, "return_dict", False)

    def _filter_by_score(self, boxes, scores, labels):
        thr = ops.gather(self.score_thresh, labels, 0)
        keep = scores > thr
        return boxes[keep], scores[keep], labels[keep]

    def construct(self, cls_logits, box_preds):
        probs = ops.sigmoid(cls_logits)
        scores = probs.max(axis=-1)
        labels = ops.argmax(probs, dim=-1).astype(ms.int32)
        if not self.training:
            box_preds, scores, labels = self._filter_by_score(box_preds, scores, labels)
        if self.return_dict:
            return {"boxes": box_preds, "scores": scores, "labels": labels}
        return box_preds, scores, labels


def make():
    np.random.seed(3682)
    net = CenterHeadPostProcess(PostProcessConfig())
    net.set_train(False)
    cls_logits = Tensor((np.random.randn(200, 3) - 1.5).astype(np.float32))
    box_preds = Tensor(np.random.randn(200, 7).astype(np.float32))
    return net, (cls_logits, box_preds)
