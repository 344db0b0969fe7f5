# case: CTC greedy decoding kept at fixed length by marking repeats and blanks with a shifted comparison and padding them with -1 -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthCTCDecoder(nn.Cell):
    def __init__(self, blank=0, pad_id=-1):
        super().__init__()
        self.blank = blank
        self.pad_id = pad_id

    def construct(self, log_probs):
        # log_probs: (B, T, C)
        best = ops.argmax(log_probs, dim=-1).astype(ms.int32)
        first = ops.full((best.shape[0], 1), -1, dtype=ms.int32)
        prev = ops.concat((first, best[:, :-1]), axis=1)
        keep = ops.logical_and(best != prev, best != self.blank)
        pad = ops.full_like(best, self.pad_id)
        tokens = ops.where(keep, best, pad)
        n_tokens = keep.astype(ms.int32).sum(axis=1)
        return tokens, n_tokens


def make():
    np.random.seed(7)
    lp = np.log(np.random.dirichlet(np.ones(5), size=(3, 14)).astype(np.float32))
    return FixedLengthCTCDecoder(), (Tensor(lp),)
