# case: greedy CTC decoding that marks repeats and blanks with -1 via a shifted comparison and ops.select, keeping the full length -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedGreedyDecoder(nn.Cell):
    def __init__(self, blank_id=0, pad_id=-1):
        super().__init__()
        self.blank_id = blank_id
        self.pad_id = pad_id

    def construct(self, log_probs):
        # log_probs: (B, T, V)
        best = ops.argmax(log_probs, dim=-1).astype(ms.int32)
        first = ops.full((best.shape[0], 1), -1, dtype=ms.int32)
        prev = ops.concat((first, best[:, :-1]), axis=1)
        keep = ops.logical_and(best != prev, best != self.blank_id)
        pad = ops.full(best.shape, self.pad_id, dtype=ms.int32)
        return ops.select(keep, best, pad), keep.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(33)
    lp = np.random.randn(2, 12, 7).astype(np.float32)
    return PaddedGreedyDecoder(), (Tensor(lp),)
