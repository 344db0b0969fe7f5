# case: batched repetition/frequency penalty gathers logits at the fixed-length history with gather_elements and scatters them back, frequency counts via one_hot sum -> duplicate ids handled without unique; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenaltyConfig:
    def __init__(self, repetition_penalty=1.2, frequency_penalty=0.1, vocab_size=40, use_frequency=True):
        self.repetition_penalty = repetition_penalty
        self.frequency_penalty = frequency_penalty
        self.vocab_size = vocab_size
        self.use_frequency = use_frequency


class PenaltyProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.penalty = config.repetition_penalty
        self.freq = config.frequency_penalty
        self.vocab_size = config.vocab_size
        self.use_frequency = getattr(config, "use_frequency", False)

    def _repetition(self, logits, history):
        scores = ops.gather_elements(logits, 1, history)
        scores = ops.where(scores < 0, scores * self.penalty, scores / self.penalty)
        return ops.tensor_scatter_elements(logits, history, scores, axis=1)

    def _frequency(self, logits, history):
        counts = ops.one_hot(history, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=1)
        return logits - self.freq * counts

    def construct(self, logits, history):
        logits = self._repetition(logits, history)
        if self.use_frequency:
            logits = self._frequency(logits, history)
        return logits


def make():
    np.random.seed(3640)
    logits = Tensor(np.random.randn(2, 40).astype(np.float32))
    history = Tensor(np.random.randint(0, 40, size=(2, 6)).astype(np.int32))
    return PenaltyProcessor(PenaltyConfig()), (logits, history)
