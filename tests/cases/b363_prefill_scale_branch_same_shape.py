# case: LM head applies logit soft-capping only when the batch max logit exceeds the cap, decided by an if on a tensor value, both branches keeping the logits shape -> tensor condition but same-shaped branches; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, hidden_size=16, vocab_size=30, final_logit_softcapping=4.0):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.final_logit_softcapping = final_logit_softcapping


class SoftcapLMHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size, has_bias=False)
        self.softcap = getattr(config, "final_logit_softcapping", None)

    def _cap(self, logits):
        if ops.abs(logits).max() > self.softcap:
            logits = ops.tanh(logits / self.softcap) * self.softcap
        else:
            logits = logits * 1.0
        return logits

    def construct(self, hidden_states):
        logits = self.lm_head(hidden_states)
        if self.softcap is not None:
            logits = self._cap(logits)
        return logits


def make():
    np.random.seed(3659)
    hidden = Tensor((np.random.randn(2, 3, 16) * 3).astype(np.float32))
    return SoftcapLMHead(ModelConfig()), (hidden,)
