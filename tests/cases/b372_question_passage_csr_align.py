# case: aggregate question-token evidence into passage tokens through a sparse CSR alignment matrix before the span head -> CSRTensor built and multiplied in construct; Graph mode may reject or accept
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignConfig:
    def __init__(self, hidden_size=8, passage_len=6, question_len=4, use_alignment=True):
        self.hidden_size = hidden_size
        self.passage_len = passage_len
        self.question_len = question_len
        self.use_alignment = use_alignment


class AlignedSpanReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_alignment = config.use_alignment
        self.shape = (config.passage_len, config.question_len)
        self.q_proj = nn.Dense(config.hidden_size, 1)
        self.span = nn.Dense(config.hidden_size, 2)

    def _align(self, indptr, indices, values, q_scores):
        csr = ms.CSRTensor(indptr, indices, values, self.shape)
        return csr.mv(q_scores)

    def construct(self, passage, question, indptr, indices, values):
        logits = self.span(passage)
        if self.use_alignment:
            q_scores = self.q_proj(question)
            bonus = self._align(indptr, indices, values, q_scores)
            logits = logits + bonus
        return logits[:, 0], logits[:, 1]


def make():
    np.random.seed(3731)
    passage = Tensor(np.random.randn(6, 8).astype(np.float32))
    question = Tensor(np.random.randn(4, 8).astype(np.float32))
    indptr = Tensor(np.array([0, 1, 2, 2, 4, 5, 6], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 2, 3, 3, 0], dtype=np.int32))
    values = Tensor(np.ones(6, dtype=np.float32))
    return AlignedSpanReader(AlignConfig()), (passage, question, indptr, indices, values)
