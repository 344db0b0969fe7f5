# case: generation step with config.debug left on logs an f-string containing tensor statistics via print inside construct before greedy selection -> print of an f-string built from tensors in construct; expect Graph mode to reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EngineConfig:
    def __init__(self, hidden_size=16, vocab_size=32, debug=True, temperature=1.0):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.debug = debug
        self.temperature = temperature


class LoggingMixin:
    def _log_step(self, step, logits):
        if getattr(self, "debug", False):
            print(f"[decode] step={step} max_logit={logits.max()} argmax={ops.argmax(logits, dim=-1)}")


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
    np.random.seed(3651)
    hidden = Tensor(np.random.randn(2, 16).astype(np.float32))
    step = Tensor(7, ms.int32)
    return GreedyHead(EngineConfig()), (hidden, step)
