# case: same output-class pattern but the model is configured with use_return_dict=False, so construct only builds the tuple and the output class branch is never taken -> static graph expected (constant-folded branch)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DocConfig:
    def __init__(self, hidden_size=32, num_labels=9, use_return_dict=False, output_attentions=False):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.use_return_dict = use_return_dict
        self.output_attentions = output_attentions


class BaseModelOutput:
    def __init__(self, last_hidden_state, attentions=None):
        self.last_hidden_state = last_hidden_state
        self.attentions = attentions


class DocEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.hidden_size, config.hidden_size)
        self.k = nn.Dense(config.hidden_size, config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)
        self.use_return_dict = config.use_return_dict
        self.output_attentions = config.output_attentions
        self.scale = config.hidden_size ** -0.5

    def construct(self, hidden_states):
        attn = ops.softmax(ops.matmul(self.q(hidden_states), self.k(hidden_states).swapaxes(1, 2)) * self.scale, axis=-1)
        h = self.out(ops.matmul(attn, hidden_states))
        if self.use_return_dict:
            return BaseModelOutput(h, attn if self.output_attentions else None)
        outputs = (h, attn) if self.output_attentions else (h,)
        return outputs


def make():
    np.random.seed(11)
    h = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return DocEncoder(DocConfig()), (h,)
