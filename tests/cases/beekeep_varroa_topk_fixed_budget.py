# case: refines a fixed budget of top-k mite candidates (k from the constructor) and masks those below threshold -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiteTopK(nn.Cell):
    """Refines the k most likely mite cells, counting only the confident ones."""

    def __init__(self, k=10, thr=0.7):
        super().__init__()
        self.k = k
        self.thr = thr
        self.refine = nn.Dense(1, 1)

    def construct(self, cell_probs):
        flat = cell_probs.reshape(cell_probs.shape[0], -1)
        vals, idx = ops.topk(flat, self.k)
        refined = ops.sigmoid(self.refine(vals.reshape(-1, 1))).reshape(vals.shape)
        keep = (vals > self.thr).astype(ms.float32)
        return idx, (refined * keep).sum(axis=1)


def make():
    np.random.seed(32)
    probs = np.random.rand(3, 8, 8).astype(np.float32)
    return MiteTopK(), (Tensor(probs),)
