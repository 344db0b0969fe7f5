# case: keeps the top-k mite detections on a sticky board where k is the tensor count of cells above threshold -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiteTopK(nn.Cell):
    """Refines only as many candidate mites as the coarse detector found."""

    def __init__(self, thr=0.7):
        super().__init__()
        self.thr = thr
        self.refine = nn.Dense(1, 1)

    def construct(self, cell_probs):
        flat = cell_probs.reshape(-1)
        k = (flat > self.thr).astype(ms.int32).sum()
        vals, idx = ops.topk(flat, k)
        refined = ops.sigmoid(self.refine(vals.reshape(-1, 1)))
        return idx, refined.sum()


def make():
    np.random.seed(31)
    probs = np.random.rand(8, 8).astype(np.float32)
    return MiteTopK(), (Tensor(probs),)
