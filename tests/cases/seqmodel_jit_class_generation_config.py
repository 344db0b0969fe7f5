# case: decoding head that reads sampling settings from a @ms.jit_class GenerationConfig held by the cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GenerationConfig:
    def __init__(self, temperature=0.7, repetition_penalty=1.2, eos_id=2, min_length=2):
        self.temperature = temperature
        self.repetition_penalty = repetition_penalty
        self.eos_id = eos_id
        self.min_length = min_length


class LogitsProcessor(nn.Cell):
    def __init__(self, hidden=8, vocab_size=10, config=None):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab_size)
        self.config = config if config is not None else GenerationConfig()

    def _penalise_repeats(self, logits, prev_tokens):
        seen = ops.zeros_like(logits)
        seen = ops.tensor_scatter_elements(seen, prev_tokens, ops.ones_like(prev_tokens).astype(ms.float32), axis=1)
        pen = self.config.repetition_penalty
        penalised = ops.where(logits > 0, logits / pen, logits * pen)
        return ops.where(seen > 0, penalised, logits)

    def construct(self, state, prev_tokens):
        logits = self.lm_head(state) / self.config.temperature
        logits = self._penalise_repeats(logits, prev_tokens)
        if prev_tokens.shape[1] < self.config.min_length:
            logits[:, self.config.eos_id] = -1e9
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(33)
    state = Tensor(np.random.randn(2, 8).astype(np.float32))
    prev = Tensor(np.array([[1], [4]], np.int32))
    return LogitsProcessor(), (state, prev)
