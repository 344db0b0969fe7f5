# case: repetition penalty that first deduplicates the generated ids with ops.unique -> dynamic shape at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepetitionPenaltyProcessor(nn.Cell):
    def __init__(self, penalty=1.3):
        super().__init__()
        self.penalty = penalty

    def _seen_tokens(self, generated):
        uniq, _ = ops.unique(generated.reshape(-1))
        return uniq

    def construct(self, logits, generated):
        seen = self._seen_tokens(generated)
        picked = ops.gather(logits, seen, 1)
        picked = ops.where(picked > 0, picked / self.penalty, picked * self.penalty)
        idx = ops.broadcast_to(seen.expand_dims(0), (logits.shape[0], seen.shape[0]))
        return ops.tensor_scatter_elements(logits, idx, picked, axis=1)


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(1, 30).astype(np.float32))
    gen = Tensor(np.array([[4, 7, 4, 9, 7, 1]], dtype=np.int32))
    return RepetitionPenaltyProcessor(), (logits, gen)
