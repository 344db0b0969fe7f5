# case: HF-style repetition penalty using gather_elements and scatter over the full generated-id matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionPenaltyLogitsProcessor(nn.Cell):
    def __init__(self, penalty=1.2, presence_penalty=0.0):
        super().__init__()
        if penalty <= 0:
            raise ValueError("penalty must be positive")
        self.penalty = penalty
        self.presence_penalty = presence_penalty

    def construct(self, input_ids, scores):
        picked = ops.gather_elements(scores, 1, input_ids)
        picked = ops.where(picked < 0, picked * self.penalty, picked / self.penalty)
        if self.presence_penalty != 0.0:
            picked = picked - self.presence_penalty
        return ops.tensor_scatter_elements(scores, input_ids, picked, axis=1)


class PenalizedHead(nn.Cell):
    def __init__(self, hidden=8, vocab=20):
        super().__init__()
        self.head = nn.Dense(hidden, vocab)
        self.processor = RepetitionPenaltyLogitsProcessor()

    def construct(self, h, input_ids):
        return self.processor(input_ids, self.head(h))


def make():
    np.random.seed(38)
    h = Tensor(np.random.randn(2, 8).astype(np.float32))
    ids = Tensor(np.random.randint(0, 20, size=(2, 6)).astype(np.int32))
    return PenalizedHead(), (h, ids)
