# case: CTC-style greedy tagger head that collapses repeated frame labels and drops blanks -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CtcGreedyHead(nn.Cell):
    def __init__(self, hidden=8, num_labels=6, blank_id=0):
        super().__init__()
        self.proj = nn.Dense(hidden, num_labels)
        self.blank_id = blank_id

    def _frame_labels(self, frames):
        logits = self.proj(frames)
        return ops.argmax(logits, dim=-1).astype(ms.int32), ops.log_softmax(logits, axis=-1)

    def construct(self, frames):
        # frames: (T, H) for one utterance
        labels, logp = self._frame_labels(frames)
        collapsed = ops.unique_consecutive(labels)
        keep = collapsed != self.blank_id
        tokens = ops.masked_select(collapsed, keep)
        confidence = logp.max(axis=-1).mean()
        return tokens, confidence


def make():
    np.random.seed(18)
    return CtcGreedyHead(), (Tensor(np.random.randn(12, 8).astype(np.float32)),)
