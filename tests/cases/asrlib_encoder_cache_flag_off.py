# case: encoder layer that would record its last hidden state on self and print cache stats only when config.export_cache is on; the flag keeps its default False and cache is passed as None -> dead branches, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    def __init__(self, d_model=32, linear_units=64, export_cache=False, dropout_rate=0.0):
        self.d_model = d_model
        self.linear_units = linear_units
        self.export_cache = export_cache
        self.dropout_rate = dropout_rate


class PositionwiseFeedForward(nn.Cell):
    def __init__(self, idim, hidden_units):
        super().__init__()
        self.w_1 = nn.Dense(idim, hidden_units)
        self.w_2 = nn.Dense(hidden_units, idim)

    def construct(self, xs):
        return self.w_2(ops.relu(self.w_1(xs)))


class EncoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.feed_forward = PositionwiseFeedForward(config.d_model, config.linear_units)
        self.norm_ff = nn.LayerNorm((config.d_model,), epsilon=1e-12)
        self.export_cache = config.export_cache
        self.last_hidden = None

    def construct(self, x, mask, cache=None):
        if cache is not None:
            x = ops.concat([cache, x], axis=1)
        residual = x
        x = residual + self.feed_forward(self.norm_ff(x))
        if self.export_cache:
            self.last_hidden = x
            print(f"cache frames={x.shape[1]} max={x.max().asnumpy()}")
        x = x * mask.swapaxes(1, 2).astype(x.dtype)
        new_cache = x[:, -4:, :]
        return x, mask, new_cache


def make():
    np.random.seed(25)
    x = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    mask = Tensor(np.ones((2, 1, 12), dtype=np.bool_))
    return EncoderLayer(LayerConfig()), (x, mask, None)
