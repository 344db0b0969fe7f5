# case: tracker step logs per-frame statistics with an f-string formatting float(tensor) values inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackerStep(nn.Cell):
    def __init__(self, match_thresh=0.5, verbose=True):
        super().__init__()
        self.match_thresh = match_thresh
        self.verbose = verbose

    def log(self, n_matched, mean_iou):
        msg = f"matched={int(n_matched)} mean_iou={float(mean_iou):.3f}"
        print(msg)

    def construct(self, iou):
        best_iou = iou.max(axis=1)
        matched = best_iou > self.match_thresh
        n_matched = matched.astype(ms.int32).sum()
        mean_iou = ops.where(matched, best_iou, ops.zeros_like(best_iou)).sum() / ops.maximum(n_matched, 1)
        if self.verbose:
            self.log(n_matched, mean_iou)
        return ops.argmax(iou, dim=1), matched


def make():
    np.random.seed(32)
    iou = Tensor(np.random.rand(4, 6).astype(np.float32))
    return TrackerStep(), (iou,)
