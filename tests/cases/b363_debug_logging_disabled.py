# case: generation step whose logging mixin prints an f-string of tensor stats only when config.debug is set; debug defaults to False and nobody sets it -> print branch behind a constant False flag; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EngineConfig:
    def __init__(self, hidden_size=16, vocab_size=32, debug=False, temperature=0.7):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.debug = debug
        self.temperature = temperature


class LoggingMixin:
    def _log_step(self, step, logits):
        if self.debug:
            print(f"[decode] step={step} max_logit={logits.max()}")


class GreedyHead(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.vocab_size)
        self.debug = config.debug
        self.temperature = config.temperature

    def construct(self, hidden, step):
        logits = self.proj(hidden) / self.temperature
        self._log_step(step, logits)
        return ops.argmax(logits, dim=-1)


def make():
    np.random.seed(3652)
    hidden = Tensor(np.random.randn(2, 16).astype(np.float32))
    step = Tensor(7, ms.int32)
    return GreedyHead(EngineConfig()), (hidden, step)
