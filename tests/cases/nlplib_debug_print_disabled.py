# case: greedy decoding head with a debug hook that prints logits via .asnumpy() in an f-string, but config.debug defaults to False and is never switched on -> branch pruned at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, vocab_size=36, hidden_size=16, debug=False, logit_softcap=None):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.debug = debug
        self.logit_softcap = logit_softcap


class GreedyHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.vocab_size)
        self.debug = config.debug
        self.logit_softcap = config.logit_softcap

    def _log(self, logits):
        top = logits.asnumpy().argmax(-1)
        print(f"[generate] step argmax ids={top.tolist()}")

    def construct(self, last_hidden_state):
        logits = self.proj(last_hidden_state[:, -1, :])
        if self.logit_softcap is not None:
            logits = ops.tanh(logits / self.logit_softcap) * self.logit_softcap
        if self.debug:
            self._log(logits)
        return ops.argmax(logits, dim=-1), logits


def make():
    np.random.seed(3398)
    cfg = HeadConfig()
    h = Tensor(np.random.randn(2, 4, cfg.hidden_size).astype(np.float32))
    return GreedyHead(cfg), (h,)
