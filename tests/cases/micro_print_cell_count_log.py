# case: segmentation post-processing that logs the number of detected cells with an f-string print in construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountAndLog(nn.Cell):
    def __init__(self, prob_threshold=0.5, verbose=True):
        super().__init__()
        self.prob_threshold = prob_threshold
        self.verbose = verbose
        self.peak = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, logits):
        prob = ops.sigmoid(logits)
        fg = prob > self.prob_threshold
        centers = ops.logical_and(fg, prob == self.peak(prob))
        n_cells = centers.astype(ms.int32).sum()
        coverage = fg.astype(ms.float32).mean()
        if self.verbose:
            print(f"detected {n_cells} cells, foreground coverage {coverage}")
        return fg.astype(ms.float32), n_cells


def make():
    np.random.seed(18)
    logits = np.random.randn(1, 1, 16, 16).astype(np.float32)
    return CountAndLog(), (Tensor(logits),)
