# case: mask out span logits of tokens whose character offsets fall outside the context window, using ops.where with a fill value -> elementwise masking with three-argument where; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional

NEG_INF = -1e4


class OffsetMaskConfig:
    def __init__(self, hidden_size=16, mask_question_tokens=True):
        self.hidden_size = hidden_size
        self.mask_question_tokens = mask_question_tokens


class OffsetMaskedHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.mask_question_tokens = config.mask_question_tokens

    def _context_mask(self, offsets, context_span: Optional[Tensor] = None):
        if context_span is None:
            return ops.ones(offsets.shape[:-1], ms.bool_)
        ctx_start = context_span[:, 0:1]
        ctx_end = context_span[:, 1:2]
        return ops.logical_and(offsets[..., 0] >= ctx_start, offsets[..., 1] <= ctx_end)

    def construct(self, hidden, offsets, context_span=None):
        logits = self.qa(hidden)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        if self.mask_question_tokens:
            mask = self._context_mask(offsets, context_span)
            fill = ops.full_like(start_logits, NEG_INF)
            start_logits = ops.where(mask, start_logits, fill)
            end_logits = ops.where(mask, end_logits, fill)
        return start_logits, end_logits


def make():
    np.random.seed(3742)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    starts = np.cumsum(np.random.randint(1, 6, size=(2, 10)), axis=1).astype(np.int32)
    offsets = np.stack([starts, starts + 3], axis=-1).astype(np.int32)
    span = np.array([[10, 40], [5, 30]], dtype=np.int32)
    return OffsetMaskedHead(OffsetMaskConfig()), (hidden, Tensor(offsets), Tensor(span))
