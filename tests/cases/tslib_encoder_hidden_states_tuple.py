# case: transformer encoder stack iterating zip(layers, norms) and collecting hidden states into a tuple when output_hidden_states is set -> static, tuple grows by a Python-known count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, d_model=32, n_heads=4, e_layers=3, d_ff=64, dropout=0.1,
                 output_hidden_states=True, output_attentions=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class EncoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attn = nn.MultiheadAttention(config.d_model, config.n_heads, batch_first=True)
        self.ff = nn.SequentialCell([nn.Dense(config.d_model, config.d_ff), nn.GELU(),
                                     nn.Dense(config.d_ff, config.d_model)])
        self.dropout = nn.Dropout(p=config.dropout)

    def construct(self, x):
        a, w = self.attn(x, x, x)
        x = x + self.dropout(a)
        return x + self.dropout(self.ff(x)), w


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([EncoderLayer(config) for _ in range(config.e_layers)])
        self.norms = nn.CellList([nn.LayerNorm((config.d_model,)) for _ in range(config.e_layers)])
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions

    def construct(self, x):
        all_hidden = ()
        all_attn = ()
        for layer, norm in zip(self.layers, self.norms):
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x, attn = layer(x)
            x = norm(x)
            if self.output_attentions:
                all_attn = all_attn + (attn,)
        outputs = (x,)
        if self.output_hidden_states:
            outputs = outputs + (all_hidden + (x,),)
        if self.output_attentions:
            outputs = outputs + (all_attn,)
        return outputs


def make():
    np.random.seed(3436)
    x = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    enc = Encoder(EncoderConfig())
    enc.set_train(False)
    return enc, (x,)
