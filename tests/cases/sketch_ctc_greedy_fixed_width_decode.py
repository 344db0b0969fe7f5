# case: batched greedy CTC decode that marks repeats and blanks with -1 instead of removing them (fixed width) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedWidthCTCDecoder(nn.Cell):
    """Greedy CTC decoding whose output keeps the time dimension."""

    def __init__(self, blank=0, fill=-1):
        super().__init__()
        self.blank = blank
        self.fill = fill

    def previous(self, best):
        first = ops.full((best.shape[0], 1), self.fill, dtype=best.dtype)
        return ops.concat((first, best[:, :-1]), axis=1)

    def construct(self, logits, frame_mask):
        best = ops.argmax(logits, dim=-1).astype(ms.int32)
        keep = ops.logical_and(best != self.previous(best), best != self.blank)
        keep = ops.logical_and(keep, frame_mask)
        decoded = ops.where(keep, best, ops.full_like(best, self.fill))
        num_chars = keep.astype(ms.int32).sum(axis=1)
        return decoded, num_chars


def make():
    np.random.seed(28)
    logits = np.random.randn(2, 10, 6).astype(np.float32)
    fm = np.ones((2, 10), np.bool_)
    fm[1, 7:] = False
    return FixedWidthCTCDecoder(), (Tensor(logits), Tensor(fm))
