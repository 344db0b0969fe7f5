# case: proposal layer takes k = min(nms_pre, number of anchors) from scores.shape before top-k, so small feature maps still work -> k derived from a static shape should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalConfig:
    def __init__(self, nms_pre=256, use_sigmoid=True, score_offset=0.0):
        self.nms_pre = nms_pre
        self.use_sigmoid = use_sigmoid
        self.score_offset = score_offset


class RPNProposalLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.nms_pre = config.nms_pre
        self.use_sigmoid = config.use_sigmoid
        self.score_offset = config.score_offset

    def _scores(self, logits):
        probs = ops.sigmoid(logits) if self.use_sigmoid else ops.softmax(logits, axis=-1)
        return probs.max(axis=-1) + self.score_offset

    def construct(self, cls_logits, box_preds):
        cls_logits = cls_logits.reshape(-1, cls_logits.shape[-1])
        box_preds = box_preds.reshape(-1, box_preds.shape[-1])
        scores = self._scores(cls_logits)
        k = min(self.nms_pre, scores.shape[0])
        top_scores, idx = ops.topk(scores, k)
        return ops.gather(box_preds, idx, 0), top_scores


def make():
    np.random.seed(3712)
    logits = Tensor(np.random.randn(1, 10, 10, 3).astype(np.float32))
    boxes = Tensor(np.random.randn(1, 10, 10, 7).astype(np.float32))
    return RPNProposalLayer(ProposalConfig()), (logits, boxes)
