# case: scores test segments against enrolled speakers and logs each best score with an f-string of the tensor and print inside construct -> f-string formatting of a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggingScorer(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, seg_emb, enrolled):
        s = seg_emb / ops.norm(seg_emb, dim=-1, keepdim=True)
        e = enrolled / ops.norm(enrolled, dim=-1, keepdim=True)
        scores = ops.matmul(s, e.T)
        best = scores.max(axis=-1)
        if self.verbose:
            msg = f"best scores per segment: {best}"
            print(msg)
        return best


def make():
    np.random.seed(33)
    seg = Tensor(np.random.randn(4, 8).astype(np.float32))
    enrolled = Tensor(np.random.randn(3, 8).astype(np.float32))
    return LoggingScorer(), (seg, enrolled)
