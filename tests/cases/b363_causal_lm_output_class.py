# case: causal-LM head returns a plain Python CausalLMOutput object built in construct because config.return_dict defaults to True -> custom class instance created and returned in construct; expect Graph mode to reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LMConfig:
    def __init__(self, vocab_size=64, hidden_size=32, return_dict=True, output_hidden_states=False):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class CausalLMOutput:
    def __init__(self, logits, hidden_states=None, past_key_values=None):
        self.logits = logits
        self.hidden_states = hidden_states
        self.past_key_values = past_key_values


class CausalLMHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size, has_bias=False)
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def _pack(self, logits, hidden, past):
        if not self.return_dict:
            outputs = (logits,) + ((hidden,) if self.output_hidden_states else ())
            return outputs + (past,) if past is not None else outputs
        return CausalLMOutput(logits=logits, hidden_states=hidden if self.output_hidden_states else None,
                              past_key_values=past)

    def construct(self, hidden_states, past_key_values=None):
        hidden = self.norm(hidden_states)
        logits = self.lm_head(hidden)
        return self._pack(logits, hidden, past_key_values)


def make():
    np.random.seed(3645)
    hidden = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    return CausalLMHead(LMConfig()), (hidden,)
