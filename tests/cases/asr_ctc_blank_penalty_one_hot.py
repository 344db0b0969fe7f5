# case: CTC decoding-time blank penalty and temperature applied via one_hot and greedy argmax with padded output -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCPosteriorAdjust(nn.Cell):
    def __init__(self, vocab_size=12, blank_id=0, blank_penalty=2.0, temperature=1.5):
        super().__init__()
        self.vocab_size = vocab_size
        self.blank_id = blank_id
        self.blank_penalty = blank_penalty
        self.temperature = temperature

    def construct(self, logits):
        penalty = ops.one_hot(Tensor(self.blank_id, ms.int32), self.vocab_size,
                              Tensor(self.blank_penalty, ms.float32), Tensor(0.0, ms.float32))
        adjusted = (logits - penalty) / self.temperature
        return ops.log_softmax(adjusted, axis=-1)


class PenalisedGreedy(nn.Cell):
    def __init__(self, d_model=16, vocab_size=12, blank_penalty=2.0):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.adjust = CTCPosteriorAdjust(vocab_size, blank_penalty=blank_penalty)

    def construct(self, enc):
        log_probs = self.adjust(self.proj(enc))
        best_lp, best = log_probs.max(axis=-1, return_indices=True)
        emit = best != self.adjust.blank_id
        return ops.where(emit, best, ops.full_like(best, -1)), best_lp.sum(axis=-1)


def make():
    np.random.seed(31)
    enc = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return PenalisedGreedy(), (enc,)
