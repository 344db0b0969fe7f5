# case: varlen attention preprocessing unpads the batch by boolean-indexing hidden states with the attention mask before routing tokens to experts -> boolean mask indexing gives a data-dependent length, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarlenConfig:
    def __init__(self, hidden_size=32, num_experts=4, unpad_inputs=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.unpad_inputs = unpad_inputs


class UnpadMixin:
    def unpad_input(self, hidden_states, attention_mask):
        flat_mask = attention_mask.reshape(-1).astype(ms.bool_)
        flat_hidden = hidden_states.reshape(-1, hidden_states.shape[-1])
        return flat_hidden[flat_mask]


class VarlenMoERouter(nn.Cell, UnpadMixin):
    def __init__(self, config):
        super().__init__()
        self.unpad_inputs = config.unpad_inputs
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def construct(self, hidden_states, attention_mask=None):
        if self.unpad_inputs and attention_mask is not None:
            tokens = self.unpad_input(hidden_states, attention_mask)
        else:
            tokens = hidden_states.reshape(-1, hidden_states.shape[-1])
        logits = self.gate(tokens)
        probs = ops.softmax(logits, axis=-1)
        tokens_per_expert = probs.sum(axis=0)
        return logits, tokens_per_expert / tokens.shape[0]


def make():
    np.random.seed(22)
    router = VarlenMoERouter(VarlenConfig())
    x = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=np.int32))
    return router, (x, mask)
