# case: sliding-window attention mask built row by row in a while loop that runs up to the valid length read from the attention mask, rows appended to a list then stacked -> loop count from tensor data with a growing list; expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class WindowConfig:
    def __init__(self, sliding_window=4, max_seq_len=8):
        self.sliding_window = sliding_window
        self.max_seq_len = max_seq_len


class SlidingWindowMask(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.window = config.sliding_window
        self.max_len = config.max_seq_len
        self.cols = Tensor(np.arange(config.max_seq_len), ms.int32)

    def _row(self, i):
        allowed = ops.logical_and(self.cols <= i, self.cols > i - self.window)
        return ops.where(allowed, ops.zeros((self.max_len,), ms.float32), ops.full((self.max_len,), NEG_INF, dtype=ms.float32))

    def construct(self, attention_mask, scores):
        valid_len = attention_mask.sum()
        rows = []
        i = 0
        while i < valid_len:
            rows.append(self._row(i))
            i += 1
        mask = ops.stack(rows)
        return scores[:mask.shape[0]] + mask


def make():
    np.random.seed(3641)
    attention_mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0], np.int32))
    scores = Tensor(np.random.randn(8, 8).astype(np.float32))
    return SlidingWindowMask(WindowConfig()), (attention_mask, scores)
