# case: encoder has a debug hook that prints an f-string with .asnumpy() statistics, but config.debug defaults to False and no caller enables it -> static graph expected (branch never taken)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden_size=32, num_layers=2, debug=False):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.debug = debug


class DocumentEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.num_layers)])
        self.act = nn.GELU()
        self.debug = config.debug

    def _dump(self, idx, h):
        if self.debug:
            arr = h.asnumpy()
            print(f"layer {idx}: mean={arr.mean():.4f} std={arr.std():.4f}")

    def construct(self, hidden_states):
        for i, layer in enumerate(self.layers):
            hidden_states = self.act(layer(hidden_states)) + hidden_states
            self._dump(i, hidden_states)
        return hidden_states


def make():
    np.random.seed(18)
    h = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return DocumentEncoder(EncoderConfig()), (h,)
