# case: beam search bookkeeping collects finished hypotheses (last token == EOS) with ops.masked_select on scores and a gather of their ids -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_ID = 2


class FinishedCollector(nn.Cell):
    def __init__(self, length_penalty=1.0):
        super().__init__()
        self.length_penalty = length_penalty

    def construct(self, seqs, scores):
        last = seqs[:, -1]
        is_done = last == EOS_ID
        norm = scores / (seqs.shape[1] ** self.length_penalty)
        done_scores = ops.masked_select(norm, is_done)
        done_rows = ops.masked_select(ops.arange(seqs.shape[0], dtype=ms.int32), is_done)
        done_seqs = ops.gather(seqs, done_rows, 0)
        return done_seqs, done_scores


def make():
    seqs = Tensor(np.array([[5, 3, 2], [4, 4, 7], [6, 1, 2], [3, 3, 3]], np.int32))
    return FinishedCollector(), (seqs, Tensor(np.random.randn(4).astype(np.float32)))
