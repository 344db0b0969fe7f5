# case: cut the predicted answer's token embeddings out of the passage with ops.narrow using start and length read from argmax -> narrow start/length converted from tensor data; Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnswerPoolerConfig:
    hidden_size = 16
    max_answer_length = 4


class AnswerPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length

    def _span(self, start_logits, end_logits):
        start = int(ops.argmax(start_logits))
        end = int(ops.argmax(end_logits))
        end = max(start, min(end, start + self.max_answer_length - 1))
        return start, end - start + 1

    def construct(self, passage):
        logits = self.qa(passage)
        start, length = self._span(logits[:, 0], logits[:, 1])
        answer = ops.narrow(passage, 0, start, length)
        return answer.mean(axis=0)


def make():
    np.random.seed(3738)
    passage = Tensor(np.random.randn(12, 16).astype(np.float32))
    return AnswerPooler(AnswerPoolerConfig()), (passage,)
