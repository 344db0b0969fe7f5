# case: region filter prints an f-string with the kept-region count tensor for debugging before zeroing low-score boxes -> static (print of f-string) or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugRegionFilter(nn.Cell):
    def __init__(self, thresh=0.3, verbose=True):
        super().__init__()
        self.thresh = thresh
        self.verbose = verbose

    def construct(self, boxes, scores):
        keep = scores > self.thresh
        n_kept = keep.astype(ms.int32).sum()
        if self.verbose:
            print(f"kept {n_kept} of {scores.shape[0]} regions")
        return boxes * keep.astype(ms.float32).expand_dims(1)


def make():
    np.random.seed(16)
    boxes = Tensor(np.random.rand(10, 4).astype(np.float32) * 100)
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return DebugRegionFilter(), (boxes, scores)
