# case: CTC greedy label decoder collapses repeats and drops blanks by gathering the positions returned by ops.nonzero -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_INDEX = 0


def _shift_right(idx, fill):
    pad = ops.full((idx.shape[0], 1), fill, dtype=idx.dtype)
    return ops.concat((pad, idx[:, :-1]), axis=1)


class CTCLabelDecode(nn.Cell):
    def __init__(self, num_classes, blank=BLANK_INDEX, return_scores=True):
        super().__init__()
        self.num_classes = num_classes
        self.blank = blank
        self.return_scores = return_scores

    def _keep_mask(self, idx):
        prev = _shift_right(idx, -1)
        return ops.logical_and(idx != self.blank, idx != prev)

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        idx = ops.argmax(probs, dim=-1)
        conf = probs.max(axis=-1)
        keep = self._keep_mask(idx)
        pos = ops.nonzero(keep[0])
        chars = ops.gather_nd(idx[0], pos)
        if self.return_scores:
            scores = ops.gather_nd(conf[0], pos)
            return chars, scores.mean()
        return chars


def make():
    np.random.seed(5)
    logits = Tensor(np.random.randn(1, 26, 37).astype(np.float32))
    return CTCLabelDecode(37), (logits,)
