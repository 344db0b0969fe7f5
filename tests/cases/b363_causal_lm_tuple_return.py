# case: causal-LM head whose output-class branch is guarded by config.return_dict, which defaults to False and is never set, so the tuple path with flag-dependent length runs -> dead branch on a constant flag; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LMConfig:
    def __init__(self, vocab_size=64, hidden_size=32, return_dict=False, output_hidden_states=True):
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

    def construct(self, hidden_states, past_key_values=None):
        hidden = self.norm(hidden_states)
        logits = self.lm_head(hidden)
        if self.return_dict:
            return CausalLMOutput(logits=logits, hidden_states=hidden, past_key_values=past_key_values)
        outputs = (logits,) + (hidden,) if self.output_hidden_states else (logits,)
        if past_key_values is not None:
            outputs = outputs + (past_key_values,)
        return outputs


def make():
    np.random.seed(3646)
    hidden = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    return CausalLMHead(LMConfig()), (hidden,)
