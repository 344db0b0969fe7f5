# case: optional yes/no/span answer-type head wrapped in try/except that falls back to span-only logits -> try statement in construct; Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ANSWER_TYPES = ("span", "yes", "no")


class CoQAConfig:
    def __init__(self, hidden_size=24, use_answer_type_head=True):
        self.hidden_size = hidden_size
        self.use_answer_type_head = use_answer_type_head


class CoQAHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.span = nn.Dense(config.hidden_size, 2)
        self.answer_type = nn.Dense(config.hidden_size, len(ANSWER_TYPES)) if config.use_answer_type_head else None

    def _type_logits(self, pooled):
        try:
            return self.answer_type(pooled)
        except TypeError:
            return ops.zeros((pooled.shape[0], len(ANSWER_TYPES)), ms.float32)

    def construct(self, sequence_output):
        logits = self.span(sequence_output)
        pooled = sequence_output[:, 0]
        type_logits = self._type_logits(pooled)
        return logits[..., 0], logits[..., 1], type_logits


def make():
    np.random.seed(3735)
    seq = Tensor(np.random.randn(3, 11, 24).astype(np.float32))
    return CoQAHead(CoQAConfig()), (seq,)
