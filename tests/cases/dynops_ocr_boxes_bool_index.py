# case: OCR text detector keeps boxes whose score beats a threshold using boolean-mask indexing boxes[keep]; expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxHead(nn.Cell):
    def __init__(self, in_ch=8):
        super().__init__()
        self.score = nn.Dense(in_ch, 1)
        self.reg = nn.Dense(in_ch, 4)

    def construct(self, feats):
        return ops.sigmoid(self.score(feats)).squeeze(-1), self.reg(feats)


class Net(nn.Cell):
    def __init__(self, score_thresh=0.5):
        super().__init__()
        self.head = BoxHead()
        self.score_thresh = score_thresh

    def construct(self, feats):
        scores, boxes = self.head(feats)
        keep = scores > self.score_thresh
        kept_boxes = boxes[keep]
        kept_scores = scores[keep]
        widths = kept_boxes[:, 2] - kept_boxes[:, 0]
        return (widths * kept_scores).sum()


def make():
    return Net(), (Tensor(np.random.randn(20, 8).astype(np.float32)),)
