# case: proposal layer keeps as many top-scoring boxes as passed the score threshold, k = int(number of valid scores) -> top-k with k from tensor data should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalConfig:
    score_thr = 0.55
    nms_pre = 100
    use_sigmoid = True


class ProposalLayer(nn.Cell):
    def __init__(self, config=ProposalConfig):
        super().__init__()
        self.score_thr = config.score_thr
        self.nms_pre = config.nms_pre
        self.use_sigmoid = getattr(config, "use_sigmoid", True)

    def _scores(self, logits):
        if self.use_sigmoid:
            return ops.sigmoid(logits).max(axis=-1)
        return ops.softmax(logits, axis=-1)[:, 1:].max(axis=-1)

    def construct(self, cls_logits, box_preds):
        scores = self._scores(cls_logits)
        num_valid = (scores > self.score_thr).astype(ms.int32).sum()
        k = int(num_valid)
        top_scores, top_idx = ops.topk(scores, k)
        top_boxes = ops.gather(box_preds, top_idx, 0)
        return top_boxes, top_scores


def make():
    np.random.seed(3691)
    logits = Tensor(np.random.randn(120, 3).astype(np.float32))
    boxes = Tensor(np.random.randn(120, 7).astype(np.float32))
    return ProposalLayer(), (logits, boxes)
