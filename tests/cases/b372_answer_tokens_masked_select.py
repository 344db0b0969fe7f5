# case: extract predicted answer token ids between argmax start and end positions with masked_select -> output length depends on predicted span; Graph mode should go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional

MAX_ANSWER_LENGTH = 6


class AnswerExtractor(nn.Cell):
    def __init__(self, max_answer_length: Optional[int] = None):
        super().__init__()
        self.max_answer_length = MAX_ANSWER_LENGTH if max_answer_length is None else max_answer_length

    def _positions(self, input_ids):
        seq_len = input_ids.shape[-1]
        return ops.arange(seq_len, dtype=ms.int32).expand_dims(0)

    def construct(self, input_ids, start_logits, end_logits):
        start = ops.argmax(start_logits, dim=-1, keepdim=True).astype(ms.int32)
        end = ops.argmax(end_logits, dim=-1, keepdim=True).astype(ms.int32)
        end = ops.minimum(end, start + self.max_answer_length - 1)
        pos = self._positions(input_ids)
        in_span = ops.logical_and(pos >= start, pos <= end)
        answer_ids = ops.masked_select(input_ids, in_span)
        return answer_ids, start, end


def make():
    np.random.seed(3723)
    ids = Tensor(np.random.randint(100, 2000, size=(1, 20)).astype(np.int32))
    s = np.random.randn(1, 20).astype(np.float32)
    e = np.random.randn(1, 20).astype(np.float32)
    s[0, 5] = 5.0
    e[0, 8] = 5.0
    return AnswerExtractor(), (ids, Tensor(s), Tensor(e))
