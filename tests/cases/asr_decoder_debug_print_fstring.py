# case: CTC head that logs the per-utterance confidence with an f-string print in construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseCTCHead(nn.Cell):
    def __init__(self, d_model=16, vocab_size=10, verbose=True, temperature=1.0):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.verbose = verbose
        self.temperature = temperature

    def confidence(self, log_probs):
        return ops.exp(log_probs.max(axis=-1)).mean(axis=-1)

    def construct(self, enc):
        logits = self.proj(enc) / self.temperature
        log_probs = ops.log_softmax(logits, axis=-1)
        conf = self.confidence(log_probs)
        if self.verbose:
            best = ops.argmax(log_probs, dim=-1)
            print(f"ctc head: conf={conf} best={best[0, :5]}")
        return log_probs, conf


def make():
    np.random.seed(23)
    enc = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return VerboseCTCHead(), (enc,)
