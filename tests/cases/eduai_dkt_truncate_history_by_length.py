# case: deep knowledge tracing encoder slices each attempt history to a length read from a tensor -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttemptEmbedding(nn.Cell):
    def __init__(self, num_questions=20, dim=8):
        super().__init__()
        self.embed = nn.Embedding(num_questions * 2, dim)
        self.num_questions = num_questions

    def construct(self, qids, correct):
        tokens = qids + correct * self.num_questions
        return self.embed(tokens)


class TruncatedDKT(nn.Cell):
    def __init__(self, num_questions=20, dim=8):
        super().__init__()
        self.attempt_embed = AttemptEmbedding(num_questions, dim)
        self.proj = nn.Dense(dim, num_questions)
        self.sigmoid = nn.Sigmoid()

    def construct(self, qids, correct, history_len):
        x = self.attempt_embed(qids, correct)
        x = x[:, :history_len]
        summary = x.mean(axis=1)
        return self.sigmoid(self.proj(summary))


def make():
    np.random.seed(0)
    qids = Tensor(np.random.randint(0, 20, (4, 12)), ms.int32)
    correct = Tensor(np.random.randint(0, 2, (4, 12)), ms.int32)
    history_len = Tensor(7, ms.int32)
    return TruncatedDKT(), (qids, correct, history_len)
