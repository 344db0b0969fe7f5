# case: encoder whose layers take **kwargs and the wrapper forwards attention_mask / output_attentions as keyword arguments through a base-class helper to each layer of an nn.CellList -> keyword forwarding with constant flags, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    hidden_size = 16
    num_layers = 2
    output_attentions = False


class BaseLayer(nn.Cell):
    def _attend(self, x, attention_mask=None):
        scores = ops.matmul(x, x.swapaxes(-1, -2)) / (x.shape[-1] ** 0.5)
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask[:, None, :]) * -1e4
        return ops.softmax(scores, axis=-1)


class EncoderLayer(BaseLayer):
    def __init__(self, hidden_size):
        super().__init__()
        self.out = nn.Dense(hidden_size, hidden_size)

    def construct(self, hidden_states, *args, **kwargs):
        output_attentions = kwargs.get("output_attentions", False)
        probs = self._attend(hidden_states, attention_mask=kwargs.get("attention_mask", None))
        hidden_states = hidden_states + self.out(ops.matmul(probs, hidden_states))
        return (hidden_states, probs) if output_attentions else (hidden_states,)


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.layers = nn.CellList([EncoderLayer(config.hidden_size) for _ in range(config.num_layers)])

    def _run_layer(self, layer, hidden_states, **kwargs):
        return layer(hidden_states, **kwargs)

    def construct(self, hidden_states, attention_mask=None):
        for layer in self.layers:
            outputs = self._run_layer(layer, hidden_states, attention_mask=attention_mask,
                                      output_attentions=self.output_attentions)
            hidden_states = outputs[0]
        return hidden_states


def make():
    np.random.seed(66)
    enc = Encoder(Config())
    h = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    m = Tensor(np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.float32))
    return enc, (h, m)
