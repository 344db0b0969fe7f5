# case: detector postprocess prints a formatted summary with the tensor count and max score in construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionSummary(nn.Cell):
    def __init__(self, score_thresh=0.4, verbose=True):
        super().__init__()
        self.score_thresh = score_thresh
        self.verbose = verbose

    def count_above(self, scores):
        return (scores > self.score_thresh).astype(ms.int32).sum()

    def construct(self, cls_logits, boxes):
        scores = ops.softmax(cls_logits, axis=-1)[:, 1:]
        best, labels = ops.max(scores, axis=-1)
        num = self.count_above(best)
        if self.verbose:
            print(f"[postprocess] kept {num} dets, best score {best.max().item():.3f}")
        keep = (best > self.score_thresh).astype(ms.float32)
        return boxes * keep.view(-1, 1), best * keep, labels + 1


def make():
    np.random.seed(22)
    logits = Tensor(np.random.randn(18, 4).astype(np.float32))
    boxes = Tensor(np.random.rand(18, 4).astype(np.float32) * 32)
    return DetectionSummary(), (logits, boxes)
