# case: HF-style batched repetition penalty gathers logits at generated ids and scatters the penalised values back with tensor_scatter_elements -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionPenaltyProcessor(nn.Cell):
    def __init__(self, penalty=1.2):
        super().__init__()
        if penalty <= 0:
            raise ValueError("penalty must be positive")
        self.penalty = penalty

    def _penalise(self, score):
        return ops.where(score < 0, score * self.penalty, score / self.penalty)

    def construct(self, input_ids, scores):
        score = ops.gather_elements(scores, 1, input_ids)
        score = self._penalise(score)
        return ops.tensor_scatter_elements(scores, input_ids, score, axis=1)


def make():
    np.random.seed(7)
    ids = Tensor(np.random.randint(0, 30, size=(2, 6)).astype(np.int32))
    scores = Tensor(np.random.randn(2, 30).astype(np.float32))
    return RepetitionPenaltyProcessor(penalty=1.5), (ids, scores)
