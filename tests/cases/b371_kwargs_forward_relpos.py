# case: music-transformer wrapper forwards *args/**kwargs to its decoder layers, whose relative-embedding Parameters are created in a helper, and builds the output tuple by output_hidden_states flag -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MTConfig:
    def __init__(self, d_model=16, n_layers=2, max_len=16, output_hidden_states=True):
        self.d_model = d_model
        self.n_layers = n_layers
        self.max_len = max_len
        self.output_hidden_states = output_hidden_states

class RelPosMixin:
    def _create_rel_params(self, max_len, d):
        self.rel_k = ms.Parameter(Tensor(np.random.randn(max_len, d).astype(np.float32) * 0.02), name="rel_k")

class RelDecoderLayer(nn.Cell, RelPosMixin):
    def __init__(self, config):
        super().__init__()
        self.max_len = config.max_len
        self.ff = nn.Dense(config.d_model, config.d_model)
        self._create_rel_params(config.max_len, config.d_model)

    def construct(self, x, attention_mask=None, scale=1.0):
        l = x.shape[1]
        rel = self.rel_k[self.max_len - l:]
        s = ops.matmul(x, x.swapaxes(1, 2)) * scale + ops.matmul(x, rel.T)
        if attention_mask is not None:
            s = s + (1.0 - attention_mask) * -1e4
        return x + self.ff(ops.matmul(ops.softmax(s, axis=-1), x))

class MusicTransformerDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([RelDecoderLayer(config) for _ in range(config.n_layers)])
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x, *args, **kwargs):
        states = [x]
        for layer in self.layers:
            x = layer(x, *args, **kwargs)
            states.append(x)
        if self.output_hidden_states:
            return x, tuple(states)
        return (x,)

def make():
    np.random.seed(3748)
    dec = MusicTransformerDecoder(MTConfig())
    x = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    mask = Tensor(np.tril(np.ones((8, 8), np.float32)))
    return dec, (x, mask)
