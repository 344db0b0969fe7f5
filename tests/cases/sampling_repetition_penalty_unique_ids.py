# case: repetition penalty de-duplicates previously generated ids with ops.unique before gathering and scattering penalised logits -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionPenalty(nn.Cell):
    def __init__(self, penalty=1.3):
        super().__init__()
        self.penalty = penalty

    def construct(self, logits, generated):
        seen, _ = ops.unique(generated)
        picked = ops.gather(logits, seen, 0)
        penalised = ops.where(picked > 0, picked / self.penalty, picked * self.penalty)
        return ops.tensor_scatter_update(logits, seen.reshape(-1, 1), penalised)


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(20).astype(np.float32))
    generated = Tensor(np.array([3, 7, 3, 11, 7, 0], dtype=np.int32))
    return RepetitionPenalty(), (logits, generated)
